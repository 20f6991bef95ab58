package io.guestlab.debug.core.model;

import io.guestlab.debug.core.session.MachineSession;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IDebugElement;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IWatchExpressionDelegate;
import org.eclipse.debug.core.model.IWatchExpressionListener;
import org.eclipse.debug.core.model.IWatchExpressionResult;

/**
 * Evaluates the Expressions view's expressions with the debug core's C-like language, in the
 * selected frame (or the first hart's top frame): a value, or the error as text.
 */
public final class GuestlabWatchExpressionDelegate implements IWatchExpressionDelegate {

    @Override
    public void evaluateExpression(String expression, IDebugElement context, IWatchExpressionListener listener) {
        listener.watchEvaluationFinished(evaluate(expression, context));
    }

    private static IWatchExpressionResult evaluate(String expression, IDebugElement context) {
        try {
            GuestlabStackFrame frame = frame(context);
            if (frame == null || !(context.getDebugTarget() instanceof GuestlabDebugTarget target)) {
                return result(expression, null, "no suspended Guestlab hart to evaluate in");
            }
            MachineSession.Evaluation e = target.session().evaluate(expression, frame.info());
            return e.error() != null ? result(expression, null, e.error())
                    : result(expression, new GuestlabValue(target, e.value()), null);
        } catch (DebugException | IllegalStateException e) {
            return result(expression, null, e.getMessage());
        }
    }

    private static GuestlabStackFrame frame(IDebugElement context) throws DebugException {
        if (context instanceof GuestlabStackFrame f) {
            return f;
        }
        IThread thread = context instanceof IThread t ? t : null;
        if (thread == null && context.getDebugTarget() != null && context.getDebugTarget().hasThreads()) {
            thread = context.getDebugTarget().getThreads()[0];
        }
        IStackFrame top = thread == null ? null : thread.getTopStackFrame();
        return top instanceof GuestlabStackFrame f ? f : null;
    }

    private static IWatchExpressionResult result(String expression, IValue value, String error) {
        return new IWatchExpressionResult() {
            @Override
            public IValue getValue() {
                return value;
            }

            @Override
            public boolean hasErrors() {
                return error != null;
            }

            @Override
            public String[] getErrorMessages() {
                return error == null ? new String[0] : new String[] {error};
            }

            @Override
            public String getExpressionText() {
                return expression;
            }

            @Override
            public DebugException getException() {
                return null;
            }
        };
    }
}
