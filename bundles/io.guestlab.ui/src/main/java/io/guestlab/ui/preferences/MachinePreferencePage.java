package io.guestlab.ui.preferences;

import java.util.regex.Pattern;

import io.guestlab.debug.core.GuestlabPreferences;
import io.guestlab.debug.core.LaunchAttributes;

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

    /** QEMU's size syntax: a number with an optional K, M or G suffix. */
    static final Pattern MEMORY_SIZE = Pattern.compile("[1-9][0-9]*[KMG]?", Pattern.CASE_INSENSITIVE);

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
                return MEMORY_SIZE.matcher(getStringValue().trim()).matches();
            }
        };
        memory.setErrorMessage("Memory must be a size such as 128M or 1G");
        addField(memory);

        addField(new RadioGroupFieldEditor(GuestlabPreferences.TIME_MODE, "Time", 1, new String[][] {
            {"&Virtual (deterministic: advances with retired instructions)", LaunchAttributes.TIME_VIRTUAL},
            {"&Wall clock (interactive use)", LaunchAttributes.TIME_WALLCLOCK}}, getFieldEditorParent(), true));

        IntegerFieldEditor port = new IntegerFieldEditor(GuestlabPreferences.GDB_PORT, "&GDB server port:", getFieldEditorParent());
        port.setValidRange(1, 65535);
        addField(port);
    }
}
