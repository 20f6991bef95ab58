package io.guestlab.debug.core.session;

import io.guestlab.emulator.Machine;
import io.guestlab.emulator.board.VirtMemoryMap;
import io.guestlab.emulator.isa.Csr;
import io.guestlab.symbols.TargetAccess;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** A hart's registers in the Registers view's groups, read and written through the engine's control API. */
final class Registers {

    /** A device's registers by name as its datasheet or spec calls them: {offset, size, name}. */
    private record DeviceRegister(long offset, int size, String name, List<Bits> fields) {
    }

    private record Bits(String name, int high, int low) {
    }

    private record Device(String name, long base, List<DeviceRegister> registers) {
    }

    /** Device registers a debugger does not write: read-only ones, and ones whose write means something else (THR, FCR). */
    private static final Set<String> READ_ONLY = Set.of("RBR", "IIR", "LSR", "MSR", "pending[0]", "ALARM_STATUS",
            "MagicValue", "Version", "DeviceID", "VendorID", "DeviceFeatures", "QueueNumMax", "InterruptStatus",
            "ConfigGeneration");

    private final Machine machine;
    private final SortedMap<Integer, String> csrs = new TreeMap<>();
    private final List<Device> devices = new ArrayList<>();

    Registers(Machine machine) {
        this.machine = machine;
        for (int n = 0; n < 4096; n++) {
            if (machine.csr(0, n) != null) {
                String name = Csr.name(n);
                csrs.put(n, name != null ? name : String.format("csr%03x", n));
            }
        }
        // PC16550D datasheet table 2 (DLAB = 0 names), LSR bits from section 8.4
        devices.add(new Device("UART (ns16550a)", VirtMemoryMap.UART0_BASE, List.of(
                new DeviceRegister(0, 1, "RBR", List.of()), new DeviceRegister(1, 1, "IER", List.of(
                        new Bits("EDSSI", 3, 3), new Bits("ELSI", 2, 2), new Bits("ETBEI", 1, 1), new Bits("ERBFI", 0, 0))),
                new DeviceRegister(2, 1, "IIR", List.of(new Bits("FIFOs", 7, 6), new Bits("IID", 3, 1), new Bits("nIP", 0, 0))),
                new DeviceRegister(3, 1, "LCR", List.of(new Bits("DLAB", 7, 7), new Bits("PEN", 3, 3), new Bits("STB", 2, 2),
                        new Bits("WLS", 1, 0))),
                new DeviceRegister(4, 1, "MCR", List.of(new Bits("LOOP", 4, 4), new Bits("OUT2", 3, 3), new Bits("OUT1", 2, 2),
                        new Bits("RTS", 1, 1), new Bits("DTR", 0, 0))),
                new DeviceRegister(5, 1, "LSR", List.of(new Bits("TEMT", 6, 6), new Bits("THRE", 5, 5), new Bits("BI", 4, 4),
                        new Bits("FE", 3, 3), new Bits("PE", 2, 2), new Bits("OE", 1, 1), new Bits("DR", 0, 0))),
                new DeviceRegister(6, 1, "MSR", List.of()), new DeviceRegister(7, 1, "SCR", List.of()))));
        // SiFive CLINT: msip per hart at 0, mtimecmp per hart at 0x4000, mtime at 0xbff8
        List<DeviceRegister> clint = new ArrayList<>();
        for (int h = 0; h < machine.hartCount(); h++) {
            clint.add(new DeviceRegister(4L * h, 4, "msip" + h, List.of()));
        }
        for (int h = 0; h < machine.hartCount(); h++) {
            clint.add(new DeviceRegister(0x4000 + 8L * h, 8, "mtimecmp" + h, List.of()));
        }
        clint.add(new DeviceRegister(0xbff8, 8, "mtime", List.of()));
        devices.add(new Device("CLINT", VirtMemoryMap.CLINT_BASE, clint));
        // RISC-V PLIC spec 1.0: priority per source, pending bits, per context enables, threshold
        // (claim/complete is left out: reading it claims an interrupt); contexts 2h / 2h+1 are hart h's M / S
        List<DeviceRegister> plic = new ArrayList<>();
        int[] sources = {VirtMemoryMap.UART0_IRQ, VirtMemoryMap.RTC_IRQ, 1, 2, 3, 4, 5, 6, 7, 8};
        for (int id : sources) {
            plic.add(new DeviceRegister(4L * id, 4, "priority[" + id + "]", List.of()));
        }
        plic.add(new DeviceRegister(0x1000, 4, "pending[0]", List.of()));
        for (int c = 0; c < 2 * machine.hartCount(); c++) {
            String context = "hart " + c / 2 + (c % 2 == 0 ? " M" : " S");
            plic.add(new DeviceRegister(0x2000 + 0x80L * c, 4, "enable[" + context + "][0]", List.of()));
            plic.add(new DeviceRegister(0x20_0000 + 0x1000L * c, 4, "threshold[" + context + "]", List.of()));
        }
        devices.add(new Device("PLIC", VirtMemoryMap.PLIC_BASE, plic));
        // Android goldfish RTC (QEMU's google,goldfish-rtc)
        devices.add(new Device("RTC (goldfish)", VirtMemoryMap.RTC_BASE, List.of(
                new DeviceRegister(0x00, 4, "TIME_LOW", List.of()), new DeviceRegister(0x04, 4, "TIME_HIGH", List.of()),
                new DeviceRegister(0x08, 4, "ALARM_LOW", List.of()), new DeviceRegister(0x0c, 4, "ALARM_HIGH", List.of()),
                new DeviceRegister(0x10, 4, "IRQ_ENABLED", List.of()), new DeviceRegister(0x18, 4, "ALARM_STATUS", List.of()))));
        // virtio 1.2 section 4.2.2, one group per transport that has a device (DeviceID != 0)
        for (int slot = 0; slot < VirtMemoryMap.VIRTIO_COUNT; slot++) {
            long base = VirtMemoryMap.virtioBase(slot);
            Long id = machine.peekDevice(base + 8, 4);
            if (id == null || id == 0) {
                continue;
            }
            devices.add(new Device("virtio-mmio " + slot + " (" + virtioName(id) + ")", base, List.of(
                    new DeviceRegister(0x000, 4, "MagicValue", List.of()), new DeviceRegister(0x004, 4, "Version", List.of()),
                    new DeviceRegister(0x008, 4, "DeviceID", List.of()), new DeviceRegister(0x00c, 4, "VendorID", List.of()),
                    new DeviceRegister(0x010, 4, "DeviceFeatures", List.of()),
                    new DeviceRegister(0x034, 4, "QueueNumMax", List.of()), new DeviceRegister(0x044, 4, "QueueReady", List.of()),
                    new DeviceRegister(0x060, 4, "InterruptStatus", List.of(new Bits("ConfigChange", 1, 1),
                            new Bits("UsedBuffer", 0, 0))),
                    new DeviceRegister(0x070, 4, "Status", List.of(new Bits("FAILED", 7, 7), new Bits("NEEDS_RESET", 6, 6),
                            new Bits("FEATURES_OK", 3, 3), new Bits("DRIVER_OK", 2, 2), new Bits("DRIVER", 1, 1),
                            new Bits("ACKNOWLEDGE", 0, 0))),
                    new DeviceRegister(0x0fc, 4, "ConfigGeneration", List.of()))));
        }
    }

    /** Device type names of virtio 1.2 section 5. */
    private static String virtioName(long id) {
        return switch ((int) id) {
            case 1 -> "net";
            case 2 -> "block";
            case 3 -> "console";
            case 4 -> "entropy";
            default -> "device " + id;
        };
    }

    List<RegisterGroupInfo> groups(int hart) {
        List<RegisterGroupInfo> out = new ArrayList<>();
        List<RegisterInfo> general = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            long v = machine.register(hart, i);
            general.add(new RegisterInfo(new RegisterInfo.Id(RegisterInfo.Kind.X, i, 8),
                    TargetAccess.registerName(i) + " (x" + i + ")", v, hex(v), List.of(), i != 0));
        }
        long pc = machine.pc(hart);
        general.add(new RegisterInfo(new RegisterInfo.Id(RegisterInfo.Kind.PC, 0, 8), "pc", pc, hex(pc), List.of(), true));
        int priv = machine.privilege(hart);
        general.add(new RegisterInfo(new RegisterInfo.Id(RegisterInfo.Kind.PRIV, 0, 1), "priv", priv,
                priv + " (" + privilegeName(priv) + ")", List.of(), true));
        out.add(new RegisterGroupInfo("General", general));

        List<RegisterInfo> fp = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            long v = machine.fpRegister(hart, i);
            String text = hex(v) + " (" + Double.longBitsToDouble(v) + ")";
            fp.add(new RegisterInfo(new RegisterInfo.Id(RegisterInfo.Kind.F, i, 8),
                    TargetAccess.registerName(32 + i) + " (f" + i + ")", v, text, List.of(), true));
        }
        out.add(new RegisterGroupInfo("Floating point", fp));

        Map<Integer, List<RegisterInfo>> byLevel = new TreeMap<>();
        for (var e : csrs.entrySet()) {
            int n = e.getKey();
            Long v = machine.csr(hart, n);
            if (v == null) {
                continue;
            }
            String summary = CsrFields.summary(n, v);
            boolean readOnly = (n >>> 10 & 3) == 3; // csr[11:10] = 11: read-only (privileged ISA 2.1)
            byLevel.computeIfAbsent(n >>> 8 & 3, k -> new ArrayList<>()).add(new RegisterInfo(
                    new RegisterInfo.Id(RegisterInfo.Kind.CSR, n, 8), e.getValue(), v,
                    hex(v) + (summary.isEmpty() ? "" : " (" + summary + ")"), CsrFields.of(n, v), !readOnly));
        }
        String[] level = {"CSRs: user", "CSRs: supervisor", "CSRs: hypervisor", "CSRs: machine"};
        for (int l : new int[] {3, 1, 2, 0}) {
            if (byLevel.containsKey(l)) {
                out.add(new RegisterGroupInfo(level[l], byLevel.get(l)));
            }
        }

        for (Device d : devices) {
            List<RegisterInfo> regs = new ArrayList<>();
            for (DeviceRegister r : d.registers()) {
                Long v = machine.peekDevice(d.base() + r.offset(), r.size());
                if (v == null) {
                    continue;
                }
                List<RegisterInfo.Field> fields = new ArrayList<>();
                for (Bits b : r.fields()) {
                    fields.add(new RegisterInfo.Field(b.name(), b.high(), b.low(), CsrFields.extract(v, b.high(), b.low()), ""));
                }
                regs.add(new RegisterInfo(new RegisterInfo.Id(RegisterInfo.Kind.DEVICE, d.base() + r.offset(), r.size()),
                        r.name(), v, hex(v), fields, !READ_ONLY.contains(r.name())));
            }
            if (!regs.isEmpty()) {
                out.add(new RegisterGroupInfo(d.name(), regs));
            }
        }
        return out;
    }

    /** The value of a register by the name expressions use: x5, t0, pc, f10, fa0, mstatus, priv; null if none. */
    Long byName(int hart, String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("pc")) {
            return machine.pc(hart);
        }
        if (n.equals("priv")) {
            return (long) machine.privilege(hart);
        }
        if (n.equals("fp")) {
            return machine.register(hart, 8);
        }
        for (int i = 0; i < 64; i++) {
            String abi = TargetAccess.registerName(i);
            String arch = i < 32 ? "x" + i : "f" + (i - 32);
            if (n.equals(abi) || n.equals(arch)) {
                return i < 32 ? machine.register(hart, i) : machine.fpRegister(hart, i - 32);
            }
        }
        for (var e : csrs.entrySet()) {
            if (e.getValue().equals(n)) {
                return machine.csr(hart, e.getKey());
            }
        }
        return null;
    }

    /** Writes a register; null when done, else why it cannot be. */
    String write(int hart, RegisterInfo.Id id, long value) {
        switch (id.kind()) {
            case X -> {
                if (id.number() == 0) {
                    return "x0 is hard-wired to zero";
                }
                machine.setRegister(hart, (int) id.number(), value);
            }
            case PC -> machine.setPc(hart, value);
            case F -> machine.setFpRegister(hart, (int) id.number(), value);
            case PRIV -> {
                if (value != 0 && value != 1 && value != 3) {
                    return "the privilege level is 0 (U), 1 (S) or 3 (M)";
                }
                machine.setPrivilege(hart, (int) value);
            }
            case CSR -> {
                if (!machine.setCsr(hart, (int) id.number(), value)) {
                    return csrs.getOrDefault((int) id.number(), "the CSR") + " is read-only";
                }
            }
            case DEVICE -> {
                if (!machine.pokeDevice(id.number(), id.size(), value)) {
                    return String.format("no device register at 0x%x", id.number());
                }
            }
        }
        return null;
    }

    static String privilegeName(int priv) {
        return switch (priv) {
            case 0 -> "U";
            case 1 -> "S";
            case 3 -> "M";
            default -> "?";
        };
    }

    private static String hex(long v) {
        return String.format("0x%016x", v);
    }
}
