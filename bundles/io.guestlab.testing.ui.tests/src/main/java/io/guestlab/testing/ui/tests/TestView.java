package io.guestlab.testing.ui.tests;

import io.guestlab.ui.testsupport.TestWorkbench;
import io.guestlab.ui.testsupport.Widgets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.unittest.model.ITestCaseElement;
import org.eclipse.unittest.model.ITestElement;
import org.eclipse.unittest.model.ITestSuiteElement;

/**
 * Eclipse's test view as a user reads it: its counters ("Runs: 9/9", "Errors: 1", "Failures: 3")
 * and its tree, found among the workbench window's widgets.
 */
final class TestView {

    static final String ID = "org.eclipse.unittest.ui.ResultView";

    private TestView() {
    }

    static IViewPart show() {
        try {
            return TestWorkbench.page().showView(ID);
        } catch (PartInitException e) {
            throw new IllegalStateException("cannot open the test view: " + e.getMessage(), e);
        }
    }

    /** The view's counter panel: the composite of the "Runs:" counter. */
    private static Composite counters() {
        return Widgets.find(TestWorkbench.shell(), c -> c.getClass().getSimpleName().equals("CounterPanel")) instanceof Composite p
                ? p : null;
    }

    /** The counters' texts in order: runs, errors, failures (e.g. " 9/9 (1 skipped)", " 1", " 3"). */
    static List<String> counts() {
        List<String> out = new ArrayList<>();
        Composite panel = counters();
        if (panel != null) {
            for (Control c : panel.getChildren()) {
                if (c instanceof Text t) {
                    out.add(t.getText().strip());
                }
            }
        }
        return out;
    }

    /** The view's tree (the one next to the counters). */
    static Tree tree() {
        Composite panel = counters();
        for (Composite c = panel; c != null; c = c.getParent()) {
            if (Widgets.find(c, Tree.class) instanceof Tree t) {
                return t;
            }
        }
        return null;
    }

    /**
     * Every tree row, indented two spaces a level, without the time the view appends: the whole
     * tree expanded first (the view fills in children as they are expanded).
     */
    static List<String> rows() {
        TestWorkbench.waitUntil("the test view's tree to expand", () -> {
            List<String> rows = new ArrayList<>();
            Tree tree = tree();
            if (tree != null) {
                for (TreeItem item : tree.getItems()) {
                    collect(item, "", rows);
                }
            }
            TestWorkbench.processEvents();
            return !rows.isEmpty() && rows.stream().noneMatch(String::isBlank);
        });
        List<String> rows = new ArrayList<>();
        for (TreeItem item : tree().getItems()) {
            collect(item, "", rows);
        }
        return rows;
    }

    private static void collect(TreeItem item, String indent, List<String> rows) {
        if (!item.getExpanded() && item.getItemCount() > 0) {
            item.setExpanded(true);
            Event e = new Event();
            e.item = item;
            item.getParent().notifyListeners(SWT.Expand, e); // as a click on the arrow: the children get made
        }
        rows.add(indent + name(item));
        for (TreeItem child : item.getItems()) {
            collect(child, indent + "  ", rows);
        }
    }

    /** A row's element name: its text without the time the view appends. */
    private static String name(TreeItem item) {
        return item.getText().replaceFirst(" \\u23f1.*$", "").replaceFirst(" \\[Runner: .*$", "").strip();
    }

    /** The row whose element is named {@code name} (its text starts with it), or null. */
    static TreeItem item(String name) {
        Tree tree = tree();
        if (tree == null) {
            return null;
        }
        rows(); // expands everything
        return find(tree.getItems(), name);
    }

    private static TreeItem find(TreeItem[] items, String name) {
        for (TreeItem i : items) {
            if (name(i).equals(name)) {
                return i;
            }
            TreeItem below = find(i.getItems(), name);
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    /** The element of row {@code name}. */
    static ITestElement element(String name) {
        TreeItem item = item(name);
        return item != null && item.getData() instanceof ITestElement e ? e : null;
    }

    /**
     * What the view's model holds of the session it shows, read through its public API: the
     * ended test cases by verdict, as Guestlab's client reports them (a failure trace starts with
     * the verdict, "FAIL: ..."; a case without one passed, or was skipped).
     */
    static Map<String, Integer> verdicts() {
        Map<String, Integer> out = new TreeMap<>();
        Tree tree = tree();
        if (tree != null && tree.getItemCount() > 0 && tree.getItem(0).getData() instanceof ITestElement e) {
            count(e.getTestRunSession(), out);
        }
        return out;
    }

    private static void count(ITestElement e, Map<String, Integer> out) {
        if (e instanceof ITestCaseElement c && c.getDuration() != null) {
            String verdict = c.getFailureTrace() != null ? c.getFailureTrace().getTrace().replaceFirst(":[\\s\\S]*", "")
                    : c.isIgnored() ? "SKIP" : "PASS";
            out.merge(verdict, 1, Integer::sum);
        } else if (e instanceof ITestSuiteElement s) {
            s.getChildren().forEach(child -> count(child, out));
        }
    }

    /** Selects row {@code name} as a click does. */
    static void select(String name) {
        Tree tree = tree();
        TreeItem item = item(name);
        tree.setSelection(item);
        Event e = new Event();
        e.item = item;
        tree.notifyListeners(SWT.Selection, e);
        TestWorkbench.processEvents();
    }

    /** Double-clicks row {@code name}. */
    static void open(String name) {
        select(name);
        Event e = new Event();
        e.item = item(name);
        tree().notifyListeners(SWT.DefaultSelection, e);
        TestWorkbench.processEvents();
    }


    /** Clicks the view's tool bar button whose tool tip is {@code tooltip}. */
    static void press(String tooltip) {
        Control view = tree();
        ToolItem item = null;
        for (Composite c = view.getParent(); c != null && item == null; c = c.getParent()) {
            item = Widgets.toolItem(c, tooltip);
        }
        if (item == null) {
            List<String> tips = new ArrayList<>();
            Widgets.find(TestWorkbench.shell(), c -> {
                if (c instanceof org.eclipse.swt.widgets.ToolBar bar) {
                    for (ToolItem i : bar.getItems()) {
                        tips.add(i.getToolTipText());
                    }
                }
                return false;
            });
            throw new AssertionError("no tool bar button '" + tooltip + "' in the test view, only " + tips);
        }
        Widgets.press(item);
        TestWorkbench.processEvents();
    }

    /**
     * The action of the view's tool bar whose tool tip is {@code tooltip}, as the view contributes
     * it to its site's tool bar manager (what a click on its button runs).
     */
    static IAction toolBarAction(String tooltip) {
        IViewPart view = show();
        List<String> tips = new ArrayList<>();
        for (IContributionItem item : view.getViewSite().getActionBars().getToolBarManager().getItems()) {
            if (item instanceof ActionContributionItem a) {
                if (tooltip.equals(a.getAction().getToolTipText())) {
                    return a.getAction();
                }
                tips.add(a.getAction().getToolTipText());
            }
        }
        throw new AssertionError("no tool bar action '" + tooltip + "' in the test view, only " + tips);
    }

    /** Chooses {@code label} in the tree's context menu (on the selected row), as a right click and a click there do. */
    static void contextMenu(String label) {
        Menu menu = tree().getMenu();
        menu.notifyListeners(SWT.Show, new Event()); // the menu manager fills it in now, enablement included
        MenuItem chosen = null;
        List<String> labels = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            String text = item.getText().replace("&", "").replaceFirst("\t.*$", "");
            labels.add(text);
            if (text.equals(label) && item.isEnabled()) {
                chosen = item;
            }
        }
        menu.notifyListeners(SWT.Hide, new Event());
        if (chosen == null) {
            throw new AssertionError("no enabled '" + label + "' in the test view's context menu " + labels);
        }
        chosen.notifyListeners(SWT.Selection, new Event());
        TestWorkbench.processEvents();
    }

    /**
     * In the history dialog {@code shell} (newest session first): selects the session before the
     * newest, as a click does. The dialog may list a session more than once (the one shown and its
     * saved copy), so that is the first row started at another time than the first row.
     */
    static void pickSessionBeforeNewest(Shell shell) {
        Table table = Widgets.find(shell, Table.class);
        String newest = table.getItem(0).getText(2); // columns: icon, name, date, ...
        for (TableItem row : table.getItems()) {
            if (!row.getText(2).equals(newest)) {
                table.setSelection(row);
                Event e = new Event();
                e.item = row;
                table.notifyListeners(SWT.Selection, e);
                return;
            }
        }
        throw new AssertionError("the history lists one session only, started " + newest);
    }
}
