package io.guestlab.debug.ui.launching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import io.guestlab.debug.core.CaughtTrap;
import io.guestlab.debug.core.GuestlabPreferences;
import io.guestlab.debug.core.LaunchAttributes;
import io.guestlab.debug.core.launching.LaunchCheck;
import io.guestlab.debug.core.launching.LaunchDefaults;
import io.guestlab.debug.ui.breakpoints.CatchableTraps;

/** Where a debug launch stops first, which traps stop it, and the optional GDB server. */
public final class DebuggerTab extends AbstractLaunchConfigurationTab {

    /** The STOP_AT values in the order of the combo's items. */
    static final String[] STOP_AT = {LaunchAttributes.STOP_AT_MAIN, LaunchAttributes.STOP_AT_ENTRY,
        LaunchAttributes.STOP_AT_RESET, LaunchAttributes.STOP_AT_FUNCTION_NAME, LaunchAttributes.STOP_AT_NONE};
    static final String[] STOP_AT_LABELS = {"main", "the kernel's entry point", "reset (the first instruction, at 0x1000)",
        "the function:", "nowhere: run until a breakpoint"};

    private Combo stopAt;
    private Text function;
    private Table traps;
    private Button gdbServer;
    private Spinner gdbPort;

    @Override
    public void createControl(Composite parent) {
        Composite top = new Composite(parent, SWT.NONE);
        top.setLayout(new GridLayout(1, false));
        setControl(top);

        Group stop = group(top, "Stop first at", 3);
        new Label(stop, SWT.NONE).setText("&Stop at:");
        stopAt = new Combo(stop, SWT.READ_ONLY);
        stopAt.setItems(STOP_AT_LABELS);
        stopAt.addListener(SWT.Selection, e -> changed());
        function = new Text(stop, SWT.SINGLE | SWT.BORDER);
        function.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        function.setMessage("e.g. kmain");
        function.addModifyListener(e -> changed());

        Group catching = group(top, "Catch traps (any hart, any privilege level)", 1);
        traps = new Table(catching, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
        GridData trapsData = new GridData(SWT.FILL, SWT.FILL, true, true);
        trapsData.heightHint = 180;
        traps.setLayoutData(trapsData);
        for (CaughtTrap t : CatchableTraps.ALL) {
            new TableItem(traps, SWT.NONE).setText(t.label());
        }
        traps.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK) {
                changed();
            }
        });

        Group gdb = group(top, "GDB server", 3);
        gdbServer = new Button(gdb, SWT.CHECK);
        gdbServer.setText("Also serve the &GDB remote protocol on localhost, port:");
        gdbServer.addListener(SWT.Selection, e -> changed());
        gdbPort = new Spinner(gdb, SWT.BORDER);
        gdbPort.setValues(1234, 1, 65535, 0, 1, 100);
        gdbPort.addListener(SWT.Modify, e -> changed());
    }

    private static Group group(Composite parent, String title, int columns) {
        Group g = new Group(parent, SWT.NONE);
        g.setText(title);
        g.setLayout(new GridLayout(columns, false));
        g.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
        return g;
    }

    private void changed() {
        function.setEnabled(stopAt.getSelectionIndex() == 3);
        gdbPort.setEnabled(gdbServer.getSelection());
        updateLaunchConfigurationDialog();
    }

    @Override
    public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
        LaunchDefaults.apply(configuration);
    }

    @Override
    public void initializeFrom(ILaunchConfiguration c) {
        String at = Attributes.get(c, LaunchAttributes.STOP_AT, LaunchAttributes.STOP_AT_MAIN);
        stopAt.select(Math.max(0, List.of(STOP_AT).indexOf(at)));
        function.setText(Attributes.get(c, LaunchAttributes.STOP_AT_FUNCTION, ""));
        Set<String> caught = new HashSet<>(Attributes.get(c, LaunchAttributes.CATCH_TRAPS, List.of()));
        for (int i = 0; i < CatchableTraps.ALL.size(); i++) {
            traps.getItem(i).setChecked(caught.contains(CatchableTraps.ALL.get(i).encode()));
        }
        gdbServer.setSelection(Attributes.get(c, LaunchAttributes.GDB_SERVER, false));
        gdbPort.setSelection(Attributes.get(c, LaunchAttributes.GDB_PORT, GuestlabPreferences.gdbPort()));
        function.setEnabled(stopAt.getSelectionIndex() == 3);
        gdbPort.setEnabled(gdbServer.getSelection());
    }

    @Override
    public void performApply(ILaunchConfigurationWorkingCopy c) {
        c.setAttribute(LaunchAttributes.STOP_AT, STOP_AT[Math.max(0, stopAt.getSelectionIndex())]);
        c.setAttribute(LaunchAttributes.STOP_AT_FUNCTION, function.getText().trim());
        List<String> caught = new ArrayList<>();
        for (int i = 0; i < CatchableTraps.ALL.size(); i++) {
            if (traps.getItem(i).getChecked()) {
                caught.add(CatchableTraps.ALL.get(i).encode());
            }
        }
        c.setAttribute(LaunchAttributes.CATCH_TRAPS, caught);
        c.setAttribute(LaunchAttributes.GDB_SERVER, gdbServer.getSelection());
        c.setAttribute(LaunchAttributes.GDB_PORT, gdbPort.getSelection());
    }

    @Override
    public boolean isValid(ILaunchConfiguration c) {
        String problem = LaunchCheck.debuggerProblem(c);
        setErrorMessage(problem);
        return problem == null;
    }

    @Override
    public String getName() {
        return "Debugger";
    }

    @Override
    public String getId() {
        return "io.guestlab.debug.ui.tab.debugger";
    }

    @Override
    public Image getImage() {
        return DebugUITools.getImage(IDebugUIConstants.IMG_ACT_DEBUG);
    }
}
