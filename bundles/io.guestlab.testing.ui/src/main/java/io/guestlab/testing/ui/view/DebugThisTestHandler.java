package io.guestlab.testing.ui.view;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.ISources;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.unittest.model.ITestElement;

/**
 * The test view's "Debug this test" (context menu and toolbar): on a failed Guestlab test,
 * a debug session stopped where it failed; on anything else, enabled but saying why not.
 */
public final class DebugThisTestHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        ITestElement element = selected(HandlerUtil.getCurrentSelection(event));
        String problem = element == null ? "select a failed test in the test view" : DebugThisTest.problem(element);
        if (problem != null) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Debug This Test", "Cannot debug: " + problem + ".");
            return null;
        }
        try {
            DebugThisTest.launch(element);
        } catch (CoreException e) {
            MessageDialog.openError(HandlerUtil.getActiveShell(event), "Debug This Test", e.getStatus().getMessage());
        }
        return null;
    }

    @Override
    public void setEnabled(Object evaluationContext) {
        Object selection = evaluationContext instanceof org.eclipse.core.expressions.IEvaluationContext c
                ? c.getVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME) : null;
        ITestElement element = selection instanceof ISelection s ? selected(s) : null;
        setBaseEnabled(element != null && TestElements.session(element) != null);
    }

    private static ITestElement selected(ISelection selection) {
        return selection instanceof IStructuredSelection s && s.getFirstElement() instanceof ITestElement e ? e : null;
    }
}
