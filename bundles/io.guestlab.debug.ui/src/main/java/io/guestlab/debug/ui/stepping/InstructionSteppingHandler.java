package io.guestlab.debug.ui.stepping;

import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.contexts.IDebugContextListener;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.menus.UIElement;

import io.guestlab.debug.core.model.GuestlabDebugTarget;
import io.guestlab.debug.ui.SelectedMachine;

/**
 * The Debug view's "Instruction Stepping Mode" toggle: while on, Step Into and Step Over of the
 * selected Guestlab machine move one instruction instead of one source line.
 */
public final class InstructionSteppingHandler extends AbstractHandler implements IElementUpdater {

    public static final String COMMAND_ID = "io.guestlab.debug.ui.instructionStepping";

    /** Another machine selected: show its mode. */
    private final IDebugContextListener contextListener = event -> refresh();

    public InstructionSteppingHandler() {
        DebugUITools.getDebugContextManager().addDebugContextListener(contextListener);
    }

    @Override
    public void dispose() {
        DebugUITools.getDebugContextManager().removeDebugContextListener(contextListener);
        super.dispose();
    }

    private static void refresh() {
        PlatformUI.getWorkbench().getService(ICommandService.class).refreshElements(COMMAND_ID, null);
    }

    @Override
    public Object execute(ExecutionEvent event) {
        GuestlabDebugTarget machine = SelectedMachine.get();
        if (machine != null) {
            machine.setInstructionStepping(!machine.isInstructionStepping());
            refresh();
        }
        return null;
    }

    @Override
    public void setEnabled(Object evaluationContext) {
        setBaseEnabled(SelectedMachine.get() != null);
    }

    @SuppressWarnings("rawtypes")
    @Override
    public void updateElement(UIElement element, Map parameters) {
        GuestlabDebugTarget machine = SelectedMachine.get();
        element.setChecked(machine != null && machine.isInstructionStepping());
    }
}
