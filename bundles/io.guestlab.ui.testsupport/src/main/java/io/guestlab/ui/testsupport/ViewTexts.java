package io.guestlab.ui.testsupport;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.debug.ui.IDebugView;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PartInitException;

/** What a debug view shows: the texts of its tree's items (all columns), as a user reads them. */
public final class ViewTexts {

    private ViewTexts() {
    }

    public static IDebugView show(String viewId) {
        try {
            IViewPart part = TestWorkbench.page().showView(viewId);
            return part.getAdapter(IDebugView.class);
        } catch (PartInitException e) {
            throw new IllegalStateException("cannot open view " + viewId + ": " + e.getMessage(), e);
        }
    }

    /** Every row of the view's tree that is created (expanded or visible), columns joined by " | ". */
    public static List<String> rows(String viewId) {
        Viewer viewer = show(viewId).getViewer();
        List<String> rows = new ArrayList<>();
        if (viewer.getControl() instanceof Tree tree && !tree.isDisposed()) {
            for (TreeItem item : tree.getItems()) {
                collect(item, tree.getColumnCount(), rows);
            }
        }
        return rows;
    }

    private static void collect(TreeItem item, int columns, List<String> rows) {
        StringBuilder row = new StringBuilder(item.getText());
        for (int c = 1; c < columns; c++) {
            row.append(" | ").append(item.getText(c));
        }
        rows.add(row.toString());
        if (item.getExpanded()) {
            for (TreeItem child : item.getItems()) {
                collect(child, columns, rows);
            }
        }
    }

    /** Waits until a row of the view contains {@code text}; returns that row. */
    public static String waitForRow(String viewId, String text) {
        String[] found = new String[1];
        TestWorkbench.waitUntil("a row with '" + text + "' in view " + viewId, () -> {
            for (String row : rows(viewId)) {
                if (row.contains(text)) {
                    found[0] = row;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    /** Expands the row of {@code element} (a child of the view's input) one level, as a click on its arrow. */
    public static void expandElement(String viewId, Object element) {
        if (show(viewId).getViewer() instanceof TreeViewer tree) {
            tree.expandToLevel(new TreePath(new Object[] {element}), 1);
        }
        TestWorkbench.processEvents();
    }

    /**
     * Expands the row of {@code element} until a row containing {@code text} shows: the view may
     * not have the element yet (its input is refreshed on a stop), so the click is repeated.
     */
    public static String expandUntilRow(String viewId, Object element, String text) {
        String[] found = new String[1];
        TestWorkbench.waitUntil("a row with '" + text + "' under " + element + " in view " + viewId, () -> {
            expandElement(viewId, element);
            for (String row : rows(viewId)) {
                if (row.contains(text)) {
                    found[0] = row;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    /** Expands the view's tree {@code levels} deep (the debug views fill it in asynchronously). */
    public static void expand(String viewId, int levels) {
        if (show(viewId).getViewer() instanceof TreeViewer tree) {
            tree.expandToLevel(levels);
        }
        TestWorkbench.processEvents();
    }
}
