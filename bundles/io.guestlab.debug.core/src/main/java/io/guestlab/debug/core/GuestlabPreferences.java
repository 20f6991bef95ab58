package io.guestlab.debug.core;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

/**
 * The defaults of new Guestlab machine launches (Window > Preferences > Guestlab edits them in
 * the instance scope of {@link #QUALIFIER}). Defaults match QEMU's virt machine where QEMU has one
 * (1 hart), deterministic time otherwise.
 */
public final class GuestlabPreferences extends AbstractPreferenceInitializer {

    public static final String QUALIFIER = "io.guestlab.debug.core";

    /** int: number of harts of a new machine (1..8, like QEMU's virt -smp). */
    public static final String HARTS = "machine.harts";
    /** String: RAM size of a new machine, QEMU syntax (256M, 1G). */
    public static final String MEMORY = "machine.memory";
    /** String: {@link LaunchAttributes#TIME_VIRTUAL} or {@link LaunchAttributes#TIME_WALLCLOCK}. */
    public static final String TIME_MODE = "machine.time";
    /** int: TCP port the GDB server listens on when a launch enables it. */
    public static final String GDB_PORT = "gdb.port";

    public static final int DEFAULT_HARTS = 1;
    public static final String DEFAULT_MEMORY = "256M";
    public static final String DEFAULT_TIME_MODE = LaunchAttributes.TIME_VIRTUAL;
    public static final int DEFAULT_GDB_PORT = 1234;

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(QUALIFIER);
        defaults.putInt(HARTS, DEFAULT_HARTS);
        defaults.put(MEMORY, DEFAULT_MEMORY);
        defaults.put(TIME_MODE, DEFAULT_TIME_MODE);
        defaults.putInt(GDB_PORT, DEFAULT_GDB_PORT);
    }

    /** The preferred number of harts (instance scope, else the default). */
    public static int harts() {
        return Platform.getPreferencesService().getInt(QUALIFIER, HARTS, DEFAULT_HARTS, null);
    }

    public static String memory() {
        return Platform.getPreferencesService().getString(QUALIFIER, MEMORY, DEFAULT_MEMORY, null);
    }

    public static String timeMode() {
        return Platform.getPreferencesService().getString(QUALIFIER, TIME_MODE, DEFAULT_TIME_MODE, null);
    }

    public static int gdbPort() {
        return Platform.getPreferencesService().getInt(QUALIFIER, GDB_PORT, DEFAULT_GDB_PORT, null);
    }
}
