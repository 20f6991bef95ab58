/**
 * What Guestlab's UI test bundles share to drive the real workbench from its UI thread: waiting
 * on the event loop for a condition, screenshots, the texts of views, debug events, the platform's
 * prompts answered as a user who ticked "Remember my decision" would. Only test bundles require
 * this bundle; it is in no feature and no product.
 */
package io.guestlab.ui.testsupport;
