package io.guestlab.testing.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import io.guestlab.debug.core.model.GuestlabDebugTarget;
import io.guestlab.debug.core.model.GuestlabStackFrame;
import io.guestlab.emulator.StopEvent;
import io.guestlab.emulator.StopReason;
import io.guestlab.emulator.board.VirtBoard;
import io.guestlab.emulator.board.VirtBoardConfig;
import io.guestlab.testing.Summary;
import io.guestlab.testing.TestRun;
import io.guestlab.testing.ui.TestsLaunchAttributes;
import io.guestlab.testing.ui.launching.SuiteMarkers;
import io.guestlab.testing.ui.launching.TestsLaunchShortcut;
import io.guestlab.testing.ui.session.TestSession;
import io.guestlab.testing.ui.session.TestSessionListener;
import io.guestlab.ui.testsupport.Prompts;
import io.guestlab.ui.testsupport.Screenshots;
import io.guestlab.ui.testsupport.SourceDisplay;
import io.guestlab.ui.testsupport.ViewTexts;
import io.guestlab.ui.testsupport.TestWorkbench;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchListener;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IRegisterGroup;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchPart2;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.unittest.model.ITestElement;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;

/**
 * Guest tests in the real workbench, as a user runs them: examples/tests/ide.testsuite (a test
 * that passes, one exiting with the wrong code, one that traps, one that spins to its limit, and
 * a KTAP guest) from a launch configuration into Eclipse's test view; a failure's message and
 * transcript; rerun of the failed tests; "Debug this test" on the trap; problems of a bad suite
 * as markers; cancelling a long suite. Screenshots under target/screenshots/.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class GuestTestsInIdeTest {

    private static IProject project;
    private static ILaunchConfiguration config;
    private static TestSession first;
    /** Errors the test view's model logged (it logs what a runner client reports wrongly). */
    private static final List<String> viewErrors = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static final ILogListener VIEW_ERRORS = (status, plugin) -> {
        if (status.getSeverity() == IStatus.ERROR && "org.eclipse.unittest.ui".equals(status.getPlugin())) {
            viewErrors.add(status.getMessage() + (status.getException() == null ? "" : ": " + status.getException().getMessage()));
        }
    };

    @BeforeClass
    public static void runTheSuite() throws Exception {
        GuestTestsProject.guest("ktap");
        Prompts.openDebugPerspectiveWithoutAsking();
        Platform.addLogListener(VIEW_ERRORS);
        TestWorkbench.page();
        project = GuestTestsProject.create();
        ILaunchConfigurationWorkingCopy wc = TestsLaunchShortcut.configurationFor(project.getFile("ide.testsuite"))
                .getWorkingCopy();
        wc.setAttribute(TestsLaunchAttributes.JOBS, "2");
        config = wc.doSave();
        TestView.show();
        first = launch(config);
    }

    @AfterClass
    public static void removeProject() throws CoreException {
        Platform.removeLogListener(VIEW_ERRORS);
        for (ILaunch l : DebugPlugin.getDefault().getLaunchManager().getLaunches()) {
            if (!l.isTerminated()) {
                l.terminate();
            }
        }
        if (project != null) {
            project.delete(true, true, null);
        }
    }

    /** Launches {@code configuration} in run mode and waits for its tests to end; returns its session. */
    private static TestSession launch(ILaunchConfiguration configuration) {
        Set<ILaunch> before = Set.of(DebugPlugin.getDefault().getLaunchManager().getLaunches());
        DebugUITools.launch(configuration, ILaunchManager.RUN_MODE);
        TestSession[] session = new TestSession[1];
        TestWorkbench.waitUntil("the tests of " + configuration.getName() + " to end", () -> {
            for (ILaunch l : DebugPlugin.getDefault().getLaunchManager().getLaunches()) {
                if (!before.contains(l) && TestSession.of(l) != null) {
                    session[0] = TestSession.of(l);
                }
            }
            return session[0] != null && session[0].isEnded() && session[0].launch().isTerminated();
        });
        return session[0];
    }

    private static String trace(String row) {
        ITestElement e = TestView.element(row);
        assertNotNull("a row '" + row + "' in " + TestView.rows(), e);
        assertNotNull(row + " has a failure", e.getFailureTrace());
        return e.getFailureTrace().getTrace();
    }

    @Test
    public void a_theTestViewShowsCountsTreeAndFailures() throws Exception {
        TestView.show();
        TestWorkbench.waitUntil("the test view's counters", () -> TestView.counts().size() == 3
                && TestView.counts().get(0).startsWith("10/10"));
        List<String> counts = TestView.counts();
        assertEquals("runs " + counts, "10/10 (1 skipped)", counts.get(0));
        assertEquals("errors (the timeout)", "1", counts.get(1));
        assertEquals("failures (exit 3, the trap, the KTAP case)", "3", counts.get(2));
        List<String> rows = TestView.rows();
        for (String expected : List.of("  passes", "  exits 3", "  traps", "  spins", "  ktap", "    memory", "      alloc",
                "      free", "      realloc", "    strings", "      compare", "        equal", "        differ",
                "      length")) {
            assertTrue("'" + expected + "' in the tree " + rows, rows.contains(expected));
        }
        assertTrue(trace("exits 3"), trace("exits 3").contains("exit code 3 through htif, expected 0"));
        // the faulting instruction, with its function and line, not the handler address the hart looped at;
        // the cause alone on the first line (the view cuts a long one), why the hart stayed trapped on the next
        List<String> trap = trace("traps").lines().toList();
        assertEquals(trace("traps"), String.format("FAIL: the guest trapped: illegal instruction at pc 0x%x in main (trap.c:%d) on hart 0",
                trappingInstruction(), trapLine()), trap.get(0));
        assertTrue(trace("traps"), trap.get(1).startsWith("it could not get out: "));
        assertTrue(trace("spins"), trace("spins").contains("timeout: no end after 3000000 instructions"));
        String free = trace("free");
        assertTrue(free, free.contains("# free: expected block->next == NULL, but block->next == 0x80001000"));
        assertEquals("what the runner client told the view was accepted", List.of(), viewErrors);
        TestView.select("traps");
        // the view maximized, as a double-click on its tab does: the trace's first line whole
        IWorkbenchPartReference ref = TestWorkbench.page().getReference(TestView.show());
        TestWorkbench.page().setPartState(ref, IWorkbenchPage.STATE_MAXIMIZED);
        Screenshots.take("trap-failure");
        TestWorkbench.page().setPartState(ref, IWorkbenchPage.STATE_RESTORED);
        TestView.select("free");
        Screenshots.take("test-view");
    }

    @Test
    public void b_doubleClickOpensTheTranscriptAtTheFailure() {
        TestView.show();
        TestView.open("free");
        IEditorPart editor = TestWorkbench.page().getActiveEditor();
        assertNotNull("an editor opened", editor);
        assertEquals("0004-ktap.log", editor.getEditorInput().getName());
        ITextSelection selection = (ITextSelection) ((ITextEditor) editor).getSelectionProvider().getSelection();
        assertEquals("    not ok 2 free", selection.getText());
        Screenshots.take("transcript");
        TestView.show();
        TestView.open("traps");
        editor = TestWorkbench.page().getActiveEditor();
        assertEquals("0002-traps.log", editor.getEditorInput().getName());
        selection = (ITextSelection) ((ITextEditor) editor).getSelectionProvider().getSelection();
        assertEquals("trap: about to execute an illegal instruction", selection.getText());
        TestWorkbench.page().closeAllEditors(false);
    }

    @Test
    public void c_rerunFailedButtonRunsOnlyTheFailedTests() throws Exception {
        TestView.show();
        Set<ILaunch> before = Set.of(DebugPlugin.getDefault().getLaunchManager().getLaunches());
        // the view makes its run when the launch gets its process, and adds it to a history that it walks
        // on the UI thread: a launch job's thread doing so raced with the view (the rerun not shown)
        List<String> processAddedOn = new java.util.concurrent.CopyOnWriteArrayList<>();
        ILaunchListener watch = new ILaunchListener() {
            @Override
            public void launchChanged(ILaunch l) {
                if (!before.contains(l) && l.getProcesses().length > 0 && processAddedOn.isEmpty()) {
                    processAddedOn.add(Display.getCurrent() != null ? "the UI thread" : Thread.currentThread().getName());
                }
            }

            @Override
            public void launchAdded(ILaunch l) {
            }

            @Override
            public void launchRemoved(ILaunch l) {
            }
        };
        DebugPlugin.getDefault().getLaunchManager().addLaunchListener(watch);
        TestSession[] again = new TestSession[1];
        try {
            TestView.press("Rerun Failed Tests");
            TestWorkbench.waitUntil("the rerun to end", () -> {
                for (ILaunch l : DebugPlugin.getDefault().getLaunchManager().getLaunches()) {
                    if (!before.contains(l) && TestSession.of(l) != null) {
                        again[0] = TestSession.of(l);
                    }
                }
                return again[0] != null && again[0].isEnded();
            });
        } finally {
            DebugPlugin.getDefault().getLaunchManager().removeLaunchListener(watch);
        }
        assertEquals("where the rerun's process was added", List.of("the UI thread"), processAddedOn);
        Set<String> ran = new HashSet<>();
        for (String name : List.of("passes", "exits 3", "traps", "spins", "ktap")) {
            if (again[0].run(name) != null) {
                ran.add(name);
            }
        }
        assertEquals(Set.of("exits 3", "traps", "spins", "ktap"), ran);
        TestWorkbench.waitUntil("the view to show the rerun", () -> TestView.counts().size() == 3
                && !TestView.counts().get(0).startsWith("10/10") && TestView.item("passes") == null);
        Screenshots.take("rerun-failed");
    }

    @Test
    public void d_historyButtonShowsTheFirstRunAgain() {
        TestView.show();
        // the dialog lists the sessions, newest first: the rerun, then the first run
        try (Prompts history = Prompts.answer("Select a test session to display", "Open", "history", TestView::pickSessionBeforeNewest)) {
            TestView.press("Test Sessions History");
            TestWorkbench.waitUntil("the history dialog", () -> !history.answered().isEmpty() || !history.unexpected().isEmpty());
            assertEquals("dialogs nobody answered", List.of(), history.unexpected());
        }
        TestWorkbench.processEvents();
        Screenshots.take("history-opened");
        // only the first run has the passing test (the rerun ran the failed ones)
        TestWorkbench.waitUntil("the first run's tree again", () -> TestView.item("passes") != null);
        assertTrue("the first run's failures: " + TestView.rows(), TestView.rows().containsAll(List.of("  exits 3", "  traps")));
    }

    @Test
    public void e_debugThisTestStopsOnTheTrappingInstruction() throws Exception {
        long trapPc = trappingInstruction();
        TestView.show();
        assertNotNull("the first run is shown (the history)", TestView.item("passes"));
        TestView.select("traps");
        Set<ILaunch> before = Set.of(DebugPlugin.getDefault().getLaunchManager().getLaunches());
        TestView.contextMenu("Debug This Test");
        IThread[] thread = new IThread[1];
        TestWorkbench.waitUntil("a Guestlab debug session suspended", () -> {
            for (ILaunch l : DebugPlugin.getDefault().getLaunchManager().getLaunches()) {
                if (!before.contains(l) && l.getDebugTarget() instanceof GuestlabDebugTarget g && g.isSuspended()) {
                    try {
                        for (IThread t : g.getThreads()) {
                            if (t.isSuspended() && t.getTopStackFrame() != null) {
                                thread[0] = t;
                                return true;
                            }
                        }
                    } catch (DebugException e) {
                        return false;
                    }
                }
            }
            return false;
        });
        GuestlabStackFrame top = (GuestlabStackFrame) thread[0].getTopStackFrame();
        assertEquals(String.format("the trap's pc 0x%x in the top frame, not 0x%x", trapPc, top.getPc()), trapPc, top.getPc());
        assertTrue(top.getName(), top.getName().startsWith("main"));
        int line = trapLine();
        assertEquals("trap.c's line of the illegal instruction", line, top.getLineNumber());
        // what the user sees: the Debug perspective, the frame selected, the source at that line, the registers
        TestWorkbench.waitUntil("the Debug perspective", () -> IDebugUIConstants.ID_DEBUG_PERSPECTIVE
                .equals(TestWorkbench.page().getPerspective().getId()));
        ViewTexts.waitForRow(IDebugUIConstants.ID_DEBUG_VIEW, "main");
        TestWorkbench.waitUntil("trap.c at line " + line + " in the editor (" + SourceDisplay.activeEditorName() + ")",
                () -> SourceDisplay.activeEditorName().equals("trap.c") && SourceDisplay.currentLine() == line);
        ViewTexts.show(IDebugUIConstants.ID_REGISTER_VIEW);
        String pc = ViewTexts.expandUntilRow(IDebugUIConstants.ID_REGISTER_VIEW, group(top, "General"), "pc");
        assertTrue(pc, pc.contains(Long.toHexString(trapPc)));
        TestWorkbench.page().activate(TestWorkbench.page().findView(IDebugUIConstants.ID_DEBUG_VIEW));
        Screenshots.take("debug-this-test");
        top.getDebugTarget().terminate();
        TestWorkbench.waitUntil("the debug session to end", () -> top.getDebugTarget().isTerminated());
        TestWorkbench.page().closeAllEditors(false);
        TestWorkbench.page().getWorkbenchWindow().getWorkbench().showPerspective(
                "org.eclipse.ui.resourcePerspective", TestWorkbench.page().getWorkbenchWindow());
    }

    private static IRegisterGroup group(IStackFrame frame, String name) throws DebugException {
        for (IRegisterGroup group : frame.getRegisterGroups()) {
            if (group.getName().equals(name)) {
                return group;
            }
        }
        throw new AssertionError("no register group " + name);
    }

    /** The 1-based line of trap.c's illegal instruction. */
    private static int trapLine() throws Exception {
        List<String> source = Files.readAllLines(GuestTestsProject.repositoryRoot().resolve("examples/tests/trap.c"));
        int index = source.indexOf("    __asm__ volatile(\"unimp\");");
        assertTrue("trap.c has its 'unimp' line", index >= 0);
        return index + 1;
    }

    /** The address of trap.elf's illegal instruction, found by running it with that trap caught. */
    private static long trappingInstruction() throws Exception {
        VirtBoardConfig config = VirtBoardConfig.defaults().withBios(null).withKernel(GuestTestsProject.guest("trap"))
                .withMemory(64L << 20);
        try (VirtBoard board = VirtBoard.create(config, b -> { })) {
            board.machine().catchTrap(2, false, true);
            StopEvent e;
            do {
                e = board.run(1_000_000);
            } while (e.reason() == StopReason.BUDGET_EXHAUSTED);
            assertEquals(StopReason.TRAP, e.reason());
            return board.machine().csr(0, 0x341); // mepc
        }
    }

    @Test
    public void f_aBadSuiteIsMarkedAndDoesNotStart() throws Exception {
        IFile bad = GuestTestsProject.suite(project, "bad.testsuite", """
                <?xml version="1.0" encoding="UTF-8"?>
                <guestlab:TestSuite xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:guestlab="http://guestlab.io/model/1.0"
                    name="bad" timeoutInstructions="1000000">
                  <machine name="bare" memory="64M"/>
                  <result xsi:type="guestlab:ExitCodeResult" via="any"/>
                  <tests xsi:type="guestlab:TestCase" name="missing" program="build/nowhere.elf"/>
                </guestlab:TestSuite>
                """);
        ILaunchConfiguration c = TestsLaunchShortcut.configurationFor(bad);
        try {
            c.launch(ILaunchManager.RUN_MODE, new NullProgressMonitor());
            throw new AssertionError("a bad suite started");
        } catch (CoreException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("the suite has 1 problem")
                    && e.getMessage().contains("nowhere.elf does not exist"));
        }
        IMarker[] markers = bad.findMarkers(SuiteMarkers.TYPE, false, IResource.DEPTH_ZERO);
        assertEquals(Arrays.toString(markers), 1, markers.length);
        assertTrue(markers[0].getAttribute(IMarker.MESSAGE, ""), markers[0].getAttribute(IMarker.MESSAGE, "")
                .startsWith("test case 'missing': program build/nowhere.elf does not exist"));
        assertEquals("the line of the test case", 7, markers[0].getAttribute(IMarker.LINE_NUMBER, 0));
    }

    @Test
    public void g_cancellingALongSuiteStopsItsMachinesAndReportsWhatFinished() throws Exception {
        TestSession session = startLongSuite();
        Screenshots.take("long-suite-running");
        long start = System.nanoTime();
        session.job().cancel(); // the Progress view's cancel button
        assertCancelled(session, start, "long-suite-cancelled");
    }

    @Test
    public void h_terminatingTheLaunchCancelsTheRunToo() throws Exception {
        TestSession session = startLongSuite();
        long start = System.nanoTime();
        session.launch().terminate(); // the Debug view's or the console's Terminate
        assertCancelled(session, start, null);
    }

    /**
     * The test view's own Stop (its tool bar's "Stop Unit Test Run"), clicked while a result is
     * being delivered, as a user's click can land: the run is ide.testsuite 100 times over, stopped
     * among the failing tests (whose failures the runner locates in a second run of each).
     */
    @Test
    public void i_theTestViewsStopButtonStopsEveryMachineAndReportsWhatFinished() throws Exception {
        ILaunchConfigurationWorkingCopy wc = config.getWorkingCopy();
        wc.setAttribute(TestsLaunchAttributes.REPEAT, "100");
        wc.rename(config.getName() + " x100");
        ILaunchConfiguration repeated = wc.doSave();
        TestView.show();
        IAction stop = TestView.toolBarAction("Stop Unit Test Run");
        Display display = Display.getCurrent();
        StopClick click = new StopClick(display, stop, 120);
        Set<ILaunch> before = Set.of(DebugPlugin.getDefault().getLaunchManager().getLaunches());
        DebugUITools.launch(repeated, ILaunchManager.RUN_MODE);
        TestSession[] session = new TestSession[1];
        TestWorkbench.waitUntil("the repeated suite to start", () -> {
            for (ILaunch l : DebugPlugin.getDefault().getLaunchManager().getLaunches()) {
                if (!before.contains(l) && TestSession.of(l) != null) {
                    session[0] = TestSession.of(l);
                }
            }
            return session[0] != null;
        });
        // added off the UI thread, as the view's client is: a listener hears the events so far while the
        // run waits, and the view's listeners wait for the UI thread while they hear one
        CompletableFuture<Void> listening = CompletableFuture.runAsync(() -> session[0].addListener(click));
        TestWorkbench.waitUntil("the Stop listener added", listening::isDone);
        TestWorkbench.waitUntil("Stop clicked and the stopped run ended", () -> session[0].isEnded() && session[0].launch().isTerminated());
        assertTrue("the view's Stop was enabled while the run went on", click.wasEnabled);
        assertTrue("the click returned while the result was being delivered (the UI thread did not wait for it)", click.returned);
        double seconds = (click.ended - click.clicked) / 1e9;
        System.out.printf("stop button: every machine stopped and the run ended %.3f s after Stop (%d tests had ended)%n",
                seconds, click.before.size());
        assertTrue("every machine stopped within a second of Stop, not " + seconds + " s", seconds < 1);
        assertEquals("nothing started or ended after Stop", List.of(), click.after);
        // the launch's process counts what finished before Stop, as the view does (which ignores what comes after)
        Summary finished = Summary.of(click.before);
        String label = session[0].launch().getProcesses()[0].getLabel();
        assertTrue(label, label.endsWith("(" + finished + ")"));
        Map<String, Integer> expected = new TreeMap<>();
        for (TestRun run : click.before) {
            run.results().forEach(r -> expected.merge(r.verdict().name(), 1, Integer::sum));
        }
        assertEquals("the view's results", expected, TestView.verdicts());
        ViewTexts.expandUntilRow(IDebugUIConstants.ID_DEBUG_VIEW, session[0].launch(), label);
        Screenshots.take("stop-button-debug-view"); // the run's process ended, with what finished
        TestView.show();
        Screenshots.take("stop-button");
        repeated.delete();
    }

    /**
     * Clicks the view's Stop from the UI thread while the run delivers a result, the {@code at}th
     * or the first after it (this listener hears after the view's client): the click is posted to
     * the UI thread and the delivery waits for it, at most ten seconds. Records what ended before
     * and what started or ended after.
     */
    private static final class StopClick implements TestSessionListener {
        private final Display display;
        private final IAction stop;
        private final int at;
        final List<TestRun> before = new java.util.concurrent.CopyOnWriteArrayList<>();
        final List<String> after = new java.util.concurrent.CopyOnWriteArrayList<>();
        volatile boolean clicking;
        volatile boolean wasEnabled;
        volatile boolean returned;
        volatile long clicked;
        volatile long ended;

        StopClick(Display display, IAction stop, int at) {
            this.display = display;
            this.stop = stop;
            this.at = at;
        }

        @Override
        public void started(int total) {
        }

        @Override
        public void starting(String test) {
            if (clicking) {
                after.add("started " + test);
            }
        }

        @Override
        public void finished(TestRun run) {
            if (clicking) {
                after.add("ended " + run.test());
                return;
            }
            before.add(run);
            if (before.size() >= at && Display.getCurrent() == null) { // heard live from the runner, not replayed
                clicking = true;
                CountDownLatch done = new CountDownLatch(1);
                display.asyncExec(() -> {
                    wasEnabled = stop.isEnabled();
                    clicked = System.nanoTime();
                    stop.run();
                    done.countDown();
                });
                try {
                    returned = done.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override
        public void ended(Duration duration, boolean cancelled, String failure) {
            ended = System.nanoTime();
        }
    }

    /** Starts a suite of one passing test and eight that spin for ever, two at a time; returns once the first has passed. */
    private static TestSession startLongSuite() throws Exception {
        IFile suite = GuestTestsProject.suite(project, "long.testsuite", GuestTestsProject.longSuite(8));
        ILaunchConfigurationWorkingCopy wc = TestsLaunchShortcut.configurationFor(suite).getWorkingCopy();
        wc.setAttribute(TestsLaunchAttributes.JOBS, "2");
        Set<ILaunch> before = Set.of(DebugPlugin.getDefault().getLaunchManager().getLaunches());
        DebugUITools.launch(wc.doSave(), ILaunchManager.RUN_MODE);
        TestSession[] session = new TestSession[1];
        TestWorkbench.waitUntil("two spinning machines and the passing test's end", () -> {
            for (ILaunch l : DebugPlugin.getDefault().getLaunchManager().getLaunches()) {
                if (!before.contains(l) && TestSession.of(l) != null) {
                    session[0] = TestSession.of(l);
                }
            }
            return session[0] != null && session[0].run("passes") != null
                    && session[0].job().getState() == org.eclipse.core.runtime.jobs.Job.RUNNING;
        });
        return session[0];
    }

    /** The run ended (every machine stopped), reports the test that finished, and nothing of those it cut. */
    private static void assertCancelled(TestSession session, long start, String screenshot) {
        TestWorkbench.waitUntil("the cancelled run to end", () -> session.isEnded() && session.launch().isTerminated());
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("cancel: every machine stopped and the run ended %.3f s after the cancel%n", seconds);
        assertTrue("cancelling took " + seconds + " s", seconds < 10);
        assertNotNull(session.run("passes"));
        for (int i = 1; i <= 8; i++) {
            assertEquals("spins " + i + " was cut, not reported", null, session.run("spins " + i));
        }
        IWorkbenchPart2 view = (IWorkbenchPart2) TestView.show();
        TestWorkbench.waitUntil("the view to say the run stopped (" + view.getContentDescription() + ")",
                () -> view.getContentDescription().equals("Stopped"));
        TestWorkbench.waitUntil("the view to show what finished", () -> TestView.item("passes") != null);
        if (screenshot != null) {
            Screenshots.take(screenshot);
        }
    }
}
