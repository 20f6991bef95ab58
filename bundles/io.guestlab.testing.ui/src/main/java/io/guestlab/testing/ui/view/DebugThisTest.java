package io.guestlab.testing.ui.view;

import io.guestlab.debug.core.LaunchAttributes;
import io.guestlab.emulator.board.VirtBoardConfig;
import io.guestlab.testing.ReplayFiles;
import io.guestlab.testing.TestResult;
import io.guestlab.testing.TestRun;
import io.guestlab.testing.TestSpec;
import io.guestlab.testing.ui.session.TestSession;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.unittest.model.ITestElement;

/**
 * "Debug this test": a Guestlab debug session on a failed test's replay (its start snapshot and
 * recorded inputs), stopped at the step of the failure: the trapping instruction, the exit
 * write, the store of the failing line's last byte. The test's program gives the symbols, so
 * the Debug view, the frames, the registers and the source show that place.
 */
public final class DebugThisTest {

    private DebugThisTest() {
    }

    /** Why {@code element} cannot be debugged, or null when it can. */
    public static String problem(ITestElement element) {
        TestSession session = TestElements.session(element);
        if (session == null) {
            return "not a Guestlab test";
        }
        TestRun run = TestElements.run(element);
        TestResult result = TestElements.result(element);
        if (run == null || result == null || !result.verdict().isFailure()) {
            return "'" + element.getDisplayName() + "' did not fail";
        }
        if (ReplayFiles.of(session.results(), run) == null) {
            return "'" + run.test() + "' has no replay file: " + run.replay().strip();
        }
        if (result.failStep() < 0) {
            return "the failure of '" + element.getDisplayName() + "' has no step to stop at";
        }
        return null;
    }

    /**
     * Starts the debug session in the background, as Debug As does (a replay of a long run takes
     * a while to reach the failure: the UI thread never waits for it); {@link #problem} must be null.
     * The platform reports a launch that fails.
     */
    public static void launch(ITestElement element) throws CoreException {
        TestSession session = TestElements.session(element);
        TestRun run = TestElements.run(element);
        TestResult result = TestElements.result(element);
        ReplayFiles files = ReplayFiles.of(session.results(), run);
        TestSpec spec = session.spec(run.test());
        VirtBoardConfig machine = spec.machine() != null ? spec.machine() : session.plan().readyMachine();
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationType type = manager.getLaunchConfigurationType(LaunchAttributes.LAUNCH_TYPE_ID);
        ILaunchConfigurationWorkingCopy wc = type.newInstance(null,
                manager.generateLaunchConfigurationName("Debug " + element.getDisplayName()));
        // the board comes from the snapshot; these give the symbols (the kernel) and pass the checks
        wc.setAttribute(LaunchAttributes.FIRMWARE, machine.bios() == null ? LaunchAttributes.FIRMWARE_NONE
                : machine.bios().toString());
        wc.setAttribute(LaunchAttributes.KERNEL, machine.kernel() == null ? "" : machine.kernel().toString());
        wc.setAttribute(LaunchAttributes.MEMORY, Long.toString(machine.memoryBytes() >> 10) + "K");
        wc.setAttribute(LaunchAttributes.HARTS, machine.harts());
        wc.setAttribute(LaunchAttributes.STOP_AT, LaunchAttributes.STOP_AT_NONE);
        wc.setAttribute(LaunchAttributes.REPLAY_SNAPSHOT, files.snapshot().toString());
        wc.setAttribute(LaunchAttributes.REPLAY_FILE, files.inputs().toString());
        wc.setAttribute(LaunchAttributes.STOP_AT_STEP, Long.toString(result.failStep()));
        DebugUITools.launch(wc, ILaunchManager.DEBUG_MODE);
    }
}
