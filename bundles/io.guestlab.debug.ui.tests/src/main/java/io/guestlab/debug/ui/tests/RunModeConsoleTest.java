package io.guestlab.debug.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
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
import org.eclipse.ui.console.IOConsole;
import org.eclipse.ui.console.TextConsole;
import org.junit.After;
import org.junit.Assume;
import org.junit.Test;

import io.guestlab.debug.core.LaunchAttributes;
import io.guestlab.ui.testsupport.Screenshots;
import io.guestlab.ui.testsupport.TestWorkbench;

/**
 * Run mode as a user meets it: the machine boots with its UART in a console, and what the user
 * types into that console reaches the guest (a small shell that echoes and answers), up to the
 * command that powers it off, which ends the process with the guest's exit code.
 */
public class RunModeConsoleTest {

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

        // typed as the user types: through the console's input stream
        type(console, "echo typed in the console\n");
        TestWorkbench.waitUntil("the guest's answer", () -> text(console).contains("echo typed in the console\ntyped in the console\ngsh> "));
        Screenshots.take("run-mode-console-input");

        type(console, "fail 3\n");
        TestWorkbench.waitUntil("the guest powered off", process::isTerminated);
        assertEquals("the guest's exit code is the process's", 3, process.getExitValue());
        assertTrue(text(console), text(console).contains("fail 3"));
    }

    private static void type(IConsole console, String text) {
        assertTrue("the process console takes input: " + console, console instanceof IOConsole);
        ((IOConsole) console).getInputStream().appendData(text);
    }

    private static String text(IConsole console) {
        return console instanceof TextConsole t ? t.getDocument().get().replace("\r\n", "\n") : "";
    }
}
