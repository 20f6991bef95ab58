package io.guestlab.debug.ui.launching;

import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;

/** Reads a launch configuration attribute for a tab: an unreadable one shows as its default (the tab's check then names the problem). */
final class Attributes {

    private Attributes() {
    }

    static String get(ILaunchConfiguration c, String key, String fallback) {
        try {
            return c.getAttribute(key, fallback);
        } catch (CoreException e) {
            return fallback;
        }
    }

    static int get(ILaunchConfiguration c, String key, int fallback) {
        try {
            return c.getAttribute(key, fallback);
        } catch (CoreException e) {
            return fallback;
        }
    }

    static boolean get(ILaunchConfiguration c, String key, boolean fallback) {
        try {
            return c.getAttribute(key, fallback);
        } catch (CoreException e) {
            return fallback;
        }
    }

    static List<String> get(ILaunchConfiguration c, String key, List<String> fallback) {
        try {
            return c.getAttribute(key, fallback);
        } catch (CoreException e) {
            return fallback;
        }
    }
}
