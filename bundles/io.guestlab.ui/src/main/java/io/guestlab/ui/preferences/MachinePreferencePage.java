package io.guestlab.ui.preferences;

import io.guestlab.debug.core.GuestlabPreferences;
import io.guestlab.debug.core.LaunchAttributes;
import io.guestlab.emulator.MachineConfig;
import io.guestlab.emulator.board.VirtBoardConfig;
import io.guestlab.model.MemorySize;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** Window > Preferences > Guestlab: the defaults of new machine launches (kept by the debug core, which reads them). */
public final class MachinePreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    /**
     * Whether {@code text} is a RAM size as QEMU's -m, {@code guestlab run --memory} and machine
     * files read it (one parser: {@link MemorySize}; a plain number is MiB) that the board holds
     * (the board's own check: {@link VirtBoardConfig#memoryProblem}).
     */
    public static boolean isMemorySize(String text) {
        try {
            return VirtBoardConfig.memoryProblem(MemorySize.valueOf(text).bytes()) == null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public MachinePreferencePage() {
        super(GRID);
        setDescription("Defaults for new Guestlab machines. A launch configuration can override each.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, GuestlabPreferences.QUALIFIER));
    }

    @Override
    protected void createFieldEditors() {
        IntegerFieldEditor harts = new IntegerFieldEditor(GuestlabPreferences.HARTS, "&Harts:", getFieldEditorParent());
        harts.setValidRange(1, 8);
        addField(harts);

        StringFieldEditor memory = new StringFieldEditor(GuestlabPreferences.MEMORY, "&Memory (e.g. 256M):", getFieldEditorParent()) {
            @Override
            protected boolean doCheckState() {
                return isMemorySize(getStringValue());
            }
        };
        memory.setErrorMessage("Memory must be " + MemorySize.SYNTAX + ", a multiple of 4K from 2M to "
                + (MachineConfig.MAX_RAM_SIZE >> 30) + "G");
        addField(memory);

        addField(new RadioGroupFieldEditor(GuestlabPreferences.TIME_MODE, "Time", 1, new String[][] {
            {"&Virtual (deterministic: advances with retired instructions)", LaunchAttributes.TIME_VIRTUAL},
            {"&Wall clock (interactive use)", LaunchAttributes.TIME_WALLCLOCK}}, getFieldEditorParent(), true));

        IntegerFieldEditor port = new IntegerFieldEditor(GuestlabPreferences.GDB_PORT, "&GDB server port:", getFieldEditorParent());
        port.setValidRange(1, 65535);
        addField(port);
    }
}
