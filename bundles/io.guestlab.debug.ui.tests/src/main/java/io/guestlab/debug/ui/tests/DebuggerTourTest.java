package io.guestlab.debug.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.IMemoryBlockExtension;
import org.eclipse.debug.core.model.IMemoryBlockRetrievalExtension;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.core.model.IVariable;
import org.eclipse.debug.core.model.MemoryByte;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.rules.RuleChain;
import org.junit.Test;

import io.guestlab.debug.core.breakpoints.GuestlabBreakpoints;
import io.guestlab.debug.core.model.GuestlabDebugTarget;
import io.guestlab.debug.core.model.GuestlabStackFrame;
import io.guestlab.debug.ui.disassembly.DisassemblyView;
import io.guestlab.debug.ui.launching.MachineLaunchShortcut;
import io.guestlab.ui.testsupport.DebugEvents;
import io.guestlab.ui.testsupport.DebugWorkbench;
import io.guestlab.ui.testsupport.Screenshots;
import io.guestlab.ui.testsupport.SourceDisplay;
import io.guestlab.ui.testsupport.TestWorkbench;
import io.guestlab.ui.testsupport.ViewTexts;

/**
 * Issue 14's views together, as the README shows them: examples/debug-kernel stopped at a line
 * breakpoint in run_task, stepped over two lines and reverse-stepped back to it, with a Memory
 * view monitor on the task being run (its {@code runs} counter back to what it was) and the
 * Disassembly view marking the current instruction, in the Debug perspective as a reset gives it.
 */
public class DebuggerTourTest {

    /** The byte offset of {@code runs} in examples/debug-kernel's struct task (name[8], id, state). */
    private static final int RUNS = 16;

    /** A clean workbench around each test, and a screenshot of a failure taken before it is cleaned. */
    @Rule
    public final RuleChain workbench = DebugWorkbench.withFailureScreenshot();

    private IProject project;
    private final MemoryMonitors monitors = new MemoryMonitors();

    @Before
    public void setUp() throws CoreException {
        project = ExampleKernel.importProject();
    }

    @After
    public void tearDown() throws CoreException {
        monitors.close();
        ExampleKernel.remove(project);
    }

    @Test
    public void memoryDisassemblyAndReverseSteppingAtOneStop() throws Exception {
        IFile main = project.getFile("main.c");
        int line = ExampleKernel.lineOf(main, "BREAK: run_task");
        IWorkbenchPage page = TestWorkbench.page();
        PlatformUI.getWorkbench().showPerspective(IDebugUIConstants.ID_DEBUG_PERSPECTIVE, page.getWorkbenchWindow());
        page.resetPerspective(); // what a user's Window > Perspective > Reset gives
        GuestlabBreakpoints.lineBreakpoint(main, line); // placed before the launch, as a user does
        ILaunchConfiguration config = MachineLaunchShortcut.configurationFor(ExampleKernel.elf(project));
        try (DebugEvents events = new DebugEvents()) {
            ViewTexts.show(IDebugUIConstants.ID_DEBUG_VIEW);
            GuestlabDebugTarget target = (GuestlabDebugTarget) events.debugUntilStopped(config, "the stop at main").getDebugTarget();
            IThread hart = target.getThreads()[0];
            int suspends = events.count(DebugEvent.SUSPEND);
            target.resume();
            events.waitFor("the breakpoint hit in run_task", DebugEvent.SUSPEND, suspends);
            assertEquals(line, hart.getTopStackFrame().getLineNumber());

            // a monitor on the task being run: t points at tasks[0], "idle", run 0 times so far
            var retrieval = (IMemoryBlockRetrievalExtension) target;
            IMemoryBlockExtension task = retrieval.getExtendedMemoryBlock("t", hart.getTopStackFrame());
            long address = task.getBigBaseAddress().longValue();
            assertEquals(target.addressOf("&tasks[0]", null), address);
            monitors.show(task);
            assertEquals(0, runs(task, address));

            // two lines forward: runs is 1
            for (int step = 1; step <= 2; step++) {
                suspends = events.count(DebugEvent.SUSPEND);
                hart.stepOver();
                events.waitFor("step over " + step, DebugEvent.SUSPEND, suspends);
                assertEquals(line + step, hart.getTopStackFrame().getLineNumber());
            }
            assertEquals(1, runs(task, address));

            // and back, with the Debug view's command: the views show the state of then
            for (int step = 1; step <= 2; step++) {
                DebugCommands.runToStop(events, "io.guestlab.debug.ui.reverseStepOver");
                assertEquals(line + 2 - step, hart.getTopStackFrame().getLineNumber());
            }
            assertEquals("runs as it was before t->runs++", 0, runs(task, address));
            ViewTexts.waitForRow(IDebugUIConstants.ID_DEBUG_VIEW, "reverse step");
            TestWorkbench.waitUntil("main.c's current line at the breakpoint",
                    () -> SourceDisplay.activeEditorName().equals("main.c") && SourceDisplay.currentLine() == line);

            // the memory view's rendering shows "idle" (its tab brought to front, as a user clicks it: the
            // console comes forward by itself when the guest writes); the Variables view the same task's runs
            page.showView(IDebugUIConstants.ID_MEMORY_VIEW);
            TestWorkbench.waitUntil("the monitor shows 'idle' (69646C65)",
                    () -> MemoryMonitors.renderedRows().stream().anyMatch(r -> r.contains("69646C65")));

            IVariable t = Arrays.stream(hart.getTopStackFrame().getVariables()).filter(v -> name(v).equals("t")).findFirst().orElseThrow();
            String pointee = ViewTexts.expandUntilRow(IDebugUIConstants.ID_VARIABLE_VIEW, t, "*t");
            assertTrue(pointee, pointee.contains("name = \"idle\"") && pointee.contains("runs = 0,"));

            // the disassembly view marks the current instruction, under the breakpoint's source line
            DisassemblyView disassembly = (DisassemblyView) page.showView(DisassemblyView.ID);
            long pc = ((GuestlabStackFrame) hart.getTopStackFrame()).info().pc();
            String marked = DisassemblyRows.waitForMarkedRow(disassembly, pc);
            List<String> shown = disassembly.rows();
            String source = DisassemblyRows.sourceRowAbove(shown, shown.indexOf(marked));
            assertTrue(marked + " under " + source, source != null && source.contains("main.c:" + line + " "));

            // all of it readable at once: the editor and the Debug, Memory and Disassembly views side by side
            page.showView(IDebugUIConstants.ID_MEMORY_VIEW);
            page.activate(page.findView(IDebugUIConstants.ID_DEBUG_VIEW));
            for (String id : new String[] {IDebugUIConstants.ID_DEBUG_VIEW, IDebugUIConstants.ID_VARIABLE_VIEW,
                    IDebugUIConstants.ID_MEMORY_VIEW, DisassemblyView.ID}) {
                IViewPart view = page.findView(id);
                assertTrue(id + " is visible", view != null && page.isPartVisible(view));
            }
            assertTrue("the editor is visible", page.isPartVisible(page.getActiveEditor()));
            int width = control(disassembly).getSize().x;
            assertTrue("the Disassembly view is wide enough for its instructions: " + width + " px", width >= 560);
            Screenshots.take("debugger-views-memory-disassembly-reverse");
        }
    }

    private static String name(IVariable v) {
        try {
            return v.getName();
        } catch (DebugException e) {
            return "";
        }
    }

    /** In Guestlab's own perspective too the Disassembly view opens below the editor, as wide as it. */
    @Test
    public void theGuestlabPerspectiveOpensTheDisassemblyBelowTheEditor() throws Exception {
        IWorkbenchPage page = TestWorkbench.page();
        PlatformUI.getWorkbench().showPerspective("io.guestlab.ui.perspective", page.getWorkbenchWindow());
        page.resetPerspective();
        IViewPart disassembly = page.showView(DisassemblyView.ID);
        IViewPart registers = page.showView(IDebugUIConstants.ID_REGISTER_VIEW);
        assertTrue("the Disassembly view is not stacked behind the Registers view", page.isPartVisible(disassembly) && page.isPartVisible(registers));
        int width = control(disassembly).getSize().x;
        assertTrue("the Disassembly view is wide enough for its instructions: " + width + " px", width >= 560);
        Screenshots.take("guestlab-perspective-disassembly");
    }

    private static int runs(IMemoryBlockExtension task, long address) throws Exception {
        MemoryByte[] b = task.getBytesFromAddress(BigInteger.valueOf(address + RUNS), 8);
        long value = 0;
        for (int i = 7; i >= 0; i--) {
            assertTrue("byte " + i + " of runs is readable", b[i].isReadable());
            value = value << 8 | (b[i].getValue() & 0xff);
        }
        return (int) value;
    }

    /** The control a view's part shows (its whole area, status line included). */
    private static Control control(IViewPart view) {
        return view.getSite().getService(org.eclipse.e4.ui.model.application.ui.basic.MPart.class).getWidget() instanceof Control c
                ? c : null;
    }
}
