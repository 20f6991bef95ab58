package io.guestlab.symbols;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Test;

/**
 * Unwinding over stacks built the way the compiled code builds them: frame sizes, save slots
 * and call sites are read from objdump's disassembly (not from the CFI under test), then
 * the CFI unwinder and the frame-pointer walker must both recover the call chain.
 */
public class UnwinderTest {

    private static final long STACK_TOP = 0x8010_0000L;
    private static final int RA = 1;
    private static final int SP = 2;
    private static final int FP = 8;

    /** What objdump shows about one function: frame size, save slots, end of prologue, call sites. */
    private record Prologue(long frameSize, long raSlot, long fpSlot, long body, Map<String, Long> returnAddresses) {
    }

    private static final Pattern INSN = Pattern.compile("^\\s+([0-9a-f]+):\\s+((?:[0-9a-f]{2,8} ?)+)\\s+(\\S+)\\s*(.*)$");

    private static Map<String, Prologue> disassemble(Path elf) throws Exception {
        String dump = GuestExamples.run(GuestExamples.command("riscv64-unknown-elf-objdump", "-d", "-M", "no-aliases,numeric", elf));
        Map<String, Prologue> out = new HashMap<>();
        String function = null;
        long size = 0;
        long ra = -1;
        long fp = -1;
        long body = 0;
        Map<String, Long> calls = new HashMap<>();
        for (String line : (dump + "\n \n").split("\n")) {
            Matcher header = Pattern.compile("^[0-9a-f]+ <(\\S+)>:$").matcher(line);
            if (header.matches()) {
                function = header.group(1);
                size = 0;
                ra = -1;
                fp = -1;
                body = 0;
                calls = new HashMap<>();
                continue;
            }
            if (line.isBlank() && function != null) {
                out.put(function, new Prologue(size, ra, fp, body, calls));
                function = null;
                continue;
            }
            Matcher m = INSN.matcher(line);
            if (function == null || !m.matches()) {
                continue;
            }
            long address = Long.parseLong(m.group(1), 16);
            int length = m.group(2).replace(" ", "").length() / 2;
            String op = m.group(3);
            String args = m.group(4).replace(" ", "");
            Matcher n;
            if ((op.equals("addi") || op.equals("c.addi16sp") || op.equals("c.addi")) && (n = Pattern.compile("^x2,(?:x2,)?(-\\d+)").matcher(args)).find() && size == 0) {
                size = -Long.parseLong(n.group(1));
            } else if ((op.equals("sd") || op.equals("c.sdsp")) && (n = Pattern.compile("^x(1|8),(\\d+)\\(x2\\)").matcher(args)).find()) {
                if (n.group(1).equals("1")) {
                    ra = Long.parseLong(n.group(2));
                } else {
                    fp = Long.parseLong(n.group(2));
                }
            } else if ((op.equals("addi") || op.equals("c.addi4spn")) && args.startsWith("x8,x2,") && body == 0) {
                body = address + length;
            } else if (op.equals("jal") && (n = Pattern.compile("<(\\w+)>").matcher(args)).find()) {
                calls.put(n.group(1), address + length);
            }
        }
        return out;
    }

    /** Pushes the frame a function's prologue builds; returns the function's CFA (= fp). */
    private static long push(SimulatedHart hart, Prologue p, long callerSp, long returnAddress, long callerFp) {
        long sp = callerSp - p.frameSize();
        if (p.raSlot() >= 0) {
            hart.write(sp + p.raSlot(), returnAddress, 8);
        }
        hart.write(sp + p.fpSlot(), callerFp, 8);
        return sp;
    }

    @Test
    public void cfiAndFramePointersRecoverRecursiveCalls() throws Exception {
        for (String variant : List.of("shapes-elf-O0-dwarf4", "shapes-elf-O0-dwarf5")) {
            Path elf = GuestExamples.elf(variant);
            Map<String, Prologue> code = disassemble(elf);
            Prologue main = code.get("main");
            Prologue walk = code.get("walk");
            long intoStart = code.get("_start").returnAddresses().get("main");
            long intoMain = main.returnAddresses().get("walk");
            long intoWalk = walk.returnAddresses().get("walk");
            SimulatedHart hart = new SimulatedHart();
            long spMain = push(hart, main, STACK_TOP, intoStart, 0);
            long sp1 = push(hart, walk, spMain, intoMain, STACK_TOP);
            long sp2 = push(hart, walk, sp1, intoWalk, spMain);
            long sp3 = push(hart, walk, sp2, intoWalk, sp1);
            hart.registers.put(SP, sp3);
            hart.registers.put(FP, sp2);
            hart.registers.put(RA, intoWalk);
            AddressSpace space = new AddressSpace().add(Program.open(elf, 0));
            for (boolean cfi : new boolean[] {true, false}) {
                Unwinder.Backtrace bt = new Unwinder(space, null, cfi).backtrace(hart, walk.body(), 32);
                String how = variant + (cfi ? " (CFI)" : " (frame pointers)");
                assertEquals(how, List.of(walk.body(), intoWalk, intoWalk, intoMain, intoStart), pcs(bt));
                assertEquals(how + ": " + bt.detail(), Unwinder.Stop.BOTTOM, bt.stop());
                assertEquals(how, List.of(sp2, sp1, spMain, STACK_TOP), cfas(bt).subList(0, 4));
                assertEquals(how + " fp of main's frame", OptionalLong.of(STACK_TOP), bt.frames().get(3).register(FP));
                assertEquals(variant, "walk", space.symbolAt(bt.frames().get(1).pc()).symbol().name());
            }
        }
    }

    @Test
    public void trapFrameStopsOrIsSteppedAcross() throws Exception {
        Path elf = GuestExamples.elf("shapes-elf-O0-dwarf5");
        Map<String, Prologue> code = disassemble(elf);
        Prologue main = code.get("main");
        Prologue walk = code.get("walk");
        Prologue handler = code.get("handle_trap");
        long intoStart = code.get("_start").returnAddresses().get("main");
        long intoMain = main.returnAddresses().get("walk");
        long intoTrapEntry = code.get("trap_entry").returnAddresses().get("handle_trap");
        SimulatedHart hart = new SimulatedHart();
        long spMain = push(hart, main, STACK_TOP, intoStart, 0);
        long spWalk = push(hart, walk, spMain, intoMain, STACK_TOP);
        long interruptedPc = walk.body() + 4;
        // trap_entry (start.S) saves a struct trap_frame of 272 bytes: regs[32], epc, cause.
        long spTrap = spWalk - 272;
        hart.write(spTrap + 8 * RA, intoMain, 8);
        hart.write(spTrap + 8 * FP, spMain, 8);
        hart.write(spTrap + 8 * SP, spWalk, 8);
        hart.write(spTrap + 256, interruptedPc, 8);
        hart.write(spTrap + 264, 8, 8);
        long spHandler = push(hart, handler, spTrap, intoTrapEntry, spMain);
        hart.registers.put(SP, spHandler);
        hart.registers.put(FP, spTrap);
        hart.registers.put(RA, intoTrapEntry);
        AddressSpace space = new AddressSpace().add(Program.open(elf, 0));

        Unwinder.Backtrace stopped = new Unwinder(space, TrapBoundary.stopAt(Set.of("trap_entry")))
                .backtrace(hart, handler.body(), 32);
        assertEquals(List.of(handler.body(), intoTrapEntry), pcs(stopped));
        assertEquals(Unwinder.Stop.TRAP_FRAME, stopped.stop());

        TrapBoundary across = new TrapBoundary() {
            @Override
            public boolean isTrapEntry(long pc, String function) {
                return "trap_entry".equals(function);
            }

            @Override
            public Optional<Map<Integer, Long>> interruptedContext(StackFrame trapFrame, TargetAccess target) {
                long frame = trapFrame.register(SP).orElseThrow();
                Map<Integer, Long> regs = new HashMap<>();
                byte[] word = new byte[8];
                for (int r = 1; r < 32; r++) {
                    if (target.read(frame + 8L * r, word)) {
                        regs.put(r, java.nio.ByteBuffer.wrap(word).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong());
                    }
                }
                target.read(frame + 256, word);
                regs.put(TrapBoundary.PC, java.nio.ByteBuffer.wrap(word).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong());
                return Optional.of(regs);
            }
        };
        Unwinder.Backtrace full = new Unwinder(space, across).backtrace(hart, handler.body(), 32);
        assertEquals(List.of(handler.body(), intoTrapEntry, interruptedPc, intoMain, intoStart), pcs(full));
        assertEquals(StackFrame.Source.TRAP, full.frames().get(2).source());
        assertEquals(Unwinder.Stop.BOTTOM, full.stop());
    }

    @Test
    public void garbageStackEndsWithoutLooping() throws Exception {
        Path elf = GuestExamples.elf("shapes-elf-O0-dwarf5");
        Map<String, Prologue> code = disassemble(elf);
        SimulatedHart hart = new SimulatedHart();
        long sp = STACK_TOP - 0x100;
        // A frame whose saved ra points back into itself and whose saved fp points at itself.
        Prologue walk = code.get("walk");
        hart.write(sp + walk.raSlot(), walk.body(), 8);
        hart.write(sp + walk.fpSlot(), sp + walk.frameSize(), 8);
        hart.write(sp + walk.frameSize() - 8, walk.body(), 8);
        hart.write(sp + walk.frameSize() - 16, sp + walk.frameSize(), 8);
        hart.registers.put(SP, sp);
        hart.registers.put(FP, sp + walk.frameSize());
        AddressSpace space = new AddressSpace().add(Program.open(elf, 0));
        for (boolean cfi : new boolean[] {true, false}) {
            Unwinder.Backtrace bt = new Unwinder(space, null, cfi).backtrace(hart, walk.body(), 1000);
            String how = (cfi ? "CFI: " : "frame pointers: ") + bt.stop() + " " + bt.detail() + " " + pcs(bt);
            assertTrue(how, bt.frames().size() < 10);
            assertTrue(how, bt.stop() == Unwinder.Stop.NOT_MONOTONIC || bt.stop() == Unwinder.Stop.UNREADABLE);
        }
        Unwinder.Backtrace nowhere = new Unwinder(space, null).backtrace(new SimulatedHart(), 0x1234, 10);
        assertEquals(Unwinder.Stop.NO_UNWIND_INFO, nowhere.stop());
    }

    private static List<Long> pcs(Unwinder.Backtrace bt) {
        List<Long> out = new ArrayList<>();
        bt.frames().forEach(f -> out.add(f.pc()));
        return out;
    }

    private static List<Long> cfas(Unwinder.Backtrace bt) {
        List<Long> out = new ArrayList<>();
        bt.frames().forEach(f -> out.add(f.cfa()));
        return out;
    }
}
