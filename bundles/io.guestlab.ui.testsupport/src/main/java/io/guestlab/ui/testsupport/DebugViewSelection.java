package io.guestlab.ui.testsupport;

import java.util.function.BooleanSupplier;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.internal.ui.viewers.model.provisional.ITreeModelViewer;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.debug.ui.IDebugView;
import org.eclipse.debug.ui.contexts.DebugContextEvent;
import org.eclipse.debug.ui.contexts.IDebugContextListener;
import org.eclipse.debug.ui.contexts.IDebugContextService;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.jface.viewers.TreeSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Selecting a stack frame in the Debug view as a click on it does. After a stop the platform
 * selects the stopped thread's top frame (or the thread) itself, asynchronously (the model's
 * SELECT delta is applied once the view has read the frames), and a selection made before that
 * lands is taken back: so the click comes once the view shows the stop's frames, and counts as
 * done when the debug context event it causes has arrived; {@link #selectFrameUntil} clicks again
 * if the platform takes the selection back later.
 */
public final class DebugViewSelection implements IDebugContextListener {

    private final IDebugContextService contexts = DebugUITools.getDebugContextManager().getContextService(TestWorkbench.window());
    private Object announced;

    private DebugViewSelection() {
    }

    @Override
    public void debugContextChanged(DebugContextEvent event) {
        if ((event.getFlags() & DebugContextEvent.ACTIVATED) != 0 && event.getContext() instanceof IStructuredSelection s) {
            announced = s.getFirstElement();
        }
    }

    /**
     * Selects {@code thread}'s frame {@code index} (0 the top) as the Debug view shows it, once it
     * shows the last stop's frames; returns that frame once it is the
     * debug context.
     */
    public static IStackFrame selectFrame(IThread thread, int index) {
        IDebugView view = ViewTexts.show(IDebugUIConstants.ID_DEBUG_VIEW);
        TreeViewer viewer = (TreeViewer) view.getViewer();
        String[] seen = {""};
        try {
            TestWorkbench.waitUntil("the Debug view's frames of the stop", () -> {
                TreePath path = pathOf(viewer, thread);
                if (path != null && !viewer.getExpandedState(path)) {
                    viewer.expandToLevel(path, 1);
                }
                // the view's rows may still hold the frames of the stop before (a model makes new ones at each stop)
                Object top = frameShown(viewer, thread, 0);
                seen[0] = "thread row " + (path == null ? "not shown" : "shown") + ", its first child " + describe(top);
                // once the view shows this stop's top frame, the platform has applied the stop's delta
                return top instanceof IStackFrame shown && isTopFrame(shown, thread);
            });
        } catch (AssertionError e) {
            String model;
            try {
                model = thread.isSuspended() ? "top frame " + describe(thread.getTopStackFrame()) : "not suspended";
            } catch (DebugException d) {
                model = d.getMessage();
            }
            throw new AssertionError(e.getMessage() + ": " + seen[0] + "; the model's " + thread + ": " + model, e);
        }
        IStackFrame frame = (IStackFrame) frameShown(viewer, thread, index);
        if (frame == null) {
            throw new AssertionError("the Debug view shows no frame " + index + " under " + thread);
        }
        DebugViewSelection listener = new DebugViewSelection();
        listener.contexts.addDebugContextListener(listener);
        try {
            // forced, as a click is: the model's selection policy keeps a suspended frame selected against programmatic selections
            ((ITreeModelViewer) viewer).setSelection(new TreeSelection(pathOf(viewer, thread).createChildPath(frame)), true, true);
            TestWorkbench.waitUntil("the debug context event for frame " + index,
                    () -> listener.announced == frame && DebugUITools.getDebugContext() == frame);
        } finally {
            listener.contexts.removeDebugContextListener(listener);
        }
        return frame;
    }

    /**
     * Whether {@code shown} is the thread's top frame at this stop: the same object, or (a model
     * may have made its frames twice while the view read them) the same function and line.
     */
    private static boolean isTopFrame(IStackFrame shown, IThread thread) {
        try {
            IStackFrame top = thread.isSuspended() ? thread.getTopStackFrame() : null;
            return top != null && (top == shown || top.getName().equals(shown.getName()) && top.getLineNumber() == shown.getLineNumber());
        } catch (DebugException e) {
            return false;
        }
    }

    /**
     * Selects {@code thread}'s frame {@code index} as {@link #selectFrame} does, then waits until
     * {@code condition} holds with it selected. The platform may still move the selection to the
     * thread after a stop (a late refresh of its row): the frame is then clicked again, as a user
     * who sees it unselected does.
     */
    public static void selectFrameUntil(IThread thread, int index, String what, BooleanSupplier condition) {
        selectFrame(thread, index);
        TreeViewer viewer = (TreeViewer) ViewTexts.show(IDebugUIConstants.ID_DEBUG_VIEW).getViewer();
        TestWorkbench.waitUntil(what + " with frame " + index + " selected", () -> {
            Object frame = frameShown(viewer, thread, index);
            if (frame == null) {
                return false;
            }
            if (DebugUITools.getDebugContext() != frame) {
                ((ITreeModelViewer) viewer).setSelection(new TreeSelection(pathOf(viewer, thread).createChildPath(frame)), true, true);
                return false;
            }
            return condition.getAsBoolean();
        });
    }

    /** An element and, for a frame, its label: what a timeout's message says it saw. */
    private static String describe(Object element) {
        try {
            return element instanceof IStackFrame f ? f + " '" + f.getName() + "'" : String.valueOf(element);
        } catch (DebugException e) {
            return element + " (" + e.getMessage() + ")";
        }
    }

    /** The tree path of {@code element}'s row, or null while the view does not show it. */
    private static TreePath pathOf(TreeViewer viewer, Object element) {
        TreeItem item = itemOf(viewer.getTree().getItems(), element);
        if (item == null) {
            return null;
        }
        java.util.ArrayDeque<Object> segments = new java.util.ArrayDeque<>();
        for (TreeItem i = item; i != null; i = i.getParentItem()) {
            segments.addFirst(i.getData());
        }
        return new TreePath(segments.toArray());
    }

    private static TreeItem itemOf(TreeItem[] items, Object element) {
        for (TreeItem item : items) {
            if (item.getData() == element) {
                return item;
            }
            TreeItem found = itemOf(item.getItems(), element);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The {@code index}th child of {@code thread}'s row (the frame object the view holds), or null while not shown. */
    private static Object frameShown(TreeViewer viewer, IThread thread, int index) {
        TreeItem item = itemOf(viewer.getTree().getItems(), thread);
        if (item == null || !item.getExpanded() || item.getItemCount() <= index) {
            return null;
        }
        return item.getItem(index).getData();
    }
}
