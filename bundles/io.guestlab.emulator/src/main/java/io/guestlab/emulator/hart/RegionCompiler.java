package io.guestlab.emulator.hart;

import static org.objectweb.asm.Opcodes.*;

import io.guestlab.emulator.isa.Insn;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * Translates a hot {@link Block} and the blocks it jumps to directly within its 4 KiB page (a
 * region) into one JVM method: a hidden class whose {@link TranslatedRegion#run} runs the
 * region's RV64IMFD and Zb* instructions, its loads and stores with the TLB hit inline, and its branches
 * and jumps as JVM jumps, so a guest loop becomes a JVM loop that HotSpot compiles as one; a
 * return or indirect jump whose target is one of the region's blocks stays in it too. F
 * and D instructions run inline too: their arithmetic is a call of the same fpu code the
 * interpreter uses, so results and flags are bit for bit the same.
 * <p>
 * The semantics are exactly those of {@link Hart}'s block interpreter: guest registers live in
 * JVM locals inside the region and are written back to {@link Hart#x} at every exit and by an
 * exception handler when a trap unwinds through it; before each call that may trap,
 * {@link Hart#blockIndex} gets the steps run before that instruction (the called code sets the
 * pc; for loads and stores it sets both, from one constant: {@link #where}), so a trap is
 * exact. Steps are counted per block: a jump to another block of the region
 * is taken only while the step budget holds that whole block, otherwise the region returns
 * there, so budgets, slices and single steps end on the same instruction as interpreted. A
 * region never looks at breakpoints: the dispatcher runs none that holds one in any of its
 * blocks ({@link Block#breakpointInTranslation}), interpreting that entry instead.
 * Anything out of line (a TLB miss, MMIO, a page crossing, a store into an observed line, an
 * F/D access that went out of line) ends the region after that instruction; A and system
 * instructions end a block's translation before them. Everything a region holds lives in one
 * page, whose decoded-code generation the entry block carries: a store over any of its code
 * retires the region with the block. Only the entry block may run on into the next page
 * ({@link PageSpan}): the dispatcher checks that part before every entry.
 */
final class RegionCompiler {

    private static final String HART = "io/guestlab/emulator/hart/Hart";
    private static final String RAM = "io/guestlab/emulator/bus/Ram";
    private static final String BASE = "io/guestlab/emulator/hart/TranslatedRegion";
    private static final String FPU = "io/guestlab/emulator/hart/HartFpu";
    private static final String INSN = "io/guestlab/emulator/isa/Insn";
    private static final String TRAP = "io/guestlab/emulator/hart/TrapException";
    private static final String F32 = "io/guestlab/emulator/fpu/F32";
    private static final String F64 = "io/guestlab/emulator/fpu/F64";
    private static final String STATUS = "io/guestlab/emulator/fpu/FloatStatus";
    private static final long SIGN64 = Long.MIN_VALUE, BOX = 0xffffffff00000000L;
    private static final int TLB_MASK = 255;
    /** HotSpot compiles no method over 8000 bytes of bytecode: regions stay below. */
    static final int CODE_LIMIT = 7900;
    /**
     * Blocks in one region at most: a list merge's loop has 14, CoreMark's state machine more.
     * Since a region is compiled by HotSpot before it runs ({@link BackgroundTranslator}), its
     * size costs the hart little. Measured (hart-bench, best of 5): coremix 0.57 s at 8, 0.52 at
     * 16, 0.49-0.52 at 32.
     */
    static final int MAX_BLOCKS = 32;
    /**
     * Blocks in the region of a block that another region holds already, which the dispatcher
     * enters where a slice ended inside that region: enough to get back to a region's entry
     * (see {@link #enters}). Measured: CoreMark 1.15 s with 1 block, 1.04-1.11 with 8; with 32
     * every guest was 3-5% slower (twice the code to compile).
     */
    static final int MAX_SECOND_BLOCKS = 8;

    /** The largest switch a search among a region's blocks ends in (see Emitter#search). */
    private static final int SWITCH_CASES = 4;

    // locals of run(hart, base, budget): the registers the region uses follow REGS, two slots each,
    // then its value and float mode locals (see Emitter#slots); LEFT is the budget left at the
    // current block's start (one decrement and compare per block edge)
    private static final int HART_SLOT = 1, BASE_SLOT = 2, BUDGET_SLOT = 4, LEFT_SLOT = 5, VA_SLOT = 6,
            TLB_SLOT = 8, NEXT_SLOT = 9, RET_SLOT = 11, REGS = 12;
    /** The float mode local when mstatus.FS is off: above every rounding mode, so every check fails. */
    private static final int FS_OFF = 8;

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private RegionCompiler() {
    }

    /** How many leading instructions of {@code b} can be translated (0: none). */
    static int translatable(Block b) {
        int n = 0;
        while (n < b.count) {
            int kind = (int) (b.ops[n] >>> 57);
            if (kind == Kind.OTHER) {
                break;
            }
            n++;
            if (Kind.endsBlock(kind)) {
                break;
            }
        }
        return n;
    }

    /**
     * A translated region, how many instructions of its entry block it covers, and the bytes it
     * may run: start and end of each of its blocks relative to the entry's start, in pairs.
     */
    record Translation(TranslatedRegion code, int length, int[] ranges, List<Block> members) {
    }

    /** One block of a region: where it starts relative to the entry, and how much of it is translated. */
    private record Member(Block block, int start, int length, Label label) {
    }

    /** Code a region emits after its body (see {@link Emitter#outOfLine}). */
    private record OutOfLine(Label at, Runnable code, Label back) {
    }

    /**
     * Translates {@code entry} (at page offset {@code entryOffset} of {@code page}, translatable
     * for at least one instruction) together with the blocks of the same page it reaches by
     * direct branches and jumps, returns to after a call, or was seen to reach by an indirect
     * jump ({@link Block#indirectTargets}), that are hot themselves (their own translation was
     * asked for, made or not: cold paths leave the region, keeping its method small for
     * HotSpot); alone if {@code page} is null, with fewer blocks if another region holds
     * {@code entry} already. Runs on any thread: what it reads of the page's other blocks (their
     * final fields, whether they are hot, where their indirect jumps went) only decides what
     * joins the region.
     */
    static Translation compile(Block entry, DecodedPage page, int entryOffset) {
        int maxBlocks = page == null ? 1 : entry.inRegion ? MAX_SECOND_BLOCKS : MAX_BLOCKS;
        int maxLength = translatable(entry);
        while (true) {
            List<Member> region = region(entry, page, entryOffset, maxBlocks, maxLength);
            byte[] bytes = generate(region);
            if (bytes != null) {
                return define(bytes, region);
            }
            // too large for HotSpot to compile: fewer blocks, then a shorter entry prefix
            if (maxBlocks > 1) {
                maxBlocks = Math.max(1, region.size() / 2);
            } else if (maxLength > 1) {
                maxLength = Math.max(1, region.get(0).length / 2);
            } else {
                throw new IllegalStateException("one instruction does not fit a method");
            }
        }
    }

    /** The class file of {@code b}'s translation alone, as {@link #compile} makes it without a page (for tests to read). */
    static byte[] classFileAlone(Block b) {
        return generate(List.of(new Member(b, 0, translatable(b), new Label())));
    }

    /** The region's blocks, breadth first from {@code entry}, each at most once. */
    private static List<Member> region(Block entry, DecodedPage page, int entryOffset, int maxBlocks, int maxLength) {
        List<Member> region = new ArrayList<>();
        Map<Integer, Member> byStart = new HashMap<>();
        Member first = new Member(entry, 0, Math.min(maxLength, translatable(entry)), new Label());
        region.add(first);
        byStart.put(0, first);
        for (int k = 0; k < region.size() && region.size() < maxBlocks; k++) {
            Member m = region.get(k);
            for (int target : successors(m)) {
                int offset = entryOffset + target;
                if (byStart.containsKey(target) || offset < 0 || offset >= 4096 || region.size() >= maxBlocks) {
                    continue;
                }
                Block s = page.blocks[offset >>> 1];
                // hot (its translation asked for: made, or still waiting behind others on the
                // translator thread, when a region made without it left a loop's later blocks to
                // small regions entered from the dispatcher every round, 8.4 million entries
                // instead of 2.4 in a sort run); running on into the next page only as the
                // entry, whose span the dispatcher checks
                int length = s == null || s.generation != entry.generation || !s.hot || s.span != null
                        || entry.inRegion && enters(s) ? 0 : translatable(s);
                if (length > 0) {
                    Member added = new Member(s, target, length, new Label());
                    region.add(added);
                    byStart.put(target, added);
                }
            }
        }
        return region;
    }

    /**
     * Whether {@code b} enters a region of several blocks. The region of a block another region
     * holds leaves to such an entry rather than copy it: else a loop longer than
     * {@link #MAX_SECOND_BLOCKS}, once a slice ended in it, ran on in a cycle of such regions
     * made for the blocks the slices ended at (3 dispatcher entries per round of a 24-block loop
     * instead of a few per slice). Other regions copy it: an interpreter's handlers each take
     * the fetch and the dispatch jump into their region (interp 15% slower without).
     */
    private static boolean enters(Block b) {
        int[] ranges = b.translatedRanges;
        return ranges != null && ranges.length > 2;
    }

    /**
     * Where a fully translated block continues, relative to the entry: direct targets, after a
     * call (a jump that links) the instruction after it, where the callee's return lands, and
     * where an indirect jump that is not a return went while interpreted.
     */
    private static int[] successors(Member m) {
        Block b = m.block;
        if (m.length != b.count) {
            return new int[0];
        }
        long o = b.ops[m.length - 1];
        int kind = (int) (o >>> 57);
        int at = m.start + b.offsets[m.length - 1];
        int next = m.start + b.offsets[m.length];
        int rd = (int) (o >>> 32) & 63;
        boolean links = rd != 0 && rd != 32; // x0 is 32 here, the sink
        if (Kind.isBranch(kind)) {
            return new int[] {at + (int) o, next};
        }
        if (kind == Kind.JAL) {
            return links ? new int[] {at + (int) o, next} : new int[] {at + (int) o};
        }
        if (kind == Kind.JALR && links) {
            return new int[] {next};
        }
        int[] seen = b.indirectTargets;
        if (seen != null) { // where its indirect jump went (Block#jumpedTo), which stays in the region
            int[] targets = new int[seen.length];
            for (int k = 0; k < seen.length; k++) {
                targets[k] = m.start + seen[k];
            }
            return targets;
        }
        return new int[0];
    }

    private static Translation define(byte[] bytes, List<Member> region) {
        try {
            MethodHandles.Lookup hidden = LOOKUP.defineHiddenClass(bytes, true);
            TranslatedRegion code = hidden.lookupClass().asSubclass(TranslatedRegion.class).getDeclaredConstructor()
                    .newInstance();
            List<Insn> insns = new ArrayList<>();
            for (Member m : region) {
                insns.addAll(Arrays.asList(m.block.insns).subList(0, m.length));
            }
            code.insns = insns.toArray(Insn[]::new);
            int[] ranges = new int[2 * region.size()];
            for (int k = 0; k < region.size(); k++) {
                Member m = region.get(k);
                ranges[2 * k] = m.start;
                ranges[2 * k + 1] = m.start + m.block.offsets[m.length];
            }
            List<Block> members = region.subList(1, region.size()).stream().map(Member::block).toList();
            return new Translation(code, region.get(0).length, ranges, members);
        } catch (ReflectiveOperationException | LinkageError e) { // a bug of this translator: say which code
            throw new IllegalStateException("translating a region of " + region.size() + " blocks failed: " + e, e);
        }
    }

    /** The class for {@code region}, or null when its method is too large. */
    private static byte[] generate(List<Member> region) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected String getCommonSuperClass(String a, String b) {
                return "java/lang/Object"; // locals keep one type each: only the trap handler merges
            }
        };
        cw.visit(V21, ACC_FINAL | ACC_SUPER, "io/guestlab/emulator/hart/TranslatedRegion$Code", null, BASE, null);
        MethodVisitor init = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(ALOAD, 0);
        init.visitMethodInsn(INVOKESPECIAL, BASE, "<init>", "()V", false);
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "run", "(L" + HART + ";JI)I", null, null);
        mv.visitCode();
        Label end = new Emitter(mv, region).method();
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return end.getOffset() > CODE_LIMIT ? null : cw.toByteArray();
    }

    /**
     * Instruction {@code index} of its block (at entry + {@code at}, the next at entry +
     * {@code next}) and its access ({@code size} bytes, sign-extended or not) in one constant
     * for an out-of-line call ({@link Hart#loadMissedIn}): offsets in a page's span fit 16 bits.
     */
    static long where(int index, int at, int next, int size, boolean signed) {
        return (long) (signed ? 1 : 0) << 48 | (long) size << 44 | (long) index << 32 | (next & 0xffffL) << 16 | at & 0xffffL;
    }

    static int at(long where) {
        return (short) where;
    }

    static int next(long where) {
        return (short) (where >>> 16);
    }

    static int index(long where) {
        return (int) (where >>> 32) & 0xfff;
    }

    static int size(long where) {
        return (int) (where >>> 44) & 0xf;
    }

    static boolean signed(long where) {
        return (where >>> 48 & 1) != 0;
    }

    /** Pushes the int {@code v} in the shortest form. */
    static void push(MethodVisitor mv, int v) {
        if (v >= -1 && v <= 5) {
            mv.visitInsn(ICONST_0 + v);
        } else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
            mv.visitIntInsn(BIPUSH, v);
        } else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
            mv.visitIntInsn(SIPUSH, v);
        } else {
            mv.visitLdcInsn(v);
        }
    }

    /** Pushes the long {@code v} in the shortest form. */
    static void pushLong(MethodVisitor mv, long v) {
        if (v == 0 || v == 1) {
            mv.visitInsn(LCONST_0 + (int) v);
        } else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
            push(mv, (int) v);
            mv.visitInsn(I2L);
        } else {
            mv.visitLdcInsn(v);
        }
    }

    /** Emits the body of run() for one region. */
    private static final class Emitter {

        private final MethodVisitor mv;
        private final List<Member> region;
        private final Map<Integer, Member> byStart = new HashMap<>();
        /** Registers the region reads or writes (x1..x31), and those it writes. */
        private final boolean[] used = new boolean[32], written = new boolean[32];
        /** The region holds F or D instructions: it reads mstatus.FS and frm once, at its entry. */
        private boolean usesFloat;
        private final Label exit = new Label(), trapped = new Label();
        private final List<OutOfLine> outOfLine = new ArrayList<>();
        private Label leftAsSet;
        /** The current block's instructions that an earlier one emitted already (see {@link #extension}). */
        private boolean[] folded;
        /** Index into the region's instruction array of the instruction being emitted. */
        private int insnIndex;
        /**
         * The local of each register the region uses, packed: fewer locals make both ASM's frame
         * computation and HotSpot's C1 (which copies them at every state it keeps) cheaper.
         */
        private final int[] slots = new int[32];
        /** A loaded value on its way to an f register (a long), and the float mode (an int). */
        private final int valueSlot, floatModeSlot;

        Emitter(MethodVisitor mv, List<Member> region) {
            this.mv = mv;
            this.region = region;
            for (Member m : region) {
                byStart.put(m.start, m);
                for (int i = 0; i < m.length; i++) {
                    noteRegisters(m.block.ops[i], m.block.insns[i]);
                }
            }
            int next = REGS;
            for (int r = 1; r < 32; r++) {
                if (used[r]) {
                    slots[r] = next;
                    next += 2;
                }
            }
            valueSlot = next;
            floatModeSlot = next + 2;
        }

        private void noteRegisters(long o, Insn insn) {
            int fl = (int) (o >>> 32);
            int rd = fl & 63;
            int rs1 = (fl >>> 6) & 31;
            int rs2 = (fl >>> 11) & 31;
            int kind = fl >>> 25;
            if (kind == Kind.FLOAT) {
                usesFloat = true;
                if (insn.readsRs1()) {
                    used[rs1] = true;
                }
                if (insn.writesRd() && rd < 32) {
                    used[rd] = written[rd] = true;
                }
                return;
            }
            // only registers it reads: an I-type's rs2 field is immediate bits, a register the
            // region would otherwise load at every entry for nothing
            used[rs1] |= insn.readsRs1();
            used[rs2] |= insn.readsRs2();
            if (insn.writesRd() && rd < 32) {
                used[rd] = written[rd] = true;
            }
            used[0] = written[0] = false;
        }

        private int slot(int r) {
            return slots[r];
        }

        /**
         * Emits {@code code} after the region's body, at {@code at}, followed by a jump to
         * {@code back} unless that is null. The label stays out of the lambda on purpose: ASM's
         * classes are Java 5 class files, which the JVM's AOT cache cannot hold, so a lambda that
         * captures a Label is linked when it first runs, spinning method-handle classes on the
         * translator thread while the hart warms up (6 of them in a sort run; see RegionCompilerTest).
         */
        private void outOfLine(Label at, Runnable code, Label back) {
            outOfLine.add(new OutOfLine(at, code, back));
        }

        /** Emits the whole method; returns a label placed at its end (its offset is the code size). */
        Label method() {
            // a negative budget runs nothing (see TranslatedRegion#run)
            Label runs = new Label();
            mv.visitVarInsn(ILOAD, BUDGET_SLOT);
            mv.visitJumpInsn(IFGE, runs);
            push(0);
            mv.visitInsn(IRETURN);
            mv.visitLabel(runs);
            for (int r = 1; r < 32; r++) {
                if (used[r]) {
                    mv.visitVarInsn(ALOAD, HART_SLOT);
                    mv.visitFieldInsn(GETFIELD, HART, "x", "[J");
                    push(r);
                    mv.visitInsn(LALOAD);
                    mv.visitVarInsn(LSTORE, slot(r));
                }
            }
            mv.visitVarInsn(ILOAD, BUDGET_SLOT);
            mv.visitVarInsn(ISTORE, LEFT_SLOT);
            // the budget is read at exits only: kept in the hart, not a local C1 keeps live throughout
            mv.visitVarInsn(ALOAD, HART_SLOT);
            mv.visitVarInsn(ILOAD, BUDGET_SLOT);
            mv.visitFieldInsn(PUTFIELD, HART, "regionBudget", "I");
            mv.visitInsn(LCONST_0);
            mv.visitVarInsn(LSTORE, VA_SLOT);
            mv.visitInsn(LCONST_0);
            mv.visitVarInsn(LSTORE, NEXT_SLOT);
            push(0);
            mv.visitVarInsn(ISTORE, TLB_SLOT);
            push(0);
            mv.visitVarInsn(ISTORE, RET_SLOT);
            mv.visitInsn(LCONST_0);
            mv.visitVarInsn(LSTORE, valueSlot);
            if (usesFloat) {
                floatMode();
            }
            for (Member m : region) {
                block(m);
            }
            for (int k = 0; k < outOfLine.size(); k++) { // out-of-line code may add more
                OutOfLine o = outOfLine.get(k);
                mv.visitLabel(o.at());
                o.code().run();
                if (o.back() != null) {
                    mv.visitJumpInsn(GOTO, o.back());
                }
            }
            mv.visitLabel(exit);
            writeBack();
            mv.visitVarInsn(ALOAD, HART_SLOT);
            mv.visitVarInsn(LLOAD, NEXT_SLOT);
            mv.visitFieldInsn(PUTFIELD, HART, "nextPc", "J");
            mv.visitVarInsn(ILOAD, RET_SLOT);
            mv.visitInsn(IRETURN);
            // a trap unwinding through the region: the hart's registers as of the trapping instruction
            mv.visitLabel(trapped);
            writeBack();
            mv.visitInsn(ATHROW);
            Label end = new Label();
            mv.visitLabel(end);
            return end;
        }

        /**
         * Emits {@code call}, one of the region's calls that may throw a {@link TrapException},
         * inside a range of the handler that writes the registers back. Only those calls: a range
         * over the whole body gave every instruction that may throw anything (each array access)
         * an edge to the handler, at each of which C1 keeps the state of every register local.
         */
        private void mayTrap(Runnable call) {
            Label from = new Label(), to = new Label();
            mv.visitTryCatchBlock(from, to, trapped, TRAP);
            mv.visitLabel(from);
            call.run();
            mv.visitLabel(to);
        }

        private void writeBack() {
            for (int r = 1; r < 32; r++) {
                if (written[r]) {
                    storeToArray(r);
                }
            }
        }

        private void storeToArray(int r) {
            mv.visitVarInsn(ALOAD, HART_SLOT);
            mv.visitFieldInsn(GETFIELD, HART, "x", "[J");
            push(r);
            mv.visitVarInsn(LLOAD, slot(r));
            mv.visitInsn(LASTORE);
        }

        private void block(Member m) {
            mv.visitLabel(m.label);
            Block b = m.block;
            boolean ended = false;
            folded = new boolean[m.length];
            for (int i = 0; i < m.length; i++) {
                ended = !folded[i] && instruction(m, i);
                insnIndex++;
            }
            if (!ended) { // a prefix, or a block cut at a page end or an undecodable instruction
                leave(m.start + b.offsets[m.length], m.length);
            }
        }

        /** Returns after {@code steps} more steps of the current block, continuing at entry + {@code target}. */
        private void leave(int target, int steps) {
            pcAt(target);
            mv.visitVarInsn(LSTORE, NEXT_SLOT);
            stepsDone(steps);
            mv.visitVarInsn(ISTORE, RET_SLOT);
            mv.visitJumpInsn(GOTO, exit);
        }

        /** Pushes the steps run before the current block's start, plus {@code more}. */
        private void stepsDone(int more) {
            mv.visitVarInsn(ALOAD, HART_SLOT);
            mv.visitFieldInsn(GETFIELD, HART, "regionBudget", "I");
            mv.visitVarInsn(ILOAD, LEFT_SLOT);
            mv.visitInsn(ISUB);
            if (more != 0) {
                push(more);
                mv.visitInsn(IADD);
            }
        }

        /**
         * The end of a block of {@code length} instructions, continuing at entry + {@code target}:
         * inside the region while the budget holds the whole target block, else a return. No
         * breakpoint lies in a region that runs: the dispatcher interprets one that holds any.
         */
        private void edge(int target, int length) {
            Member t = byStart.get(target);
            if (t == null) {
                leave(target, length);
                return;
            }
            mv.visitIincInsn(LEFT_SLOT, -length);
            Label out = new Label();
            mv.visitVarInsn(ILOAD, LEFT_SLOT);
            push(t.length);
            mv.visitJumpInsn(IF_ICMPLT, out);
            mv.visitJumpInsn(GOTO, t.label);
            mv.visitLabel(out);
            leave(target, 0);
        }

        /** Emits instruction {@code i} of {@code m}; returns true if it ends the block. */
        private boolean instruction(Member m, int i) {
            Block b = m.block;
            long o = b.ops[i];
            int imm = (int) o;
            int fl = (int) (o >>> 32);
            int rd = fl & 63;
            int rs1 = (fl >>> 6) & 31;
            int rs2 = (fl >>> 11) & 31;
            int kind = fl >>> 25;
            int at = m.start + b.offsets[i];
            int next = m.start + b.offsets[i + 1];
            switch (kind) {
                case Kind.LUI -> { pushLong(imm); setX(rd); }
                case Kind.AUIPC -> { pcAt(at + (long) imm); setX(rd); }
                case Kind.ADDI -> xImm(rd, rs1, imm, LADD);
                case Kind.XORI -> xImm(rd, rs1, imm, LXOR);
                case Kind.ORI -> xImm(rd, rs1, imm, LOR);
                case Kind.ANDI -> xImm(rd, rs1, imm, LAND);
                case Kind.SLTI -> { lessThan(rs1, () -> pushLong(imm), 0); setX(rd); }
                case Kind.SLTIU -> { lessThan(rs1, () -> pushLong(imm), Long.MIN_VALUE); setX(rd); }
                case Kind.SLLI -> {
                    if (!extension(m, i, rd, rs1, imm)) {
                        shiftImm(rd, rs1, imm, LSHL);
                    }
                }
                case Kind.SRLI -> shiftImm(rd, rs1, imm, LUSHR);
                case Kind.SRAI -> shiftImm(rd, rs1, imm, LSHR);
                case Kind.ADD -> xx(rd, rs1, rs2, LADD);
                case Kind.SUB -> xx(rd, rs1, rs2, LSUB);
                case Kind.XOR -> xx(rd, rs1, rs2, LXOR);
                case Kind.OR -> xx(rd, rs1, rs2, LOR);
                case Kind.AND -> xx(rd, rs1, rs2, LAND);
                case Kind.MUL -> xx(rd, rs1, rs2, LMUL);
                case Kind.SLL -> shift(rd, rs1, rs2, LSHL);
                case Kind.SRL -> shift(rd, rs1, rs2, LUSHR);
                case Kind.SRA -> shift(rd, rs1, rs2, LSHR);
                case Kind.SLT -> { lessThan(rs1, () -> getX(rs2), 0); setX(rd); }
                case Kind.SLTU -> { lessThan(rs1, () -> getX(rs2), Long.MIN_VALUE); setX(rd); }
                case Kind.ADDIW -> { getX(rs1); pushLong(imm); mv.visitInsn(LADD); mv.visitInsn(L2I); mv.visitInsn(I2L); setX(rd); }
                case Kind.SLLIW -> wordImm(rd, rs1, imm, ISHL);
                case Kind.SRLIW -> wordImm(rd, rs1, imm, IUSHR);
                case Kind.SRAIW -> wordImm(rd, rs1, imm, ISHR);
                case Kind.ADDW -> words(rd, rs1, rs2, IADD);
                case Kind.SUBW -> words(rd, rs1, rs2, ISUB);
                case Kind.SLLW -> words(rd, rs1, rs2, ISHL);
                case Kind.SRLW -> words(rd, rs1, rs2, IUSHR);
                case Kind.SRAW -> words(rd, rs1, rs2, ISHR);
                case Kind.MULW -> words(rd, rs1, rs2, IMUL);
                case Kind.MULH -> call(rd, rs1, rs2, "java/lang/Math", "multiplyHigh", false);
                case Kind.MULHU -> call(rd, rs1, rs2, "java/lang/Math", "unsignedMultiplyHigh", false);
                case Kind.MULHSU -> call(rd, rs1, rs2, HART, "mulhsu", false);
                case Kind.DIV -> call(rd, rs1, rs2, HART, "div", false);
                case Kind.DIVU -> call(rd, rs1, rs2, HART, "divu", false);
                case Kind.REM -> call(rd, rs1, rs2, HART, "rem", false);
                case Kind.REMU -> call(rd, rs1, rs2, HART, "remu", false);
                case Kind.DIVW -> call(rd, rs1, rs2, HART, "divw", true);
                case Kind.DIVUW -> call(rd, rs1, rs2, HART, "divuw", true);
                case Kind.REMW -> call(rd, rs1, rs2, HART, "remw", true);
                case Kind.REMUW -> call(rd, rs1, rs2, HART, "remuw", true);
                case Kind.LB -> load(i, rd, rs1, imm, 1, true, at, next, false);
                case Kind.LBU -> load(i, rd, rs1, imm, 1, false, at, next, false);
                case Kind.LH -> load(i, rd, rs1, imm, 2, true, at, next, false);
                case Kind.LHU -> load(i, rd, rs1, imm, 2, false, at, next, false);
                case Kind.LW -> load(i, rd, rs1, imm, 4, true, at, next, false);
                case Kind.LWU -> load(i, rd, rs1, imm, 4, false, at, next, false);
                case Kind.LD -> load(i, rd, rs1, imm, 8, true, at, next, false);
                case Kind.SB -> store(i, rs1, rs2, imm, 1, at, next, false);
                case Kind.SH -> store(i, rs1, rs2, imm, 2, at, next, false);
                case Kind.SW -> store(i, rs1, rs2, imm, 4, at, next, false);
                case Kind.SD -> store(i, rs1, rs2, imm, 8, at, next, false);
                case Kind.FLOAT -> floatingPoint(m, i, fl, imm, at, next);
                case Kind.BITS -> {
                    Insn op = b.insns[i];
                    getX(rs1);
                    if (op.readsRs2()) {
                        getX(rs2);
                    }
                    BitManipCode.emit(mv, op, imm);
                    setX(rd);
                }
                case Kind.JAL -> {
                    pcAt(next);
                    setX(rd);
                    edge(at + imm, m.length);
                    return true;
                }
                case Kind.JALR -> {
                    getX(rs1); // the target first: rd may be rs1
                    pushLong(imm);
                    mv.visitInsn(LADD);
                    pushLong(~1L);
                    mv.visitInsn(LAND);
                    mv.visitVarInsn(LSTORE, NEXT_SLOT);
                    pcAt(next);
                    setX(rd);
                    stayInRegion(m.length);
                    stepsDone(m.length);
                    mv.visitVarInsn(ISTORE, RET_SLOT);
                    mv.visitJumpInsn(GOTO, exit);
                    return true;
                }
                case Kind.BEQ -> branch(m, rs1, rs2, false, IFEQ, at + imm, next);
                case Kind.BNE -> branch(m, rs1, rs2, false, IFNE, at + imm, next);
                case Kind.BLT -> branch(m, rs1, rs2, false, IFLT, at + imm, next);
                case Kind.BGE -> branch(m, rs1, rs2, false, IFGE, at + imm, next);
                case Kind.BLTU -> branch(m, rs1, rs2, true, IFLT, at + imm, next);
                case Kind.BGEU -> branch(m, rs1, rs2, true, IFGE, at + imm, next);
                default -> throw new IllegalArgumentException("kind " + kind + " is not translatable");
            }
            return Kind.isBranch(kind);
        }

        // ---- emitters

        private void push(int v) {
            RegionCompiler.push(mv, v);
        }

        private void pushLong(long v) {
            RegionCompiler.pushLong(mv, v);
        }

        private void getX(int r) {
            if (r == 0) {
                mv.visitInsn(LCONST_0);
            } else {
                mv.visitVarInsn(LLOAD, slot(r));
            }
        }

        /** x[rd] = the long on the stack (rd 32, the sink for x0, drops it). */
        private void setX(int rd) {
            if (rd == 0 || rd == 32) {
                mv.visitInsn(POP2);
            } else {
                mv.visitVarInsn(LSTORE, slot(rd));
            }
        }

        /** base + offset: a guest address in the region. */
        private void pcAt(long offset) {
            mv.visitVarInsn(LLOAD, BASE_SLOT);
            if (offset != 0) {
                pushLong(offset);
                mv.visitInsn(LADD);
            }
        }

        private void xImm(int rd, int rs1, int imm, int op) {
            getX(rs1);
            pushLong(imm);
            mv.visitInsn(op);
            setX(rd);
        }

        private void xx(int rd, int rs1, int rs2, int op) {
            getX(rs1);
            getX(rs2);
            mv.visitInsn(op);
            setX(rd);
        }

        private void shiftImm(int rd, int rs1, int shamt, int op) {
            getX(rs1);
            push(shamt);
            mv.visitInsn(op);
            setX(rd);
        }

        private void shift(int rd, int rs1, int rs2, int op) {
            getX(rs1);
            getX(rs2);
            mv.visitInsn(L2I); // the JVM masks the shift amount to 6 bits, as RV64 does
            mv.visitInsn(op);
            setX(rd);
        }

        private void wordImm(int rd, int rs1, int shamt, int op) {
            getX(rs1);
            mv.visitInsn(L2I);
            push(shamt);
            mv.visitInsn(op);
            mv.visitInsn(I2L);
            setX(rd);
        }

        private void words(int rd, int rs1, int rs2, int op) {
            getX(rs1);
            mv.visitInsn(L2I);
            getX(rs2);
            mv.visitInsn(L2I);
            mv.visitInsn(op);
            mv.visitInsn(I2L);
            setX(rd);
        }

        /** x[rd] = owner.name(x[rs1], x[rs2]), on the low words if {@code words}. */
        private void call(int rd, int rs1, int rs2, String owner, String name, boolean words) {
            getX(rs1);
            if (words) {
                mv.visitInsn(L2I);
            }
            getX(rs2);
            if (words) {
                mv.visitInsn(L2I);
            }
            mv.visitMethodInsn(INVOKESTATIC, owner, name, words ? "(II)J" : "(JJ)J", false);
            setX(rd);
        }

        /** Pushes 1L if x[rs1] < the other operand (both offset by {@code bias}: unsigned order), else 0L. */
        private void lessThan(int rs1, Runnable other, long bias) {
            compare(rs1, other, bias);
            push(31);
            mv.visitInsn(IUSHR);
            mv.visitInsn(I2L);
        }

        /** lcmp of x[rs1] and the other operand, both offset by {@code bias}. */
        private void compare(int rs1, Runnable other, long bias) {
            getX(rs1);
            if (bias != 0) {
                pushLong(bias);
                mv.visitInsn(LADD);
            }
            other.run();
            if (bias != 0) {
                pushLong(bias);
                mv.visitInsn(LADD);
            }
            mv.visitInsn(LCMP);
        }

        private void branch(Member m, int rs1, int rs2, boolean unsigned, int taken, int target, int next) {
            Label jump = new Label();
            compare(rs1, () -> getX(rs2), unsigned ? Long.MIN_VALUE : 0);
            mv.visitJumpInsn(taken, jump);
            edge(next, m.length);
            mv.visitLabel(jump);
            edge(target, m.length);
        }

        /**
         * Emits {@code slli rd, rs1, k} together with a {@code srli rd, rd, k} or {@code srai rd,
         * rd, k} later in the block, if one follows with nothing between that uses rd or may
         * leave the region (ALU instructions only): the zero or sign extension of rs1's low
         * 64 - k bits, which compilers emit for a cast without Zbb (zext.h, sext.b). C1 shifts a
         * long by a constant through cl only, twice; a mask or int shifts need neither. Nothing
         * can observe rd between the two, so it gets its final value at the first, and the second
         * emits nothing ({@link #folded}). Returns whether it did so.
         */
        private boolean extension(Member m, int i, int rd, int rs1, int k) {
            if (rd == 0 || rd == 32 || k == 0) {
                return false;
            }
            Block b = m.block;
            for (int j = i + 1; j < m.length; j++) {
                long o = b.ops[j];
                int fl = (int) (o >>> 32);
                int kind = fl >>> 25;
                int jrd = fl & 63;
                int jrs1 = (fl >>> 6) & 31;
                int jrs2 = (fl >>> 11) & 31;
                Insn insn = b.insns[j];
                if ((kind == Kind.SRLI || kind == Kind.SRAI && k >= 32) && jrd == rd && jrs1 == rd && (int) o == k) {
                    getX(rs1);
                    if (kind == Kind.SRLI) {
                        pushLong(-1L >>> k);
                        mv.visitInsn(LAND);
                    } else {
                        mv.visitInsn(L2I);
                        push(k - 32);
                        mv.visitInsn(ISHL);
                        push(k - 32);
                        mv.visitInsn(ISHR);
                        mv.visitInsn(I2L);
                    }
                    setX(rd);
                    folded[j] = true;
                    return true;
                }
                if (!Kind.isArithmetic(kind) || insn.readsRs1() && jrs1 == rd || insn.readsRs2() && jrs2 == rd
                        || insn.writesRd() && jrd == rd) {
                    return false;
                }
            }
            return false;
        }

        /**
         * A return or an indirect jump to a block of the region (the next pc held in its local)
         * stays in it: a {@link #search} on the target's offset from the region's base, rather
         * than a compare of the pc with each block's address (a 32-block region's return was 32
         * long adds and compares, and over 1 KB of bytecode). Falls through if the target is elsewhere.
         */
        private void stayInRegion(int length) {
            Label elsewhere = new Label();
            mv.visitVarInsn(LLOAD, NEXT_SLOT);
            mv.visitVarInsn(LLOAD, BASE_SLOT);
            mv.visitInsn(LSUB);
            mv.visitVarInsn(LSTORE, VA_SLOT); // a scratch long here
            mv.visitVarInsn(LLOAD, VA_SLOT);
            mv.visitInsn(L2I);
            mv.visitInsn(I2L);
            mv.visitVarInsn(LLOAD, VA_SLOT);
            mv.visitInsn(LCMP);
            mv.visitJumpInsn(IFNE, elsewhere); // not even an int away
            int[] starts = new int[region.size()];
            Label[] cases = new Label[starts.length];
            for (int k = 0; k < starts.length; k++) {
                starts[k] = region.get(k).start;
                cases[k] = new Label();
            }
            Arrays.sort(starts); // (a lookupswitch's keys ascend)
            mv.visitVarInsn(LLOAD, VA_SLOT);
            mv.visitInsn(L2I);
            mv.visitVarInsn(ISTORE, TLB_SLOT); // a scratch int here
            search(starts, cases, 0, starts.length, elsewhere);
            for (int k = 0; k < starts.length; k++) {
                mv.visitLabel(cases[k]);
                edge(starts[k], length);
            }
            mv.visitLabel(elsewhere);
        }

        /**
         * Jumps to {@code cases[k]} if the int scratch local holds {@code keys[k]}, for k in
         * [from, to), else to {@code otherwise}: halves first, then a lookupswitch of at most
         * {@link #SWITCH_CASES} keys, as C1 compiles a switch into one compare per key in order.
         */
        private void search(int[] keys, Label[] cases, int from, int to, Label otherwise) {
            if (to - from <= SWITCH_CASES) {
                mv.visitVarInsn(ILOAD, TLB_SLOT);
                mv.visitLookupSwitchInsn(otherwise, Arrays.copyOfRange(keys, from, to), Arrays.copyOfRange(cases, from, to));
                return;
            }
            int middle = (from + to) >>> 1;
            Label upper = new Label();
            mv.visitVarInsn(ILOAD, TLB_SLOT);
            push(keys[middle]);
            mv.visitJumpInsn(IF_ICMPGE, upper);
            search(keys, cases, from, middle, otherwise);
            mv.visitLabel(upper);
            search(keys, cases, middle, to, otherwise);
        }

        /** hart.blockIndex = the steps of this run before instruction i, before a call that may trap. */
        private void markIndex(int i) {
            mv.visitVarInsn(ALOAD, HART_SLOT);
            stepsDone(i);
            mv.visitFieldInsn(PUTFIELD, HART, "blockIndex", "I");
        }

        /** va = x[rs1] + imm; t = the TLB index of va. */
        private void address(int rs1, int imm) {
            getX(rs1);
            pushLong(imm);
            mv.visitInsn(LADD);
            mv.visitVarInsn(LSTORE, VA_SLOT);
            mv.visitVarInsn(LLOAD, VA_SLOT);
            mv.visitInsn(L2I); // an int shift: C1 shifts longs by cl only
            push(12);
            mv.visitInsn(IUSHR);
            push(TLB_MASK);
            mv.visitInsn(IAND);
            mv.visitVarInsn(ISTORE, TLB_SLOT);
        }

        /**
         * Jumps to {@code miss} unless {@code tags[t]} is the page of the access's last byte: a
         * tag's low page-number bits are its index, so that is the hit and the access staying in
         * the page (see Hart's loadHit).
         */
        private void tlbCheck(String tags, int size, Label miss) {
            mv.visitVarInsn(ALOAD, HART_SLOT);
            mv.visitFieldInsn(GETFIELD, HART, tags, "[J");
            mv.visitVarInsn(ILOAD, TLB_SLOT);
            mv.visitInsn(LALOAD);
            mv.visitVarInsn(LLOAD, VA_SLOT);
            if (size > 1) {
                pushLong(size - 1);
                mv.visitInsn(LADD);
            }
            pushLong(Hart.PAGE);
            mv.visitInsn(LAND);
            mv.visitInsn(LCMP);
            mv.visitJumpInsn(IFNE, miss);
        }

        /** Pushes (int) va & 0xfff. */
        private void pageOffset() {
            mv.visitVarInsn(LLOAD, VA_SLOT);
            mv.visitInsn(L2I);
            push(0xfff);
            mv.visitInsn(IAND);
        }

        /** A load into x[rd], or with {@code fp} into f[rd] (a word NaN-boxed: FLW, FLD). */
        private void load(int i, int rd, int rs1, int imm, int size, boolean signed, int at, int next, boolean fp) {
            Label miss = new Label();
            address(rs1, imm);
            tlbCheck("loadTag", size, miss);
            mv.visitVarInsn(ALOAD, HART_SLOT);
            mv.visitFieldInsn(GETFIELD, HART, "loadPage", "[[B");
            mv.visitVarInsn(ILOAD, TLB_SLOT);
            mv.visitInsn(AALOAD);
            pageOffset();
            switch (size) {
                case 1 -> { mv.visitInsn(BALOAD); mv.visitInsn(I2L); }
                case 2 -> { mv.visitMethodInsn(INVOKESTATIC, RAM, "loadShort", "([BI)I", false); mv.visitInsn(I2L); }
                case 4 -> { mv.visitMethodInsn(INVOKESTATIC, RAM, "loadInt", "([BI)I", false); mv.visitInsn(I2L); }
                default -> mv.visitMethodInsn(INVOKESTATIC, RAM, "loadLong", "([BI)J", false);
            }
            if (!signed) {
                pushLong(size == 1 ? 0xffL : size == 2 ? 0xffffL : 0xffffffffL);
                mv.visitInsn(LAND);
            }
            loaded(rd, size, fp);
            outOfLine(miss, () -> {
                mv.visitVarInsn(ALOAD, HART_SLOT);
                mv.visitVarInsn(LLOAD, VA_SLOT);
                stepsDone(0);
                mv.visitLdcInsn(where(i, at, next, size, signed));
                mv.visitVarInsn(LLOAD, BASE_SLOT);
                mayTrap(() -> mv.visitMethodInsn(INVOKEVIRTUAL, HART, "loadMissedIn", "(JIJJ)J", false));
                loaded(rd, size, fp);
                mv.visitJumpInsn(GOTO, leftAsSet());
            }, null);
        }

        /**
         * A return with the next pc and the steps the hart set ({@link Hart#loadMissedIn}), shared
         * by the region's out-of-line loads.
         */
        private Label leftAsSet() {
            if (leftAsSet == null) {
                leftAsSet = new Label();
                outOfLine(leftAsSet, () -> {
                    mv.visitVarInsn(ALOAD, HART_SLOT);
                    mv.visitFieldInsn(GETFIELD, HART, "nextPc", "J");
                    mv.visitVarInsn(LSTORE, NEXT_SLOT);
                    mv.visitVarInsn(ALOAD, HART_SLOT);
                    mv.visitFieldInsn(GETFIELD, HART, "exitSteps", "I");
                    mv.visitVarInsn(ISTORE, RET_SLOT);
                    mv.visitJumpInsn(GOTO, exit);
                }, null);
            }
            return leftAsSet;
        }

        /** x[rd] = the loaded long on the stack, or with {@code fp} f[rd] (boxed if a word) and FS dirty. */
        private void loaded(int rd, int size, boolean fp) {
            if (!fp) {
                setX(rd);
                return;
            }
            if (size == 4) {
                pushLong(BOX);
                mv.visitInsn(LOR);
            }
            mv.visitVarInsn(LSTORE, valueSlot);
            toF(rd, () -> mv.visitVarInsn(LLOAD, valueSlot), false);
            accrue(true, false);
        }

        /**
         * A store of x[rs2], or with {@code fp} of f[rs2] (its low word if a word: FSW, FSD). The
         * inline fast path holds pages without observed lines only ({@link Hart#unobservedStoreTag}),
         * so it checks no lines; any other store calls {@link Hart#storeMissedIn}, and the region
         * goes on after it unless it went to the slow path or into an observed line.
         */
        private void store(int i, int rs1, int rs2, int imm, int size, int at, int next, boolean fp) {
            Runnable value = fp ? () -> f(rs2) : () -> getX(rs2);
            Label miss = new Label(), stored = new Label();
            address(rs1, imm);
            tlbCheck("unobservedStoreTag", size, miss);
            write(size, value);
            mv.visitLabel(stored);
            outOfLine(miss, () -> {
                mv.visitVarInsn(ALOAD, HART_SLOT);
                mv.visitVarInsn(LLOAD, VA_SLOT);
                value.run();
                stepsDone(0);
                mv.visitLdcInsn(where(i, at, next, size, false));
                mv.visitVarInsn(LLOAD, BASE_SLOT);
                mayTrap(() -> mv.visitMethodInsn(INVOKEVIRTUAL, HART, "storeMissedIn", "(JJIJJ)Z", false));
                mv.visitJumpInsn(IFNE, leftAsSet());
            }, stored);
        }

        /** storePage[t][va &amp; 0xfff] = the low {@code size} bytes of what {@code value} pushes. */
        private void write(int size, Runnable value) {
            mv.visitVarInsn(ALOAD, HART_SLOT);
            mv.visitFieldInsn(GETFIELD, HART, "storePage", "[[B");
            mv.visitVarInsn(ILOAD, TLB_SLOT);
            mv.visitInsn(AALOAD);
            pageOffset();
            value.run();
            switch (size) {
                case 1 -> { mv.visitInsn(L2I); mv.visitInsn(I2B); mv.visitInsn(BASTORE); }
                case 2 -> { mv.visitInsn(L2I); mv.visitInsn(I2S); mv.visitMethodInsn(INVOKESTATIC, RAM, "storeShort", "([BIS)V", false); }
                case 4 -> { mv.visitInsn(L2I); mv.visitMethodInsn(INVOKESTATIC, RAM, "storeInt", "([BII)V", false); }
                default -> mv.visitMethodInsn(INVOKESTATIC, RAM, "storeLong", "([BIJ)V", false);
            }
        }

        /**
         * An F or D instruction: inline (its load or store with the TLB hit, its arithmetic a call
         * of the fpu code the interpreter calls, flags accrued by {@link HartFpu#accrue}), with
         * {@link HartFpu#execute} out of line for what the inline code does not decide itself: FS
         * off and an invalid dynamic rounding mode (which trap there, exactly as interpreted).
         */
        private void floatingPoint(Member m, int i, int fl, int imm, int at, int next) {
            Insn insn = m.block.insns[i];
            int index = insnIndex;
            int rm = (fl >>> 21) & 7;
            if (insn == Insn.FCLASS_S || insn == Insn.FCLASS_D || (insn.hasRoundingMode() && (rm == 5 || rm == 6))) {
                floatOutOfLine(m, i, index, fl, imm, at, next); // rare, or always illegal
                return;
            }
            Label slow = new Label(), done = new Label();
            // FS off is illegal (section 3.1.6.6), and so is a dynamic rounding mode when frm holds 5 to 7
            mv.visitVarInsn(ILOAD, floatModeSlot);
            push(insn.hasRoundingMode() && rm == 7 ? 4 : 7);
            mv.visitJumpInsn(IF_ICMPGT, slow);
            Runnable mode = () -> {
                if (rm == 7) {
                    mv.visitVarInsn(ILOAD, floatModeSlot);
                } else {
                    push(rm);
                }
            };
            floatInline(insn, i, fl, imm, at, next, mode);
            mv.visitLabel(done);
            outOfLine(slow, () -> floatOutOfLine(m, i, index, fl, imm, at, next), done);
        }

        /**
         * The float mode local = frm, or {@link #FS_OFF} if mstatus.FS is off. Read once: neither
         * changes inside a region (CSR instructions and traps end it; F instructions only ever
         * set FS to dirty).
         */
        private void floatMode() {
            Label on = new Label(), set = new Label();
            mv.visitVarInsn(ALOAD, HART_SLOT);
            mv.visitFieldInsn(GETFIELD, HART, "mstatus", "J");
            pushLong(Hart.FS);
            mv.visitInsn(LAND);
            mv.visitInsn(LCONST_0);
            mv.visitInsn(LCMP);
            mv.visitJumpInsn(IFNE, on);
            push(FS_OFF);
            mv.visitJumpInsn(GOTO, set);
            mv.visitLabel(on);
            mv.visitVarInsn(ALOAD, HART_SLOT);
            mv.visitFieldInsn(GETFIELD, HART, "frm", "I");
            mv.visitLabel(set);
            mv.visitVarInsn(ISTORE, floatModeSlot);
        }

        @SuppressWarnings("checkstyle:CyclomaticComplexity")
        private void floatInline(Insn insn, int i, int fl, int imm, int at, int next, Runnable rm) {
            int rd = fl & 63;
            int rs1 = (fl >>> 6) & 31;
            int rs2 = (fl >>> 11) & 31;
            int rs3 = (fl >>> 16) & 31;
            int[] two = {rs1, rs2}, three = {rs1, rs2, rs3}, one = {rs1};
            switch (insn) {
                case FLW -> load(i, rd, rs1, imm, 4, false, at, next, true);
                case FLD -> load(i, rd, rs1, imm, 8, true, at, next, true);
                case FSW -> store(i, rs1, rs2, imm, 4, at, next, true);
                case FSD -> store(i, rs1, rs2, imm, 8, at, next, true);
                case FADD_S -> arithmetic(true, "add", rd, two, 0, rm);
                case FSUB_S -> arithmetic(true, "sub", rd, two, 0, rm);
                case FMUL_S -> arithmetic(true, "mul", rd, two, 0, rm);
                case FDIV_S -> arithmetic(true, "div", rd, two, 0, rm);
                case FSQRT_S -> arithmetic(true, "sqrt", rd, one, 0, rm);
                case FMIN_S -> arithmetic(true, "min", rd, two, 0, null);
                case FMAX_S -> arithmetic(true, "max", rd, two, 0, null);
                case FMADD_S -> arithmetic(true, "mulAdd", rd, three, 0, rm);
                case FMSUB_S -> arithmetic(true, "mulAdd", rd, three, 4, rm);
                case FNMSUB_S -> arithmetic(true, "mulAdd", rd, three, 1, rm);
                case FNMADD_S -> arithmetic(true, "mulAdd", rd, three, 5, rm);
                case FADD_D -> arithmetic(false, "add", rd, two, 0, rm);
                case FSUB_D -> arithmetic(false, "sub", rd, two, 0, rm);
                case FMUL_D -> arithmetic(false, "mul", rd, two, 0, rm);
                case FDIV_D -> arithmetic(false, "div", rd, two, 0, rm);
                case FSQRT_D -> arithmetic(false, "sqrt", rd, one, 0, rm);
                case FMIN_D -> arithmetic(false, "min", rd, two, 0, null);
                case FMAX_D -> arithmetic(false, "max", rd, two, 0, null);
                case FMADD_D -> arithmetic(false, "mulAdd", rd, three, 0, rm);
                case FMSUB_D -> arithmetic(false, "mulAdd", rd, three, 4, rm);
                case FNMSUB_D -> arithmetic(false, "mulAdd", rd, three, 1, rm);
                case FNMADD_D -> arithmetic(false, "mulAdd", rd, three, 5, rm);
                case FEQ_S -> compare(true, "eq", rd, rs1, rs2);
                case FLT_S -> compare(true, "lt", rd, rs1, rs2);
                case FLE_S -> compare(true, "le", rd, rs1, rs2);
                case FEQ_D -> compare(false, "eq", rd, rs1, rs2);
                case FLT_D -> compare(false, "lt", rd, rs1, rs2);
                case FLE_D -> compare(false, "le", rd, rs1, rs2);
                case FCVT_W_S -> toInteger(true, "toInt32", false, rd, rs1, rm);
                case FCVT_WU_S -> toInteger(true, "toUInt32", false, rd, rs1, rm);
                case FCVT_L_S -> toInteger(true, "toInt64", true, rd, rs1, rm);
                case FCVT_LU_S -> toInteger(true, "toUInt64", true, rd, rs1, rm);
                case FCVT_W_D -> toInteger(false, "toInt32", false, rd, rs1, rm);
                case FCVT_WU_D -> toInteger(false, "toUInt32", false, rd, rs1, rm);
                case FCVT_L_D -> toInteger(false, "toInt64", true, rd, rs1, rm);
                case FCVT_LU_D -> toInteger(false, "toUInt64", true, rd, rs1, rm);
                case FCVT_S_W -> fromInteger(true, "fromInt32", false, rd, rs1, rm);
                case FCVT_S_WU -> fromInteger(true, "fromUInt32", false, rd, rs1, rm);
                case FCVT_S_L -> fromInteger(true, "fromInt64", true, rd, rs1, rm);
                case FCVT_S_LU -> fromInteger(true, "fromUInt64", true, rd, rs1, rm);
                case FCVT_D_W -> fromInteger(false, "fromInt32", false, rd, rs1, rm);
                case FCVT_D_WU -> fromInteger(false, "fromUInt32", false, rd, rs1, rm);
                case FCVT_D_L -> fromInteger(false, "fromInt64", true, rd, rs1, rm);
                case FCVT_D_LU -> fromInteger(false, "fromUInt64", true, rd, rs1, rm);
                case FCVT_S_D -> {
                    resetFlags();
                    toF(rd, () -> {
                        f(rs1);
                        rm.run();
                        status();
                        mv.visitMethodInsn(INVOKESTATIC, F64, "toF32", "(JIL" + STATUS + ";)I", false);
                    }, true);
                    accrue(true, true);
                }
                case FCVT_D_S -> { // its rounding mode is checked, not used: widening is exact
                    resetFlags();
                    toF(rd, () -> {
                        single(rs1);
                        status();
                        mv.visitMethodInsn(INVOKESTATIC, F32, "toF64", "(IL" + STATUS + ";)J", false);
                    }, false);
                    accrue(true, true);
                }
                case FSGNJ_S, FSGNJN_S, FSGNJX_S -> {
                    toF(rd, () -> signInjection(insn == Insn.FSGNJ_S ? 0 : insn == Insn.FSGNJN_S ? 1 : 2, true, rs1, rs2),
                            true);
                    accrue(true, false);
                }
                case FSGNJ_D, FSGNJN_D, FSGNJX_D -> {
                    toF(rd, () -> signInjection(insn == Insn.FSGNJ_D ? 0 : insn == Insn.FSGNJN_D ? 1 : 2, false, rs1, rs2),
                            false);
                    accrue(true, false);
                }
                case FMV_X_W -> {
                    f(rs1);
                    mv.visitInsn(L2I);
                    mv.visitInsn(I2L);
                    setX(rd);
                }
                case FMV_X_D -> {
                    f(rs1);
                    setX(rd);
                }
                case FMV_W_X -> {
                    toF(rd, () -> {
                        getX(rs1);
                        mv.visitInsn(L2I);
                    }, true);
                    accrue(true, false);
                }
                case FMV_D_X -> {
                    toF(rd, () -> getX(rs1), false);
                    accrue(true, false);
                }
                default -> throw new IllegalArgumentException(insn + " is not an F or D instruction translated inline");
            }
        }

        /** Pushes f[r]. */
        private void f(int r) {
            mv.visitVarInsn(ALOAD, HART_SLOT);
            mv.visitFieldInsn(GETFIELD, HART, "f", "[J");
            push(r);
            mv.visitInsn(LALOAD);
        }

        /** Pushes the single f[r] holds (an improperly boxed one reads as the canonical NaN). */
        private void single(int r) {
            f(r);
            mv.visitMethodInsn(INVOKESTATIC, FPU, "unbox", "(J)I", false);
        }

        /** f[rd] = what {@code value} pushes: a long, or an int to box if {@code single}. */
        private void toF(int rd, Runnable value, boolean single) {
            mv.visitVarInsn(ALOAD, HART_SLOT);
            mv.visitFieldInsn(GETFIELD, HART, "f", "[J");
            push(rd);
            value.run();
            if (single) {
                mv.visitMethodInsn(INVOKESTATIC, FPU, "box", "(I)J", false);
            }
            mv.visitInsn(LASTORE);
        }

        private void resetFlags() {
            status();
            push(0);
            mv.visitFieldInsn(PUTFIELD, STATUS, "flags", "I");
        }

        private void status() {
            mv.visitVarInsn(ALOAD, HART_SLOT);
            mv.visitFieldInsn(GETFIELD, HART, "floatStatus", "L" + STATUS + ";");
        }

        /** The end of an inline F or D instruction: its flags accrued ({@code flags}), FS dirty if it wrote an f register. */
        private void accrue(boolean writesF, boolean flags) {
            if (flags) {
                mv.visitVarInsn(ALOAD, HART_SLOT);
                push(writesF ? 1 : 0);
                mv.visitMethodInsn(INVOKESTATIC, FPU, "accrue", "(L" + HART + ";Z)V", false);
            } else if (writesF) {
                mv.visitVarInsn(ALOAD, HART_SLOT);
                mv.visitInsn(DUP);
                mv.visitFieldInsn(GETFIELD, HART, "mstatus", "J");
                pushLong(Hart.FS);
                mv.visitInsn(LOR);
                mv.visitFieldInsn(PUTFIELD, HART, "mstatus", "J");
            }
        }

        /**
         * f[rd] = F32 or F64 {@code name} of the sources (operand k sign-flipped if bit k of
         * {@code negate} is set: the fused forms), with the rounding mode {@code rm} pushes, if any.
         */
        private void arithmetic(boolean single, String name, int rd, int[] sources, int negate, Runnable rm) {
            String t = single ? "I" : "J";
            resetFlags();
            toF(rd, () -> {
                for (int k = 0; k < sources.length; k++) {
                    if (single) {
                        single(sources[k]);
                    } else {
                        f(sources[k]);
                    }
                    if ((negate >>> k & 1) != 0) {
                        if (single) {
                            push(Integer.MIN_VALUE);
                            mv.visitInsn(IXOR);
                        } else {
                            pushLong(SIGN64);
                            mv.visitInsn(LXOR);
                        }
                    }
                }
                if (rm != null) {
                    rm.run();
                }
                status();
                mv.visitMethodInsn(INVOKESTATIC, single ? F32 : F64, name,
                        "(" + t.repeat(sources.length) + (rm != null ? "I" : "") + "L" + STATUS + ";)" + t, false);
            }, single);
            accrue(true, true);
        }

        /** x[rd] = 1 or 0: F32 or F64 {@code name} (eq, lt, le) of f[rs1] and f[rs2]. */
        private void compare(boolean single, String name, int rd, int rs1, int rs2) {
            String t = single ? "I" : "J";
            resetFlags();
            for (int r : new int[] {rs1, rs2}) {
                if (single) {
                    single(r);
                } else {
                    f(r);
                }
            }
            status();
            mv.visitMethodInsn(INVOKESTATIC, single ? F32 : F64, name, "(" + t + t + "L" + STATUS + ";)Z", false);
            mv.visitInsn(I2L);
            setX(rd);
            accrue(false, true);
        }

        /** x[rd] = f[rs1] converted by {@code name} to a long, or to an int sign-extended. */
        private void toInteger(boolean single, String name, boolean toLong, int rd, int rs1, Runnable rm) {
            resetFlags();
            if (single) {
                single(rs1);
            } else {
                f(rs1);
            }
            rm.run();
            status();
            mv.visitMethodInsn(INVOKESTATIC, single ? F32 : F64, name,
                    "(" + (single ? "I" : "J") + "IL" + STATUS + ";)" + (toLong ? "J" : "I"), false);
            if (!toLong) {
                mv.visitInsn(I2L);
            }
            setX(rd);
            accrue(false, true);
        }

        /** f[rd] = x[rs1] (its low word unless {@code fromLong}) converted by {@code name}. */
        private void fromInteger(boolean single, String name, boolean fromLong, int rd, int rs1, Runnable rm) {
            resetFlags();
            toF(rd, () -> {
                getX(rs1);
                if (!fromLong) {
                    mv.visitInsn(L2I);
                }
                rm.run();
                status();
                mv.visitMethodInsn(INVOKESTATIC, single ? F32 : F64, name,
                        "(" + (fromLong ? "J" : "I") + "IL" + STATUS + ";)" + (single ? "I" : "J"), false);
            }, single);
            accrue(true, true);
        }

        /** Pushes fsgnj ({@code kind} 0), fsgnjn (1) or fsgnjx (2) of f[rs1] and f[rs2]. */
        private void signInjection(int kind, boolean single, int rs1, int rs2) {
            Runnable a = single ? () -> single(rs1) : () -> f(rs1);
            Runnable b = single ? () -> single(rs2) : () -> f(rs2);
            Runnable sign = single ? () -> push(Integer.MIN_VALUE) : () -> pushLong(SIGN64);
            int and = single ? IAND : LAND, or = single ? IOR : LOR, xor = single ? IXOR : LXOR;
            a.run();
            if (kind == 2) { // a ^ (b & sign)
                b.run();
                sign.run();
                mv.visitInsn(and);
                mv.visitInsn(xor);
                return;
            }
            sign.run(); // a & ~sign
            if (single) {
                push(-1);
            } else {
                pushLong(-1);
            }
            mv.visitInsn(xor);
            mv.visitInsn(and);
            b.run(); // | (b or ~b) & sign
            if (kind == 1) {
                if (single) {
                    push(-1);
                } else {
                    pushLong(-1);
                }
                mv.visitInsn(xor);
            }
            sign.run();
            mv.visitInsn(and);
            mv.visitInsn(or);
        }

        /**
         * An F or D instruction ({@code index} in the region), run by HartFpu on the hart's registers: its integer source is
         * written to the hart first, its integer result read back after; if its load or store
         * went out of line, the region ends after it.
         */
        private void floatOutOfLine(Member m, int i, int index, int fl, int imm, int at, int next) {
            Insn insn = m.block.insns[i];
            int rd = fl & 63;
            int rs1 = (fl >>> 6) & 31;
            if (insn.readsRs1() && rs1 != 0 && written[rs1]) {
                storeToArray(rs1);
            }
            mv.visitVarInsn(ALOAD, HART_SLOT);
            pcAt(at);
            mv.visitFieldInsn(PUTFIELD, HART, "pc", "J");
            mv.visitVarInsn(ALOAD, HART_SLOT);
            push(0);
            mv.visitFieldInsn(PUTFIELD, HART, "leaveBlock", "Z");
            markIndex(i);
            mv.visitVarInsn(ALOAD, HART_SLOT);
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, BASE, "insns", "[L" + INSN + ";");
            push(index);
            mv.visitInsn(AALOAD);
            push(fl);
            push(imm);
            pcAt(at);
            mayTrap(() -> mv.visitMethodInsn(INVOKESTATIC, FPU, "execute", "(L" + HART + ";L" + INSN + ";IIJ)V", false));
            if (insn.writesRd() && rd != 0 && rd != 32) {
                mv.visitVarInsn(ALOAD, HART_SLOT);
                mv.visitFieldInsn(GETFIELD, HART, "x", "[J");
                push(rd);
                mv.visitInsn(LALOAD);
                mv.visitVarInsn(LSTORE, slot(rd));
            }
            Label left = new Label();
            mv.visitVarInsn(ALOAD, HART_SLOT);
            mv.visitFieldInsn(GETFIELD, HART, "leaveBlock", "Z");
            mv.visitJumpInsn(IFNE, left);
            outOfLine(left, () -> leave(next, i + 1), null);
        }
    }
}
