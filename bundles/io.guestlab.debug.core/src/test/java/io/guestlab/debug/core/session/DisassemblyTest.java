package io.guestlab.debug.core.session;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.guestlab.debug.core.session.DisassemblyLine.Kind;

import java.util.List;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The disassembly view's pages on the example kernel stopped at main: forwards, backwards, unreadable memory. */
public class DisassemblyTest {

    private final Recorder events = new Recorder();
    private MachineSession session;
    private long main;

    @Before
    public void start() throws Exception {
        session = MachineSession.start(DebugKernel.setup(DebugKernel.attributes()), events, true);
        events.stop();
        main = session.symbols().programs().get(0).addressOf("main").getAsLong();
    }

    @After
    public void end() {
        if (session != null) { // null when the example was missing and the test was skipped
            session.close();
        }
    }

    private static List<DisassemblyLine> instructions(List<DisassemblyLine> lines) {
        return lines.stream().filter(l -> l.kind() == Kind.INSTRUCTION).toList();
    }

    /** Each line with bytes starts where the previous one ended. */
    private static void assertContiguous(List<DisassemblyLine> lines) {
        long next = -1;
        for (DisassemblyLine l : lines) {
            if (l.length() > 0) {
                assertTrue(l + " follows 0x" + Long.toHexString(next), next == -1 || l.address() == next);
                next = l.end();
            }
        }
    }

    @Test
    public void aPageFromMainHasItsLabelSourceLinesAndCallsBySymbol() {
        List<DisassemblyLine> page = session.disassemble(0, main, 64);
        assertEquals(64, instructions(page).size());
        assertContiguous(page);
        assertEquals(new DisassemblyLine(Kind.LABEL, main, 0, 0, "main", null, 0, false), page.get(0));
        DisassemblyLine source = page.get(1);
        assertEquals(Kind.SOURCE, source.kind());
        assertTrue(source.file(), source.file().endsWith("main.c"));
        int header = DebugKernel.line("main.c", "int main(void)");
        assertTrue("main's header or its brace: " + source.line(), source.line() == header || source.line() == header + 1);
        DisassemblyLine first = page.get(2);
        assertEquals("add\tsp,sp,-32", first.text()); // objdump -d: 1101 add sp,sp,-32
        assertEquals(2, first.length());
        assertEquals(0x1101, first.bits());
        assertTrue("a call to run_task by name", page.stream().anyMatch(l -> l.text() != null
                && l.text().startsWith("jal\t") && l.text().endsWith(" <run_task>")));
        assertTrue("the loop's source line is interleaved", page.stream().anyMatch(l -> l.kind() == Kind.SOURCE
                && l.line() == DebugKernel.line("main.c", "BREAK: loop")));
    }

    @Test
    public void thePageBeforeEndsExactlyWhereTheNextBeginsAndDecodesAsFromTheFunctionStart() {
        List<DisassemblyLine> forward = instructions(session.disassemble(0, main, 40));
        long middle = forward.get(30).address();
        List<DisassemblyLine> before = session.disassembleBefore(0, middle, 20);
        assertContiguous(before);
        List<DisassemblyLine> back = instructions(before);
        assertEquals(20, back.size());
        assertEquals(middle, back.get(19).end());
        assertEquals(forward.subList(10, 30), back);
        assertEquals("the first instruction kept comes with its source line", Kind.SOURCE, before.get(0).kind());
    }

    @Test
    public void memoryBelowRamAndDeviceRegistersAreLinesThatSaySo() {
        List<DisassemblyLine> below = session.disassembleBefore(0, 0x8000_0000L, 8);
        assertContiguous(below);
        assertFalse(below.isEmpty());
        assertEquals(0x8000_0000L, below.get(below.size() - 1).end());
        assertEquals("scrolling up through a hole goes a page a line", 0x8000_0000L - 8 * 4096, below.get(0).address());
        for (DisassemblyLine l : below) {
            assertEquals(Kind.UNREADABLE, l.kind());
            assertTrue(l.text(), l.text().startsWith("unreadable"));
            assertTrue("one line per page at most", l.length() <= 4096);
        }
        List<DisassemblyLine> uart = session.disassemble(0, 0x1000_0000L, 2);
        assertEquals(Kind.UNREADABLE, uart.get(0).kind());
        assertTrue(uart.get(0).text(), uart.get(0).text().startsWith("device registers"));
        List<DisassemblyLine> top = session.disassemble(0, -16, 64);
        assertEquals("the page stops at the top of the address space", 0, top.get(top.size() - 1).end());
    }

    @Test
    public void placedBreakpointsAreMarked() throws Exception {
        long at = instructions(session.disassemble(0, main, 8)).get(4).address();
        session.addBreakpoint(BreakpointSpec.of(new BreakpointSpec.Address(at)));
        Recorder.Placed p = events.next(Recorder.Placed.class);
        assertNull(p.problem());
        for (DisassemblyLine l : instructions(session.disassemble(0, main, 8))) {
            assertEquals(l.toString(), l.address() == at, l.breakpoint());
        }
    }
}
