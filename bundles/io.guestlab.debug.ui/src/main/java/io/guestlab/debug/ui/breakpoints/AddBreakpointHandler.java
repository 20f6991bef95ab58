package io.guestlab.debug.ui.breakpoints;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import io.guestlab.debug.core.CaughtTrap;
import io.guestlab.debug.core.Numbers;
import io.guestlab.debug.core.breakpoints.GuestlabBreakpoints;

/**
 * The Breakpoints view's Add Function Breakpoint, Add Address Breakpoint, Add Watchpoint and Add
 * Trap Catchpoint commands; which one is the handler's initialization data
 * ({@code function}, {@code address}, {@code watchpoint}, {@code trap}).
 */
public final class AddBreakpointHandler extends AbstractHandler implements IExecutableExtension {

    private String kind = "function";

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        kind = String.valueOf(data);
    }

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        try {
            switch (kind) {
                case "function" -> addFunction(shell);
                case "address" -> addAddress(shell);
                case "watchpoint" -> addWatchpoint(shell);
                case "trap" -> addCatchpoint(shell);
                default -> throw new IllegalStateException("unknown breakpoint kind " + kind);
            }
        } catch (CoreException e) {
            ErrorDialog.openError(shell, "Guestlab Breakpoint", "The breakpoint could not be added.", e.getStatus());
        }
        return null;
    }

    private static void addFunction(Shell shell) throws CoreException {
        InputDialog d = new InputDialog(shell, "Add Function Breakpoint", "Stop at the function (after its prologue):", "",
                BreakpointInputs::functionProblem);
        if (d.open() == Window.OK) {
            GuestlabBreakpoints.functionBreakpoint(d.getValue());
        }
    }

    private static void addAddress(Shell shell) throws CoreException {
        InputDialog d = new InputDialog(shell, "Add Address Breakpoint", "Stop at the instruction address (0x hex or decimal):",
                "0x80000000", BreakpointInputs::addressProblem);
        if (d.open() == Window.OK) {
            GuestlabBreakpoints.addressBreakpoint(Numbers.parse(d.getValue()));
        }
    }

    private static void addWatchpoint(Shell shell) throws CoreException {
        WatchpointDialog d = new WatchpointDialog(shell);
        if (d.open() == Window.OK) {
            GuestlabBreakpoints.watchpoint(d.expression(), d.length(), d.read(), d.write());
        }
    }

    private static void addCatchpoint(Shell shell) throws CoreException {
        ElementListSelectionDialog d = new ElementListSelectionDialog(shell, new org.eclipse.jface.viewers.LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((CaughtTrap) element).label();
            }
        });
        d.setTitle("Add Trap Catchpoint");
        d.setMessage("Stop when any hart takes this trap, at any privilege level:");
        d.setElements(CatchableTraps.ALL.toArray());
        d.setMultipleSelection(true);
        if (d.open() == Window.OK) {
            for (Object o : d.getResult()) {
                GuestlabBreakpoints.trapCatchpoint((CaughtTrap) o);
            }
        }
    }
}
