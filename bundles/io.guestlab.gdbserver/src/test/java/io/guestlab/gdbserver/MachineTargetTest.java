package io.guestlab.gdbserver;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.guestlab.emulator.Machine;
import io.guestlab.emulator.MachineConfig;
import io.guestlab.emulator.StopReason;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.Test;

/** The adapter from the protocol to the engine, on small hand-assembled programs. */
public class MachineTargetTest {

    private static final long RAM = MachineConfig.DEFAULT_RAM_BASE;
    private static final int ADDI_X1_1 = 0x00108093; // addi x1, x1, 1
    private static final int SD_X1_0_X2 = 0x00113023; // sd x1, 0(x2)
    private static final int JUMP_SELF = 0x0000006f; // j .

    private final Machine machine = new Machine(MachineConfig.defaults().withHarts(2));
    private final MachineTarget target = new MachineTarget(machine);

    private void program(int... words) {
        ByteBuffer b = ByteBuffer.allocate(words.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int w : words) {
            b.putInt(w);
        }
        assertTrue(machine.writePhysical(RAM, b.array()));
        for (int h = 0; h < machine.hartCount(); h++) {
            machine.setPc(h, RAM);
        }
    }

    private static final ResumeRequest CONTINUE = new ResumeRequest(Map.of(), ResumeRequest.Action.CONTINUE);

    @Test
    public void continueStopsAtABreakpointAndStepMovesOneInstruction() {
        program(ADDI_X1_1, ADDI_X1_1, ADDI_X1_1, JUMP_SELF);
        assertTrue(target.insertBreakpoint(BreakpointType.SOFTWARE, RAM + 8, 4));
        StopInfo stop = target.resume(CONTINUE, () -> false);
        assertEquals(StopInfo.Kind.SOFTWARE_BREAKPOINT, stop.kind());
        assertEquals(RAM + 8, target.readRegister(stop.thread(), RiscvRegisters.PC));
        assertEquals(2, target.readRegister(stop.thread(), 1));
        assertEquals("hart " + (stop.thread() - 1) + ", M-mode, stopped at a breakpoint", target.threadDescription(stop.thread()));
        StopInfo step = target.resume(new ResumeRequest(Map.of(stop.thread(), ResumeRequest.Action.STEP), null), () -> false);
        assertEquals(StopInfo.Kind.SIGNAL, step.kind());
        assertEquals(StopInfo.SIGTRAP, step.signal());
        assertEquals(RAM + 12, target.readRegister(stop.thread(), RiscvRegisters.PC));
    }

    @Test
    public void softwareAndHardwareBreakpointsAtOneAddressAreCounted() {
        target.insertBreakpoint(BreakpointType.SOFTWARE, RAM + 4, 4);
        target.insertBreakpoint(BreakpointType.HARDWARE, RAM + 4, 4);
        assertTrue(target.removeBreakpoint(BreakpointType.SOFTWARE, RAM + 4, 4));
        assertEquals(List.of(RAM + 4), machine.breakpoints());
        assertTrue(target.removeBreakpoint(BreakpointType.HARDWARE, RAM + 4, 4));
        assertEquals(List.of(), machine.breakpoints());
        assertFalse(target.removeBreakpoint(BreakpointType.SOFTWARE, RAM + 4, 4));
    }

    @Test
    public void hardwareBreakpointIsReportedAsSuch() {
        program(ADDI_X1_1, ADDI_X1_1, JUMP_SELF);
        target.insertBreakpoint(BreakpointType.HARDWARE, RAM + 4, 4);
        assertEquals(StopInfo.Kind.HARDWARE_BREAKPOINT, target.resume(CONTINUE, () -> false).kind());
    }

    @Test
    public void writeWatchpointReportsAnAddressInsideTheWatchedRange() {
        program(ADDI_X1_1, SD_X1_0_X2, JUMP_SELF);
        for (int t : target.threads()) {
            target.writeRegister(t, 2, RAM + 0x1000);
        }
        assertTrue(target.insertBreakpoint(BreakpointType.WRITE_WATCHPOINT, RAM + 0x1004, 4));
        StopInfo stop = target.resume(CONTINUE, () -> false);
        assertEquals(StopInfo.Kind.WRITE_WATCHPOINT, stop.kind());
        assertEquals("the 8-byte store at +0x1000 covers the watched +0x1004", RAM + 0x1004, stop.address());
        assertTrue(target.removeBreakpoint(BreakpointType.WRITE_WATCHPOINT, RAM + 0x1004, 4));
        assertFalse(target.removeBreakpoint(BreakpointType.WRITE_WATCHPOINT, RAM + 0x1004, 4));
    }

    @Test
    public void interruptStopsAContinue() throws Exception {
        program(JUMP_SELF);
        AtomicBoolean flag = new AtomicBoolean();
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
            flag.set(true);
            target.interrupt();
        });
        t.start();
        StopInfo stop = target.resume(CONTINUE, flag::get);
        t.join();
        assertEquals(StopInfo.SIGINT, stop.signal());
    }

    @Test
    public void memoryReadsStopAtTheEndOfRam() {
        long end = RAM + MachineConfig.DEFAULT_RAM_SIZE;
        assertTrue(target.writeMemory(1, end - 4, new byte[] {1, 2, 3, 4}));
        assertArrayEquals(new byte[] {1, 2, 3, 4}, target.readMemory(1, end - 4, 8));
        assertEquals(0, target.readMemory(1, 0x10, 4).length);
        assertFalse(target.writeMemory(1, end - 2, new byte[4]));
        assertEquals(5000, target.readMemory(1, end - 5000, 6000).length);
    }

    @Test
    public void registersCsrsAndPrivilege() {
        assertEquals(3, target.readRegister(2, RiscvRegisters.PRIV));
        assertEquals(1, target.readRegister(2, RiscvRegisters.csr(0xf14))); // mhartid of hart 1
        assertFalse("priv 2 is reserved", target.writeRegister(1, RiscvRegisters.PRIV, 2));
        assertTrue(target.writeRegister(1, RiscvRegisters.PRIV, 1));
        assertEquals(1, machine.privilege(0));
        assertTrue(target.csrs().containsValue("mstatus"));
        assertTrue(target.csrs().containsKey(0x180));
        assertFalse(target.csrs().containsKey(0x7b0)); // no debug-mode dcsr on this hart
        try {
            target.readRegister(1, RiscvRegisters.csr(0x7b0));
            fail("read a CSR the hart does not have");
        } catch (IllegalArgumentException expected) {
            // E reply
        }
        assertTrue(target.writeRegister(1, RiscvRegisters.FIRST_FPR + 3, 0x4000000000000000L));
        assertEquals(0x4000000000000000L, machine.fpRegister(0, 3));
    }

    @Test
    public void monitorPhysCatchAndErrors() {
        assertTrue(target.monitor("help").contains("catch trap CAUSE"));
        assertEquals("memory accesses now use physical addresses\n", target.monitor("phys on"));
        assertTrue(target.monitor("info harts").contains("hart 1 (thread 2): pc 0x0000000000000000  M-mode"));
        assertTrue(target.monitor("catch trap page-fault").contains("exception 13 (load page fault)"));
        assertTrue(target.monitor("catch trap interrupt 7").contains("interrupt 7 (machine timer interrupt)"));
        assertFalse(target.monitor("catch trap off 13").contains("exception 13"));
        assertEquals("no traps are caught now\n", target.monitor("catch trap off all"));
        assertTrue(target.monitor("stats").contains("instructions retired: 0"));
        for (String bad : List.of("phys maybe", "catch trap 64", "catch trap sometimes", "info nothing", "frobnicate")) {
            try {
                target.monitor(bad);
                fail("accepted 'monitor " + bad + "'");
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage(), e.getMessage().contains("usage") || e.getMessage().contains("unknown"));
            }
        }
    }

    @Test
    public void caughtTrapStopsAtTheHandler() {
        program(0, JUMP_SELF); // an all-zero word is an illegal instruction
        target.monitor("catch trap illegal-instruction");
        StopInfo stop = target.resume(CONTINUE, () -> false);
        assertEquals(StopInfo.SIGTRAP, stop.signal());
        assertTrue(stop.message(), stop.message().contains("took a trap: illegal instruction (cause 0x2"));
    }

    @Test
    public void infoTlbWalksTheSv39PageTable() {
        long root = RAM + 0x10000, mid = RAM + 0x11000, leaf = RAM + 0x12000;
        pte(root, 2, (RAM >>> 12) << 10 | 0xcf);            // 1 GiB page at 0x80000000: V R W X A D
        pte(root, 0, (mid >>> 12) << 10 | 0x01);            // pointer to the next level
        pte(mid, 0, (leaf >>> 12) << 10 | 0x01);
        pte(leaf, 1, ((RAM + 0x5000) >>> 12) << 10 | 0x53); // 0x1000 -> 0x80005000: V R U A
        pte(leaf, 2, ((RAM + 0x6000) >>> 12) << 10 | 0x53); // contiguous: shown in one range
        assertTrue(machine.setCsr(0, 0x180, 8L << 60 | root >>> 12));
        String dump = target.monitor("info tlb");
        assertTrue(dump, dump.contains("Sv39, ASID 0, root page table at 0x80010000"));
        assertTrue(dump, dump.contains("0x0000000000001000-0x0000000000002fff  0x0000000080005000  r--u-a-"));
        assertTrue(dump, dump.contains("0x0000000080000000-0x00000000bfffffff  0x0000000080000000  rwx--ad"));
        assertTrue(machine.setCsr(0, 0x180, 0));
        assertTrue(target.monitor("info tlb").contains("mode Bare"));
    }

    private void pte(long table, int index, long value) {
        byte[] b = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(value).array();
        assertTrue(machine.writePhysical(table + 8L * index, b));
    }

    @Test
    public void detachRemovesBreakpointsAndAttachStopsTheFreeRun() throws Exception {
        program(ADDI_X1_1, JUMP_SELF);
        target.insertBreakpoint(BreakpointType.SOFTWARE, RAM, 4);
        target.monitor("catch trap ecall");
        target.detach();
        assertEquals(List.of(), machine.breakpoints());
        Thread.sleep(50);
        StopInfo stop = target.attach();
        assertEquals(StopInfo.SIGINT, stop.signal());
        assertEquals(RAM + 4, machine.pc(0));
        assertEquals("no traps are caught\n", target.monitor("catch trap"));
    }

    @Test
    public void killEndsTheMachine() throws Exception {
        target.kill();
        assertEquals(StopReason.HALTED, target.awaitEnd(1000).reason());
    }
}
