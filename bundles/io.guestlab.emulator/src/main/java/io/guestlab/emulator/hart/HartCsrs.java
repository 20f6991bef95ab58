package io.guestlab.emulator.hart;

import static io.guestlab.emulator.isa.Csr.*;

import io.guestlab.emulator.TrapCause;
import io.guestlab.emulator.isa.Insn;

/**
 * The hart's control and status registers: which exist, who may access them, and the WARL
 * rules of each (Privileged ISA 20211203, chapters 2-4; Zicsr chapter 9 of the unprivileged
 * ISA for the read/modify/write semantics of the six CSR instructions).
 */
final class HartCsrs {

    /** RV64 (MXL=2) with A, C, D, F, I, M, S, U (section 3.1.1). */
    static final long MISA_VALUE = (2L << 62) | 1 | 1 << 2 | 1 << 3 | 1 << 5 | 1 << 8 | 1 << 12 | 1 << 18 | 1 << 20;

    static final long MSTATUS_WRITABLE = Hart.SIE | Hart.MIE | Hart.SPIE | Hart.MPIE | Hart.SPP | Hart.MPP | Hart.FS
            | Hart.MPRV | Hart.SUM | Hart.MXR | Hart.TVM | Hart.TW | Hart.TSR;
    static final long SSTATUS_VISIBLE = Hart.SIE | Hart.SPIE | Hart.SPP | Hart.FS | Hart.SUM | Hart.MXR;
    /** UXL = SXL = 2 (64-bit), read-only. */
    static final long XLEN_FIELDS = (2L << 32) | (2L << 34);
    static final long SD = 1L << 63;
    /** Every exception but ecall-from-M (11) and the reserved codes 10 and 14 can be delegated. */
    static final long MEDELEG_WRITABLE = 0xb3ffL;
    static final long S_INTERRUPTS = 0x222L;
    static final long SEIP = 1L << 9;
    static final long M_AND_S_INTERRUPTS = 0xaaaL;
    static final long SATP_WRITABLE = 0xf000_ffff_ffff_ffffL;

    private HartCsrs() {
    }

    /** Executes a Zicsr instruction (section 9.1); true if it wrote the CSR, false if it only read it. */
    static boolean execute(Hart h, Insn op, int rd, int rs1, int csr, long pc, int len) {
        boolean immediate = op == Insn.CSRRWI || op == Insn.CSRRSI || op == Insn.CSRRCI;
        long source = immediate ? rs1 : h.x[rs1];
        boolean swap = op == Insn.CSRRW || op == Insn.CSRRWI;
        boolean writes = swap || rs1 != 0; // csrrs/csrrc with x0 or zimm 0 only read (section 9.1)
        if (!exists(h, csr) || ((csr >>> 8) & 3) > h.priv || (writes && (csr >>> 10) == 3) || !accessible(h, csr)) {
            throw h.raise(TrapCause.ILLEGAL_INSTRUCTION, h.instructionBits(pc));
        }
        long old = read(h, csr);
        if (writes) {
            // mip.SEIP reads as the software bit OR the PLIC's wire, but csrrs/csrrc modify only
            // the software bit (Privileged ISA 3.1.9): a wire high during OpenSBI's "csrs mip,
            // STIP" must not be latched into the software bit, or SEIP sticks after the wire drops
            // (likewise the stimecmp wire's STIP under Sstc)
            long base = csr == MIP ? h.mipSoftware | (h.mipHardware & ~(SEIP | Hart.STIP)) : old;
            long value = swap ? source : op == Insn.CSRRS || op == Insn.CSRRSI ? base | source : base & ~source;
            write(h, csr, value, true);
        }
        h.x[rd] = old;
        return writes;
    }

    /** Access rules beyond the privilege encoded in the number: counters, TVM, FS. */
    private static boolean accessible(Hart h, int csr) {
        if (csr >= CYCLE && csr <= HPMCOUNTER31) {
            long bit = 1L << (csr - CYCLE);
            if (h.priv < Hart.M && (h.mcounteren & bit) == 0) {
                return false;
            }
            return h.priv != Hart.U || (h.scounteren & bit) != 0;
        }
        if (csr == SATP) {
            return h.priv != Hart.S || (h.mstatus & Hart.TVM) == 0;
        }
        if (csr == FFLAGS || csr == FRM || csr == FCSR) {
            return (h.mstatus & Hart.FS) != 0;
        }
        if (csr == STIMECMP) { // Sstc 1.0: below M, only with menvcfg.STCE and mcounteren.TM
            return h.priv == Hart.M || ((h.menvcfg & Hart.STCE) != 0 && (h.mcounteren & 2) != 0);
        }
        return true;
    }

    /** Whether {@code h} has {@code csr}: Sstc's stimecmp only on a hart given a supervisor timer. */
    static boolean exists(Hart h, int csr) {
        return csr == STIMECMP ? h.stimecmpRead != null : exists(csr);
    }

    /** The CSRs a hart of this engine can have. */
    static boolean exists(int csr) {
        switch (csr) {
            case FFLAGS, FRM, FCSR, SSTATUS, SIE, STVEC, SCOUNTEREN, SENVCFG, SSCRATCH, SEPC, SCAUSE, STVAL, SIP, SATP,
                    MVENDORID, MARCHID, MIMPID, MHARTID, MCONFIGPTR, MSTATUS, MISA, MEDELEG, MIDELEG, MIE, MTVEC,
                    MCOUNTEREN, MENVCFG, MCOUNTINHIBIT, MSCRATCH, MEPC, MCAUSE, MTVAL, MIP, MCYCLE, MINSTRET:
                return true;
            case STIMECMP:
                return true;
            case TSELECT, TDATA1, TDATA2, TDATA3, TINFO:
                return true;
            default:
                break;
        }
        return (csr >= CYCLE && csr <= HPMCOUNTER31)
                || (csr >= MHPMCOUNTER3 && csr <= MHPMCOUNTER31)
                || (csr >= MHPMEVENT3 && csr <= MHPMEVENT31)
                || (csr >= PMPCFG0 && csr <= PMPCFG15 && (csr & 1) == 0) // odd pmpcfg do not exist in RV64
                || (csr >= PMPADDR0 && csr <= PMPADDR63);
    }

    static long read(Hart h, int csr) {
        switch (csr) {
            case FFLAGS: return h.fflags;
            case FRM: return h.frm;
            case FCSR: return h.frm << 5 | h.fflags;
            case CYCLE: return h.mcycle();
            case TIME: return h.timeSource.getAsLong();
            case INSTRET: return h.minstret();
            case SSTATUS: return status(h.mstatus & SSTATUS_VISIBLE | (2L << 32), h.mstatus);
            case SIE: return h.mie & h.mideleg;
            case STVEC: return h.stvec;
            case SCOUNTEREN: return h.scounteren;
            case SENVCFG: return h.senvcfg;
            case SSCRATCH: return h.sscratch;
            case SEPC: return h.sepc;
            case SCAUSE: return h.scause;
            case STVAL: return h.stval;
            case SIP: return h.mip() & h.mideleg;
            case SATP: return h.satp;
            case STIMECMP: return h.stimecmpRead.getAsLong();
            case MVENDORID, MARCHID, MIMPID, MCONFIGPTR: return 0;
            case MHARTID: return h.id;
            case MSTATUS: return status(h.mstatus | XLEN_FIELDS, h.mstatus);
            case MISA: return MISA_VALUE;
            case MEDELEG: return h.medeleg;
            case MIDELEG: return h.mideleg;
            case MIE: return h.mie;
            case MTVEC: return h.mtvec;
            case MCOUNTEREN: return h.mcounteren;
            case MENVCFG: return h.menvcfg;
            case MCOUNTINHIBIT: return h.mcountinhibit;
            case MSCRATCH: return h.mscratch;
            case MEPC: return h.mepc;
            case MCAUSE: return h.mcause;
            case MTVAL: return h.mtval;
            case MIP: return h.mip();
            case MCYCLE: return h.mcycle();
            case MINSTRET: return h.minstret();
            case TSELECT, TDATA1, TDATA2, TDATA3, TINFO: return h.triggers.read(csr);
            default:
                break;
        }
        if (csr >= PMPCFG0 && csr <= PMPCFG15) {
            return h.pmp.readCfg(csr - PMPCFG0);
        }
        if (csr >= PMPADDR0 && csr <= PMPADDR63) {
            return h.pmp.readAddr(csr - PMPADDR0);
        }
        return 0; // hpmcounters and hpmevents: implemented as read-only zero (section 3.1.10)
    }

    /** SD summarises FS == Dirty (section 3.1.6.6); XS and VS are always Off here. */
    private static long status(long visible, long mstatus) {
        return (mstatus & Hart.FS) == Hart.FS ? visible | SD : visible;
    }

    static void write(Hart h, int csr, long v, boolean byInstruction) {
        switch (csr) {
            case FFLAGS -> {
                h.fflags = (int) v & 0x1f;
                h.mstatus |= Hart.FS;
            }
            case FRM -> {
                h.frm = (int) v & 7;
                h.mstatus |= Hart.FS;
            }
            case FCSR -> {
                h.fflags = (int) v & 0x1f;
                h.frm = (int) (v >>> 5) & 7;
                h.mstatus |= Hart.FS;
            }
            case SSTATUS -> setStatus(h, (h.mstatus & ~SSTATUS_VISIBLE) | (v & SSTATUS_VISIBLE));
            case MSTATUS -> {
                long value = v;
                if (((value & Hart.MPP) >>> Hart.MPP_SHIFT) == 2) {
                    value = (value & ~Hart.MPP) | (h.mstatus & Hart.MPP); // MPP=2 (H) does not exist: keep the old
                }
                setStatus(h, (h.mstatus & ~MSTATUS_WRITABLE) | (value & MSTATUS_WRITABLE));
            }
            case SIE -> h.mie = (h.mie & ~h.mideleg) | (v & h.mideleg & S_INTERRUPTS);
            case MIE -> h.mie = v & M_AND_S_INTERRUPTS;
            case SIP -> {
                long writable = h.mideleg & 2; // only SSIP, and only when delegated (section 4.1.3)
                h.mipSoftware = (h.mipSoftware & ~writable) | (v & writable);
            }
            case MIP -> h.mipSoftware = v & S_INTERRUPTS;
            case STVEC -> h.stvec = tvec(h.stvec, v);
            case MTVEC -> h.mtvec = tvec(h.mtvec, v);
            case SCOUNTEREN -> h.scounteren = v & 0xffffffffL;
            case MCOUNTEREN -> h.mcounteren = v & 0xffffffffL;
            case SENVCFG -> h.senvcfg = v & 1; // FIOM only: no Zicbom/Zicboz
            case MENVCFG -> h.menvcfg = v & (h.stimecmpRead != null ? 1 | Hart.STCE : 1); // FIOM, STCE: no Svpbmt, Zicbo*
            case STIMECMP -> h.stimecmpWrite.accept(v);
            case SSCRATCH -> h.sscratch = v;
            case MSCRATCH -> h.mscratch = v;
            case SEPC -> h.sepc = v & ~1L; // IALIGN=16 with C (section 3.1.14)
            case MEPC -> h.mepc = v & ~1L;
            case SCAUSE -> h.scause = v;
            case MCAUSE -> h.mcause = v;
            case STVAL -> h.stval = v;
            case MTVAL -> h.mtval = v;
            case SATP -> {
                long mode = v >>> 60;
                if (mode == 0 || mode == 8 || mode == 9) { // Bare, Sv39, Sv48; others leave satp unchanged
                    h.satp = v & SATP_WRITABLE;
                    h.flushTranslations();
                }
            }
            case MEDELEG -> h.medeleg = v & MEDELEG_WRITABLE;
            case MIDELEG -> h.mideleg = v & S_INTERRUPTS;
            case MCOUNTINHIBIT -> h.setCountInhibit(v & 5, byInstruction); // CY and IR; no hpm counters
            case MCYCLE -> h.setMcycle(v, byInstruction);
            case MINSTRET -> h.setMinstret(v, byInstruction);
            case TSELECT, TDATA1, TDATA2, TDATA3, TINFO -> {
                if (h.triggers.write(csr, v)) {
                    h.flushTranslations(); // pages that loads or stores may now trigger on leave the fast paths
                }
            }
            default -> {
                if (csr >= PMPCFG0 && csr <= PMPCFG15) {
                    h.pmp.writeCfg(csr - PMPCFG0, v);
                    h.flushTranslations();
                } else if (csr >= PMPADDR0 && csr <= PMPADDR63) {
                    h.pmp.writeAddr(csr - PMPADDR0, v);
                    h.flushTranslations();
                }
                // misa, hpm counters/events: WARL read-only, writes ignored
            }
        }
    }

    private static void setStatus(Hart h, long value) {
        long changed = h.mstatus ^ value;
        h.mstatus = value;
        if ((changed & (Hart.MPRV | Hart.MPP | Hart.SUM | Hart.MXR)) != 0) {
            h.flushTranslations();
        }
    }

    /** Modes 0 (direct) and 1 (vectored) exist; a write of a reserved mode is ignored (section 3.1.7). */
    private static long tvec(long old, long v) {
        return (v & 3) < 2 ? v : old;
    }

    static Long peek(Hart h, int csr) {
        return exists(h, csr) ? read(h, csr) : null;
    }

    static boolean poke(Hart h, int csr, long value) {
        if (!exists(h, csr) || (csr >>> 10) == 3) {
            return false;
        }
        write(h, csr, value, false);
        return true;
    }
}
