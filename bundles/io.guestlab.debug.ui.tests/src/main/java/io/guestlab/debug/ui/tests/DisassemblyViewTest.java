package io.guestlab.debug.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static io.guestlab.debug.ui.tests.DisassemblyRows.hex;
import static io.guestlab.debug.ui.tests.DisassemblyRows.waitForMarkedRow;
import static org.junit.Assert.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.After;
import org.junit.Assume;
import org.junit.Before;
import org.junit.Rule;
import org.junit.rules.RuleChain;
import org.junit.Test;


import io.guestlab.debug.core.GuestlabDebugModel;
import io.guestlab.debug.core.LaunchAttributes;
import io.guestlab.debug.core.breakpoints.GuestlabAddressBreakpoint;
import io.guestlab.debug.core.breakpoints.GuestlabBreakpoints;
import io.guestlab.debug.core.launching.LaunchDefaults;
import io.guestlab.debug.core.model.GuestlabDebugTarget;
import io.guestlab.debug.core.model.GuestlabStackFrame;
import io.guestlab.debug.ui.disassembly.DisassemblyView;
import io.guestlab.debug.ui.launching.MachineLaunchShortcut;
import io.guestlab.debug.ui.pagetable.PageTableView;
import io.guestlab.debug.ui.stepping.InstructionSteppingHandler;
import io.guestlab.ui.testsupport.DebugEvents;
import io.guestlab.ui.testsupport.DebugViewSelection;
import io.guestlab.ui.testsupport.DebugWorkbench;
import io.guestlab.ui.testsupport.Screenshots;
import io.guestlab.ui.testsupport.TestWorkbench;
import io.guestlab.ui.testsupport.ViewTexts;
import io.guestlab.ui.testsupport.Widgets;

/**
 * The Disassembly and Page Table views in the workbench: the current instruction of the example
 * kernel stopped at main, a breakpoint toggled in the ruler and then hit, an instruction step
 * the view follows, a caller frame's call marked, go to a symbol, scrolling up past the start of RAM
 * into unmapped memory; the page table of a guest that turns Sv39 on. Screenshots go to
 * target/screenshots/.
 */
public class DisassemblyViewTest {

    /** A clean workbench around each test, and a screenshot of a failure taken before it is cleaned. */
    @Rule
    public final RuleChain workbench = DebugWorkbench.withFailureScreenshot();

    private IProject project;

    @Before
    public void setUp() throws CoreException {
        project = ExampleKernel.importProject();
        PlatformUI.getWorkbench().showPerspective(IDebugUIConstants.ID_DEBUG_PERSPECTIVE, TestWorkbench.page().getWorkbenchWindow());
    }

    @After
    public void removeProject() throws CoreException {
        ExampleKernel.remove(project);
    }

    private static GuestlabDebugTarget launch(DebugEvents events, ILaunchConfiguration config) throws Exception {
        ViewTexts.show(IDebugUIConstants.ID_DEBUG_VIEW);
        GuestlabDebugTarget target = (GuestlabDebugTarget) events.debugUntilStopped(config, "the first stop").getDebugTarget();
        select(target, 0);
        return target;
    }

    /** Selects hart 0's frame {@code index} (0 the top) in the Debug view, as a click on it does. */
    private static void select(GuestlabDebugTarget target, int index) {
        DebugViewSelection.selectFrame(target.getThreads()[0], index);
    }

    private static long pc(GuestlabDebugTarget target, int frame) throws Exception {
        return ((GuestlabStackFrame) target.getThreads()[0].getStackFrames()[frame]).info().pc();
    }

    /** Whether {@code row} is the instruction at {@code address}, not the label naming it (same address, no bytes). */
    private static boolean isInstructionAt(String row, long address) {
        return row.contains(" | " + hex(address) + " | ") && !row.contains(" | " + hex(address) + " |  | ");
    }

    private static int rowIndex(DisassemblyView view, String text) {
        List<String> rows = view.rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    /** The view's table: the one in the window whose last column is the instruction text. */
    private static Table table(Control root) {
        return (Table) Widgets.find(root, c -> c instanceof Table t && t.getColumnCount() == 5
                && t.getColumn(4).getText().startsWith("Instruction"));
    }

    @Test
    public void currentLineRulerBreakpointStepsGoToAndScrollingUp() throws Exception {
        try (DebugEvents events = new DebugEvents()) {
            GuestlabDebugTarget target = launch(events, MachineLaunchShortcut.configurationFor(ExampleKernel.elf(project)));
            DisassemblyView view = (DisassemblyView) TestWorkbench.page().showView(DisassemblyView.ID);
            long pc = pc(target, 0);

            // the current instruction in main, under its label and source line
            String current = waitForMarkedRow(view, pc);
            List<String> rows = view.rows();
            int at = rows.indexOf(current);
            assertTrue("main's label above the pc: " + rows, rowIndex(view, "main:") >= 0 && rowIndex(view, "main:") < at);
            assertTrue("a source line of main.c above the pc", rows.subList(0, at).stream().anyMatch(r -> r.contains("main.c:")));
            int call = rowIndex(view, "<run_task>");
            assertTrue("the call of run_task by name: " + rows, call > at);
            Screenshots.take("disassembly-1-current-instruction");

            // a line breakpoint set in the editor shows in the ruler at its instruction, and goes again
            int loop = ExampleKernel.lineOf(project.getFile("main.c"), "BREAK: loop");
            var lineBreakpoint = GuestlabBreakpoints.lineBreakpoint(project.getFile("main.c"), loop);
            TestWorkbench.waitUntil("the ruler marks an instruction of the loop's line", () -> {
                String source = null;
                for (String r : view.rows()) {
                    if (r.contains(".c:")) {
                        source = r;
                    } else if (r.startsWith("B | ")) {
                        return source != null && source.contains("main.c:" + loop + " ");
                    }
                }
                return false;
            });
            lineBreakpoint.delete();
            TestWorkbench.waitUntil("no breakpoint in the ruler", () -> view.rows().stream().noneMatch(r -> r.startsWith("B | ")));
            call = rowIndex(view, "<run_task>");

            // a double-click in the ruler on that call sets an address breakpoint; resuming hits it
            Table table = table(view.getSite().getShell());
            assertNotNull("the Disassembly view's table", table);
            table.showItem(table.getItem(call));
            TestWorkbench.processEvents();
            rows = view.rows();
            Rectangle ruler = table.getItem(call).getBounds(0);
            Event click = new Event();
            click.x = ruler.x + ruler.width / 2;
            click.y = ruler.y + ruler.height / 2;
            click.button = 1;
            table.notifyListeners(SWT.MouseDoubleClick, click);
            IBreakpoint[] breakpoints = DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(GuestlabDebugModel.ID);
            assertEquals(1, breakpoints.length);
            long callAddress = ((GuestlabAddressBreakpoint) breakpoints[0]).getAddress();
            assertTrue(rows.get(call), rows.get(call).contains(" | " + hex(callAddress) + " | "));
            TestWorkbench.waitUntil("the ruler shows the breakpoint", () -> view.rows().stream()
                    .anyMatch(r -> r.startsWith("B | ") && r.contains(" | " + hex(callAddress) + " | ")));
            int suspends = events.count(DebugEvent.SUSPEND);
            target.resume();
            events.waitFor("the breakpoint hit", DebugEvent.SUSPEND, suspends);
            select(target, 0);
            assertEquals(callAddress, pc(target, 0));
            String hit = waitForMarkedRow(view, callAddress);
            assertTrue(hit, hit.startsWith("B | => | "));
            Screenshots.take("disassembly-2-ruler-breakpoint-hit");

            // instruction stepping: Step Into takes the call; the view follows into run_task
            var handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
            handlers.executeCommand(InstructionSteppingHandler.COMMAND_ID, null);
            suspends = events.count(DebugEvent.SUSPEND);
            target.getThreads()[0].stepInto();
            events.waitFor("the instruction step", DebugEvent.SUSPEND, suspends);
            handlers.executeCommand(InstructionSteppingHandler.COMMAND_ID, null);
            select(target, 0);
            long runTask = pc(target, 0);
            waitForMarkedRow(view, runTask);
            TestWorkbench.waitUntil("run_task's label and source line heading its first instruction", () -> {
                List<String> shown = view.rows();
                // by address and bytes (the label row above shows the same address with no bytes): the
                // row's marks may change between two reads (a breakpoint, the selection)
                int index = IntStream.range(0, shown.size()).filter(i -> isInstructionAt(shown.get(i), runTask)).findFirst().orElse(-1);
                return index >= 2 && shown.get(index - 2).contains("run_task:") && shown.get(index - 1).contains("main.c:");
            });

            // main's frame selected: its call of run_task is marked (not the instruction the call returns to)
            DebugViewSelection.selectFrameUntil(target.getThreads()[0], 1, "the call of run_task marked as the selected frame's",
                    () -> view.rows().stream().anyMatch(r -> r.startsWith("B | -> | " + hex(callAddress) + " | ") && r.contains("<run_task>")));
            assertTrue(view.status(), view.status().endsWith(String.format("selected frame at 0x%x (its call)", callAddress)));
            Screenshots.take("disassembly-3-caller-frame-selected");

            // go to a symbol
            view.goTo("uart_puts");
            TestWorkbench.waitUntil("uart_puts selected", () -> table.getSelectionIndex() >= 0
                    && view.rows().get(table.getSelectionIndex()).contains("uart_puts:"));
            Screenshots.take("disassembly-4-go-to-uart_puts");

            // scroll up past the start of RAM: pages before it load, unmapped memory says so, no error
            view.goTo("_start");
            TestWorkbench.waitUntil("_start selected", () -> table.getSelectionIndex() >= 0
                    && view.rows().get(table.getSelectionIndex()).contains("_start:"));
            for (int page = 0; page < 3; page++) {
                int before = view.rows().size();
                table.setTopIndex(0);
                table.getVerticalBar().notifyListeners(SWT.Selection, new Event());
                TestWorkbench.waitUntil("a page above loaded", () -> view.rows().size() > before);
            }
            List<String> above = view.rows().subList(0, rowIndex(view, "_start:"));
            assertTrue("at least a page above _start: " + above.size(), above.size() >= 3 * 16);
            assertTrue(above.get(0), above.stream().allMatch(r -> r.contains("unreadable: not mapped")));
            assertEquals("no error dialog", 1, Arrays.stream(table.getDisplay().getShells()).filter(Shell::isVisible).count());
            int visible = table.getClientArea().height / table.getItemHeight();
            table.setTopIndex(Math.max(0, rowIndex(view, "_start:") - visible / 2)); // the edge of RAM in the middle
            table.redraw();
            table.update(); // GTK paints a scrolled table on its next frame: now, for the picture
            Screenshots.take("disassembly-5-scrolled-above-ram");
            // and down past the end of what was read: the next page follows on
            String last = view.rows().get(view.rows().size() - 1);
            int count = view.rows().size();
            table.setTopIndex(count - 1);
            table.getVerticalBar().notifyListeners(SWT.Selection, new Event());
            TestWorkbench.waitUntil("a page below loaded", () -> view.rows().size() > count);
            assertTrue("the rows go on after " + last, view.rows().indexOf(last) < view.rows().size() - 16);

            // while the machine runs nothing is marked; suspended, the pc is again (main's loop made to wait for ever)
            IStackFrame mainFrame = target.getThreads()[0].getStackFrames()[1];
            Arrays.stream(mainFrame.getVariables()).filter(v -> {
                try {
                    return v.getName().equals("round");
                } catch (org.eclipse.debug.core.DebugException e) {
                    return false;
                }
            }).findFirst().orElseThrow().setValue("1000000");
            DebugPlugin.getDefault().getBreakpointManager().removeBreakpoints(
                    DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(GuestlabDebugModel.ID), true);
            target.resume();
            TestWorkbench.waitUntil("the view says the machine runs", () -> view.status().contains(": running")
                    && view.rows().stream().noneMatch(r -> r.contains(" | => | ")));
            suspends = events.count(DebugEvent.SUSPEND);
            target.suspend();
            events.waitFor("the suspend", DebugEvent.SUSPEND, suspends);
            select(target, 0);
            waitForMarkedRow(view, pc(target, 0));

            // the example runs in M-mode without translation
            PageTableView pages = (PageTableView) TestWorkbench.page().showView(PageTableView.ID);
            TestWorkbench.waitUntil("the page table view says Bare", () -> pages.status().contains("Bare"));
            assertEquals(List.of(), pages.rows());
        }
    }

    @Test
    public void pageTableOfAGuestWithSv39() throws Exception {
        Path elf = ExampleKernel.repositoryRoot().resolve("examples/gdb/build/paging.elf");
        if (!Files.isRegularFile(elf)) {
            if ("1".equals(System.getenv("GUESTLAB_REQUIRE_TOOLS"))) {
                fail("missing " + elf + " (make -C examples)");
            }
            Assume.assumeTrue("missing " + elf + " (make -C examples)", false);
        }
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationWorkingCopy wc = manager.getLaunchConfigurationType(LaunchAttributes.LAUNCH_TYPE_ID)
                .newInstance(null, "paging");
        LaunchDefaults.applyFor(wc, elf); // stops at main, in M-mode before satp is written
        try (DebugEvents events = new DebugEvents()) {
            GuestlabDebugTarget target = launch(events, wc.doSave());
            PageTableView view = (PageTableView) TestWorkbench.page().showView(PageTableView.ID);
            IWorkbenchPage page = TestWorkbench.page();
            TestWorkbench.waitUntil("Bare at main", () -> view.status().contains("satp 0x0000000000000000, Bare"));
            assertEquals(List.of(), view.rows());

            // the view reads the table again when the machine stops: in S-mode, with Sv39 on
            GuestlabBreakpoints.functionBreakpoint("supervisor_code");
            int suspends = events.count(DebugEvent.SUSPEND);
            target.resume();
            events.waitFor("the stop in supervisor_code", DebugEvent.SUSPEND, suspends);
            TestWorkbench.waitUntil("the Sv39 mapping", () -> !view.rows().isEmpty());
            assertEquals(List.of("0x80000000-0xbfffffff | 0x80000000-0xbfffffff | 1 GiB | - R W X - A D"),
                    view.rows());
            assertTrue(view.status(), view.status().matches(".*hart 0: satp 0x8000000000080001, Sv39, root table at 0x80001000: 1 range"));
            select(target, 0);
            page.activate(view);
            Screenshots.take("page-table-sv39");
        }
    }
}
