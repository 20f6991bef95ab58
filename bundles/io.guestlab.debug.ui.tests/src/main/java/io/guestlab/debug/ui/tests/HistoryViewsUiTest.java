package io.guestlab.debug.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.ui.PlatformUI;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.rules.RuleChain;
import org.junit.Test;

import io.guestlab.debug.core.breakpoints.GuestlabBreakpoints;
import io.guestlab.debug.core.model.GuestlabDebugTarget;
import io.guestlab.debug.core.session.MachineSession;
import io.guestlab.debug.ui.launching.MachineLaunchShortcut;
import io.guestlab.debug.ui.snapshots.SnapshotsView;
import io.guestlab.debug.ui.traplog.TrapLogView;
import io.guestlab.ui.testsupport.DebugEvents;
import io.guestlab.ui.testsupport.DebugViewSelection;
import io.guestlab.ui.testsupport.DebugWorkbench;
import io.guestlab.ui.testsupport.Screenshots;
import io.guestlab.ui.testsupport.TestWorkbench;
import io.guestlab.ui.testsupport.ViewTexts;

/**
 * Issue 14 in the workbench: Reverse Resume and Reverse Step Over from the Debug view's commands
 * land on the previous breakpoint hit and line with the values of then; take a snapshot, run,
 * restore it; fork shows a second machine; the Trap Log lists the timer interrupts and the
 * illegal instruction and opens its line. Screenshots go to target/screenshots/.
 */
public class HistoryViewsUiTest {

    /** A clean workbench around each test, and a screenshot of a failure taken before it is cleaned. */
    @Rule
    public final RuleChain workbench = DebugWorkbench.withFailureScreenshot();

    private IProject project;
    private IFile main;

    @Before
    public void setUp() throws CoreException {
        project = ExampleKernel.importProject();
        main = project.getFile("main.c");
    }

    @After
    public void removeProject() throws CoreException {
        ExampleKernel.remove(project);
    }

    /** Launches the example in debug mode and waits for the stop at main. */
    private GuestlabDebugTarget launch(DebugEvents events) throws Exception {
        PlatformUI.getWorkbench().showPerspective(IDebugUIConstants.ID_DEBUG_PERSPECTIVE, TestWorkbench.page().getWorkbenchWindow());
        ViewTexts.show(IDebugUIConstants.ID_DEBUG_VIEW);
        ILaunchConfiguration config = MachineLaunchShortcut.configurationFor(ExampleKernel.elf(project));
        GuestlabDebugTarget target = (GuestlabDebugTarget) events.debugUntilStopped(config, "the stop at main").getDebugTarget();
        ViewTexts.waitForRow(IDebugUIConstants.ID_DEBUG_VIEW, "main");
        selectHart(target);
        return target;
    }

    /** Selects hart 0's top frame in the Debug view: what the commands and views follow. */
    private static void selectHart(GuestlabDebugTarget target) {
        DebugViewSelection.selectFrame(target.getThreads()[0], 0);
    }

    private static void resume(DebugEvents events, GuestlabDebugTarget target) throws Exception {
        int suspends = events.count(DebugEvent.SUSPEND);
        target.resume();
        events.waitFor("a breakpoint hit", DebugEvent.SUSPEND, suspends);
    }

    private static String value(GuestlabDebugTarget target, String expression) {
        MachineSession s = target.session();
        MachineSession.Evaluation e = s.evaluate(expression, s.frames(0).get(0));
        assertEquals(expression, null, e.error());
        return e.value().text();
    }

    @Test
    public void reverseResumeAndReverseStepFromTheDebugView() throws Exception {
        int line = ExampleKernel.lineOf(main, "BREAK: run_task");
        try (DebugEvents events = new DebugEvents()) {
            GuestlabDebugTarget target = launch(events);
            GuestlabBreakpoints.lineBreakpoint(main, line);
            for (int hit = 1; hit <= 3; hit++) {
                resume(events, target);
            }
            assertEquals("3", value(target, "t->id"));
            selectHart(target);
            DebugCommands.runToStop(events, "io.guestlab.debug.ui.reverseResume");
            assertEquals("the previous hit: the second task", "2", value(target, "t->id"));
            IStackFrame top = target.getThreads()[0].getTopStackFrame();
            assertEquals(line, top.getLineNumber());
            assertTrue(target.getThreads()[0].getName(), target.getThreads()[0].getName().contains("going back"));
            ViewTexts.waitForRow(IDebugUIConstants.ID_DEBUG_VIEW, "going back");
            ViewTexts.show(IDebugUIConstants.ID_VARIABLE_VIEW);
            Screenshots.take("reverse-1-resumed-back-to-the-previous-hit");

            selectHart(target);
            DebugCommands.runToStop(events, "io.guestlab.debug.ui.reverseStepOver");
            top = target.getThreads()[0].getTopStackFrame();
            assertEquals("the line before", line - 1, top.getLineNumber());
            assertEquals("run_task", target.session().frames(0).get(0).function());
            ViewTexts.waitForRow(IDebugUIConstants.ID_DEBUG_VIEW, "reverse step");
            Screenshots.take("reverse-2-stepped-back-a-line");
        }
    }

    @Test
    public void snapshotTakeRunRestoreAndFork() throws Exception {
        int line = ExampleKernel.lineOf(main, "BREAK: run_task");
        try (DebugEvents events = new DebugEvents()) {
            GuestlabDebugTarget target = launch(events);
            GuestlabBreakpoints.lineBreakpoint(main, line);
            resume(events, target);
            selectHart(target);
            SnapshotsView view = (SnapshotsView) TestWorkbench.page().showView(SnapshotsView.ID);
            view.take("first task");
            TestWorkbench.waitUntil("the snapshot listed", () -> view.names().equals(List.of("first task")));
            resume(events, target);
            resume(events, target);
            assertEquals("3", value(target, "t->id"));
            int suspends = events.count(DebugEvent.SUSPEND);
            view.run("Restore", "first task");
            events.waitFor("the restored state", DebugEvent.SUSPEND, suspends);
            assertEquals("1", value(target, "t->id"));
            ViewTexts.waitForRow(IDebugUIConstants.ID_DEBUG_VIEW, "restored snapshot");
            Screenshots.take("snapshots-1-restored");

            view.run("Fork", "first task");
            TestWorkbench.waitUntil("a second machine in the Debug view",
                    () -> DebugPlugin.getDefault().getLaunchManager().getDebugTargets().length == 2);
            IDebugTarget fork = Arrays.stream(DebugPlugin.getDefault().getLaunchManager().getDebugTargets())
                    .filter(t -> t != target).findFirst().orElseThrow();
            TestWorkbench.waitUntil("the fork stopped where it was forked", fork::isSuspended);
            ViewTexts.waitForRow(IDebugUIConstants.ID_DEBUG_VIEW, "(fork)");
            assertEquals("1", value((GuestlabDebugTarget) fork, "t->id"));
            resume(events, (GuestlabDebugTarget) fork);
            assertEquals("the fork ran on", "2", value((GuestlabDebugTarget) fork, "t->id"));
            assertEquals("the original did not", "1", value(target, "t->id"));
            ViewTexts.expand(IDebugUIConstants.ID_DEBUG_VIEW, 3);
            Screenshots.take("snapshots-2-fork-is-a-second-machine");
        }
    }

    @Test
    public void trapLogListsTimerInterruptsAndTheIllegalInstruction() throws Exception {
        try (DebugEvents events = new DebugEvents()) {
            GuestlabDebugTarget target = launch(events);
            GuestlabBreakpoints.trapCatchpoint(2, false);
            resume(events, target);
            TrapLogView view = (TrapLogView) TestWorkbench.page().showView(TrapLogView.ID);
            view.refresh();
            TestWorkbench.waitUntil("the trap log lists the illegal instruction",
                    () -> !view.rows().isEmpty() && view.rows().get(0).contains("illegal instruction"));
            List<String> rows = view.rows();
            assertTrue(rows.get(0), rows.get(0).contains("exception 2: illegal instruction | M \u2192 M")
                    && rows.get(0).contains("illegal_instruction (main.c:" + ExampleKernel.lineOf(main, "TRAP: illegal instruction") + ")"));
            assertEquals("one timer interrupt per round: " + rows, 5,
                    rows.stream().filter(r -> r.contains("interrupt 7: machine timer interrupt")).count());
            Screenshots.take("traplog-1-timer-and-illegal-instruction");
            // what a double-click on the newest row does: its line in the editor
            view.open(target.session().traps().reversed().get(0));
            TestWorkbench.waitUntil("main.c open", () -> TestWorkbench.page().getActiveEditor() != null
                    && TestWorkbench.page().getActiveEditor().getTitle().equals("main.c"));
            assertNotNull(TestWorkbench.page().getActiveEditor());

            // the guest runs to its end: the log still shows what happened last
            DebugPlugin.getDefault().getBreakpointManager().removeBreakpoints(
                    DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(), true);
            int ends = events.count(DebugEvent.TERMINATE);
            target.resume();
            events.waitFor("the guest's end", DebugEvent.TERMINATE, ends);
            TestWorkbench.page().activate(view);
            TestWorkbench.waitUntil("the log of the ended machine", () -> view.status().contains("before it ended"));
            List<String> after = view.rows();
            assertTrue("the illegal instruction still listed: " + after, after.stream().anyMatch(r -> r.contains("exception 2: illegal instruction")));
            assertEquals("and the timer interrupts: " + after, 5,
                    after.stream().filter(r -> r.contains("interrupt 7: machine timer interrupt")).count());
            Screenshots.take("traplog-2-after-the-machine-ended");
        }
    }
}
