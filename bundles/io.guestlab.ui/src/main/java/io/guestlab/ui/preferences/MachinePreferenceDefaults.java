package io.guestlab.ui.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

/** Defaults match QEMU's virt machine where QEMU has one (1 hart), deterministic time otherwise. */
public final class MachinePreferenceDefaults extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(MachinePreferences.QUALIFIER);
        defaults.putInt(MachinePreferences.HARTS, 1);
        defaults.put(MachinePreferences.MEMORY, "256M");
        defaults.put(MachinePreferences.TIME_MODE, MachinePreferences.TIME_VIRTUAL);
        defaults.putInt(MachinePreferences.GDB_PORT, 1234);
    }
}
