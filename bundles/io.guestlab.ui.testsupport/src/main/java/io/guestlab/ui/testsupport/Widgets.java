package io.guestlab.ui.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/** Finding and pressing the widgets of a shell as a user sees them (by type, by label). */
public final class Widgets {

    private Widgets() {
    }

    /** The first control under {@code root} (itself included, depth first) of {@code type}, or null. */
    public static <T extends Control> T find(Control root, Class<T> type) {
        return type.cast(find(root, type::isInstance));
    }

    /** The first control under {@code root} (itself included, depth first) that {@code test} accepts, or null. */
    public static Control find(Control root, Predicate<Control> test) {
        if (root.isDisposed()) {
            return null;
        }
        if (test.test(root)) {
            return root;
        }
        if (root instanceof Composite c) {
            for (Control child : c.getChildren()) {
                Control found = find(child, test);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The button labelled {@code text} (mnemonics aside: "&Finish" is "Finish"), or null. */
    public static Button button(Control root, String text) {
        String wanted = text.replace("&", "");
        return (Button) find(root, c -> c instanceof Button b && wanted.equals(b.getText().replace("&", "")));
    }

    /** The tool bar button under {@code root} whose tool tip is {@code tooltip}, or null. */
    public static ToolItem toolItem(Control root, String tooltip) {
        ToolItem[] found = new ToolItem[1];
        find(root, c -> {
            if (c instanceof ToolBar bar && c.isVisible()) {
                for (ToolItem item : bar.getItems()) {
                    if (found[0] == null && tooltip.equals(item.getToolTipText())) {
                        found[0] = item;
                    }
                }
            }
            return found[0] != null;
        });
        return found[0];
    }

    /** Clicks {@code item} (a push button of a tool bar). */
    public static void press(ToolItem item) {
        item.notifyListeners(SWT.Selection, new Event());
    }

    /** Presses {@code button} as a click does. */
    public static void press(Button button) {
        button.notifyListeners(SWT.Selection, new Event());
    }

    /** The texts of the labels and links under {@code root}, in order: what a dialog says. */
    public static List<String> texts(Control root) {
        List<String> out = new ArrayList<>();
        find(root, c -> {
            if (c instanceof Label l && !l.getText().isBlank()) {
                out.add(l.getText());
            } else if (c instanceof Link l && !l.getText().isBlank()) {
                out.add(l.getText());
            }
            return false;
        });
        return out;
    }
}
