package io.guestlab.debug.core.session;

import io.guestlab.emulator.TrapCause;
import io.guestlab.emulator.isa.Csr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The fields of the CSRs a kernel developer reads most, as the privileged ISA names them
 * (sections 3.1.6 mstatus, 3.1.7 mtvec, 3.1.9 mip/mie, 3.1.15 mcause, 4.1.11 satp).
 */
final class CsrFields {

    private record Bits(String name, int high, int low) {
    }

    private static final List<Bits> STATUS = List.of(new Bits("SD", 63, 63), new Bits("MBE", 37, 37),
            new Bits("SBE", 36, 36), new Bits("SXL", 35, 34), new Bits("UXL", 33, 32), new Bits("TSR", 22, 22),
            new Bits("TW", 21, 21), new Bits("TVM", 20, 20), new Bits("MXR", 19, 19), new Bits("SUM", 18, 18),
            new Bits("MPRV", 17, 17), new Bits("XS", 16, 15), new Bits("FS", 14, 13), new Bits("MPP", 12, 11),
            new Bits("VS", 10, 9), new Bits("SPP", 8, 8), new Bits("MPIE", 7, 7), new Bits("UBE", 6, 6),
            new Bits("SPIE", 5, 5), new Bits("MIE", 3, 3), new Bits("SIE", 1, 1));
    private static final List<String> S_STATUS = List.of("SD", "UXL", "MXR", "SUM", "XS", "FS", "VS", "SPP", "UBE",
            "SPIE", "SIE");
    private static final List<Bits> INTERRUPTS = List.of(new Bits("MEI", 11, 11), new Bits("SEI", 9, 9),
            new Bits("MTI", 7, 7), new Bits("STI", 5, 5), new Bits("MSI", 3, 3), new Bits("SSI", 1, 1));
    private static final List<Bits> TVEC = List.of(new Bits("BASE", 63, 2), new Bits("MODE", 1, 0));
    private static final List<Bits> CAUSE = List.of(new Bits("Interrupt", 63, 63), new Bits("Code", 62, 0));
    private static final List<Bits> SATP = List.of(new Bits("MODE", 63, 60), new Bits("ASID", 59, 44),
            new Bits("PPN", 43, 0));
    private static final List<Bits> FCSR = List.of(new Bits("frm", 7, 5), new Bits("NV", 4, 4), new Bits("DZ", 3, 3),
            new Bits("OF", 2, 2), new Bits("UF", 1, 1), new Bits("NX", 0, 0));

    private static final Map<Integer, List<Bits>> FIELDS = Map.ofEntries(
            Map.entry(Csr.MSTATUS, STATUS),
            Map.entry(Csr.SSTATUS, STATUS.stream().filter(b -> S_STATUS.contains(b.name())).toList()),
            Map.entry(Csr.MIE, INTERRUPTS), Map.entry(Csr.MIP, INTERRUPTS),
            Map.entry(Csr.SIE, INTERRUPTS.stream().filter(b -> b.name().startsWith("S")).toList()),
            Map.entry(Csr.SIP, INTERRUPTS.stream().filter(b -> b.name().startsWith("S")).toList()),
            Map.entry(Csr.MTVEC, TVEC), Map.entry(Csr.STVEC, TVEC),
            Map.entry(Csr.MCAUSE, CAUSE), Map.entry(Csr.SCAUSE, CAUSE),
            Map.entry(Csr.SATP, SATP), Map.entry(Csr.FCSR, FCSR));

    private CsrFields() {
    }

    static List<RegisterInfo.Field> of(int csr, long value) {
        List<Bits> bits = FIELDS.get(csr);
        if (bits == null) {
            return List.of();
        }
        List<RegisterInfo.Field> out = new ArrayList<>();
        for (Bits b : bits) {
            long v = extract(value, b.high(), b.low());
            out.add(new RegisterInfo.Field(b.name(), b.high(), b.low(), v, meaning(csr, b.name(), v, value)));
        }
        return out;
    }

    /** What a CSR's value means at a glance (a cause's name), or empty. */
    static String summary(int csr, long value) {
        if (csr == Csr.MCAUSE || csr == Csr.SCAUSE) {
            return TrapCause.describe((int) (value & 63), value < 0);
        }
        return "";
    }

    static long extract(long value, int high, int low) {
        int width = high - low + 1;
        return width == 64 ? value : value >>> low & ((1L << width) - 1);
    }

    private static String meaning(int csr, String field, long v, long whole) {
        return switch (field) {
            case "MPP" -> switch ((int) v) {
                case 0 -> "U";
                case 1 -> "S";
                case 3 -> "M";
                default -> "reserved";
            };
            case "SPP" -> v == 0 ? "U" : "S";
            case "FS", "VS", "XS" -> new String[] {"Off", "Initial", "Clean", "Dirty"}[(int) v];
            case "MODE" -> csr == Csr.SATP ? switch ((int) v) {
                case 0 -> "Bare";
                case 8 -> "Sv39";
                case 9 -> "Sv48";
                case 10 -> "Sv57";
                default -> "reserved";
            } : v == 0 ? "Direct" : v == 1 ? "Vectored" : "reserved";
            case "BASE" -> String.format("0x%x", v << 2);
            case "Code" -> TrapCause.describe((int) (v & 63), whole < 0);
            case "frm" -> new String[] {"RNE", "RTZ", "RDN", "RUP", "RMM", "reserved", "reserved", "DYN"}[(int) v];
            default -> "";
        };
    }
}
