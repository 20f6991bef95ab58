package io.guestlab.debug.core.sourcelookup;

import org.eclipse.debug.core.sourcelookup.AbstractSourceLookupDirector;
import org.eclipse.debug.core.sourcelookup.ISourceLookupParticipant;

/** The source locator of Guestlab Machine launches ({@code io.guestlab.debug.sourceLocator}). */
public final class GuestlabSourceLookupDirector extends AbstractSourceLookupDirector {

    @Override
    public void initializeParticipants() {
        addParticipants(new ISourceLookupParticipant[] {new GuestlabSourceLookupParticipant()});
    }
}
