package io.guestlab.ui.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * The platform's modal questions, answered as a user would. A modal dialog runs its own event
 * loop inside whatever dispatched the event that opened it, so a test waiting on the event loop
 * never gets control back while it is open: an answer is given from inside that loop, by a timer
 * that looks for the dialog, reads it, takes its picture and presses the button. Or the question
 * is answered beforehand, as "Remember my decision" does.
 */
public final class Prompts implements AutoCloseable {

    /** How long a dialog nobody answers stays open: a prompt a test expects is answered within one look. */
    private static final long UNANSWERED_MS = 30_000;

    /** How often the dialog is looked for. */
    private static final int POLL_MS = 50;

    private final String title;
    private final String button;
    private final String screenshot;
    private final Consumer<Shell> prepare;
    private final List<String> seen = new ArrayList<>();
    private final List<String> unexpected = new ArrayList<>();
    private boolean closed;

    private Prompts(String title, String button, String screenshot, Consumer<Shell> prepare) {
        this.title = title;
        this.button = button;
        this.screenshot = screenshot;
        this.prepare = prepare;
    }

    /**
     * The Debug perspective opens on a launch and at a stop without the "Switch perspective?" question,
     * as after a user answered it with "Remember my decision".
     */
    public static void openDebugPerspectiveWithoutAsking() {
        DebugUITools.getPreferenceStore().setValue("org.eclipse.debug.ui.switch_perspective_on_suspend", "always");
        DebugUITools.getPreferenceStore().setValue("org.eclipse.debug.ui.switch_to_perspective", "always");
    }

    /**
     * From now until {@link #close}, answers every dialog titled {@code title} with {@code button};
     * the first one's picture is saved as {@code screenshot}.png when that is not null.
     */
    public static Prompts answer(String title, String button, String screenshot) {
        return answer(title, button, screenshot, shell -> { });
    }

    /** As {@link #answer(String, String, String)}, after {@code prepare} did what a user does first (selects a row, say). */
    public static Prompts answer(String title, String button, String screenshot, Consumer<Shell> prepare) {
        Prompts p = new Prompts(title, button, screenshot, prepare);
        Display.getCurrent().timerExec(POLL_MS, p::look);
        return p;
    }

    private void look() {
        if (closed) {
            return;
        }
        try {
            answerOpenDialogs();
        } finally {
            Display.getCurrent().timerExec(POLL_MS, this::look);
        }
    }

    private void answerOpenDialogs() {
        for (Shell shell : Display.getCurrent().getShells()) {
            if (!shell.isVisible() || shell == TestWorkbench.shell()) {
                continue;
            }
            if (!title.equals(shell.getText())) {
                giveUpOn(shell);
                continue;
            }
            Button b = Widgets.button(shell, button);
            if (b != null) {
                try {
                    prepare.accept(shell);
                } catch (RuntimeException | AssertionError e) {
                    unexpected.add("'" + shell.getText() + "': " + e.getMessage());
                    shell.close(); // the test's wait sees it and fails with this message
                    continue;
                }
                seen.add(String.join("\n", Widgets.texts(shell)));
                if (screenshot != null && seen.size() == 1) {
                    Screenshots.take(screenshot, shell);
                }
                Widgets.press(b);
            }
        }
    }

    /**
     * Closes a dialog nobody answers once it has been open for {@link #UNANSWERED_MS}:
     * the test gets control back (its wait fails, naming what it waited for) instead of hanging
     * in the dialog's event loop. {@link #unexpected()} names it.
     */
    private void giveUpOn(Shell shell) {
        long now = System.currentTimeMillis();
        Long since = (Long) shell.getData(Prompts.class.getName());
        if (since == null) {
            shell.setData(Prompts.class.getName(), now);
        } else if (now - since > UNANSWERED_MS && (shell.getStyle() & (SWT.APPLICATION_MODAL | SWT.PRIMARY_MODAL | SWT.SYSTEM_MODAL)) != 0) {
            unexpected.add("'" + shell.getText() + "': " + String.join(" ", Widgets.texts(shell)));
            shell.close();
        }
    }

    /** The dialogs closed unanswered (their title and what they said): none, when the test went as planned. */
    public List<String> unexpected() {
        return List.copyOf(unexpected);
    }

    /** What each dialog answered so far said (its labels joined by line feeds), in order. */
    public List<String> answered() {
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        closed = true;
    }
}
