package io.guestlab.ide.build;

import java.io.IOException;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.IConsoleManager;
import org.eclipse.ui.console.MessageConsole;
import org.eclipse.ui.console.MessageConsoleStream;

/** The "Guestlab Build" console: what each build ran and printed, cleared when the next one starts. */
public final class BuildConsole {

    public static final String NAME = "Guestlab Build";

    private final MessageConsole console;
    private final MessageConsoleStream output;
    private final MessageConsoleStream status;

    private BuildConsole(MessageConsole console) {
        this.console = console;
        this.output = console.newMessageStream();
        this.status = console.newMessageStream();
        Display display = Display.getDefault();
        display.asyncExec(() -> status.setColor(display.getSystemColor(SWT.COLOR_DARK_BLUE)));
    }

    /** The workspace's build console, created and added to the console manager on first use. */
    public static synchronized BuildConsole get() {
        IConsoleManager manager = ConsolePlugin.getDefault().getConsoleManager();
        for (IConsole c : manager.getConsoles()) {
            if (c instanceof MessageConsole m && NAME.equals(m.getName()) && m.getAttribute(BuildConsole.class.getName()) instanceof BuildConsole b) {
                return b;
            }
        }
        MessageConsole console = new MessageConsole(NAME, null);
        BuildConsole build = new BuildConsole(console);
        console.setAttribute(BuildConsole.class.getName(), build);
        manager.addConsoles(new IConsole[] {console});
        return build;
    }

    public MessageConsole console() {
        return console;
    }

    /** Starts a new build's transcript: clears the console and brings it forward in the Console view. */
    void start(String header) {
        console.clearConsole();
        console.activate();
        status(header);
    }

    void line(String text) {
        output.println(text);
    }

    void status(String text) {
        status.println(text);
    }

    void flush() {
        try {
            output.flush();
            status.flush();
        } catch (IOException e) {
            // a console stream only fails once its console is gone: nothing left to show
        }
    }
}
