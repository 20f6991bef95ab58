package io.guestlab.emulator.isa;

import java.util.HashMap;
import java.util.Map;

/**
 * CSR numbers and their assembler names (Privileged ISA 20211203, section 2.2, tables 2.2-2.5;
 * Unprivileged ISA chapter 10 for the counters and chapter 11.2 for fcsr).
 */
public final class Csr {

    public static final int FFLAGS = 0x001, FRM = 0x002, FCSR = 0x003;
    public static final int CYCLE = 0xc00, TIME = 0xc01, INSTRET = 0xc02, HPMCOUNTER3 = 0xc03, HPMCOUNTER31 = 0xc1f;
    public static final int SSTATUS = 0x100, SIE = 0x104, STVEC = 0x105, SCOUNTEREN = 0x106, SENVCFG = 0x10a;
    public static final int SSCRATCH = 0x140, SEPC = 0x141, SCAUSE = 0x142, STVAL = 0x143, SIP = 0x144;
    /** Sstc's supervisor timer compare (Sstc 1.0). */
    public static final int STIMECMP = 0x14d;
    public static final int SATP = 0x180;
    public static final int MVENDORID = 0xf11, MARCHID = 0xf12, MIMPID = 0xf13, MHARTID = 0xf14, MCONFIGPTR = 0xf15;
    public static final int MSTATUS = 0x300, MISA = 0x301, MEDELEG = 0x302, MIDELEG = 0x303, MIE = 0x304, MTVEC = 0x305,
            MCOUNTEREN = 0x306, MENVCFG = 0x30a, MCOUNTINHIBIT = 0x320, MHPMEVENT3 = 0x323, MHPMEVENT31 = 0x33f;
    public static final int MSCRATCH = 0x340, MEPC = 0x341, MCAUSE = 0x342, MTVAL = 0x343, MIP = 0x344;
    public static final int PMPCFG0 = 0x3a0, PMPCFG15 = 0x3af, PMPADDR0 = 0x3b0, PMPADDR63 = 0x3ef;
    /** The debug triggers (Sdtrig 1.0, RISC-V Debug Specification 1.0 section 5.7). */
    public static final int TSELECT = 0x7a0, TDATA1 = 0x7a1, TDATA2 = 0x7a2, TDATA3 = 0x7a3, TINFO = 0x7a4;
    public static final int MCYCLE = 0xb00, MINSTRET = 0xb02, MHPMCOUNTER3 = 0xb03, MHPMCOUNTER31 = 0xb1f;

    private static final Map<Integer, String> NAMES = new HashMap<>();

    static {
        name(FFLAGS, "fflags");
        name(FRM, "frm");
        name(FCSR, "fcsr");
        name(CYCLE, "cycle");
        name(TIME, "time");
        name(INSTRET, "instret");
        for (int i = 3; i <= 31; i++) {
            name(CYCLE + i, "hpmcounter" + i);
            name(MCYCLE + i, "mhpmcounter" + i);
            name(MCOUNTINHIBIT + i, "mhpmevent" + i);
        }
        name(SSTATUS, "sstatus");
        name(SIE, "sie");
        name(STVEC, "stvec");
        name(SCOUNTEREN, "scounteren");
        name(SENVCFG, "senvcfg");
        name(SSCRATCH, "sscratch");
        name(SEPC, "sepc");
        name(SCAUSE, "scause");
        name(STVAL, "stval");
        name(SIP, "sip");
        name(SATP, "satp");
        name(MVENDORID, "mvendorid");
        name(MARCHID, "marchid");
        name(MIMPID, "mimpid");
        name(MHARTID, "mhartid");
        name(MCONFIGPTR, "mconfigptr");
        name(MSTATUS, "mstatus");
        name(MISA, "misa");
        name(MEDELEG, "medeleg");
        name(MIDELEG, "mideleg");
        name(MIE, "mie");
        name(MTVEC, "mtvec");
        name(MCOUNTEREN, "mcounteren");
        name(MENVCFG, "menvcfg");
        name(MCOUNTINHIBIT, "mcountinhibit");
        name(MSCRATCH, "mscratch");
        name(MEPC, "mepc");
        name(MCAUSE, "mcause");
        name(MTVAL, "mtval");
        name(MIP, "mip");
        for (int i = 0; i < 16; i++) {
            name(PMPCFG0 + i, "pmpcfg" + i);
        }
        for (int i = 0; i < 64; i++) {
            name(PMPADDR0 + i, "pmpaddr" + i);
        }
        name(MCYCLE, "mcycle");
        name(MINSTRET, "minstret");
        // RV32 upper halves: not CSRs of an RV64 hart, but named by the disassembler like objdump does
        name(0xc80, "cycleh");
        name(0xc81, "timeh");
        name(0xc82, "instreth");
        name(0xb80, "mcycleh");
        name(0xb82, "minstreth");
        for (int i = 3; i <= 31; i++) {
            name(0xc80 + i, "hpmcounter" + i + "h");
            name(0xb80 + i, "mhpmcounter" + i + "h");
        }
        for (int i = 3; i <= 31; i++) {
            name(0x720 + i, "mhpmevent" + i + "h");
        }
        for (int i = 0; i < 4; i++) {
            name(0x30c + i, "mstateen" + i);
            name(0x31c + i, "mstateen" + i + "h");
            name(0x10c + i, "sstateen" + i);
            name(0x60c + i, "hstateen" + i);
            name(0x61c + i, "hstateen" + i + "h");
        }
        name(STIMECMP, "stimecmp");
        // names of other extensions' CSRs (hypervisor, AIA, debug, vector ...): this hart has
        // none of them, but the disassembler names them as binutils does
        name(0x008, "vstart");
        name(0x009, "vxsat");
        name(0x00a, "vxrm");
        name(0x00f, "vcsr");
        name(0x015, "seed");
        name(0x114, "sieh");
        name(0x150, "siselect");
        name(0x151, "sireg");
        name(0x154, "siph");
        name(0x15c, "stopei");
        name(0x15d, "stimecmph");
        name(0x200, "vsstatus");
        name(0x204, "vsie");
        name(0x205, "vstvec");
        name(0x214, "vsieh");
        name(0x240, "vsscratch");
        name(0x241, "vsepc");
        name(0x242, "vscause");
        name(0x243, "vstval");
        name(0x244, "vsip");
        name(0x24d, "vstimecmp");
        name(0x250, "vsiselect");
        name(0x251, "vsireg");
        name(0x254, "vsiph");
        name(0x25c, "vstopei");
        name(0x25d, "vstimecmph");
        name(0x280, "vsatp");
        name(0x308, "mvien");
        name(0x309, "mvip");
        name(0x313, "midelegh");
        name(0x314, "mieh");
        name(0x318, "mvienh");
        name(0x319, "mviph");
        name(0x34a, "mtinst");
        name(0x34b, "mtval2");
        name(0x350, "miselect");
        name(0x351, "mireg");
        name(0x354, "miph");
        name(0x35c, "mtopei");
        name(0x5a8, "scontext");
        name(0x600, "hstatus");
        name(0x602, "hedeleg");
        name(0x603, "hideleg");
        name(0x604, "hie");
        name(0x605, "htimedelta");
        name(0x606, "hcounteren");
        name(0x607, "hgeie");
        name(0x608, "hvien");
        name(0x609, "hvictl");
        name(0x60a, "henvcfg");
        name(0x613, "hidelegh");
        name(0x615, "htimedeltah");
        name(0x618, "hvienh");
        name(0x61a, "henvcfgh");
        name(0x643, "htval");
        name(0x644, "hip");
        name(0x645, "hvip");
        name(0x646, "hviprio1");
        name(0x647, "hviprio2");
        name(0x64a, "htinst");
        name(0x655, "hviph");
        name(0x656, "hviprio1h");
        name(0x657, "hviprio2h");
        name(0x680, "hgatp");
        name(0x6a8, "hcontext");
        name(0x747, "mseccfg");
        name(0x757, "mseccfgh");
        name(0x7a0, "tselect");
        name(0x7a1, "tdata1");
        name(0x7a2, "tdata2");
        name(0x7a3, "tdata3");
        name(0x7a4, "tinfo");
        name(0x7a5, "tcontrol");
        name(0x7a8, "mcontext");
        name(0x7b0, "dcsr");
        name(0x7b1, "dpc");
        name(0x7b2, "dscratch0");
        name(0x7b3, "dscratch1");
        name(0xc20, "vl");
        name(0xc21, "vtype");
        name(0xc22, "vlenb");
        name(0xda0, "scountovf");
        name(0xdb0, "stopi");
        name(0xe12, "hgeip");
        name(0xeb0, "vstopi");
        name(0xfb0, "mtopi");
        name(0x310, "mstatush");
        name(0x31a, "menvcfgh");
    }

    private static void name(int number, String name) {
        NAMES.put(number, name);
    }

    private Csr() {
    }

    /** The assembler name of CSR {@code number}, or null if it has none. */
    public static String name(int number) {
        return NAMES.get(number);
    }

    /** The number of the CSR called {@code name}, or -1. */
    public static int number(String name) {
        for (Map.Entry<Integer, String> e : NAMES.entrySet()) {
            if (e.getValue().equals(name)) {
                return e.getKey();
            }
        }
        return -1;
    }

    /** Every named CSR number (including RV32-only names), for tests and register views. */
    public static int[] all() {
        return NAMES.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    }
}
