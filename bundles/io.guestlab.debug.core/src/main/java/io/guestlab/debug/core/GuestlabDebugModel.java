package io.guestlab.debug.core;

/** Identifiers of Guestlab's debug model, shared by the core and the UI. */
public final class GuestlabDebugModel {

    /** The debug model id of every Guestlab debug element and breakpoint. */
    public static final String ID = "io.guestlab.debug";
    /** This bundle's symbolic name, for statuses and preferences. */
    public static final String PLUGIN_ID = "io.guestlab.debug.core";

    private GuestlabDebugModel() {
    }
}
