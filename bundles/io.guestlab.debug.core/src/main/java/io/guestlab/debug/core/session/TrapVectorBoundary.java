package io.guestlab.debug.core.session;

import io.guestlab.emulator.Machine;
import io.guestlab.emulator.isa.Csr;
import io.guestlab.symbols.AddressSpace;
import io.guestlab.symbols.ElfSymbol;
import io.guestlab.symbols.StackFrame;
import io.guestlab.symbols.SymbolMatch;
import io.guestlab.symbols.SymbolsException;
import io.guestlab.symbols.TargetAccess;
import io.guestlab.symbols.TrapBoundary;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Backtraces across a trap: the function a hart's mtvec or stvec points at is a trap entry, and
 * the code it interrupted is its "caller", at mepc / sepc. The interrupted registers are found
 * the way gdb analyses a prologue without CFI: the entry's {@code addi sp, sp, -N} and its
 * {@code sd xR, off(sp)} stores before the pc say where each one was saved (xv6's kernelvec,
 * the example's, most teaching kernels'); registers it did not save still hold their values.
 */
final class TrapVectorBoundary implements TrapBoundary {

    private static final int SP = 2;
    /** Instructions of a trap entry looked at, at most. */
    private static final int MAX_SCAN = 160; // Linux 6.1: a system call returns 90 instructions into handle_exception

    private final Machine machine;
    private final int hart;
    private final AddressSpace space;

    TrapVectorBoundary(Machine machine, int hart, AddressSpace space) {
        this.machine = machine;
        this.hart = hart;
        this.space = space;
    }

    @Override
    public boolean isTrapEntry(long pc, String function) {
        return vectorAt(pc, Csr.MTVEC) != null || vectorAt(pc, Csr.STVEC) != null;
    }

    /**
     * The symbol a trap vector CSR points at (its BASE field) when {@code pc} lies in its code:
     * within its size where it has one (Linux's handle_exception spans local labels such as
     * check_syscall_nr, where a system call's handler returns to), else at that symbol alone.
     */
    private ElfSymbol vectorAt(long pc, int csr) {
        Long tvec = machine.csr(hart, csr);
        if (tvec == null || tvec == 0) {
            return null;
        }
        try {
            SymbolMatch vector = space.symbolAt(tvec & ~3L);
            if (vector == null) {
                return null;
            }
            ElfSymbol symbol = vector.symbol();
            if (symbol.size() > 0 && Long.compareUnsigned(pc - symbol.address(), symbol.size()) < 0) {
                return symbol;
            }
            SymbolMatch here = space.symbolAt(pc);
            return here != null && here.symbol().name().equals(symbol.name()) ? symbol : null;
        } catch (SymbolsException e) {
            return null;
        }
    }

    @Override
    public Optional<Map<Integer, Long>> interruptedContext(StackFrame trapFrame, TargetAccess target) {
        ElfSymbol entry = vectorAt(trapFrame.pc(), Csr.MTVEC);
        boolean machineMode = entry != null;
        if (entry == null) {
            entry = vectorAt(trapFrame.pc(), Csr.STVEC);
        }
        if (entry == null) {
            return Optional.empty();
        }
        Long epc = machine.csr(hart, machineMode ? Csr.MEPC : Csr.SEPC);
        OptionalLong sp = trapFrame.register(SP);
        // No trap has been taken while xepc is 0: OpenSBI enters a kernel with stvec at its entry
        // and sepc 0, so until the kernel sets its own vector the entry is no trap handler.
        if (epc == null || epc == 0 || sp.isEmpty()) {
            return Optional.empty();
        }
        Map<Integer, Long> regs = new HashMap<>(trapFrame.registers());
        long frameSize = 0;
        Map<Integer, Long> savedAt = new HashMap<>();
        long at = entry.address(); // the stores before the pc, from the vector on
        for (int n = 0; n < MAX_SCAN && Long.compareUnsigned(at, trapFrame.pc()) < 0; n++) {
            byte[] low = new byte[2];
            if (!target.read(at, low)) {
                break;
            }
            int half = (low[0] & 0xff) | (low[1] & 0xff) << 8;
            int insn = half;
            int length = 2;
            if ((half & 3) == 3) {
                byte[] word = new byte[4];
                if (!target.read(at, word)) {
                    break;
                }
                insn = (word[0] & 0xff) | (word[1] & 0xff) << 8 | (word[2] & 0xff) << 16 | (word[3] & 0xff) << 24;
                length = 4;
            }
            long adjust = spAdjustment(insn, length);
            if (adjust != 0) {
                frameSize -= adjust;
            }
            int[] store = spStore(insn, length);
            if (store != null && !savedAt.containsKey(store[0])) {
                // the offset is from sp as it is after the adjustments so far
                savedAt.put(store[0], store[1] - frameSize);
            }
            at += length;
        }
        long entrySp = sp.getAsLong() + frameSize; // sp when the trap was taken
        for (Map.Entry<Integer, Long> e : savedAt.entrySet()) {
            if (e.getKey() == SP) {
                continue; // the entry's own sp arithmetic is what counts
            }
            byte[] word = new byte[8];
            if (target.read(entrySp + e.getValue(), word)) {
                long v = 0;
                for (int i = 7; i >= 0; i--) {
                    v = v << 8 | (word[i] & 0xff);
                }
                regs.put(e.getKey(), v);
            }
        }
        regs.put(SP, entrySp);
        regs.put(TrapBoundary.PC, epc);
        return Optional.of(regs);
    }

    /** The immediate of {@code addi sp, sp, imm} or {@code c.addi16sp imm}; 0 for anything else. */
    static long spAdjustment(int insn, int length) {
        if (length == 4) {
            boolean addiSpSp = (insn & 0x7f) == 0x13 && (insn >>> 12 & 7) == 0 && (insn >>> 7 & 0x1f) == SP
                    && (insn >>> 15 & 0x1f) == SP;
            return addiSpSp ? insn >> 20 : 0;
        }
        // c.addi16sp: funct3 011, rd = 2, quadrant 1 (RVC table 16.5)
        if ((insn & 3) == 1 && (insn >>> 13 & 7) == 3 && (insn >>> 7 & 0x1f) == SP) {
            int imm = (insn >>> 12 & 1) << 9 | (insn >>> 3 & 3) << 7 | (insn >>> 5 & 1) << 6 | (insn >>> 2 & 1) << 5
                    | (insn >>> 6 & 1) << 4;
            return imm << 22 >> 22;
        }
        return 0;
    }

    /** {register, offset from the current sp} of {@code sd rR, off(sp)} or {@code c.sdsp}; null for anything else. */
    static int[] spStore(int insn, int length) {
        if (length == 4) {
            if ((insn & 0x7f) == 0x23 && (insn >>> 12 & 7) == 3 && (insn >>> 15 & 0x1f) == SP) {
                int imm = (insn >> 25) << 5 | (insn >>> 7 & 0x1f);
                return new int[] {insn >>> 20 & 0x1f, imm};
            }
            return null;
        }
        // c.sdsp: funct3 111, quadrant 2; uimm[5:3] = bits 12:10, uimm[8:6] = bits 9:7
        if ((insn & 3) == 2 && (insn >>> 13 & 7) == 7) {
            int imm = (insn >>> 10 & 7) << 3 | (insn >>> 7 & 7) << 6;
            return new int[] {insn >>> 2 & 0x1f, imm};
        }
        return null;
    }
}
