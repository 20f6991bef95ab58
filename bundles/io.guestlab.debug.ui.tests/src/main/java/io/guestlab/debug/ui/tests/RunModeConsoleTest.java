package io.guestlab.debug.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.ui.console.IConsole;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.IConsoleConstants;
import org.eclipse.ui.console.IConsoleView;
import org.eclipse.ui.console.TextConsolePage;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.PageBookView;
import org.eclipse.ui.console.TextConsole;
import org.junit.After;
import org.junit.Assume;
import org.junit.Rule;
import org.junit.Test;

import io.guestlab.debug.core.LaunchAttributes;
import io.guestlab.ui.testsupport.FailureScreenshot;
import io.guestlab.ui.testsupport.Screenshots;
import io.guestlab.ui.testsupport.TestWorkbench;

/**
 * Run mode as a user meets it: the machine boots with its UART in a console, and what the user
 * types or pastes into that console reaches the guest (a small shell that echoes and answers)
 * and shows once, as the guest's echo, as in a terminal; up to the command that powers it off,
 * which ends the process with the guest's exit code.
 */
public class RunModeConsoleTest {

    @Rule
    public final FailureScreenshot failureScreenshot = new FailureScreenshot();

    private ILaunch launch;

    @After
    public void cleanUp() throws CoreException {
        if (launch != null && launch.canTerminate()) {
            launch.terminate();
        }
        for (ILaunchConfiguration c : DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurations()) {
            c.delete();
        }
    }

    @Test
    public void whatTheUserTypesInTheConsoleReachesTheGuest() throws Exception {
        Path shell = ExampleKernel.repositoryRoot().resolve("examples/tests/build/shell.elf");
        if (!Files.isRegularFile(shell)) {
            String message = "missing examples/tests/build/shell.elf (make -C examples)";
            if ("1".equals(System.getenv("GUESTLAB_REQUIRE_TOOLS"))) {
                fail(message + " and GUESTLAB_REQUIRE_TOOLS=1");
            }
            Assume.assumeTrue(message, false);
        }
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationWorkingCopy wc = manager.getLaunchConfigurationType(LaunchAttributes.LAUNCH_TYPE_ID)
                .newInstance(null, "shell");
        wc.setAttribute(LaunchAttributes.KERNEL, shell.toString());
        wc.setAttribute(LaunchAttributes.FIRMWARE, LaunchAttributes.FIRMWARE_NONE);
        ILaunchConfiguration config = wc.doSave();

        DebugUITools.launch(config, ILaunchManager.RUN_MODE);
        TestWorkbench.waitUntil("the run launch", () -> Arrays.stream(manager.getLaunches())
                .anyMatch(l -> config.equals(l.getLaunchConfiguration()) && l.getProcesses().length > 0));
        launch = Arrays.stream(manager.getLaunches()).filter(l -> config.equals(l.getLaunchConfiguration()))
                .findFirst().orElseThrow();
        assertNull("run mode has no debug target", launch.getDebugTarget());
        IProcess process = launch.getProcesses()[0];
        TestWorkbench.waitUntil("the process console", () -> DebugUITools.getConsole(process) != null);
        IConsole console = DebugUITools.getConsole(process);
        TestWorkbench.waitUntil("the shell's prompt in the console", () -> text(console).contains("gsh> "));

        // typed as the user types, key by key into the console: the guest's echo shows each line once
        StyledText keyboard = consoleText(console);
        type(keyboard, "echo typed in the console\n");
        TestWorkbench.waitUntil("the guest's answer", () -> text(console).contains("echo typed in the console\ntyped in the console\ngsh> "));
        assertEquals("the line shows once (the guest's echo), not also as typed: " + text(console), 1,
                count(text(console), "echo typed in the console"));
        Screenshots.take("run-mode-console-input");

        // a typo corrected with Backspace: the guest erases it on screen ("\b \b"), and the console draws
        // that as a terminal does, not as boxes
        type(keyboard, "echo typos\b\bed\n");
        TestWorkbench.waitUntil("the guest's answer to the corrected line", () -> text(console).contains("gsh> echo typed\ntyped\ngsh> "));
        assertEquals("no control character left in the console: " + text(console), -1, text(console).indexOf('\b'));

        // pasted: the same
        Clipboard clipboard = new Clipboard(keyboard.getDisplay());
        clipboard.setContents(new Object[] {"echo pasted\n"}, new Transfer[] {TextTransfer.getInstance()});
        clipboard.dispose();
        TestWorkbench.page().activate(TestWorkbench.page().findView(IConsoleConstants.ID_CONSOLE_VIEW));
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.paste", null);
        TestWorkbench.waitUntil("the guest's answer to the pasted line", () -> text(console).contains("gsh> echo pasted\npasted\ngsh> "));
        assertEquals(text(console), 1, count(text(console), "echo pasted"));

        // Ctrl+C (the Copy command) with nothing selected: the terminal's interrupt, which this shell takes as a command
        keyboard.setSelection(keyboard.getCharCount());
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.copy", null);
        type(keyboard, "\n");
        TestWorkbench.waitUntil("the shell's answer to ^C", () -> text(console).contains("gsh: unknown command: \u0003\n"));

        type(keyboard, "fail 3\n");
        TestWorkbench.waitUntil("the guest powered off", process::isTerminated);
        assertEquals("the guest's exit code is the process's", 3, process.getExitValue());
        // the console appends what the guest wrote in UI runnables: its last echo may come after the end
        TestWorkbench.waitUntil("the guest's echo of 'fail 3' in the console", () -> text(console).contains("fail 3"));
    }

    /** The text widget of the console's page in the Console view, where a user types. */
    private static StyledText consoleText(IConsole console) throws Exception {
        IConsoleView view = (IConsoleView) TestWorkbench.page().showView(IConsoleConstants.ID_CONSOLE_VIEW);
        view.display(console);
        TestWorkbench.waitUntil("the console's page", () -> view instanceof PageBookView book
                && book.getCurrentPage() instanceof TextConsolePage p && p.getViewer() != null && view.getConsole() == console);
        return ((TextConsolePage) ((PageBookView) view).getCurrentPage()).getViewer().getTextWidget();
    }

    /** Presses the keys of {@code text} in {@code widget} ('\n' as Enter, '\b' as Backspace), as a keyboard does. */
    private static void type(StyledText widget, String text) {
        for (char c : text.toCharArray()) {
            Event key = new Event();
            key.character = c == '\n' ? '\r' : c;
            key.keyCode = c == '\n' ? SWT.CR : c == '\b' ? SWT.BS : Character.toLowerCase(c);
            widget.notifyListeners(SWT.KeyDown, key);
            widget.notifyListeners(SWT.KeyUp, key);
        }
        TestWorkbench.processEvents();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    private static String text(IConsole console) {
        return console instanceof TextConsole t ? t.getDocument().get().replace("\r\n", "\n") : "";
    }
}
