package io.guestlab.emulator.hart;

import io.guestlab.emulator.EbreakHandler;
import io.guestlab.emulator.TrapListener;
import io.guestlab.emulator.StopEvent;
import io.guestlab.emulator.StopReason;
import io.guestlab.emulator.TrapCause;
import io.guestlab.emulator.Watchpoint;
import io.guestlab.emulator.bus.Bus;
import io.guestlab.emulator.bus.BusErrorException;
import io.guestlab.emulator.bus.IrqLine;
import io.guestlab.emulator.bus.Ram;
import io.guestlab.emulator.fpu.FloatStatus;
import io.guestlab.emulator.isa.Decoded;
import io.guestlab.emulator.isa.Decoder;
import io.guestlab.emulator.isa.Insn;

import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * One RV64GC hart: architectural state and the interpreter.
 * <p>
 * The hot path: code runs in {@link Block}s, straight-line runs of decoded instructions cached
 * in the shared {@link CodeCache}'s pages (found through a fetch TLB on a page change). The pc
 * and the step count advance once per block; each instruction is one array read (its packed
 * operands and {@link Kind}) and one switch on an int. Loads and stores
 * go through per-hart direct-mapped TLBs whose entries point straight into the RAM array, with
 * the hit inline in the interpreter's switch; only misses, MMIO and page crossings take the
 * slow path, and end the block. A store into one of the 64-byte lines the
 * bus observes (decoded code, LR reservations, HTIF tohost) is reported after it is made, so data
 * next to code stays on the fast path while self-modifying code still invalidates exactly what
 * it overwrote.
 * A block that has run {@link #hotRuns} times is translated to JVM bytecode together with the
 * blocks of its page it jumps to ({@link RegionCompiler}), which runs them with the same
 * effects, steps and traps.
 * Guest exceptions unwind through one preallocated {@link TrapException}. Interrupts, halts and
 * debug events are looked at between slices of at most {@link #SLICE} instructions; anything
 * that may unmask an interrupt ends the current slice early.
 * <p>
 * Front ends never use this class directly: they go through {@link io.guestlab.emulator.Machine}.
 */
public final class Hart {

    public static final int U = 0, S = 1, M = 3;

    /**
     * Nothing that decides when an interrupt is taken changes within a slice: devices move at
     * the end of a quantum ({@link io.guestlab.emulator.MachineConfig#quantum}, 10,000 steps by
     * default), and a device access, a CSR write, a trap return or a wfi ends the slice at once.
     * So its length only bounds the work between those checks, finished translations being
     * installed at its end. A translated region leaves where a slice ends: at 16,384 a 10,000-step
     * quantum is one slice (hart-bench at 4,096: coremix, sort and interp 1-1.5% slower).
     */
    static final int SLICE = 16_384;

    // mstatus fields (Privileged ISA section 3.1.6)
    static final long SIE = 1L << 1, MIE = 1L << 3, SPIE = 1L << 5, MPIE = 1L << 7, SPP = 1L << 8;
    static final int MPP_SHIFT = 11;
    static final long MPP = 3L << MPP_SHIFT, FS = 3L << 13, MPRV = 1L << 17, SUM = 1L << 18, MXR = 1L << 19,
            TVM = 1L << 20, TW = 1L << 21, TSR = 1L << 22;

    private static final int FETCH = Pmp.FETCH, LOAD = Pmp.LOAD, STORE = Pmp.STORE;
    private static final int TLB_SIZE = 256, TLB_MASK = TLB_SIZE - 1;
    private static final long NO_TAG = -1; // no page's address
    /** The page bits of a virtual address. */
    static final long PAGE = -4096L;

    final int id;
    final Bus bus;
    private final Ram ram;
    final long[] observedLines; // read by translated blocks too
    private final long ramBase;
    private final CodeCache code;
    private final Reservations reservations;
    final TrapException trap = new TrapException();
    final Pmp pmp = new Pmp();
    /** The debug triggers the guest programs (Sdtrig). */
    final Triggers triggers = new Triggers();
    final FloatStatus floatStatus = new FloatStatus();

    // architectural state; x[32] is a sink that instructions writing x0 write to
    final long[] x = new long[33];
    final long[] f = new long[32];
    long pc;
    int priv = M;

    // CSR state (see HartCsrs for the WARL rules)
    long mstatus;
    long medeleg, mideleg, mie, mipSoftware;
    volatile long mipHardware;
    long mtvec, mscratch, mepc, mcause, mtval;
    long stvec, sscratch, sepc, scause, stval, satp;
    long mcounteren, scounteren, mcountinhibit, menvcfg, senvcfg;
    int fflags, frm;
    long cycleOffset, instretOffset;
    LongSupplier timeSource = () -> 0;
    /** Sstc's stimecmp, kept by the machine's supervisor timer; null: the hart has no Sstc. */
    LongSupplier stimecmpRead;
    java.util.function.LongConsumer stimecmpWrite;

    /** Instructions attempted (retired, trapped or idled): the engine's notion of elapsed steps. */
    long steps;
    long trapsTaken;
    long idleSteps;
    long sliceLimit;
    boolean waitingForInterrupt;
    /**
     * Set by a wfi that cannot wait because an interrupt is pending in mie but masked: the hart
     * idles for the rest of its quantum (see {@link #wfi}); the machine clears it when the turn ends.
     */
    boolean yielding;
    StopEvent pendingEvent;

    // TLBs: tag = va >>> 12. Fetch: (RAM offset of page) - (va of page), for the code cache.
    // Load/store: the page's host array (see Ram: arrays change on copy-on-write, and the RAM's
    // PageListener drops entries holding a replaced one); stores also keep the page's RAM offset.
    private final long[] fetchTag = new long[TLB_SIZE], fetchAddend = new long[TLB_SIZE];
    // (package-private: translated blocks inline the load/store fast paths, see RegionCompiler)
    final long[] loadTag = new long[TLB_SIZE];
    final byte[][] loadPage = new byte[TLB_SIZE][];
    final long[] storeTag = new long[TLB_SIZE];
    final byte[][] storePage = new byte[TLB_SIZE][];
    final int[] storeRamOffset = new int[TLB_SIZE]; // unsigned: RAM is at most 4 GiB (MachineConfig)
    /**
     * The store tags of pages without observed lines (else NO_TAG): the store fast path, which
     * thus checks no lines; a store to another page of the store TLB checks them in
     * storeMissed. A page's first observed line drops its entries (firstObservedLine).
     */
    final long[] unobservedStoreTag = new long[TLB_SIZE];
    /** A superpage leaf backs some TLB entry: sfence.vma of one address flushes everything. */
    boolean superpageCached;
    private DecodedPage currentPage;
    private long currentPageVa;
    // blocks: the one reused for uncached code, and the scratch arrays blocks are built in
    private final Block uncached = new Block(new long[1], new Insn[1], new int[2], 1, 0);
    private final long[] blockOps = new long[DecodedPage.SLOTS];
    private final Insn[] blockInsns = new Insn[DecodedPage.SLOTS];
    private final int[] blockOffsets = new int[DecodedPage.SLOTS + 1];
    /** Where the block that just ran continues (see runBlock). */
    long nextPc;
    /** Set by a translated block before each call that may trap: the steps of its run before that instruction. */
    int blockIndex;
    /** Set by {@link #loadMissedIn} and {@link #storeMissedIn}: the steps the region ran, returned when it leaves after the access. */
    int exitSteps;
    /** The step budget of the translated region running (set at its entry, read at its exits: RegionCompiler). */
    int regionBudget;
    /** Whether hot blocks are translated to JVM bytecode ({@link RegionCompiler}), and after how many runs. */
    private boolean translate = true;
    private boolean translateInBackground = io.guestlab.emulator.Translation.DEFAULT.background();
    private final BackgroundTranslator background = new BackgroundTranslator();
    private int hotRuns = io.guestlab.emulator.Translation.DEFAULT_HOT_RUNS;
    private int regionRuns = io.guestlab.emulator.Translation.DEFAULT_REGION_RUNS;
    /** Blocks this hart has had translated (in the background, perhaps not installed yet): lets tests see that translation happened. */
    int blocksTranslated;
    /** Slices run: lets tests see what ends one. */
    int slices;
    /** Set by whatever goes out of line during a block (slow accesses, observed stores): end the block. */
    boolean leaveBlock;

    // debug hooks
    private final DebugHooks debug;
    private TrapListener trapListener; // the debugger's trap log; null: none

    public Hart(int id, Bus bus, CodeCache code, Reservations reservations) {
        this.id = id;
        this.debug = new DebugHooks(id);
        this.bus = bus;
        this.ram = bus.ram();
        ram.addPageListener(new Ram.PageListener() {
            @Override
            public void pageReplaced(byte[] old) {
                dropPage(old);
            }

            @Override
            public void pagesShared() {
                Arrays.fill(storeTag, NO_TAG);
                Arrays.fill(unobservedStoreTag, NO_TAG);
                Arrays.fill(storePage, null);
            }
        });
        this.observedLines = bus.observedLines();
        bus.onFirstObservedLine(this::firstObservedLine);
        this.ramBase = bus.ram().base();
        this.code = code;
        this.reservations = reservations;
        reset(0);
    }

    /** Puts the hart in its reset state (Privileged ISA section 3.4) with the pc at {@code resetVector}. */
    public void reset(long resetVector) {
        Arrays.fill(x, 0);
        Arrays.fill(f, 0);
        pc = resetVector;
        priv = M;
        mstatus = 0;
        medeleg = mideleg = mie = mipSoftware = 0;
        mtvec = mscratch = mepc = mcause = mtval = 0;
        stvec = sscratch = sepc = scause = stval = satp = 0;
        mcounteren = scounteren = mcountinhibit = menvcfg = senvcfg = 0;
        fflags = frm = 0;
        pmp.reset();
        triggers.reset();
        waitingForInterrupt = false;
        yielding = false;
        reservations.clear(id);
        flushTranslations();
    }

    public int id() {
        return id;
    }

    /**
     * How this hart translates hot code from now on (see {@link io.guestlab.emulator.Translation});
     * off, translations made before are not run either.
     */
    public void setTranslation(io.guestlab.emulator.Translation t) {
        translate = t.enabled();
        hotRuns = t.hotRuns();
        regionRuns = t.regionRuns();
        translateInBackground = t.background();
    }

    // ---------------------------------------------------------------------------------------
    // The interpreter

    /**
     * Runs until {@code targetSteps} steps have been taken, or a stop event, or wfi. Returns with
     * {@link #pendingEvent} set if an event stopped it.
     */
    public void run(long targetSteps) {
        while (steps < targetSteps && pendingEvent == null && !yielding) {
            if (waitingForInterrupt) {
                if ((mip() & mie) == 0) {
                    return;
                }
                waitingForInterrupt = false;
            }
            takePendingInterrupt();
            if (pendingEvent != null) {
                return;
            }
            if (background.hasDone()) {
                background.installDone(this::install);
            }
            sliceLimit = Math.min(targetSteps, steps + SLICE);
            slices++;
            try {
                interpret();
            } catch (TrapException t) {
                steps++;
                trapsTaken++;
                takeTrap(t.cause, t.tval, false);
            }
        }
        debug.endResume();
    }

    /** Lets a waiting hart spend {@code n} steps idle (time passes while it sleeps in wfi). */
    public void idle(long n) {
        steps += n;
        idleSteps += n;
    }

    /** True if an interrupt is pending and enabled in mie: what ends a wfi (section 3.3.3). */
    public boolean hasEnabledPendingInterrupt() {
        return (mip() & mie) != 0;
    }

    public boolean isWaitingForInterrupt() {
        return waitingForInterrupt;
    }

    /** True while a wfi that could not wait has this hart idle until its quantum ends. */
    public boolean isYielding() {
        return yielding;
    }

    /** The machine ended this hart's turn: a yielding hart runs again in its next quantum. */
    public void quantumEnded() {
        yielding = false;
    }

    public long steps() {
        return steps;
    }

    /** Takes and clears the event that stopped the last run(), or returns null. */
    public StopEvent takeEvent() {
        StopEvent e = pendingEvent;
        pendingEvent = null;
        if (e != null && e.reason() == StopReason.WATCHPOINT) {
            // raised in the middle of the access: report where the hart continues
            e = new StopEvent(e.reason(), e.hart(), pc, e.cause(), e.tval(), e.detail());
        }
        return e;
    }

    /** Stops the hart with {@code event} after the instruction in progress. */
    public void stop(StopEvent event) {
        if (pendingEvent == null) {
            pendingEvent = event;
        }
        sliceLimit = 0;
    }

    private void interpret() {
        // pc, steps and the current code page live in locals between blocks; the fields are
        // written before a block runs, and a trap inside one leaves them right (see runBlock)
        final boolean checkBreakpoints = debug.hasBreakpoints();
        // while an execute trigger is armed, one instruction at a time, each looked at first (a
        // trigger CSR write ends the slice, so this holds for a whole one)
        final boolean checkTriggers = triggers.execute;
        long pc = this.pc;
        long steps = this.steps;
        DecodedPage page = currentPage;
        long pageVa = currentPageVa;
        while (steps < sliceLimit) {
            if (checkTriggers) {
                this.pc = pc;
                this.steps = steps;
                // the debugger's breakpoint stops before anything the instruction does, its trigger too
                if (checkBreakpoints && debug.stopsAt(pc)) {
                    stop(debug.stopAt(pc));
                    break;
                }
                executeTrigger(pc); // before the fetch: an address breakpoint comes first (Privileged ISA, table 3.7)
            }
            Block b;
            if (page == null || ((pc ^ pageVa) & ~0xfffL) != 0
                    || (b = page.blocks[(int) (pc & 0xfff) >>> 1]) == null || b.generation != page.generation) {
                this.pc = pc;
                this.steps = steps;
                if (checkBreakpoints && debug.stopsAt(pc)) {
                    stop(debug.stopAt(pc)); // before fetching: the instruction there may not be fetchable
                    break;
                }
                b = blockAt(pc);
            }
            // never past the slice (steps stay exact for budgets and single-steps), and while
            // breakpoints are set never past the next one, which the loop's head then checks
            int n = checkTriggers ? 1 : b.count;
            long left = sliceLimit - steps;
            if (left < n) {
                n = (int) left;
            }
            if (b.span != null && n > b.span.at() && !holds(b.span)) {
                n = b.span.at(); // the next page changed: up to it, then the slow way
            }
            // a translated region goes on to other blocks of its page while the budget allows,
            // past the checks at their starts, breakpoints included: with one in any of its
            // blocks this entry goes the interpreted way, which stops there
            if (checkBreakpoints) {
                if (!debug.located(b, pc)) {
                    debug.locate(b, pc);
                }
                if (b.breakpointAtStart) {
                    StopEvent hit = debug.stopAt(pc);
                    if (hit != null) {
                        stop(hit);
                        break;
                    }
                }
                debug.endResume();
                n = Math.min(n, b.breakpointCut);
            }
            this.steps = steps;
            boolean translated = b.translated != null && translate && n >= b.translatedLength && !checkTriggers;
            if (translated && ++b.translatedRuns == regionRuns) {
                translateBlock(b, pc, true); // the second tier: with the blocks it jumps to
                if (checkBreakpoints) {
                    debug.locate(b, pc); // what its translation runs changed
                }
            }
            if (translated && !(checkBreakpoints && b.breakpointInTranslation)) {
                steps += runTranslated(b, pc, (int) Math.min(left, Integer.MAX_VALUE));
            } else {
                if (++b.runs == hotRuns && translate && b != uncached) {
                    translateBlock(b, pc, false);
                }
                int ran = runBlock(b, n, pc);
                if (b.jumpsIndirectly && ran == b.count) {
                    b.jumpedTo(pc, nextPc); // where a region of it goes on (RegionCompiler#successors)
                }
                steps += ran;
            }
            pc = nextPc;
            page = currentPage;
            pageVa = currentPageVa;
        }
        this.pc = pc;
        this.steps = steps;
    }

    /**
     * Runs the first {@code n} instructions of block {@code b}, which starts at {@code base};
     * fewer if one of them leaves the block (a jump, a system instruction, an access that went
     * out of line). Returns how many ran and leaves the next pc in {@link #nextPc}. A trap leaves
     * {@link #pc} and {@link #steps} at the trapping instruction. Kept apart from the loop over
     * blocks, whose state then need not stay live (in registers or spilled) through this one.
     */
    @SuppressWarnings("checkstyle:MethodLength")
    private int runBlock(Block b, int n, long base) {
        final long[] x = this.x;
        final long[] ops = b.ops;
        final int[] offsets = b.offsets;
        final byte[][] loadPage = this.loadPage, storePage = this.storePage;
        final long steps0 = this.steps;
        int i = 0;
        try {
            for (; i < n; i++) {
                long o = ops[i];
                int imm = (int) o;
                int fl = (int) (o >>> 32);
                int rd = fl & 63;
                int rs1 = (fl >>> 6) & 31;
                int rs2 = (fl >>> 11) & 31;
                // C1 makes a switch one compare per case, in the order of the kinds (numbered by how
                // often a Linux boot runs each: Kind): four short ones instead of one of 65 cases. The
                // interpreter ran CoreMix at 185 MIPS instead of 148 (--no-translate). Loads and
                // stores take the TLB hit inline; anything out of line (a miss, MMIO, a page
                // crossing, an observed line) ends the block after the instruction, since it may
                // have stopped the hart or overwritten code. Jumps and branches set the pc themselves.
                int kind = fl >>> 25;
                if (kind < 12) {
                    switch (kind) {
                        case Kind.ADDI -> x[rd] = x[rs1] + imm;
                        case Kind.ADD -> x[rd] = x[rs1] + x[rs2];
                        case Kind.OR -> x[rd] = x[rs1] | x[rs2];
                        case Kind.ADDIW -> x[rd] = (int) (x[rs1] + imm);
                        case Kind.SLLIW -> x[rd] = (int) x[rs1] << imm;
                        case Kind.ADDW -> x[rd] = (int) (x[rs1] + x[rs2]);
                        case Kind.LD -> {
                            long va = x[rs1] + imm;
                            int t = loadHit(va, 7);
                            if (t >= 0) {
                                x[rd] = Ram.loadLong(loadPage[t], (int) va & 0xfff);
                            } else {
                                x[rd] = loadMissed(va, 8, true, base + offsets[i]);
                                nextPc = base + offsets[i + 1];
                                return i + 1;
                            }
                        }
                        case Kind.SD -> {
                            long va = x[rs1] + imm;
                            int t = unobservedStoreHit(va, 7);
                            if (t >= 0) {
                                Ram.storeLong(storePage[t], (int) va & 0xfff, x[rs2]);
                                continue;
                            }
                            if (!storeMissed(va, 8, x[rs2], base + offsets[i])) {
                                continue;
                            }
                            nextPc = base + offsets[i + 1];
                            return i + 1;
                        }
                        case Kind.JAL -> {
                            long at = base + offsets[i];
                            x[rd] = base + offsets[i + 1];
                            nextPc = at + imm;
                            return i + 1;
                        }
                        case Kind.BEQ -> {
                            nextPc = x[rs1] == x[rs2] ? base + offsets[i] + imm : base + offsets[i + 1];
                            return i + 1;
                        }
                        case Kind.BNE -> {
                            nextPc = x[rs1] != x[rs2] ? base + offsets[i] + imm : base + offsets[i + 1];
                            return i + 1;
                        }
                    }
                } else if (kind < 24) {
                    switch (kind) {
                        case Kind.LUI -> x[rd] = imm;
                        case Kind.AUIPC -> x[rd] = base + offsets[i] + imm;
                        case Kind.ANDI -> x[rd] = x[rs1] & imm;
                        case Kind.SLLI -> x[rd] = x[rs1] << imm;
                        case Kind.XOR -> x[rd] = x[rs1] ^ x[rs2];
                        case Kind.SRLIW -> x[rd] = (int) x[rs1] >>> imm;
                        case Kind.LBU -> {
                            long va = x[rs1] + imm;
                            int t = loadHit(va, 0);
                            if (t >= 0) {
                                x[rd] = loadPage[t][(int) va & 0xfff] & 0xffL;
                            } else {
                                x[rd] = loadMissed(va, 1, false, base + offsets[i]);
                                nextPc = base + offsets[i + 1];
                                return i + 1;
                            }
                        }
                        case Kind.LW -> {
                            long va = x[rs1] + imm;
                            int t = loadHit(va, 3);
                            if (t >= 0) {
                                x[rd] = Ram.loadInt(loadPage[t], (int) va & 0xfff);
                            } else {
                                x[rd] = loadMissed(va, 4, true, base + offsets[i]);
                                nextPc = base + offsets[i + 1];
                                return i + 1;
                            }
                        }
                        case Kind.SW -> {
                            long va = x[rs1] + imm;
                            int t = unobservedStoreHit(va, 3);
                            if (t >= 0) {
                                Ram.storeInt(storePage[t], (int) va & 0xfff, (int) x[rs2]);
                                continue;
                            }
                            if (!storeMissed(va, 4, x[rs2], base + offsets[i])) {
                                continue;
                            }
                            nextPc = base + offsets[i + 1];
                            return i + 1;
                        }
                        case Kind.FLOAT -> {
                            long at = base + offsets[i];
                            this.pc = at;
                            leaveBlock = false;
                            HartFpu.execute(this, b.insns[i], fl, imm, at);
                            if (leaveBlock) { // its load or store went out of line
                                nextPc = base + offsets[i + 1];
                                return i + 1;
                            }
                        }
                        case Kind.JALR -> {
                            long target = (x[rs1] + imm) & ~1L;
                            x[rd] = base + offsets[i + 1];
                            nextPc = target;
                            return i + 1;
                        }
                        case Kind.OTHER -> { // a case, not the default: C1 tries the default after every case
                            long at = base + offsets[i];
                            this.pc = at;
                            this.steps = steps0 + i; // CSRs read the counters
                            executeSystemOrExtension(b.insns[i], fl, imm, at, offsets[i + 1] - offsets[i]);
                            this.steps = steps0;
                            nextPc = this.pc;
                            return i + 1;
                        }
                    }
                } else if (kind < 40) {
                    switch (kind) {
                        case Kind.XORI -> x[rd] = x[rs1] ^ imm;
                        case Kind.SRLI -> x[rd] = x[rs1] >>> imm;
                        case Kind.SRAI -> x[rd] = x[rs1] >> imm;
                        case Kind.SUB -> x[rd] = x[rs1] - x[rs2];
                        case Kind.SLTU -> x[rd] = x[rs1] + Long.MIN_VALUE < x[rs2] + Long.MIN_VALUE ? 1 : 0;
                        case Kind.AND -> x[rd] = x[rs1] & x[rs2];
                        case Kind.SRAIW -> x[rd] = (int) x[rs1] >> imm;
                        case Kind.SUBW -> x[rd] = (int) (x[rs1] - x[rs2]);
                        case Kind.MUL -> x[rd] = x[rs1] * x[rs2];
                        case Kind.LHU -> {
                            long va = x[rs1] + imm;
                            int t = loadHit(va, 1);
                            if (t >= 0) {
                                x[rd] = Ram.loadShort(loadPage[t], (int) va & 0xfff) & 0xffffL;
                            } else {
                                x[rd] = loadMissed(va, 2, false, base + offsets[i]);
                                nextPc = base + offsets[i + 1];
                                return i + 1;
                            }
                        }
                        case Kind.SB -> {
                            long va = x[rs1] + imm;
                            int t = unobservedStoreHit(va, 0);
                            if (t >= 0) {
                                storePage[t][(int) va & 0xfff] = (byte) x[rs2];
                                continue;
                            }
                            if (!storeMissed(va, 1, x[rs2], base + offsets[i])) {
                                continue;
                            }
                            nextPc = base + offsets[i + 1];
                            return i + 1;
                        }
                        case Kind.SH -> {
                            long va = x[rs1] + imm;
                            int t = unobservedStoreHit(va, 1);
                            if (t >= 0) {
                                Ram.storeShort(storePage[t], (int) va & 0xfff, (short) x[rs2]);
                                continue;
                            }
                            if (!storeMissed(va, 2, x[rs2], base + offsets[i])) {
                                continue;
                            }
                            nextPc = base + offsets[i + 1];
                            return i + 1;
                        }
                        case Kind.BLT -> {
                            nextPc = x[rs1] < x[rs2] ? base + offsets[i] + imm : base + offsets[i + 1];
                            return i + 1;
                        }
                        case Kind.BGE -> {
                            nextPc = x[rs1] >= x[rs2] ? base + offsets[i] + imm : base + offsets[i + 1];
                            return i + 1;
                        }
                        case Kind.BLTU -> {
                            // unsigned order: flip the sign bits and compare signed (cheaper than compareUnsigned)
                            nextPc = x[rs1] + Long.MIN_VALUE < x[rs2] + Long.MIN_VALUE ? base + offsets[i] + imm
                                    : base + offsets[i + 1];
                            return i + 1;
                        }
                        case Kind.BGEU -> {
                            nextPc = x[rs1] + Long.MIN_VALUE >= x[rs2] + Long.MIN_VALUE ? base + offsets[i] + imm
                                    : base + offsets[i + 1];
                            return i + 1;
                        }
                    }
                } else {
                    switch (kind) {
                        case Kind.SLTI -> x[rd] = x[rs1] < imm ? 1 : 0;
                        case Kind.SLTIU -> x[rd] = x[rs1] + Long.MIN_VALUE < imm + Long.MIN_VALUE ? 1 : 0;
                        case Kind.ORI -> x[rd] = x[rs1] | imm;
                        case Kind.SLL -> x[rd] = x[rs1] << x[rs2];
                        case Kind.SLT -> x[rd] = x[rs1] < x[rs2] ? 1 : 0;
                        case Kind.SRL -> x[rd] = x[rs1] >>> x[rs2];
                        case Kind.SRA -> x[rd] = x[rs1] >> x[rs2];
                        case Kind.SLLW -> x[rd] = (int) x[rs1] << (int) x[rs2];
                        case Kind.SRLW -> x[rd] = (int) x[rs1] >>> (int) x[rs2];
                        case Kind.SRAW -> x[rd] = (int) x[rs1] >> (int) x[rs2];
                        case Kind.MULH -> x[rd] = Math.multiplyHigh(x[rs1], x[rs2]);
                        case Kind.MULHSU -> x[rd] = mulhsu(x[rs1], x[rs2]);
                        case Kind.MULHU -> x[rd] = Math.unsignedMultiplyHigh(x[rs1], x[rs2]);
                        case Kind.DIV -> x[rd] = div(x[rs1], x[rs2]);
                        case Kind.DIVU -> { long d = x[rs2]; x[rd] = d == 0 ? -1 : Long.divideUnsigned(x[rs1], d); }
                        case Kind.REM -> x[rd] = rem(x[rs1], x[rs2]);
                        case Kind.REMU -> { long d = x[rs2]; x[rd] = d == 0 ? x[rs1] : Long.remainderUnsigned(x[rs1], d); }
                        case Kind.MULW -> x[rd] = (int) x[rs1] * (int) x[rs2];
                        case Kind.DIVW -> x[rd] = divw((int) x[rs1], (int) x[rs2]);
                        case Kind.DIVUW -> { int d = (int) x[rs2]; x[rd] = d == 0 ? -1 : Integer.divideUnsigned((int) x[rs1], d); }
                        case Kind.REMW -> x[rd] = remw((int) x[rs1], (int) x[rs2]);
                        case Kind.REMUW -> { int d = (int) x[rs2]; x[rd] = d == 0 ? (int) x[rs1] : Integer.remainderUnsigned((int) x[rs1], d); }
                        case Kind.LB -> {
                            long va = x[rs1] + imm;
                            int t = loadHit(va, 0);
                            if (t >= 0) {
                                x[rd] = loadPage[t][(int) va & 0xfff];
                            } else {
                                x[rd] = loadMissed(va, 1, true, base + offsets[i]);
                                nextPc = base + offsets[i + 1];
                                return i + 1;
                            }
                        }
                        case Kind.LH -> {
                            long va = x[rs1] + imm;
                            int t = loadHit(va, 1);
                            if (t >= 0) {
                                x[rd] = Ram.loadShort(loadPage[t], (int) va & 0xfff);
                            } else {
                                x[rd] = loadMissed(va, 2, true, base + offsets[i]);
                                nextPc = base + offsets[i + 1];
                                return i + 1;
                            }
                        }
                        case Kind.LWU -> {
                            long va = x[rs1] + imm;
                            int t = loadHit(va, 3);
                            if (t >= 0) {
                                x[rd] = Ram.loadInt(loadPage[t], (int) va & 0xfff) & 0xffffffffL;
                            } else {
                                x[rd] = loadMissed(va, 4, false, base + offsets[i]);
                                nextPc = base + offsets[i + 1];
                                return i + 1;
                            }
                        }
                        case Kind.BITS -> x[rd] = BitManip.execute(b.insns[i], x[rs1], x[rs2], imm);
                    }
                }
            }
        } catch (TrapException t) {
            this.pc = base + offsets[i];
            this.steps = steps0 + i;
            throw t;
        }
        nextPc = base + offsets[n];
        return n;
    }

    /**
     * Translates {@code b}, which starts at {@code pc} in the current code page, if at least its
     * first instruction can be: alone (the first tier, cheap to make and for HotSpot to compile,
     * which is what a boot's warm code needs) or with the blocks it jumps to ({@code region}: the
     * second tier, for code that stays hot). Later runs take {@link #runTranslated}, from the
     * next slice on when the translator thread makes it ({@link BackgroundTranslator}).
     */
    private void translateBlock(Block b, long pc, boolean region) {
        if (RegionCompiler.translatable(b) == 0) {
            return;
        }
        blocksTranslated++;
        b.hot = true;
        DecodedPage regionPage = region ? currentPage : null;
        int offset = (int) pc & 0xfff;
        if (translateInBackground) {
            background.submit(b, currentPage, regionPage, offset);
        } else {
            install(b, RegionCompiler.compile(b, regionPage, offset));
        }
    }

    /** Makes {@code b} enter translation {@code t} from now on (on this hart's thread). */
    private void install(Block b, RegionCompiler.Translation t) {
        for (Block m : t.members()) {
            m.inRegion = true; // its hot path runs in this region: a second one of its own stays small
        }
        b.translatedLength = t.length();
        b.translatedRanges = t.ranges();
        b.translated = t.code();
        b.breakpointSet = null; // what its translation reaches changed
    }

    /**
     * Entries into translated code from the blocks of the RAM page holding {@code pa}: the run
     * counts the dispatcher keeps anyway (for the region tier), so tests see how far regions ran
     * each time without a counter on the hot path.
     */
    long translatedRunsInPage(long pa) {
        DecodedPage page = code.page(pa - ramBase);
        long n = 0;
        for (Block b : page.blocks) {
            if (b != null && b.generation == page.generation) {
                n += b.translatedRuns;
            }
        }
        return n;
    }

    /**
     * Runs the region block {@code b} enters, with {@code b} starting at {@code base}, for at
     * most {@code budget} steps: returns how many instructions ran, leaves the next pc in
     * {@link #nextPc}, and a trap leaves {@link #pc} and {@link #steps} at the trapping
     * instruction (the translated code set the pc before the call that trapped).
     */
    private int runTranslated(Block b, long base, int budget) {
        try {
            return b.translated.run(this, base, budget);
        } catch (TrapException t) {
            this.steps += blockIndex; // the steps of this run before the trapping instruction
            throw t;
        }
    }

    static long mulhsu(long a, long b) {
        // signed a times unsigned b: the unsigned high product, corrected when a is negative
        long high = Math.unsignedMultiplyHigh(a, b);
        return a < 0 ? high - b : high;
    }

    static long divu(long a, long b) {
        return b == 0 ? -1 : Long.divideUnsigned(a, b);
    }

    static long remu(long a, long b) {
        return b == 0 ? a : Long.remainderUnsigned(a, b);
    }

    static long divuw(int a, int b) {
        return b == 0 ? -1 : Integer.divideUnsigned(a, b);
    }

    static long remuw(int a, int b) {
        return b == 0 ? a : Integer.remainderUnsigned(a, b);
    }

    static long div(long a, long b) {
        if (b == 0) {
            return -1;
        }
        return b == -1 ? -a : a / b; // Long.MIN_VALUE / -1 overflows to Long.MIN_VALUE, as specified
    }

    static long rem(long a, long b) {
        if (b == 0) {
            return a;
        }
        return b == -1 ? 0 : a % b;
    }

    static long divw(int a, int b) {
        if (b == 0) {
            return -1;
        }
        return b == -1 ? -a : a / b;
    }

    static long remw(int a, int b) {
        if (b == 0) {
            return a;
        }
        return b == -1 ? 0 : a % b;
    }

    /** A load that missed the TLB fast path (the instruction at {@code at}): its value, extended. */
    long loadMissed(long va, int size, boolean signed, long at) {
        pc = at;
        long v = loadSlow(va, size);
        int shift = 64 - 8 * size;
        return signed ? v << shift >> shift : v << shift >>> shift;
    }

    /**
     * A translated load that missed the TLB fast path: done as {@link #loadMissed}, with what the
     * region would set around the call (blockIndex before, and where and after how many steps it
     * returns) set here, which keeps its out-of-line code small. {@code where} packs the
     * instruction as {@link RegionCompiler#where} does; {@code done} counts the region's steps
     * before its block, {@code base} is the region's entry address.
     */
    long loadMissedIn(long va, int done, long where, long base) {
        blockIndex = done + RegionCompiler.index(where);
        long v = loadMissed(va, RegionCompiler.size(where), RegionCompiler.signed(where), base + RegionCompiler.at(where));
        leaveAfter(where, base);
        return v;
    }

    /**
     * A translated store that missed the fast path: {@link #storeMissed}, with what the region
     * would set around the call set here (as {@link #loadMissedIn}); true when the region leaves
     * after it.
     */
    boolean storeMissedIn(long va, long value, int done, long where, long base) {
        blockIndex = done + RegionCompiler.index(where);
        if (!storeMissed(va, RegionCompiler.size(where), value, base + RegionCompiler.at(where))) {
            return false;
        }
        leaveAfter(where, base);
        return true;
    }

    /** Where and after how many steps a region leaves after the access {@code where} packs (blockIndex set). */
    private void leaveAfter(long where, long base) {
        nextPc = base + RegionCompiler.next(where);
        exitSteps = blockIndex + 1;
    }

    /**
     * A store (the instruction at {@code at}) that missed the fast path, which holds pages without
     * observed lines only ({@link #unobservedStoreTag}); true when the block, interpreted or
     * translated, must end after it: it went to the slow path, or into an observed line (whose
     * observers may stop the hart or drop code).
     */
    boolean storeMissed(long va, int size, long value, long at) {
        int t = storeHit(va, size - 1);
        if (t < 0) {
            pc = at;
            storeSlow(va, size, value);
            return true;
        }
        byte[] page = storePage[t];
        int offset = (int) va & 0xfff;
        switch (size) {
            case 1 -> page[offset] = (byte) value;
            case 2 -> Ram.storeShort(page, offset, (short) value);
            case 4 -> Ram.storeInt(page, offset, (int) value);
            default -> Ram.storeLong(page, offset, value);
        }
        int index = storeRamOffset[t] + offset;
        if (observed(index, size) == 0) {
            return false;
        }
        pc = at;
        codeWritten(index, size);
        return true;
    }

    /** System instructions and atomics (F and D go to {@link HartFpu}, Zb* to {@link BitManip}): kept out of {@link #runBlock} so that stays small. */
    private void executeSystemOrExtension(Insn op, int fl, int imm, long pc, int len) {
        int rd = fl & 63;
        int rs1 = (fl >>> 6) & 31;
        int rs2 = (fl >>> 11) & 31;
        switch (op) {
            case FENCE, FENCE_I -> this.pc = pc + len; // one host thread, coherent code cache
            case ECALL -> throw raise(TrapCause.ECALL_FROM_U + priv, 0);
            case EBREAK -> {
                if (debug.ebreakHandler == null || !debug.ebreakHandler.handle(id, pc)) {
                    throw raise(TrapCause.BREAKPOINT, pc);
                }
                this.pc = pc + len; // answered by the host: go on after the ebreak
            }
            case CSRRW, CSRRS, CSRRC, CSRRWI, CSRRSI, CSRRCI -> {
                if (HartCsrs.execute(this, op, rd, rs1, imm & 0xfff, pc, len)) {
                    sliceLimit = 0; // a write may unmask an interrupt; a read (rdtime in a delay loop) changes nothing
                }
                this.pc = pc + len;
            }
            case MRET -> mret(pc);
            case SRET -> sret(pc);
            case WFI -> wfi(pc, len);
            case SFENCE_VMA -> {
                if (priv == U || (priv == S && (mstatus & TVM) != 0)) {
                    throw illegal(pc);
                }
                if (rs1 != 0) {
                    flushPage(x[rs1]); // one address (any ASID: entries carry no ASID tag)
                } else {
                    flushTranslations();
                }
                this.pc = pc + len;
            }
            default -> {
                executeAtomic(op, rd, rs1, rs2);
                this.pc = pc + len;
            }
        }
    }

    private TrapException illegal(long pc) {
        return raise(TrapCause.ILLEGAL_INSTRUCTION, instructionBits(pc));
    }

    /** The raw bits of the instruction at {@code pc}, for mtval on illegal instruction (section 3.1.16). */
    long instructionBits(long pc) {
        try {
            long low = fetch16(pc) & 0xffffL;
            return (low & 3) == 3 ? low | (fetch16(pc + 2) & 0xffffL) << 16 : low;
        } catch (TrapException e) {
            return 0;
        }
    }

    TrapException raise(int cause, long tval) {
        trap.cause = cause;
        trap.tval = tval;
        return trap;
    }

    private void mret(long pc) {
        if (priv < M) {
            throw illegal(pc);
        }
        int previous = (int) ((mstatus & MPP) >>> MPP_SHIFT);
        long s = mstatus;
        s = (s & MPIE) != 0 ? s | MIE : s & ~MIE;
        s |= MPIE;
        s &= ~MPP;
        if (previous != M) {
            s &= ~MPRV;
        }
        mstatus = s;
        priv = previous;
        this.pc = mepc;
        flushTranslations();
        sliceLimit = 0;
    }

    private void sret(long pc) {
        if (priv < S || (priv == S && (mstatus & TSR) != 0)) {
            throw illegal(pc);
        }
        int previous = (mstatus & SPP) != 0 ? S : U;
        long s = mstatus;
        s = (s & SPIE) != 0 ? s | SIE : s & ~SIE;
        s |= SPIE;
        s &= ~SPP;
        s &= ~MPRV;
        mstatus = s;
        priv = previous;
        this.pc = sepc;
        flushTranslations();
        sliceLimit = 0;
    }

    private void wfi(long pc, int len) {
        // U-mode wfi and TW=1 below M are illegal (section 3.1.6.5); we never wait "a bounded time"
        if (priv == U || (priv < M && (mstatus & TW) != 0)) {
            throw illegal(pc);
        }
        this.pc = pc + len;
        if ((mip() & mie) == 0) {
            waitingForInterrupt = true;
        } else if (takeableInterrupts() == 0) {
            // an interrupt pending in mie ends a wfi even while masked (section 3.3.3), so the
            // guest can only loop around it polling memory; nothing it polls changes before the
            // other harts and the devices have their turns, so the hart spends the rest of its
            // quantum idle instead of spinning through it (how long a wfi takes is ours to choose)
            yielding = true;
        }
        sliceLimit = 0;
    }

    private void executeAtomic(Insn op, int rd, int rs1, int rs2) {
        long va = x[rs1];
        boolean word = switch (op) {
            case LR_W, SC_W, AMOSWAP_W, AMOADD_W, AMOXOR_W, AMOAND_W, AMOOR_W, AMOMIN_W, AMOMAX_W, AMOMINU_W,
                    AMOMAXU_W -> true;
            default -> false;
        };
        int size = word ? 4 : 8;
        boolean lr = op == Insn.LR_W || op == Insn.LR_D, sc = op == Insn.SC_W || op == Insn.SC_D;
        if (!lr) {
            dataTrigger(Triggers.STORE, va, size);
        }
        if (!sc) {
            dataTrigger(Triggers.LOAD, va, size); // an AMO both loads and stores
        }
        if ((va & (size - 1)) != 0) {
            throw raise(lr ? TrapCause.LOAD_ADDRESS_MISALIGNED : TrapCause.STORE_ADDRESS_MISALIGNED, va);
        }
        if (lr) {
            long pa = physical(va, size, LOAD);
            long v = ramOrFault(pa, size, TrapCause.LOAD_ACCESS_FAULT, va);
            reservations.reserve(id, pa);
            x[rd] = word ? (int) v : v;
            return;
        }
        long pa = physical(va, size, STORE);
        if (!pmp.allows(pa, size, LOAD, dataPriv())) {
            throw raise(TrapCause.STORE_ACCESS_FAULT, va);
        }
        if (op == Insn.SC_W || op == Insn.SC_D) {
            if (reservations.consume(id, pa)) {
                ramOrFault(pa, size, TrapCause.STORE_ACCESS_FAULT, va);
                watchAccess(va, pa, size, true);
                bus.store(pa, size, x[rs2], id);
                x[rd] = 0;
            } else {
                x[rd] = 1;
            }
            return;
        }
        long old = ramOrFault(pa, size, TrapCause.STORE_ACCESS_FAULT, va);
        if (word) {
            old = (int) old;
        }
        long src = word ? (int) x[rs2] : x[rs2];
        long result = switch (op) {
            case AMOSWAP_W, AMOSWAP_D -> src;
            case AMOADD_W, AMOADD_D -> old + src;
            case AMOXOR_W, AMOXOR_D -> old ^ src;
            case AMOAND_W, AMOAND_D -> old & src;
            case AMOOR_W, AMOOR_D -> old | src;
            case AMOMIN_W, AMOMIN_D -> Math.min(old, src);
            case AMOMAX_W, AMOMAX_D -> Math.max(old, src);
            case AMOMINU_W, AMOMINU_D -> Long.compareUnsigned(old, src) < 0 ? old : src;
            default -> Long.compareUnsigned(old, src) > 0 ? old : src;
        };
        watchAccess(va, pa, size, false);
        watchAccess(va, pa, size, true);
        bus.store(pa, size, result, id);
        x[rd] = old;
    }

    /** AMOs need RAM (no device implements atomics); anything else is an access fault. */
    private long ramOrFault(long pa, int size, int cause, long va) {
        if (!bus.isRam(pa, size)) {
            throw raise(cause, va);
        }
        return bus.load(pa, size);
    }

    // ---------------------------------------------------------------------------------------
    // Traps and interrupts (Privileged ISA sections 3.1.9, 3.3.1, 4.1.1)

    /** menvcfg.STCE (Sstc 1.0): the supervisor timer interrupt comes from stimecmp. */
    static final long STCE = 1L << 63;
    static final long STIP = 1L << TrapCause.SUPERVISOR_TIMER_INTERRUPT;

    /**
     * The pending interrupts: the software-writable bits and the wires. STIP is the software bit
     * unless menvcfg.STCE gives it to the stimecmp wire, where it is read-only (Sstc 1.0).
     */
    long mip() {
        long stip = (menvcfg & STCE) != 0 ? mipHardware & STIP : mipSoftware & STIP;
        return ((mipSoftware | mipHardware) & ~STIP) | stip;
    }

    /** An interrupt wire into this hart driving mip bit {@code bit} (MSIP 3, MTIP 7, SEIP 9, MEIP 11...). */
    public IrqLine interruptLine(int bit) {
        long mask = 1L << bit;
        return level -> {
            synchronized (this) {
                mipHardware = level ? mipHardware | mask : mipHardware & ~mask;
            }
        };
    }

    private static final int[] INTERRUPT_PRIORITY = {11, 3, 7, 9, 1, 5};

    private void takePendingInterrupt() {
        long candidates = takeableInterrupts();
        if (candidates == 0) {
            return;
        }
        for (int cause : INTERRUPT_PRIORITY) {
            if ((candidates & (1L << cause)) != 0) {
                takeTrap(cause, 0, true);
                return;
            }
        }
    }

    /** The interrupts pending, enabled in mie and not masked by the privilege and mstatus (section 3.1.6.1). */
    private long takeableInterrupts() {
        long pending = mip() & mie;
        if (pending == 0) {
            return 0;
        }
        boolean mEnabled = priv < M || (mstatus & MIE) != 0;
        boolean sEnabled = priv < S || (priv == S && (mstatus & SIE) != 0);
        return (mEnabled ? pending & ~mideleg : 0) | (sEnabled ? pending & mideleg : 0);
    }

    void takeTrap(int cause, long tval, boolean interrupt) {
        int previousPriv = priv;
        long delegation = interrupt ? mideleg : medeleg;
        long causeValue = interrupt ? (1L << 63) | cause : cause;
        long epc = pc;
        if (priv <= S && ((delegation >>> cause) & 1) != 0) {
            scause = causeValue;
            sepc = epc;
            stval = tval;
            long s = mstatus;
            s = (s & SIE) != 0 ? s | SPIE : s & ~SPIE;
            s &= ~SIE;
            s = priv == S ? s | SPP : s & ~SPP;
            mstatus = s;
            priv = S;
            pc = (stvec & ~3L) + ((stvec & 1) != 0 && interrupt ? 4L * cause : 0);
        } else {
            mcause = causeValue;
            mepc = epc;
            mtval = tval;
            long s = mstatus;
            s = (s & MIE) != 0 ? s | MPIE : s & ~MPIE;
            s &= ~MIE;
            s = (s & ~MPP) | ((long) priv << MPP_SHIFT);
            mstatus = s;
            priv = M;
            pc = (mtvec & ~3L) + ((mtvec & 1) != 0 && interrupt ? 4L * cause : 0);
        }
        waitingForInterrupt = false;
        flushTranslations();
        sliceLimit = 0;
        if (trapListener != null) {
            trapListener.trapTaken(id, steps, causeValue, epc, tval, previousPriv, priv);
        }
        if (!interrupt && pc == epc && priv == previousPriv) {
            // same instruction, same mode, same state: it would trap again and again
            stop(new StopEvent(StopReason.TRAP_LOOP, id, pc, causeValue, tval, String.format(
                    "%s at 0x%x, which is the trap handler's own address (mtvec 0x%x, stvec 0x%x): no progress possible",
                    TrapCause.describe(cause, false), epc, mtvec, stvec)));
            return;
        }
        if (debug.catches(cause, interrupt)) {
            stop(new StopEvent(StopReason.TRAP, id, pc, causeValue, tval,
                    TrapCause.describe(cause, interrupt) + String.format(" at 0x%x", epc)));
        }
    }

    // ---------------------------------------------------------------------------------------
    // Counters (Unprivileged ISA chapter 10; Privileged section 3.1.11-3.1.12)

    long retired() {
        return steps - trapsTaken - idleSteps;
    }

    long minstret() {
        return (mcountinhibit & 4) != 0 ? frozenInstret : retired() + instretOffset;
    }

    long mcycle() {
        return (mcountinhibit & 1) != 0 ? frozenCycle : steps + cycleOffset;
    }

    /**
     * Sets minstret. A CSR instruction's own retirement does not count on top of the value it
     * writes (section 3.1.11), hence {@code byInstruction}.
     */
    void setMinstret(long value, boolean byInstruction) {
        frozenInstret = value;
        instretOffset = value - retired() - (byInstruction ? 1 : 0);
    }

    void setMcycle(long value, boolean byInstruction) {
        frozenCycle = value;
        cycleOffset = value - steps - (byInstruction ? 1 : 0);
    }

    /** mcountinhibit: an inhibited counter keeps its value; counting resumes from there. */
    void setCountInhibit(long value, boolean byInstruction) {
        int extra = byInstruction ? 1 : 0;
        if ((mcountinhibit & 4) == 0 && (value & 4) != 0) {
            frozenInstret = minstret() + extra;
        } else if ((mcountinhibit & 4) != 0 && (value & 4) == 0) {
            instretOffset = frozenInstret - retired() - extra;
        }
        if ((mcountinhibit & 1) == 0 && (value & 1) != 0) {
            frozenCycle = mcycle() + extra;
        } else if ((mcountinhibit & 1) != 0 && (value & 1) == 0) {
            cycleOffset = frozenCycle - steps - extra;
        }
        mcountinhibit = value;
    }

    long frozenInstret, frozenCycle;

    // ---------------------------------------------------------------------------------------
    // Memory: loads and stores with the TLB fast path

    int dataPriv() {
        return (mstatus & MPRV) != 0 && priv == M ? (int) ((mstatus & MPP) >>> MPP_SHIFT) : priv;
    }

    // The TLB fast path, written once here for the interpreter and the F and D loads and stores
    // (RegionCompiler emits the same checks as bytecode); each is small enough for C1 to inline.
    // A load or store entry's tag is the virtual address of its page, whose low page-number bits
    // are the entry's index, so comparing the tag at the first byte's index with the page of the
    // last byte checks both the hit and that the access stays in the page. (An address, not a page
    // number: C1 shifts longs by cl only, a mask costs less.) C1 inlines up to 35 bytes of
    // bytecode: an early return is two bytes shorter than the conditional expression, which made
    // these 36 bytes, a call for every load and store the interpreter ran.

    /** The TLB entry holding a load of {@code last} + 1 bytes at {@code va}, all in one page; else -1. */
    private int loadHit(long va, long last) {
        int t = (int) va >>> 12 & TLB_MASK;
        if (loadTag[t] != (va + last & PAGE)) {
            return -1;
        }
        return t;
    }

    /** The TLB entry holding a store of {@code last} + 1 bytes at {@code va}, all in one page; else -1. */
    private int storeHit(long va, long last) {
        int t = (int) va >>> 12 & TLB_MASK;
        if (storeTag[t] != (va + last & PAGE)) {
            return -1;
        }
        return t;
    }

    /**
     * The TLB entry holding a store of {@code last} + 1 bytes at {@code va}, all in one page
     * without observed lines (no line check needed); else -1.
     */
    private int unobservedStoreHit(long va, long last) {
        int t = (int) va >>> 12 & TLB_MASK;
        if (unobservedStoreTag[t] != (va + last & PAGE)) {
            return -1;
        }
        return t;
    }

    /** The observed lines among those a store of {@code size} bytes at RAM offset {@code index} touches (0: none). */
    private long observed(int index, int size) {
        return observedLines[index >>> 12] & (1L << (index >>> Bus.LINE_SHIFT) | 1L << ((index + size - 1) >>> Bus.LINE_SHIFT));
    }

    int load32(long va) {
        int t = loadHit(va, 3);
        return t >= 0 ? Ram.loadInt(loadPage[t], (int) va & 0xfff) : (int) loadSlow(va, 4);
    }

    long load64(long va) {
        int t = loadHit(va, 7);
        return t >= 0 ? Ram.loadLong(loadPage[t], (int) va & 0xfff) : loadSlow(va, 8);
    }

    void store32(long va, int v) {
        int t = unobservedStoreHit(va, 3);
        if (t >= 0) {
            Ram.storeInt(storePage[t], (int) va & 0xfff, v);
        } else {
            storeMissed(va, 4, v, pc);
        }
    }

    void store64(long va, long v) {
        int t = unobservedStoreHit(va, 7);
        if (t >= 0) {
            Ram.storeLong(storePage[t], (int) va & 0xfff, v);
        } else {
            storeMissed(va, 8, v, pc);
        }
    }

    /** A store hit an observed line (code, reservation, tohost): tell the observers. */
    private void codeWritten(int index, int size) {
        leaveBlock = true;
        bus.stored(ramBase + Integer.toUnsignedLong(index), size, id); // RAM offsets up to 4 GiB: unsigned
    }

    private long loadSlow(long va, int size) {
        leaveBlock = true;
        if ((va & 0xfff) > 0x1000 - size) {
            long v = 0; // crosses a page: byte by byte, each byte translated on its own
            for (int b = 0; b < size; b++) {
                v |= (loadSlow(va + b, 1) & 0xff) << (8 * b);
            }
            return v;
        }
        dataTrigger(Triggers.LOAD, va, size);
        long pa = physical(va, size, LOAD);
        watchAccess(va, pa, size, false);
        if (bus.isRam(pa, size)) {
            if (!triggers.load && !debug.watchesPage(va, pa, false) && pmp.allows(pa & ~0xfffL, 4096, LOAD, dataPriv())) {
                int i = (int) (va >>> 12) & TLB_MASK;
                loadPage[i] = ram.pageForRead((int) ((pa - ramBase) >>> 12));
                loadTag[i] = va & PAGE;
            }
            return ram.load(pa - ramBase, size);
        }
        if ((pa & (size - 1)) != 0) {
            throw raise(TrapCause.LOAD_ACCESS_FAULT, va); // device registers are accessed aligned only
        }
        try {
            return bus.load(pa, size);
        } catch (BusErrorException e) {
            throw raise(TrapCause.LOAD_ACCESS_FAULT, va);
        } finally {
            deviceAccessed();
        }
    }

    private void storeSlow(long va, int size, long value) {
        leaveBlock = true;
        if ((va & 0xfff) > 0x1000 - size) {
            for (int b = 0; b < size; b++) {
                dataTrigger(Triggers.STORE, va + b, 1);
                physical(va + b, 1, STORE); // check every byte before writing any
            }
            for (int b = 0; b < size; b++) {
                storeSlow(va + b, 1, value >>> (8 * b));
            }
            return;
        }
        dataTrigger(Triggers.STORE, va, size);
        long pa = physical(va, size, STORE);
        watchAccess(va, pa, size, true);
        if (bus.isRam(pa, size)) {
            if (!triggers.store && !debug.watchesPage(va, pa, true) && pmp.allows(pa & ~0xfffL, 4096, STORE, dataPriv())) {
                int i = (int) (va >>> 12) & TLB_MASK;
                int ramPage = (int) ((pa - ramBase) >>> 12);
                storePage[i] = ram.pageForWrite(ramPage);
                storeRamOffset[i] = ramPage << 12;
                storeTag[i] = va & PAGE;
                unobservedStoreTag[i] = observedLines[ramPage] == 0 ? va & PAGE : NO_TAG;
            }
            bus.store(pa, size, value, id);
            return;
        }
        if ((pa & (size - 1)) != 0) {
            throw raise(TrapCause.STORE_ACCESS_FAULT, va);
        }
        try {
            bus.store(pa, size, value, id);
        } catch (BusErrorException e) {
            throw raise(TrapCause.STORE_ACCESS_FAULT, va);
        } finally {
            deviceAccessed();
        }
    }

    /**
     * A device register was read or written: that may raise or lower one of this hart's interrupt
     * wires, so interrupts are looked at before the next instruction. Done at the access rather
     * than wherever a run happens to be cut next, which would let the cut decide when an
     * interrupt is taken.
     */
    private void deviceAccessed() {
        sliceLimit = 0;
    }

    /** Translates and PMP-checks a data access; throws the page or access fault. */
    private long physical(long va, int size, int access) {
        int p = dataPriv();
        long pa = translate(va, access, p, true);
        if (!pmp.allows(pa, size, access, p)) {
            throw raise(access == LOAD ? TrapCause.LOAD_ACCESS_FAULT : TrapCause.STORE_ACCESS_FAULT, va);
        }
        return pa;
    }

    /** Raises the breakpoint exception of an execute trigger matching {@code pc} (Sdtrig). */
    private void executeTrigger(long pc) {
        if (triggers.fires(Triggers.EXECUTE, pc, 1, priv, (mstatus & MIE) != 0)) {
            throw raise(TrapCause.BREAKPOINT, pc);
        }
    }

    /** Raises the breakpoint exception of a load or store trigger ({@code kind}) matching the access, before it. */
    private void dataTrigger(long kind, long va, int size) {
        if ((kind == Triggers.LOAD ? triggers.load : triggers.store)
                && triggers.fires(kind, va, size, priv, (mstatus & MIE) != 0)) {
            throw raise(TrapCause.BREAKPOINT, va);
        }
    }

    private void watchAccess(long va, long pa, int size, boolean write) {
        if (debug.watching()) {
            StopEvent hit = debug.watchpointHit(va, pa, size, write, pc);
            if (hit != null) {
                stop(hit);
            }
        }
    }

    // ---------------------------------------------------------------------------------------
    // Instruction fetch

    /**
     * The block starting at {@code pc}: found in (or built into) the decoded page of the pc's
     * RAM page; for code outside RAM, a one-instruction block decoded afresh every time.
     * Throws the fetch faults of the instruction at {@code pc}, and illegal instruction.
     */
    private Block blockAt(long pc) {
        int t = (int) (pc >>> 12) & TLB_MASK;
        long ramIndex;
        if (fetchTag[t] == pc >>> 12) {
            ramIndex = pc + fetchAddend[t];
        } else {
            long pa = translate(pc, FETCH, priv, true);
            if (!pmp.allows(pa, 2, FETCH, priv)) {
                throw raise(TrapCause.INSTRUCTION_ACCESS_FAULT, pc);
            }
            if (bus.isRam(pa, 2) && pmp.allows(pa & ~0xfffL, 4096, FETCH, priv)) {
                fetchTag[t] = pc >>> 12;
                fetchAddend[t] = (pa & ~0xfffL) - ramBase - (pc & ~0xfffL);
                ramIndex = pa - ramBase;
            } else {
                ramIndex = -1;
            }
        }
        if (ramIndex < 0) {
            currentPage = null;
            return single(pc);
        }
        DecodedPage page = code.page(ramIndex);
        currentPage = page;
        currentPageVa = pc & ~0xfffL;
        int slot = (int) (pc & 0xfff) >>> 1;
        Block b = page.blocks[slot];
        if (b != null && b.generation == page.generation) {
            return b;
        }
        return buildBlock(page, ramIndex & ~0xfffL, slot, pc);
    }

    /**
     * Decodes the block starting at {@code first} of a RAM page (whose whole page the fetch
     * TLB and PMP let this hart execute), caching its instructions and itself in the page.
     * Only the first instruction is required to decode: the block stops before anything that
     * does not, and control reaching it later decides. At the end of the page it runs on into
     * the next one if that is in the fetch TLB (see {@link PageSpan}).
     */
    private Block buildBlock(DecodedPage page, long pageRam, int first, long pc) {
        int n = 0;
        int slot = first;
        boolean open = true;
        while (open && slot < DecodedPage.SLOTS) {
            long o = decodedAt(page, pageRam, slot);
            if (o == 0) {
                if (n == 0) {
                    return single(pc); // crossing into the next page, or illegal: not cached
                }
                open = slot == DecodedPage.SLOTS - 1 && (ram.load(pageRam + 2 * slot, 2) & 3) == 3;
                break;
            }
            n = append(n, o, page.op[slot], (slot - first) * 2);
            slot += 1 + ((int) (o >>> 56) & 1);
            open = !Kind.endsBlock((int) (o >>> 57));
        }
        int end = (slot - first) * 2;
        PageSpan span = null;
        long vpn = (pc >>> 12) + 1;
        int t = (int) vpn & TLB_MASK;
        if (open && fetchTag[t] == vpn && n < DecodedPage.SLOTS / 2) {
            long nextRam = (vpn << 12) + fetchAddend[t];
            DecodedPage next = code.page(nextRam);
            int at = n;
            int nextSlot = 0;
            long lowRam = -1;
            int bits = 0;
            if (slot == DecodedPage.SLOTS - 1) { // the instruction crossing the boundary
                lowRam = pageRam + 2 * slot;
                bits = (int) ram.load(lowRam, 2) | (int) ram.load(nextRam, 2) << 16;
                Decoded d = Decoder.decode(bits);
                if (d != null) {
                    code.cached(lowRam, 2); // a store to either half ends a region running it
                    code.cached(nextRam, 2);
                    n = append(n, pack(d), d.insn(), end);
                    nextSlot = 1;
                    open = !Kind.endsBlock((int) (pack(d) >>> 57));
                }
            }
            if (nextSlot == 1 || lowRam < 0) {
                int nextStart = (DecodedPage.SLOTS - first) * 2;
                while (open && nextSlot < DecodedPage.SLOTS && n < DecodedPage.SLOTS - 1) {
                    long o = decodedAt(next, nextRam, nextSlot);
                    if (o == 0) {
                        break;
                    }
                    n = append(n, o, next.op[nextSlot], nextStart + nextSlot * 2);
                    nextSlot += 1 + ((int) (o >>> 56) & 1);
                    open = !Kind.endsBlock((int) (o >>> 57));
                }
                end = nextStart + nextSlot * 2;
                span = new PageSpan(at, vpn, fetchAddend[t], next, next.generation, lowRam, nextRam, bits);
            }
        }
        blockOffsets[n] = end;
        Block b = new Block(Arrays.copyOf(blockOps, n), Arrays.copyOf(blockInsns, n), Arrays.copyOf(blockOffsets, n + 1),
                n, page.generation, span);
        page.blocks[first] = b;
        return b;
    }

    /** Adds instruction {@code o} at byte {@code offset} of the block being built; returns the new count. */
    private int append(int n, long o, Insn insn, int offset) {
        blockOps[n] = o;
        blockInsns[n] = insn;
        blockOffsets[n] = offset;
        return n + 1;
    }

    /**
     * The packed instruction at {@code slot} of a RAM page, decoded and cached on first use; 0
     * if it does not decode or its upper half lies in the next page.
     */
    private long decodedAt(DecodedPage page, long pageRam, int slot) {
        long o = page.operands[slot];
        if (o != 0) {
            return o;
        }
        long at = pageRam + slot * 2;
        int low = (int) ram.load(at, 2);
        boolean wide = (low & 3) == 3;
        if (wide && slot == DecodedPage.SLOTS - 1) {
            return 0;
        }
        Decoded d = Decoder.decode(wide ? low | (int) ram.load(at + 2, 2) << 16 : low);
        if (d == null) {
            return 0;
        }
        o = pack(d);
        page.op[slot] = d.insn();
        page.operands[slot] = o;
        code.cached(at, d.length());
        return o;
    }

    /** Whether what {@code s} took from the next page still holds: its mapping, its code, the crossing instruction. */
    private boolean holds(PageSpan s) {
        int t = (int) s.vpn() & TLB_MASK;
        return fetchTag[t] == s.vpn() && fetchAddend[t] == s.addend() && s.page().generation == s.generation()
                && (s.lowRam() < 0 || ((int) ram.load(s.lowRam(), 2) | (int) ram.load(s.highRam(), 2) << 16) == s.bits());
    }

    /** A one-instruction block for code that is not cached (outside RAM, or crossing a page), reused. */
    private Block single(long pc) {
        int low = fetch16(pc) & 0xffff;
        boolean wide = (low & 3) == 3;
        int bits = wide ? low | fetch16(pc + 2) << 16 : low;
        Decoded d = Decoder.decode(bits);
        if (d == null) {
            throw raise(TrapCause.ILLEGAL_INSTRUCTION, bits & 0xffffffffL);
        }
        uncached.ops[0] = pack(d);
        uncached.insns[0] = d.insn();
        uncached.offsets[1] = d.length();
        return uncached;
    }

    /** Reads 16 instruction bits at {@code va} through translation and PMP; throws fetch faults. */
    short fetch16(long va) {
        long pa = translate(va, FETCH, priv, true);
        if (!pmp.allows(pa, 2, FETCH, priv)) {
            throw raise(TrapCause.INSTRUCTION_ACCESS_FAULT, va);
        }
        if (bus.isRam(pa, 2)) {
            return (short) ram.load(pa - ramBase, 2);
        }
        try {
            return (short) bus.load(pa, 2);
        } catch (BusErrorException e) {
            throw raise(TrapCause.INSTRUCTION_ACCESS_FAULT, va);
        }
    }

    /**
     * Packs decoded fields for the interpreter: the immediate in the low word; in the high word
     * rd [5:0] (x0 as 32, the sink, when rd names an integer register), rs1 [10:6], rs2 [15:11],
     * rs3 [20:16], rm [23:21], length 4 (1) or 2 (0) [24] and the {@link Kind} [31:25]. The kind
     * is never 0, so a packed instruction is never 0: 0 marks an empty slot.
     */
    static long pack(Decoded d) {
        int rd = d.rd();
        if (rd == 0 && d.insn().writesRd()) {
            rd = 32;
        }
        int fields = rd | d.rs1() << 6 | d.rs2() << 11 | d.rs3() << 16 | d.rm() << 21 | (d.length() == 4 ? 1 : 0) << 24
                | Kind.of(d.insn()) << 25;
        return ((long) fields << 32) | (d.imm() & 0xffffffffL);
    }

    // ---------------------------------------------------------------------------------------
    // Virtual memory (the walk itself is PageWalk's)

    /** Translates {@code va} for {@code access} at privilege {@code p}: see {@link PageWalk#translate}. */
    long translate(long va, int access, int p, boolean enforce) {
        return PageWalk.translate(this, va, access, p, enforce);
    }

    /** Drops the cached translations of the page holding {@code va} (sfence.vma rs1, section 4.2.1). */
    private void flushPage(long va) {
        if (superpageCached) {
            flushTranslations(); // the fenced leaf may be a superpage with entries at other indexes
            return;
        }
        int i = (int) (va >>> 12) & TLB_MASK;
        fetchTag[i] = NO_TAG;
        loadTag[i] = NO_TAG;
        storeTag[i] = NO_TAG;
        unobservedStoreTag[i] = NO_TAG;
        currentPage = null;
    }

    /** Drops every cached translation (satp, sfence.vma, privilege or mstatus/PMP changes). */
    public void flushTranslations() {
        superpageCached = false;
        Arrays.fill(fetchTag, NO_TAG);
        Arrays.fill(loadTag, NO_TAG);
        Arrays.fill(loadPage, null);
        Arrays.fill(storeTag, NO_TAG);
        Arrays.fill(unobservedStoreTag, NO_TAG);
        Arrays.fill(storePage, null);
        currentPage = null;
    }

    /** Drops the entries that hold {@code old}, a page array RAM no longer uses (copy-on-write). */
    private void dropPage(byte[] old) {
        for (int i = 0; i < TLB_SIZE; i++) {
            if (loadPage[i] == old) {
                loadTag[i] = NO_TAG;
                loadPage[i] = null;
            }
            if (storePage[i] == old) {
                storeTag[i] = NO_TAG;
                unobservedStoreTag[i] = NO_TAG;
                storePage[i] = null;
            }
        }
    }

    /** RAM page {@code ramPage} got its first observed line: stores to it must check the lines again. */
    private void firstObservedLine(int ramPage) {
        for (int i = 0; i < TLB_SIZE; i++) {
            if (storeRamOffset[i] == ramPage << 12) {
                unobservedStoreTag[i] = NO_TAG;
            }
        }
    }

    // ---------------------------------------------------------------------------------------
    // Debug hooks (set by Machine)

    /** Lets {@code handler} answer ebreaks that are host calls (null: none are). */
    public void setEbreakHandler(EbreakHandler handler) {
        debug.ebreakHandler = handler;
    }

    public void setTrapListener(TrapListener listener) {
        trapListener = listener;
    }

    /** Breakpoint addresses, sorted; a new array for each new set (see {@link io.guestlab.emulator.Machine#addBreakpoint}). */
    public void setBreakpoints(long[] addresses) {
        debug.setBreakpoints(addresses);
    }

    /** The next run() does not stop at a breakpoint at the current pc (resuming from it). */
    public void resumeFromBreakpoint() {
        debug.resumeFrom(pc);
    }

    public void setWatchpoints(Watchpoint[] list) {
        debug.setWatchpoints(list);
        flushTranslations();
    }

    /** Chooses trap causes that stop the machine: bit n of each mask is cause n. */
    public void setTrapCatch(long exceptions, long interrupts) {
        debug.setTrapCatch(exceptions, interrupts);
    }

    // ---------------------------------------------------------------------------------------
    // State access for the control API: no side effects on TLBs or devices beyond what is named

    public long xreg(int n) {
        return n == 0 ? 0 : x[n];
    }

    public void setXreg(int n, long value) {
        if (n != 0) {
            x[n] = value;
        }
    }

    public long freg(int n) {
        return f[n];
    }

    public void setFreg(int n, long value) {
        f[n] = value;
    }

    public long pc() {
        return pc;
    }

    public void setPc(long value) {
        pc = value & ~1L;
        waitingForInterrupt = false;
    }

    public int privilege() {
        return priv;
    }

    public void setPrivilege(int p) {
        if (p != U && p != S && p != M) {
            throw new IllegalArgumentException("privilege must be 0 (U), 1 (S) or 3 (M), got " + p);
        }
        priv = p;
        flushTranslations();
    }

    /** Reads CSR {@code number} as M-mode would, without side effects; null if this hart has no such CSR. */
    public Long csr(int number) {
        return HartCsrs.peek(this, number);
    }

    /** Writes CSR {@code number} as M-mode would; false if there is no such CSR or it is read-only. */
    public boolean setCsr(int number, long value) {
        return HartCsrs.poke(this, number, value);
    }

    /** Translates a virtual address for the debugger (no A/D updates, no TLB fill); -1 if unmapped. */
    public long debugTranslate(long va, boolean instruction) {
        return translate(va, instruction ? FETCH : LOAD, instruction ? priv : dataPriv(), false);
    }

    /** Instructions retired (minstret without the guest's writes): what --stats reports. */
    public long instructionsRetired() {
        return retired();
    }

    public void setTimeSource(LongSupplier source) {
        timeSource = source;
    }

    /** Gives the hart Sstc: its stimecmp CSR reads and writes {@code read}/{@code write}. */
    public void setSupervisorTimer(LongSupplier read, java.util.function.LongConsumer write) {
        stimecmpRead = read;
        stimecmpWrite = write;
    }
}
