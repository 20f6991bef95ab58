package io.guestlab.emulator.hart;

import static io.guestlab.emulator.hart.Bytecode.*;

import io.guestlab.emulator.bus.Bus;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;

/**
 * Translates a hot {@link Block} to JVM bytecode: one hidden class per block whose
 * {@link TranslatedBlock#run} executes the block's RV64IM instructions, loads, stores, and the
 * branch or jump it ends with as straight-line code, so HotSpot compiles each block on its own
 * instead of sharing the interpreter's one big switch. The semantics are exactly those of
 * {@link Hart}'s block interpreter (runBlock): the same TLB fast paths inline, the same
 * out-of-line calls that end the block after a miss or a store into an observed line, the
 * instruction index written to {@link Hart#blockIndex} before each of those calls so a trap
 * counts steps exactly. F and D instructions are calls to {@link HartFpu}, as in the interpreter.
 * Anything else (A, system instructions) ends the translation at that instruction: the
 * translated prefix hands over to the interpreter there.
 */
final class BlockCompiler {

    private static final String HART = "io/guestlab/emulator/hart/Hart";
    private static final String RAM = "io/guestlab/emulator/bus/Ram";
    private static final String BASE = "io/guestlab/emulator/hart/TranslatedBlock";
    private static final String INSN = "io/guestlab/emulator/isa/Insn";
    private static final int TLB_MASK = 255;
    /** Stop adding instructions beyond this many bytes of code: HotSpot does not compile methods over 8000. */
    private static final int CODE_BUDGET = 6000;
    /** Bytes the out-of-line exits of one instruction (emitted after the straight line) take at most. */
    private static final int EXIT_SIZE = 80;

    // locals of run(): this, the hart, the block's base pc, the step budget, the register array,
    // instructions run in earlier rounds of a loop block, scratch
    private static final int HART_SLOT = 1, BASE_SLOT = 2, BUDGET_SLOT = 4, X_SLOT = 5, DONE_SLOT = 6, VA_SLOT = 7,
            TLB_SLOT = 9, OFFSET_SLOT = 10, INDEX_SLOT = 11, LOCALS = 12, STACK = 16;

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private BlockCompiler() {
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
     * Translates the leading instructions of {@code b} (as many as {@link #translatable} allows
     * and fit the code budget; at least one, which the caller makes sure of) and returns the
     * translation, whose length is {@link TranslatedBlock#run}'s largest result.
     */
    static Translation compile(Block b) {
        int limit = translatable(b);
        if (limit == 0) {
            throw new IllegalArgumentException("the block's first instruction cannot be translated");
        }
        ClassWriter cw = new ClassWriter();
        Bytecode init = new Bytecode(cw, 1, 1);
        init.local(ALOAD, 0).invoke(INVOKESPECIAL, BASE, "<init>", "()V").op(RETURN);
        cw.method(ClassWriter.ACC_PUBLIC, "<init>", "()V", init);

        Bytecode c = new Bytecode(cw, STACK, LOCALS);
        List<Runnable> exits = new ArrayList<>();
        c.local(ALOAD, HART_SLOT).field(GETFIELD, HART, "x", "[J").local(ASTORE, X_SLOT);
        c.pushInt(0).local(ISTORE, DONE_SLOT);
        Bytecode.Label start = new Bytecode.Label();
        c.place(start);
        int n = 0;
        boolean ended = false;
        while (n < limit && (n == 0 || c.size() + exits.size() * EXIT_SIZE < CODE_BUDGET)) {
            ended = instruction(c, b, n, exits, start);
            n++;
        }
        if (!ended) { // a prefix, or a block cut at a page end or an undecodable instruction
            c.local(ALOAD, HART_SLOT).local(LLOAD, BASE_SLOT).pushLong(b.offsets[n]).op(LADD)
                    .field(PUTFIELD, HART, "nextPc", "J");
            ran(c, n);
        }
        for (Runnable exit : exits) {
            exit.run();
        }
        cw.method(ClassWriter.ACC_PUBLIC, "run", "(L" + HART + ";JI)I", c);
        byte[] bytes = cw.toBytes(ClassWriter.ACC_FINAL | ClassWriter.ACC_SUPER,
                "io/guestlab/emulator/hart/TranslatedBlock$Code", BASE);
        try {
            MethodHandles.Lookup hidden = LOOKUP.defineHiddenClass(bytes, true);
            TranslatedBlock code = hidden.lookupClass().asSubclass(TranslatedBlock.class).getDeclaredConstructor()
                    .newInstance();
            code.insns = b.insns;
            return new Translation(code, n);
        } catch (ReflectiveOperationException | LinkageError e) { // a bug of this translator: say which block
            throw new IllegalStateException("translating a block of " + b.count + " instructions failed: " + e, e);
        }
    }

    /** A translated block and how many of its instructions it covers. */
    record Translation(TranslatedBlock code, int length) {
    }

    /** Emits instruction {@code i} of {@code b}; returns true if it ends the block (returns in every case). */
    private static boolean instruction(Bytecode c, Block b, int i, List<Runnable> exits, Bytecode.Label start) {
        long o = b.ops[i];
        int imm = (int) o;
        int fl = (int) (o >>> 32);
        int rd = fl & 63;
        int rs1 = (fl >>> 6) & 31;
        int rs2 = (fl >>> 11) & 31;
        int kind = fl >>> 25;
        long at = b.offsets[i];
        long next = b.offsets[i + 1];
        switch (kind) {
            case Kind.LUI -> setX(c, rd, () -> c.pushLong(imm));
            case Kind.AUIPC -> setX(c, rd, () -> c.local(LLOAD, BASE_SLOT).pushLong(at + imm).op(LADD));
            case Kind.ADDI -> setX(c, rd, () -> xImm(c, rs1, imm, LADD));
            case Kind.XORI -> setX(c, rd, () -> xImm(c, rs1, imm, LXOR));
            case Kind.ORI -> setX(c, rd, () -> xImm(c, rs1, imm, LOR));
            case Kind.ANDI -> setX(c, rd, () -> xImm(c, rs1, imm, LAND));
            case Kind.SLTI -> setX(c, rd, () -> lessThanImm(c, rs1, imm, 0));
            case Kind.SLTIU -> setX(c, rd, () -> lessThanImm(c, rs1, imm, Long.MIN_VALUE));
            case Kind.SLLI -> setX(c, rd, () -> getX(c, rs1).pushInt(imm).op(LSHL));
            case Kind.SRLI -> setX(c, rd, () -> getX(c, rs1).pushInt(imm).op(LUSHR));
            case Kind.SRAI -> setX(c, rd, () -> getX(c, rs1).pushInt(imm).op(LSHR));
            case Kind.ADD -> setX(c, rd, () -> xx(c, rs1, rs2).op(LADD));
            case Kind.SUB -> setX(c, rd, () -> xx(c, rs1, rs2).op(LSUB));
            case Kind.SLL -> setX(c, rd, () -> getX(getX(c, rs1), rs2).op(L2I).op(LSHL));
            case Kind.SRL -> setX(c, rd, () -> getX(getX(c, rs1), rs2).op(L2I).op(LUSHR));
            case Kind.SRA -> setX(c, rd, () -> getX(getX(c, rs1), rs2).op(L2I).op(LSHR));
            case Kind.SLT -> setX(c, rd, () -> compare(c, rs1, rs2, 0).pushInt(31).op(IUSHR).op(I2L));
            case Kind.SLTU -> setX(c, rd, () -> compare(c, rs1, rs2, Long.MIN_VALUE).pushInt(31).op(IUSHR).op(I2L));
            case Kind.XOR -> setX(c, rd, () -> xx(c, rs1, rs2).op(LXOR));
            case Kind.OR -> setX(c, rd, () -> xx(c, rs1, rs2).op(LOR));
            case Kind.AND -> setX(c, rd, () -> xx(c, rs1, rs2).op(LAND));
            case Kind.ADDIW -> setX(c, rd, () -> xImm(c, rs1, imm, LADD).op(L2I).op(I2L));
            case Kind.SLLIW -> setX(c, rd, () -> getX(c, rs1).op(L2I).pushInt(imm).op(ISHL).op(I2L));
            case Kind.SRLIW -> setX(c, rd, () -> getX(c, rs1).op(L2I).pushInt(imm).op(IUSHR).op(I2L));
            case Kind.SRAIW -> setX(c, rd, () -> getX(c, rs1).op(L2I).pushInt(imm).op(ISHR).op(I2L));
            case Kind.ADDW -> setX(c, rd, () -> xx(c, rs1, rs2).op(LADD).op(L2I).op(I2L));
            case Kind.SUBW -> setX(c, rd, () -> xx(c, rs1, rs2).op(LSUB).op(L2I).op(I2L));
            case Kind.SLLW -> setX(c, rd, () -> words(c, rs1, rs2).op(ISHL).op(I2L));
            case Kind.SRLW -> setX(c, rd, () -> words(c, rs1, rs2).op(IUSHR).op(I2L));
            case Kind.SRAW -> setX(c, rd, () -> words(c, rs1, rs2).op(ISHR).op(I2L));
            case Kind.MUL -> setX(c, rd, () -> xx(c, rs1, rs2).op(LMUL));
            case Kind.MULH -> setX(c, rd, () -> xx(c, rs1, rs2).invoke(INVOKESTATIC, "java/lang/Math",
                    "multiplyHigh", "(JJ)J"));
            case Kind.MULHU -> setX(c, rd, () -> xx(c, rs1, rs2).invoke(INVOKESTATIC, "java/lang/Math",
                    "unsignedMultiplyHigh", "(JJ)J"));
            case Kind.MULHSU -> setX(c, rd, () -> xx(c, rs1, rs2).invoke(INVOKESTATIC, HART, "mulhsu", "(JJ)J"));
            case Kind.DIV -> setX(c, rd, () -> xx(c, rs1, rs2).invoke(INVOKESTATIC, HART, "div", "(JJ)J"));
            case Kind.DIVU -> setX(c, rd, () -> xx(c, rs1, rs2).invoke(INVOKESTATIC, HART, "divu", "(JJ)J"));
            case Kind.REM -> setX(c, rd, () -> xx(c, rs1, rs2).invoke(INVOKESTATIC, HART, "rem", "(JJ)J"));
            case Kind.REMU -> setX(c, rd, () -> xx(c, rs1, rs2).invoke(INVOKESTATIC, HART, "remu", "(JJ)J"));
            case Kind.MULW -> setX(c, rd, () -> words(c, rs1, rs2).op(IMUL).op(I2L));
            case Kind.DIVW -> setX(c, rd, () -> words(c, rs1, rs2).invoke(INVOKESTATIC, HART, "divw", "(II)J"));
            case Kind.DIVUW -> setX(c, rd, () -> words(c, rs1, rs2).invoke(INVOKESTATIC, HART, "divuw", "(II)J"));
            case Kind.REMW -> setX(c, rd, () -> words(c, rs1, rs2).invoke(INVOKESTATIC, HART, "remw", "(II)J"));
            case Kind.REMUW -> setX(c, rd, () -> words(c, rs1, rs2).invoke(INVOKESTATIC, HART, "remuw", "(II)J"));
            case Kind.LB -> load(c, i, rd, rs1, imm, 1, true, at, next, exits);
            case Kind.LBU -> load(c, i, rd, rs1, imm, 1, false, at, next, exits);
            case Kind.LH -> load(c, i, rd, rs1, imm, 2, true, at, next, exits);
            case Kind.LHU -> load(c, i, rd, rs1, imm, 2, false, at, next, exits);
            case Kind.LW -> load(c, i, rd, rs1, imm, 4, true, at, next, exits);
            case Kind.LWU -> load(c, i, rd, rs1, imm, 4, false, at, next, exits);
            case Kind.LD -> load(c, i, rd, rs1, imm, 8, true, at, next, exits);
            case Kind.SB -> store(c, i, rs1, rs2, imm, 1, at, next, exits);
            case Kind.SH -> store(c, i, rs1, rs2, imm, 2, at, next, exits);
            case Kind.SW -> store(c, i, rs1, rs2, imm, 4, at, next, exits);
            case Kind.SD -> store(c, i, rs1, rs2, imm, 8, at, next, exits);
            case Kind.JAL -> {
                setX(c, rd, () -> c.local(LLOAD, BASE_SLOT).pushLong(next).op(LADD));
                leave(c, i, () -> c.local(LLOAD, BASE_SLOT).pushLong(at + imm).op(LADD));
                return true;
            }
            case Kind.JALR -> {
                // the target first: rd may be rs1
                xImm(c, rs1, imm, LADD).pushLong(~1L).op(LAND).local(LSTORE, VA_SLOT);
                setX(c, rd, () -> c.local(LLOAD, BASE_SLOT).pushLong(next).op(LADD));
                leave(c, i, () -> c.local(LLOAD, VA_SLOT));
                return true;
            }
            case Kind.FLOAT -> floatingPoint(c, i, fl, imm, at, next, exits);
            case Kind.BEQ -> branch(c, i, rs1, rs2, false, IFEQ, at + imm, next, start);
            case Kind.BNE -> branch(c, i, rs1, rs2, false, IFNE, at + imm, next, start);
            case Kind.BLT -> branch(c, i, rs1, rs2, false, IFLT, at + imm, next, start);
            case Kind.BGE -> branch(c, i, rs1, rs2, false, IFGE, at + imm, next, start);
            case Kind.BLTU -> branch(c, i, rs1, rs2, true, IFLT, at + imm, next, start);
            case Kind.BGEU -> branch(c, i, rs1, rs2, true, IFGE, at + imm, next, start);
            default -> throw new IllegalArgumentException("kind " + kind + " is not translatable");
        }
        return kind >= Kind.BEQ && kind <= Kind.BGEU;
    }

    // ---- emitters; each returns the Bytecode for chaining

    private static Bytecode getX(Bytecode c, int r) {
        return c.local(ALOAD, X_SLOT).pushInt(r).op(LALOAD);
    }

    /** x[rd] = the long {@code value} pushes (rd 32 is the sink for x0, as in the interpreter). */
    private static void setX(Bytecode c, int rd, Runnable value) {
        c.local(ALOAD, X_SLOT).pushInt(rd);
        value.run();
        c.op(LASTORE);
    }

    private static Bytecode xx(Bytecode c, int rs1, int rs2) {
        return getX(getX(c, rs1), rs2);
    }

    private static Bytecode xImm(Bytecode c, int rs1, int imm, int opcode) {
        return getX(c, rs1).pushLong(imm).op(opcode);
    }

    /** The low words of x[rs1] and x[rs2] as ints. */
    private static Bytecode words(Bytecode c, int rs1, int rs2) {
        return getX(c, rs1).op(L2I).local(ALOAD, X_SLOT).pushInt(rs2).op(LALOAD).op(L2I);
    }

    /** lcmp of x[rs1] and x[rs2], both offset by {@code bias} (Long.MIN_VALUE: unsigned order). */
    private static Bytecode compare(Bytecode c, int rs1, int rs2, long bias) {
        getX(c, rs1);
        if (bias != 0) {
            c.pushLong(bias).op(LADD);
        }
        getX(c, rs2);
        if (bias != 0) {
            c.pushLong(bias).op(LADD);
        }
        return c.op(LCMP);
    }

    /** 1L if x[rs1] < imm in the order {@code bias} selects, else 0L: the sign bit of lcmp's -1, 0 or 1. */
    private static Bytecode lessThanImm(Bytecode c, int rs1, int imm, long bias) {
        getX(c, rs1);
        if (bias != 0) {
            c.pushLong(bias).op(LADD);
        }
        return c.pushLong(imm + bias).op(LCMP).pushInt(31).op(IUSHR).op(I2L);
    }

    /** hart.nextPc = the long {@code target} pushes; return i + 1. */
    private static void leave(Bytecode c, int i, Runnable target) {
        c.local(ALOAD, HART_SLOT);
        target.run();
        c.field(PUTFIELD, HART, "nextPc", "J");
        ran(c, i + 1);
    }

    /**
     * The conditional branch a block ends with, instruction {@code i}. A branch back to the block's
     * own start (a loop of one block) runs the next round right here while the budget allows a
     * whole round: what the interpreter would do, without going through its dispatch each round.
     */
    private static void branch(Bytecode c, int i, int rs1, int rs2, boolean unsigned, int taken, long target,
            long next, Bytecode.Label start) {
        Bytecode.Label jump = new Bytecode.Label();
        compare(c, rs1, rs2, unsigned ? Long.MIN_VALUE : 0).branch(taken, jump);
        leave(c, i, () -> c.local(LLOAD, BASE_SLOT).pushLong(next).op(LADD));
        c.place(jump);
        if (target == 0) {
            Bytecode.Label out = new Bytecode.Label();
            c.local(ILOAD, DONE_SLOT).pushInt(i + 1).op(IADD).local(ISTORE, DONE_SLOT);
            c.local(ILOAD, BUDGET_SLOT).local(ILOAD, DONE_SLOT).op(ISUB).pushInt(i + 1).branch(IF_ICMPLT, out);
            c.branch(GOTO, start);
            c.place(out);
            c.local(ALOAD, HART_SLOT).local(LLOAD, BASE_SLOT).field(PUTFIELD, HART, "nextPc", "J");
            ran(c, 0);
            return;
        }
        leave(c, i, () -> c.local(LLOAD, BASE_SLOT).pushLong(target).op(LADD));
    }

    /** Returns {@code k} plus the instructions of the earlier rounds of a loop block. */
    private static void ran(Bytecode c, int k) {
        c.local(ILOAD, DONE_SLOT).pushInt(k).op(IADD).op(IRETURN);
    }

    /** va = x[rs1] + imm; t = TLB index of va; leaves nothing on the stack. */
    private static void address(Bytecode c, int rs1, int imm) {
        xImm(c, rs1, imm, LADD).local(LSTORE, VA_SLOT);
        c.local(LLOAD, VA_SLOT).pushInt(12).op(LUSHR).op(L2I).pushInt(TLB_MASK).op(IAND).local(ISTORE, TLB_SLOT);
    }

    /** Branches to {@code miss} unless {@code tags[t] == va >>> 12} and the access stays in the page. */
    private static void tlbCheck(Bytecode c, String tags, int size, Bytecode.Label miss) {
        c.local(ALOAD, HART_SLOT).field(GETFIELD, HART, tags, "[J").local(ILOAD, TLB_SLOT).op(LALOAD)
                .local(LLOAD, VA_SLOT).pushInt(12).op(LUSHR).op(LCMP).branch(IFNE, miss);
        if (size > 1) {
            c.local(LLOAD, VA_SLOT).op(L2I).pushInt(0xfff).op(IAND).pushInt(0x1000 - size).branch(IF_ICMPGT, miss);
        }
    }

    /** base + offset, the address of an instruction of the block. */
    private static Bytecode pcAt(Bytecode c, long offset) {
        return c.local(LLOAD, BASE_SLOT).pushLong(offset).op(LADD);
    }

    private static void load(Bytecode c, int i, int rd, int rs1, int imm, int size, boolean signed, long at,
            long next, List<Runnable> exits) {
        Bytecode.Label miss = new Bytecode.Label();
        address(c, rs1, imm);
        tlbCheck(c, "loadTag", size, miss);
        c.local(ALOAD, X_SLOT).pushInt(rd);
        c.local(ALOAD, HART_SLOT).field(GETFIELD, HART, "loadPage", "[[B").local(ILOAD, TLB_SLOT).op(AALOAD)
                .local(LLOAD, VA_SLOT).op(L2I).pushInt(0xfff).op(IAND);
        switch (size) {
            case 1 -> c.op(BALOAD).op(I2L);
            case 2 -> c.invoke(INVOKESTATIC, RAM, "loadShort", "([BI)S").op(I2L);
            case 4 -> c.invoke(INVOKESTATIC, RAM, "loadInt", "([BI)I").op(I2L);
            default -> c.invoke(INVOKESTATIC, RAM, "loadLong", "([BI)J");
        }
        if (!signed) {
            c.pushLong(size == 1 ? 0xffL : size == 2 ? 0xffffL : 0xffffffffL).op(LAND);
        }
        c.op(LASTORE);
        exits.add(() -> {
            c.place(miss);
            markIndex(c, i);
            c.local(ALOAD, HART_SLOT).pushInt(rd).local(LLOAD, VA_SLOT).pushInt(size).pushInt(signed ? 1 : 0);
            pcAt(pcAt(c, at), next).invoke(INVOKEVIRTUAL, HART, "loadOutOfLine", "(IJIZJJ)V");
            ran(c, i + 1);
        });
    }

    private static void store(Bytecode c, int i, int rs1, int rs2, int imm, int size, long at, long next,
            List<Runnable> exits) {
        Bytecode.Label miss = new Bytecode.Label();
        Bytecode.Label observed = new Bytecode.Label();
        address(c, rs1, imm);
        tlbCheck(c, "storeTag", size, miss);
        c.local(LLOAD, VA_SLOT).op(L2I).pushInt(0xfff).op(IAND).local(ISTORE, OFFSET_SLOT);
        c.local(ALOAD, HART_SLOT).field(GETFIELD, HART, "storePage", "[[B").local(ILOAD, TLB_SLOT).op(AALOAD)
                .local(ILOAD, OFFSET_SLOT);
        getX(c, rs2);
        switch (size) {
            case 1 -> c.op(L2I).op(I2B).op(BASTORE);
            case 2 -> c.op(L2I).op(I2S).invoke(INVOKESTATIC, RAM, "storeShort", "([BIS)V");
            case 4 -> c.op(L2I).invoke(INVOKESTATIC, RAM, "storeInt", "([BII)V");
            default -> c.invoke(INVOKESTATIC, RAM, "storeLong", "([BIJ)V");
        }
        // a store into a line the bus observes (code, a reservation, tohost) goes out of line
        c.local(ALOAD, HART_SLOT).field(GETFIELD, HART, "storeRamOffset", "[I").local(ILOAD, TLB_SLOT).op(IALOAD)
                .local(ILOAD, OFFSET_SLOT).op(IADD).local(ISTORE, INDEX_SLOT);
        c.local(ALOAD, HART_SLOT).field(GETFIELD, HART, "observedLines", "[J").local(ILOAD, INDEX_SLOT).pushInt(12)
                .op(IUSHR).op(LALOAD);
        c.op(LCONST_1).local(ILOAD, INDEX_SLOT).pushInt(Bus.LINE_SHIFT).op(IUSHR).op(LSHL);
        if (size > 1) {
            c.op(LCONST_1).local(ILOAD, INDEX_SLOT).pushInt(size - 1).op(IADD).pushInt(Bus.LINE_SHIFT).op(IUSHR)
                    .op(LSHL).op(LOR);
        }
        c.op(LAND).op(LCONST_0).op(LCMP).branch(IFNE, observed);
        exits.add(() -> {
            c.place(observed);
            markIndex(c, i);
            c.local(ALOAD, HART_SLOT).local(ILOAD, INDEX_SLOT).pushInt(size);
            pcAt(pcAt(c, at), next).invoke(INVOKEVIRTUAL, HART, "storedOutOfLine", "(IIJJ)V");
            ran(c, i + 1);
            c.place(miss);
            markIndex(c, i);
            c.local(ALOAD, HART_SLOT).local(LLOAD, VA_SLOT).pushInt(size);
            getX(c, rs2);
            pcAt(pcAt(c, at), next).invoke(INVOKEVIRTUAL, HART, "storeOutOfLine", "(JIJJJ)V");
            ran(c, i + 1);
        });
    }

    /** An F or D instruction, run by HartFpu; if its load or store went out of line, the block ends after it. */
    private static void floatingPoint(Bytecode c, int i, int fl, int imm, long at, long next,
            List<Runnable> exits) {
        Bytecode.Label left = new Bytecode.Label();
        c.local(ALOAD, HART_SLOT);
        pcAt(c, at).field(PUTFIELD, HART, "pc", "J");
        c.local(ALOAD, HART_SLOT).pushInt(0).field(PUTFIELD, HART, "leaveBlock", "Z");
        markIndex(c, i);
        c.local(ALOAD, HART_SLOT).local(ALOAD, 0).field(GETFIELD, BASE, "insns", "[L" + INSN + ";").pushInt(i)
                .op(AALOAD).pushInt(fl).pushInt(imm);
        pcAt(c, at).invoke(INVOKESTATIC, "io/guestlab/emulator/hart/HartFpu", "execute",
                "(L" + HART + ";L" + INSN + ";IIJ)V");
        c.local(ALOAD, HART_SLOT).field(GETFIELD, HART, "leaveBlock", "Z").branch(IFNE, left);
        exits.add(() -> {
            c.place(left);
            leave(c, i, () -> pcAt(c, next));
        });
    }

    /**
     * hart.blockIndex = the steps before instruction i in this run (earlier rounds of a loop
     * too): before a call that may trap, so the trap counts them exactly.
     */
    private static void markIndex(Bytecode c, int i) {
        c.local(ALOAD, HART_SLOT).local(ILOAD, DONE_SLOT).pushInt(i).op(IADD).field(PUTFIELD, HART, "blockIndex", "I");
    }
}
