package io.guestlab.debug.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.IExpressionManager;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IRegister;
import org.eclipse.debug.core.model.IRegisterGroup;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.core.model.IVariable;
import org.eclipse.debug.core.model.IWatchExpression;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.jface.text.TextSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.TextConsole;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.debug.ui.actions.IRunToLineTarget;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import io.guestlab.debug.core.GuestlabDebugModel;
import io.guestlab.debug.core.Numbers;
import io.guestlab.debug.core.breakpoints.GuestlabBreakpoint;
import io.guestlab.debug.core.breakpoints.GuestlabBreakpoints;
import io.guestlab.debug.ui.launching.MachineLaunchShortcut;
import io.guestlab.debug.ui.stepping.InstructionSteppingHandler;
import io.guestlab.ui.testsupport.DebugEvents;
import io.guestlab.ui.testsupport.FailureScreenshot;
import io.guestlab.ui.testsupport.Screenshots;
import io.guestlab.ui.testsupport.SourceDisplay;
import io.guestlab.ui.testsupport.TestWorkbench;
import io.guestlab.ui.testsupport.ViewTexts;

/**
 * A user's debug session on the example kernel, through the workbench's public API: Debug As on
 * the ELF, stop at main, a line breakpoint toggled in the editor's ruler, the Debug, Registers,
 * Variables and Expressions views, stepping, a condition, a watchpoint, a trap catchpoint and
 * terminate. Screenshots of the key moments go to target/screenshots/.
 */
public class DebugSessionTest {

    @Rule
    public final FailureScreenshot failureScreenshot = new FailureScreenshot();

    private IProject project;
    private ILaunch launch;
    private final List<IWatchExpression> expressions = new ArrayList<>();

    @Before
    public void setUp() throws CoreException {
        project = ExampleKernel.importProject();
        // What a user answers once with "Remember my decision": open the Debug perspective on a stop.
        DebugUITools.getPreferenceStore().setValue("org.eclipse.debug.ui.switch_perspective_on_suspend", "always");
        DebugUITools.getPreferenceStore().setValue("org.eclipse.debug.ui.switch_to_perspective", "always");
        Display display = Display.getCurrent();
        TestWorkbench.page().getWorkbenchWindow().getShell().setBounds(display.getPrimaryMonitor().getClientArea());
    }

    @After
    public void tearDown() throws CoreException {
        if (launch != null && launch.canTerminate()) {
            launch.terminate();
        }
        IExpressionManager manager = DebugPlugin.getDefault().getExpressionManager();
        manager.removeExpressions(expressions.toArray(IWatchExpression[]::new));
        DebugPlugin.getDefault().getBreakpointManager().removeBreakpoints(
                DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(GuestlabDebugModel.ID), true);
        TestWorkbench.page().closeAllEditors(false);
        for (ILaunchConfiguration c : DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurations()) {
            c.delete();
        }
        ExampleKernel.remove(project);
    }

    @Test
    public void debugTheExampleKernel() throws Exception {
        IFile main = project.getFile("main.c");
        int callOfWork = ExampleKernel.lineOf(main, "int done = work(");
        ILaunchConfiguration config = MachineLaunchShortcut.configurationFor(ExampleKernel.elf(project));

        try (DebugEvents events = new DebugEvents()) {
            // Debug As > Guestlab Machine: it stops at main.
            // Launched from the Debug perspective, as after a first session (whose view then selects main).
            PlatformUI.getWorkbench().showPerspective(IDebugUIConstants.ID_DEBUG_PERSPECTIVE, TestWorkbench.page().getWorkbenchWindow());
            ViewTexts.show(IDebugUIConstants.ID_DEBUG_VIEW);
            launch = events.debugUntilStopped(config, "the stop at main");
            IThread hart = suspendedHart();
            assertFunction("main", hart.getTopStackFrame());
            assertEquals("the Debug perspective opened", IDebugUIConstants.ID_DEBUG_PERSPECTIVE, TestWorkbench.page().getPerspective().getId());
            ViewTexts.waitForRow(IDebugUIConstants.ID_DEBUG_VIEW, "main");
            int mainLine = ExampleKernel.lineOf(main, "uart_init();");
            BooleanSupplier atMain = () -> SourceDisplay.activeEditorName().equals("main.c") && SourceDisplay.currentLine() == mainLine;
            TestWorkbench.waitUntil("main.c open at main's first line: the Debug view selected the stopped hart's frame", atMain);
            Screenshots.take("1-stopped-at-main");

            // A line breakpoint toggled through the editor ruler's target, then Resume.
            toggleLineBreakpoint(main, callOfWork);
            IStackFrame frame = resumeUntilStop(events, hart);
            assertFunction("run_task", frame);
            assertEquals(callOfWork, frame.getLineNumber());
            List<String> frames = Arrays.stream(hart.getStackFrames()).map(DebugSessionTest::name).toList();
            assertTrue("run_task called from main: " + frames, frames.size() >= 2 && frames.get(1).contains("main"));
            ViewTexts.waitForRow(IDebugUIConstants.ID_DEBUG_VIEW, "run_task");
            TestWorkbench.waitUntil("main.c open at the current line", () -> SourceDisplay.activeEditorName().equals("main.c")
                    && SourceDisplay.currentLine() == callOfWork);

            // Registers: pc, a CSR field, a UART register.
            IRegister pc = register(frame, "pc");
            assertTrue("pc is in DRAM: " + pc.getValue().getValueString(), pcOf(frame) >= 0x8000_0000L);
            IRegister mstatus = register(frame, "mstatus");
            assertTrue("mstatus shows its MPP field", hasField(mstatus, "MPP"));
            IRegister lsr = register(frame, "LSR");
            assertNotNull("the UART's line status register", lsr.getValue().getValueString());
            ViewTexts.show(IDebugUIConstants.ID_REGISTER_VIEW);
            ViewTexts.waitForRow(IDebugUIConstants.ID_REGISTER_VIEW, "UART");
            ViewTexts.expandUntilRow(IDebugUIConstants.ID_REGISTER_VIEW, group(frame, "General"), "pc");

            // Variables: the struct behind t; an expression.
            IVariable t = variable(frame.getVariables(), "t");
            IVariable pointee = variable(t.getValue().getVariables(), "*t");
            IVariable name = variable(pointee.getValue().getVariables(), "name");
            assertTrue("t->name of the first task: " + name.getValue().getValueString(), name.getValue().getValueString().contains("idle"));
            ViewTexts.show(IDebugUIConstants.ID_VARIABLE_VIEW);
            ViewTexts.waitForRow(IDebugUIConstants.ID_VARIABLE_VIEW, "round");
            ViewTexts.expand(IDebugUIConstants.ID_VARIABLE_VIEW, 3);
            ViewTexts.waitForRow(IDebugUIConstants.ID_VARIABLE_VIEW, "idle");
            assertEquals("1", evaluate("t->id", frame));

            // Variables and registers are writable where it makes sense, with a reason where not.
            IVariable state = variable(pointee.getValue().getVariables(), "state");
            assertTrue("an enum member is writable", state.supportsValueModification());
            assertTrue(state.verifyValue("TASK_DONE"));
            assertFalse("not an enumerator nor a name in scope", state.verifyValue("TASK_LOST"));
            state.setValue("TASK_DONE");
            assertEquals("TASK_DONE", evaluate("t->state", frame));
            assertFalse("a struct is changed member by member", pointee.supportsValueModification());
            IRegister mscratch = register(frame, "mscratch");
            mscratch.setValue("$sp - 16");
            assertEquals(evaluate("$sp - 16", frame), evaluate("$mscratch", frame));
            IRegister mhartid = register(frame, "mhartid");
            assertFalse(mhartid.supportsValueModification());
            DebugException refused = assertThrows(DebugException.class, () -> mhartid.setValue("1"));
            assertTrue(refused.getMessage(), refused.getMessage().contains("read-only"));
            ViewTexts.show(IDebugUIConstants.ID_EXPRESSION_VIEW);
            assertTrue("the UART printed the banner to the console", console().contains("debug-kernel: started"));
            ViewTexts.show(IDebugUIConstants.ID_VARIABLE_VIEW);
            Screenshots.take("2-line-breakpoint-in-run_task");

            // Step into work, return, step over.
            frame = step(events, hart, () -> hart.getTopStackFrame().stepInto());
            assertFunction("work", frame);
            frame = step(events, hart, () -> hart.getTopStackFrame().stepReturn());
            assertFunction("run_task", frame);
            frame = step(events, hart, () -> hart.getTopStackFrame().stepOver());
            assertFunction("run_task", frame);
            assertEquals("the line after the call", callOfWork + 1, frame.getLineNumber());
            Screenshots.take("3-stepped-over");

            // The Debug view's instruction-stepping toggle: Step Over now moves one instruction.
            long pcBefore = pcOf(frame);
            handlers().executeCommand(InstructionSteppingHandler.COMMAND_ID, null);
            frame = step(events, hart, () -> hart.getTopStackFrame().stepOver());
            long pcAfter = pcOf(frame);
            assertTrue("one instruction: pc 0x" + Long.toHexString(pcBefore) + " -> 0x" + Long.toHexString(pcAfter),
                    pcAfter - pcBefore == 2 || pcAfter - pcBefore == 4);
            handlers().executeCommand(InstructionSteppingHandler.COMMAND_ID, null);

            // Run to Line on the line that adds to total_work.
            int addLine = ExampleKernel.lineOf(main, "total_work += done");
            ITextEditor editor = (ITextEditor) IDE.openEditor(TestWorkbench.page(), main);
            TextSelection lineSelection = TestWorkbench.selectLine(editor, addLine);
            IRunToLineTarget runToLine = Adapters.adapt(editor, IRunToLineTarget.class);
            assertNotNull("Run to Line is offered in C editors", runToLine);
            assertTrue(runToLine.canRunToLine(editor, lineSelection, hart));
            frame = step(events, hart, () -> {
                try {
                    runToLine.runToLine(editor, lineSelection, hart);
                } catch (CoreException e) {
                    throw new DebugException(e.getStatus());
                }
            });
            assertEquals("ran to the line", addLine, frame.getLineNumber());

            // A watchpoint on total_work stops where it is written.
            removeAllBreakpoints();
            String before = evaluate("total_work", frame);
            GuestlabBreakpoints.watchpoint("total_work", 0, false, true);
            frame = resumeUntilStop(events, hart);
            assertFunction("run_task", frame);
            assertTrue("total_work changed from " + before, !evaluate("total_work", frame).equals(before));

            // A condition: the same line, only for the third task.
            removeAllBreakpoints();
            GuestlabBreakpoint conditional = GuestlabBreakpoints.lineBreakpoint(main, callOfWork);
            conditional.setCondition("t->id == 3");
            frame = resumeUntilStop(events, hart);
            assertFunction("run_task", frame);
            assertEquals("stopped only where the condition holds, at " + frame.getName() + ", "
                    + hart.getName(), "3", evaluate("t->id", frame));

            // A trap catchpoint on the illegal instruction shows mcause 2.
            removeAllBreakpoints();
            DebugPlugin.getDefault().getExpressionManager().removeExpressions(expressions.toArray(IWatchExpression[]::new));
            expressions.clear();
            GuestlabBreakpoints.trapCatchpoint(2, false);
            frame = resumeUntilStop(events, hart);
            String mcause = evaluate("$mcause", frame);
            assertEquals("mcause of an illegal instruction", "2", mcause.replaceAll("^0x0*(?=.)", ""));
            ViewTexts.show(IDebugUIConstants.ID_REGISTER_VIEW);
            ViewTexts.waitForRow(IDebugUIConstants.ID_REGISTER_VIEW, "CSRs: machine");
            ViewTexts.expandUntilRow(IDebugUIConstants.ID_REGISTER_VIEW, group(frame, "CSRs: machine"), "mcause");
            ViewTexts.show(IDebugUIConstants.ID_EXPRESSION_VIEW);
            ViewTexts.waitForRow(IDebugUIConstants.ID_EXPRESSION_VIEW, "\"$mcause\" | " + mcause);
            Screenshots.take("4-illegal-instruction-caught");

            // Terminate.
            int terminates = events.count(DebugEvent.TERMINATE);
            launch.terminate();
            events.waitFor("the machine's end", DebugEvent.TERMINATE, terminates);
            TestWorkbench.waitUntil("the launch to end", launch::isTerminated);
            assertTrue("the hart's label no longer says where it was suspended: " + hart.getName(),
                    hart.getName().matches("hart \\d+ \\(terminated\\)"));
            Screenshots.take("5-terminated");
        }
    }

    private static IHandlerService handlers() {
        return PlatformUI.getWorkbench().getService(IHandlerService.class);
    }

    private interface Step {
        void run() throws DebugException;
    }

    private IStackFrame step(DebugEvents events, IThread hart, Step step) throws DebugException {
        int suspends = events.count(DebugEvent.SUSPEND);
        step.run();
        events.waitFor("the end of a step", DebugEvent.SUSPEND, suspends);
        return hart.getTopStackFrame();
    }

    private IStackFrame resumeUntilStop(DebugEvents events, IThread hart) throws DebugException {
        return step(events, hart, () -> launch.getDebugTarget().resume());
    }

    private IThread suspendedHart() throws DebugException {
        IDebugTarget target = launch.getDebugTarget();
        assertNotNull("a debug target", target);
        for (IThread thread : target.getThreads()) {
            if (thread.isSuspended() && thread.hasStackFrames()) {
                return thread;
            }
        }
        throw new AssertionError("no suspended hart among " + Arrays.toString(target.getThreads()));
    }

    private static void toggleLineBreakpoint(IFile file, int line) throws Exception {
        BreakpointUiTest.toggle((ITextEditor) IDE.openEditor(TestWorkbench.page(), file), line);
        assertEquals("one breakpoint", 1, DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(GuestlabDebugModel.ID).length);
    }

    private static void removeAllBreakpoints() throws CoreException {
        IBreakpoint[] all = DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(GuestlabDebugModel.ID);
        DebugPlugin.getDefault().getBreakpointManager().removeBreakpoints(all, true);
    }

    private String evaluate(String expression, IStackFrame frame) throws DebugException {
        IWatchExpression watch = DebugPlugin.getDefault().getExpressionManager().newWatchExpression(expression);
        DebugPlugin.getDefault().getExpressionManager().addExpression(watch);
        expressions.add(watch);
        watch.setExpressionContext(frame);
        TestWorkbench.waitUntil("the value of " + expression, () -> !watch.isPending() && (watch.getValue() != null || watch.hasErrors()));
        assertTrue(expression + ": " + Arrays.toString(watch.getErrorMessages()), !watch.hasErrors());
        return watch.getValue().getValueString();
    }

    private static IRegister register(IStackFrame frame, String name) throws DebugException {
        List<String> seen = new ArrayList<>();
        for (IRegisterGroup group : frame.getRegisterGroups()) {
            for (IRegister r : group.getRegisters()) {
                if (r.getName().equals(name) || r.getName().startsWith(name + " ")) {
                    return r;
                }
                seen.add(r.getName());
            }
        }
        throw new AssertionError("no register " + name + " among " + seen);
    }

    private static IRegisterGroup group(IStackFrame frame, String name) throws DebugException {
        for (IRegisterGroup group : frame.getRegisterGroups()) {
            if (group.getName().equals(name)) {
                return group;
            }
        }
        throw new AssertionError("no register group " + name);
    }

    private static long pcOf(IStackFrame frame) throws DebugException {
        return Numbers.parse(register(frame, "pc").getValue().getValueString().split(" ")[0]);
    }

    private static boolean hasField(IRegister register, String field) throws DebugException {
        for (IVariable v : register.getValue().getVariables()) {
            if (v.getName().equals(field) || v.getName().endsWith("." + field)) {
                return true;
            }
        }
        return false;
    }

    private static IVariable variable(IVariable[] variables, String name) throws DebugException {
        for (IVariable v : variables) {
            if (v.getName().equals(name)) {
                return v;
            }
        }
        throw new AssertionError("no variable " + name + " among " + Arrays.stream(variables).map(DebugSessionTest::name).toList());
    }

    private static String name(Object element) {
        try {
            return element instanceof IStackFrame f ? f.getName() : ((IVariable) element).getName();
        } catch (DebugException e) {
            return e.getMessage();
        }
    }

    private static void assertFunction(String function, IStackFrame frame) throws DebugException {
        assertNotNull("a frame", frame);
        assertTrue("in " + function + ": " + frame.getName(), frame.getName().startsWith(function));
    }

    private String console() {
        IConsole console = DebugUITools.getConsole(launch.getProcesses()[0]);
        return console instanceof TextConsole text ? text.getDocument().get() : "";
    }
}
