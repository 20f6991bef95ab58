package io.guestlab.debug.ui.tests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigInteger;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.IMemoryBlockExtension;
import org.eclipse.debug.core.model.IMemoryBlockRetrievalExtension;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.core.model.MemoryByte;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.console.TextConsole;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import io.guestlab.debug.core.model.GuestlabMemoryBlock;
import io.guestlab.debug.ui.launching.MachineLaunchShortcut;
import io.guestlab.debug.ui.memory.ReadDevicesHandler;
import io.guestlab.ui.testsupport.DebugEvents;
import io.guestlab.ui.testsupport.FailureScreenshot;
import io.guestlab.ui.testsupport.Screenshots;
import io.guestlab.ui.testsupport.TestWorkbench;
import io.guestlab.ui.testsupport.Widgets;

/**
 * The Memory view on the example kernel through the platform's public API: a monitor on a
 * global by expression (virtual, through hart 0's translation) and the same bytes by physical
 * address, a hex rendering of each, and an edit in memory that the guest's own output shows.
 */
public class MemoryViewTest {

    @Rule
    public final FailureScreenshot failureScreenshot = new FailureScreenshot();

    private IProject project;
    private ILaunch launch;
    private final MemoryMonitors monitors = new MemoryMonitors();

    @Before
    public void setUp() throws CoreException {
        project = ExampleKernel.importProject();
        DebugUITools.getPreferenceStore().setValue("org.eclipse.debug.ui.switch_perspective_on_suspend", "always");
        PlatformUI.getWorkbench().showPerspective(IDebugUIConstants.ID_DEBUG_PERSPECTIVE, TestWorkbench.page().getWorkbenchWindow());
        Display display = Display.getCurrent();
        TestWorkbench.page().getWorkbenchWindow().getShell().setBounds(display.getPrimaryMonitor().getClientArea());
        TestWorkbench.page().showView(IDebugUIConstants.ID_MEMORY_VIEW);
    }

    @After
    public void tearDown() throws CoreException {
        monitors.close();
        if (launch != null && launch.canTerminate()) {
            launch.terminate();
        }
        for (ILaunchConfiguration c : DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurations()) {
            c.delete();
        }
        ExampleKernel.remove(project);
    }

    @Test
    public void aGlobalVirtuallyAndPhysicallyAndAnEditTheGuestSees() throws Exception {
        ILaunchConfiguration config = MachineLaunchShortcut.configurationFor(ExampleKernel.elf(project));
        try (DebugEvents events = new DebugEvents()) {
            launch = events.debugUntilStopped(config, "the stop at main");
            IThread hart = launch.getDebugTarget().getThreads()[0];
            IStackFrame main = hart.getTopStackFrame();
            IMemoryBlockRetrievalExtension retrieval = (IMemoryBlockRetrievalExtension) launch.getDebugTarget();

            // tasks[] by expression, as hart 0 sees it; the same bytes by physical address
            IMemoryBlockExtension virtual = retrieval.getExtendedMemoryBlock("&tasks[0]", main);
            long address = virtual.getBigBaseAddress().longValue();
            IMemoryBlockExtension physical = retrieval.getExtendedMemoryBlock(String.format("phys:0x%x", address), main);
            assertEquals("&tasks[0] (virtual, hart 0)", virtual.getExpression());
            assertEquals(String.format("0x%x (physical)", address), physical.getExpression());
            byte[] v = bytes(virtual.getBytesFromAddress(BigInteger.valueOf(address), 64));
            byte[] p = bytes(physical.getBytesFromAddress(BigInteger.valueOf(address), 64));
            assertEquals("idle", new String(v, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
            assertArrayEquals("M-mode: virtual is physical", v, p);
            MemoryByte nothing = physical.getBytesFromAddress(BigInteger.ZERO, 1)[0];
            assertFalse("nothing at physical 0: an unreadable byte, not an error", nothing.isReadable());
            GuestlabMemoryBlock uart = (GuestlabMemoryBlock) retrieval.getExtendedMemoryBlock("phys:0x10000000", main);
            assertFalse("a device register is not read unless asked", uart.getBytesFromAddress(BigInteger.valueOf(0x1000_0005L), 1)[0].isReadable());

            // both in the Memory view, each with the standard hex rendering
            monitors.show(uart);
            // the command acts on the selected monitors: the Memory view selects the new one by itself, in its
            // time; and the view must be the active part, which the Debug view may take back after the stop
            // (the debugger activates it on a suspend, asynchronously: a CI run saw it happen after showView),
            // so the wait clicks it as a user would
            IViewPart memoryView = TestWorkbench.page().findView(IDebugUIConstants.ID_MEMORY_VIEW);
            TestWorkbench.waitUntil("the Memory view selects the new monitor", () -> {
                TestWorkbench.page().activate(memoryView);
                return TestWorkbench.page().getSelection() instanceof IStructuredSelection s && s.toList().contains(uart);
            });
            PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(ReadDevicesHandler.COMMAND_ID, null);
            assertTrue("the monitor's Read Device Registers", uart.readsDevices());
            assertTrue("read when asked", uart.getBytesFromAddress(BigInteger.valueOf(0x1000_0005L), 1)[0].isReadable());
            IWorkbenchPage page = TestWorkbench.page();
            page.setPartState(page.findViewReference(IDebugUIConstants.ID_MEMORY_VIEW), IWorkbenchPage.STATE_MAXIMIZED);
            monitors.show(virtual);
            // shown means painted: the rendering's table is visible (it is behind a message page until its content is read)
            TestWorkbench.waitUntil("the virtual monitor shows the name 'idle' (69646C65)", () -> MemoryMonitors.renderedRows().stream()
                    .anyMatch(r -> r.contains("69646C65")));
            Screenshots.take("memory-view-virtual");
            monitors.show(physical);
            TestWorkbench.waitUntil("the physical monitor shows the same bytes", () -> MemoryMonitors.renderedRows().stream()
                    .anyMatch(r -> r.contains("69646C65")));
            Screenshots.take("memory-view-physical");

            // the floating-point renderings: 3.5 as a float and as a double, written where the guest does not look
            IMemoryBlockExtension numbers = retrieval.getExtendedMemoryBlock("phys:0x80f00000", main);
            numbers.setValue(BigInteger.ZERO, new byte[] {0, 0, 0x60, 0x40, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x0c, 0x40});
            monitors.show(numbers, "io.guestlab.debug.ui.rendering.float32");
            TestWorkbench.waitUntil("the float rendering shows 3.5 in its first column", () -> MemoryMonitors.renderedRows().stream()
                    .anyMatch(r -> r.contains("80F00000|3.5|0.0|0.0|2.1875|")));
            assertTrue("the float columns fit a float's longest text and their header", floatColumnsFit("-3.4028235E38"));
            Screenshots.take("memory-view-float32");
            monitors.show(numbers, "io.guestlab.debug.ui.rendering.float64");
            TestWorkbench.waitUntil("the double rendering shows 3.5 in its second column", () -> MemoryMonitors.renderedRows().stream()
                    .anyMatch(r -> r.contains("80F00000|") && r.contains("|3.5|")));

            // total_work through its physical address: 1000, which the guest's first round adds to
            IMemoryBlockExtension total = retrieval.getExtendedMemoryBlock("&total_work", main);
            long totalAddress = total.getBigBaseAddress().longValue();
            IMemoryBlockExtension totalPhysical = retrieval.getExtendedMemoryBlock(String.format("phys:0x%x", totalAddress), main);
            totalPhysical.setValue(BigInteger.ZERO, new byte[] {(byte) 0xe8, 0x03, 0, 0});
            assertArrayEquals(new byte[] {(byte) 0xe8, 0x03, 0, 0}, bytes(total.getBytesFromAddress(BigInteger.valueOf(totalAddress), 4)));
            monitors.show(total);
            TestWorkbench.waitUntil("the rendering shows the new value (E8030000)", () -> MemoryMonitors.renderedRows().stream()
                    .anyMatch(r -> r.contains("E8030000")));
            Screenshots.take("memory-view-edited");
            page.setPartState(page.findViewReference(IDebugUIConstants.ID_MEMORY_VIEW), IWorkbenchPage.STATE_RESTORED);
            launch.getDebugTarget().resume();
            TestWorkbench.waitUntil("the guest's first round to add to 1000 (1 + 4 + 9)",
                    () -> console().contains("round 0: total work 1014"));
        }
    }

    /** Whether every number column of the visible rendering's table is as wide as {@code longest} and its header. */
    private static boolean floatColumnsFit(String longest) {
        Table table = (Table) Widgets.find(TestWorkbench.page().findView(IDebugUIConstants.ID_MEMORY_VIEW).getSite().getShell(),
                c -> c instanceof Table t && t.isVisible() && t.getColumnCount() > 2 && t.getColumn(0).getText().equals("Address"));
        GC gc = new GC(table);
        try {
            for (int i = 1; i < table.getColumnCount() - 1; i++) {
                int width = table.getColumn(i).getWidth();
                if (width < gc.textExtent(longest).x || width < gc.textExtent(table.getColumn(i).getText()).x) {
                    return false;
                }
            }
            return true;
        } finally {
            gc.dispose();
        }
    }

    private static byte[] bytes(MemoryByte[] memory) {
        byte[] b = new byte[memory.length];
        for (int i = 0; i < b.length; i++) {
            assertTrue("byte " + i + " is readable", memory[i].isReadable());
            b[i] = memory[i].getValue();
        }
        return b;
    }

    private String console() {
        IConsole console = DebugUITools.getConsole(launch.getProcesses()[0]);
        return console instanceof TextConsole text ? text.getDocument().get() : "";
    }
}
