package io.guestlab.gdbserver;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import io.guestlab.emulator.StopReason;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.Test;

/**
 * Acceptance with the real client: Debian's gdb-multiarch in batch mode drives the server on the
 * examples/gdb guest (built at -O0 and -O2), and each test asserts on what gdb printed.
 */
public class GdbMultiarchTest {

    private static final String O0 = "debuggee-O0.elf", O2 = "debuggee-O2.elf";

    private static void expect(GdbSessionRun run, String regex) {
        assertTrue("expected /" + regex + "/ in\n" + run, Pattern.compile(regex, Pattern.MULTILINE).matcher(run.output).find());
    }

    @Test
    public void breakOnFunctionAndFileLineThenBacktrace() throws Exception {
        for (String elf : List.of(O0, O2)) {
            int total = GdbSessionRun.line("main-total");
            GdbSessionRun run = GdbSessionRun.run(elf, 1, List.of("info threads", "break bump",
                    "break debuggee.c:" + total, "continue", "bt", "delete 1", "continue", "info threads", "kill"));
            expect(run, "\\* 1 +Thread 1 \\(hart 0, M-mode, stopped\\)");
            expect(run, "Breakpoint 1 at 0x[0-9a-f]+: file .*debuggee.c, line " + GdbSessionRun.line("bump-store"));
            expect(run, "^Breakpoint 1, bump \\(by=(by@entry=)?0\\) at .*debuggee.c:" + GdbSessionRun.line("bump-store"));
            expect(run, "#0  bump \\(by=(by@entry=)?0\\) at .*debuggee.c");
            expect(run, "#1  0x[0-9a-f]+ in main \\(\\) at .*debuggee.c:" + (GdbSessionRun.line("main-square") + 1));
            expect(run, "^Breakpoint 2, main \\(\\) at .*debuggee.c:" + total);
            expect(run, "Thread 1 \\(hart 0, M-mode, stopped at a breakpoint\\)");
        }
    }

    @Test
    public void registersCsrsAndPrivilege() throws Exception {
        GdbSessionRun run = GdbSessionRun.run(O0, 1, List.of("break square", "continue", "info registers",
                "info registers mstatus misa mhartid", "p $priv", "p/x $misa", "set var $mscratch = 0x1234",
                "p/x $mscratch", "set var $a5 = 77", "p $a5", "info all-registers", "kill"));
        expect(run, "^ra\\s+0x[0-9a-f]+\\s+0x[0-9a-f]+ <main\\+\\d+>");
        expect(run, "^sp\\s+0x[0-9a-f]+\\s+0x[0-9a-f]+");
        expect(run, "^pc\\s+0x[0-9a-f]+\\s+0x[0-9a-f]+ <square\\+\\d+>");
        expect(run, "^mstatus\\s+0x[0-9a-f]+\\s+SD:0 .* FS:1 ");
        expect(run, "^misa\\s+0x8[0-9a-f]+\\s+RV64A?CDFIMSU");
        expect(run, "^mhartid\\s+0x0\\s+0");
        expect(run, "^\\$1 = 3$");
        expect(run, "^\\$2 = 0x8[0-9a-f]{15}$");
        expect(run, "^\\$3 = 0x1234$");
        expect(run, "^\\$4 = 77$");
        expect(run, "^ft0\\s+\\{float = 0, double = 0\\}");
        expect(run, "^fcsr\\s+0x0");
        expect(run, "^mscratch\\s+0x1234");
        expect(run, "^priv\\s+0x3");
    }

    @Test
    public void examineDisassembleAndGlobals() throws Exception {
        GdbSessionRun run = GdbSessionRun.run(O0, 1, List.of("break main", "continue", "x/8i $pc", "x/4gx &config",
                "p config", "p config.origin", "p/x total", "kill"));
        expect(run, "^=> 0x[0-9a-f]+ <main\\+\\d+>:\\s+\\S+");
        assertEquals(run.toString(), 8, run.output.lines().filter(l -> l.matches("(=>)? +0x[0-9a-f]+ <main\\+\\d+>:.*")).count());
        expect(run, "<config>:\\s+0x7365756700000007\\s+0x0000000062616c74");
        expect(run, "<config\\+16>:\\s+0xfffffffc00000003\\s+0x00000000000003e8");
        expect(run, "= \\{id = 7, name = \"guestlab\\\\000\\\\000\\\\000\", origin = \\{x = 3, y = -4\\}, scale = 1000\\}");
        expect(run, "= \\{x = 3, y = -4\\}");
    }

    @Test
    public void setVariableChangesTheOutcome() throws Exception {
        for (String elf : List.of(O0, O2)) {
            GdbSessionRun run = GdbSessionRun.run(elf, 1, List.of("break main", "continue", "set var config.scale = 2000",
                    "p config.scale", "continue"));
            expect(run, "= 2000");
            expect(run, "\\[Inferior 1 \\(Remote target\\) exited with code 01\\]");
            assertNotNull(run.toString(), run.end);
            assertEquals(StopReason.EXIT, run.end.reason());
            assertEquals(1, run.end.exitCode());
        }
    }

    @Test
    public void watchAGlobalStopsAtTheWrite() throws Exception {
        GdbSessionRun run = GdbSessionRun.run(O0, 1, List.of("break main", "continue", "watch counter", "continue",
                "bt 1", "continue", "kill"));
        expect(run, "Hardware watchpoint 2: counter");
        expect(run, "Old value = 0\nNew value = 1");
        expect(run, "Old value = 1\nNew value = 3");
        expect(run, "#0  0x[0-9a-f]+ in bump \\(by=1\\) at .*debuggee.c:" + (GdbSessionRun.line("bump-store") + 1));
    }

    @Test
    public void stepiNextAndFinish() throws Exception {
        GdbSessionRun run = GdbSessionRun.run(O0, 1, List.of("break square", "continue", "p $pc", "stepi", "p $pc",
                "next", "finish", "next", "next", "kill"));
        expect(run, "^Breakpoint 1, square \\(v=0\\)");
        expect(run, "^\\$1 = \\(void \\(\\*\\)\\(\\)\\) 0x[0-9a-f]+ <square\\+\\d+>");
        expect(run, "^\\$2 = \\(void \\(\\*\\)\\(\\)\\) 0x[0-9a-f]+ <square\\+\\d+>");
        assertTrue(run.toString(), !pc(run, 1).equals(pc(run, 2)));
        expect(run, "^0x[0-9a-f]+ in main \\(\\) at .*debuggee.c:" + GdbSessionRun.line("main-square"));
        expect(run, "Value returned is \\$3 = 0");
        expect(run, "^" + (GdbSessionRun.line("main-square") + 1) + "\\s+bump\\(i\\);");
    }

    private static String pc(GdbSessionRun run, int n) {
        var m = Pattern.compile("^\\$" + n + " = .*(0x[0-9a-f]+)", Pattern.MULTILINE).matcher(run.output);
        return m.find() ? m.group(1) : "";
    }

    @Test
    public void secondaryHartHitsABreakpoint() throws Exception {
        GdbSessionRun run = GdbSessionRun.run(O0, 2, List.of("info threads", "break main", "continue",
                "set var wait_for_secondary = 1", "break debuggee.c:" + GdbSessionRun.line("secondary-beat"),
                "continue", "info threads", "thread 2", "bt 1", "p $mhartid", "kill"));
        expect(run, "  2 +Thread 2 \\(hart 1, M-mode, stopped\\)");
        expect(run, "Thread 2 hit Breakpoint 2, secondary_main \\(\\) at .*debuggee.c:" + GdbSessionRun.line("secondary-beat"));
        expect(run, "\\* 2 +Thread 2 \\(hart 1, M-mode, stopped at a breakpoint\\) secondary_main");
        expect(run, "#0  secondary_main \\(\\) at");
        expect(run, "^\\$1 = 1$");
    }

    @Test
    public void monitorCatchTrapStopsAtTheHandler() throws Exception {
        // an illegal instruction written over square's first instruction; mtvec is 0, so the handler is at 0
        GdbSessionRun run = GdbSessionRun.run(O0, 1, List.of("monitor catch trap illegal-instruction", "break main",
                "continue", "set var {int}square = 0", "continue", "p/x $mcause", "p/x $mepc == (long)square",
                "monitor info harts", "monitor catch trap off all", "monitor frobnicate", "monitor help", "kill"));
        expect(run, "exception 2 \\(illegal instruction\\)");
        expect(run, "hart 0 took a trap: illegal instruction \\(cause 0x2, tval 0x0\\)");
        expect(run, "Program received signal SIGTRAP");
        expect(run, "^\\$1 = 0x2$");
        expect(run, "^\\$2 = 0x1$");
        expect(run, "hart 0 \\(thread 1\\): pc 0x0000000000000000  M-mode");
        expect(run, "no traps are caught now");
        expect(run, "unknown monitor command 'frobnicate'");
        expect(run, "catch trap CAUSE");
    }

    @Test
    public void ctrlCInterruptsARunningGuest() throws Exception {
        // one hart told to wait for a second one that does not exist: it spins until interrupted
        GdbSessionRun run = GdbSessionRun.run(O2, 1, List.of("break main", "continue", "set var wait_for_secondary = 1",
                "delete", "continue", "bt 1", "p secondary_beats", "kill"), 2_000_000, false);
        expect(run, "Program received signal SIGINT, Interrupt\\.");
        expect(run, "#0  0x[0-9a-f]+ in main \\(\\) at .*debuggee.c:" + (GdbSessionRun.line("main-total") + 1));
        expect(run, "^\\$1 = 0$");
    }

    @Test
    public void catchAPageFaultInSupervisorMode() throws Exception {
        GdbSessionRun run = GdbSessionRun.run("paging.elf", 1, List.of("monitor catch trap page-fault", "break supervisor_code",
                "continue", "p $priv", "x/gx &probe_value", "monitor info tlb", "continue", "p $priv",
                "p/x $mcause", "p/x $mtval", "info symbol $mepc", "x/gx 0x1000")); // an error ends the script: last
        expect(run, "exception 13 \\(load page fault\\)");
        expect(run, "Breakpoint 1, supervisor_code \\(\\) at .*paging.c");
        expect(run, "^\\$1 = 1$");
        expect(run, "<probe_value>:\\s+0x0000000000000000");
        expect(run, "Cannot access memory at address 0x1000");
        expect(run, "hart 0: satp 0x8[0-9a-f]+: Sv39, ASID 0, root page table at 0x8[0-9a-f]+");
        expect(run, "0x0000000080000000-0x00000000bfffffff  0x0000000080000000  rwx--ad");
        expect(run, "hart 0 took a trap: load page fault \\(cause 0xd, tval 0x1000\\)");
        expect(run, "Program received signal SIGTRAP");
        expect(run, "^\\$2 = 3$");
        expect(run, "^\\$3 = 0xd$");
        expect(run, "^\\$4 = 0x1000$");
        expect(run, "^supervisor_code \\+ \\d+ in section \\.text");
        expect(run, "\\[Inferior 1 \\(Remote target\\) detached\\]");
        assertNotNull(run.toString(), run.end);
        assertEquals("the handler exits with the cause", 13, run.end.exitCode());
    }

    @Test
    public void detachLetsTheMachineRunToItsExit() throws Exception {
        GdbSessionRun run = GdbSessionRun.run(O2, 1, List.of("break bump", "continue", "detach"));
        expect(run, "\\[Inferior 1 \\(Remote target\\) detached\\]");
        assertNotNull(run.toString(), run.end);
        assertEquals(run.toString(), StopReason.EXIT, run.end.reason());
        assertEquals(0, run.end.exitCode());
    }

    @Test
    public void unixDomainSocket() throws Exception {
        GdbSessionRun run = GdbSessionRun.run(O0, 1, List.of("info threads", "kill"), 0, true);
        expect(run, "\\* 1 +Thread 1 \\(hart 0, M-mode, stopped\\)");
        expect(run, "\\[Inferior 1 \\(Remote target\\) killed\\]");
    }

    @Test
    public void killEndsTheMachine() throws Exception {
        GdbSessionRun run = GdbSessionRun.run(O0, 1, List.of("break bump", "continue", "kill"));
        expect(run, "\\[Inferior 1 \\(Remote target\\) killed\\]");
        assertNotNull(run.toString(), run.end);
        assertEquals(StopReason.HALTED, run.end.reason());
        assertTrue(run.end.detail().contains("killed"));
    }
}
