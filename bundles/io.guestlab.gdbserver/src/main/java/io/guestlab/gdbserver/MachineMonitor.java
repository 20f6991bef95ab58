package io.guestlab.gdbserver;

import io.guestlab.emulator.history.History;
import io.guestlab.emulator.Machine;
import io.guestlab.emulator.TrapCause;
import io.guestlab.emulator.bus.Bus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code monitor} commands (sent as {@code qRcmd}, GDB manual E.4): machine-level views and
 * switches a source-level debugger has no words for.
 */
final class MachineMonitor {

    private static final String HELP = """
            Guestlab monitor commands:
              help                     this list
              info harts               every hart: pc, privilege mode, instructions retired
              info tlb                 the current address translation: satp and the pages its page table maps
              info devices             the devices of the machine: name, base address, size
              phys on|off              memory accesses use physical (on) or virtual (off, default) addresses
              catch trap CAUSE         stop when a hart takes that trap; CAUSE is a number (exception code),
                                       'interrupt N', or one of: %s
              catch trap off CAUSE     stop catching it ('catch trap off all' clears every catch)
              catch trap               list the traps being caught
              stats                    instructions retired, virtual time, wall time and speed,
                                       the checkpoints kept for going back
              reset                    the machine back to its state when the server started;
                                       history starts again there
              snapshot save NAME       keep the machine's state now under NAME (in memory)
              snapshot restore NAME    the machine back to that state; history starts again there
              snapshot list            the saved snapshots
            after reset and snapshot restore, 'maintenance flush register-cache' makes gdb
            read the registers again
            """;

    /** Trap names accepted by {@code catch trap}, with their exception codes (Privileged ISA table 3.6). */
    private static final Map<String, int[]> NAMED = new TreeMap<>(Map.ofEntries(
            Map.entry("misaligned", new int[] {TrapCause.INSTRUCTION_ADDRESS_MISALIGNED, TrapCause.LOAD_ADDRESS_MISALIGNED,
                TrapCause.STORE_ADDRESS_MISALIGNED}),
            Map.entry("access-fault", new int[] {TrapCause.INSTRUCTION_ACCESS_FAULT, TrapCause.LOAD_ACCESS_FAULT,
                TrapCause.STORE_ACCESS_FAULT}),
            Map.entry("illegal-instruction", new int[] {TrapCause.ILLEGAL_INSTRUCTION}),
            Map.entry("breakpoint", new int[] {TrapCause.BREAKPOINT}),
            Map.entry("ecall", new int[] {TrapCause.ECALL_FROM_U, TrapCause.ECALL_FROM_S, TrapCause.ECALL_FROM_M}),
            Map.entry("page-fault", new int[] {TrapCause.INSTRUCTION_PAGE_FAULT, TrapCause.LOAD_PAGE_FAULT,
                TrapCause.STORE_PAGE_FAULT}),
            Map.entry("instruction-page-fault", new int[] {TrapCause.INSTRUCTION_PAGE_FAULT}),
            Map.entry("load-page-fault", new int[] {TrapCause.LOAD_PAGE_FAULT}),
            Map.entry("store-page-fault", new int[] {TrapCause.STORE_PAGE_FAULT})));

    private final Machine machine;
    private final MachineTarget target;
    private final long startNanos = System.nanoTime();
    /** Caught exception codes (bit n) and interrupt codes, as set by this monitor. */
    private long caughtExceptions, caughtInterrupts;

    MachineMonitor(Machine machine, MachineTarget target) {
        this.machine = machine;
        this.target = target;
    }

    String execute(String command) {
        String[] original = command.trim().split("\\s+");
        String[] w = command.trim().toLowerCase(Locale.ROOT).split("\\s+");
        String line = String.join(" ", w);
        return switch (w[0]) {
            case "", "help" -> HELP.formatted(String.join(", ", NAMED.keySet()));
            case "info" -> info(w.length > 1 ? w[1] : "", line);
            case "phys" -> phys(w);
            case "catch" -> catchTrap(w);
            case "stats" -> stats();
            case "reset" -> reset(w);
            case "snapshot" -> snapshot(w, original);
            default -> throw new IllegalArgumentException("unknown monitor command '" + line + "' (try 'monitor help')");
        };
    }

    private String info(String what, String line) {
        return switch (what) {
            case "harts" -> harts();
            case "tlb" -> new PageTableDump(machine, 0).render();
            case "devices" -> devices();
            default -> throw new IllegalArgumentException("unknown monitor command '" + line
                    + "': info takes harts, tlb or devices");
        };
    }

    /** The history, or an error naming why this machine has none. */
    private History<?> history(String what) {
        History<?> h = target.history();
        if (h == null) {
            throw new IllegalArgumentException(what + " needs checkpoints of the machine, which it cannot take: "
                    + target.noHistory());
        }
        return h;
    }

    private String reset(String[] w) {
        if (w.length != 1) {
            throw new IllegalArgumentException("usage: monitor reset");
        }
        history("monitor reset").reset();
        target.moved();
        return String.format("the machine is back in its state when the server started (step %d)%n", machine.steps());
    }

    private String snapshot(String[] w, String[] original) {
        String usage = "usage: monitor snapshot save NAME | restore NAME | list";
        if (w.length < 2) {
            throw new IllegalArgumentException(usage);
        }
        History<?> h = history("monitor snapshot");
        switch (w[1]) {
            case "list" -> {
                if (w.length != 2) {
                    throw new IllegalArgumentException(usage);
                }
                return h.names().isEmpty() ? "no snapshots saved\n" : "snapshots: " + String.join(", ", h.names()) + "\n";
            }
            case "save", "restore" -> {
                if (w.length != 3) {
                    throw new IllegalArgumentException(usage);
                }
                String name = original[2];
                if (w[1].equals("save")) {
                    h.save(name);
                    return String.format("saved snapshot '%s' at step %d%n", name, machine.steps());
                }
                h.restore(name);
                target.moved();
                return String.format("restored snapshot '%s' (step %d)%n", name, machine.steps());
            }
            default -> throw new IllegalArgumentException(usage);
        }
    }

    private String devices() {
        Bus bus = machine.bus();
        List<Bus.MappedDevice> all = new ArrayList<>(bus.devices());
        all.add(new Bus.MappedDevice("ram", bus.ram().base(), bus.ram().size()));
        all.sort((a, b) -> Long.compareUnsigned(a.base(), b.base()));
        StringBuilder s = new StringBuilder(String.format("%-10s %-18s %-18s %s%n", "device", "base", "end", "size"));
        for (Bus.MappedDevice d : all) {
            s.append(String.format("%-10s 0x%016x 0x%016x 0x%x%n", d.name(), d.base(), d.base() + d.size() - 1, d.size()));
        }
        return s.toString();
    }

    static String privilegeName(int p) {
        return switch (p) {
            case 0 -> "U";
            case 1 -> "S";
            case 3 -> "M";
            default -> "?";
        };
    }

    private String harts() {
        StringBuilder s = new StringBuilder();
        for (int h = 0; h < machine.hartCount(); h++) {
            s.append(String.format("hart %d (thread %d): pc 0x%016x  %s-mode  %s%n", h, h + 1, machine.pc(h),
                    privilegeName(machine.privilege(h)), target.threadState(h + 1)));
        }
        s.append(String.format("memory accesses use %s addresses%n", target.physical() ? "physical" : "virtual"));
        return s.toString();
    }

    private String phys(String[] w) {
        if (w.length != 2 || !(w[1].equals("on") || w[1].equals("off"))) {
            throw new IllegalArgumentException("usage: monitor phys on|off");
        }
        target.setPhysical(w[1].equals("on"));
        return "memory accesses now use " + (target.physical() ? "physical" : "virtual") + " addresses\n";
    }

    private String catchTrap(String[] w) {
        if (w.length < 2 || !w[1].equals("trap")) {
            throw new IllegalArgumentException("usage: monitor catch trap [off] CAUSE");
        }
        if (w.length == 2) {
            return listCatches();
        }
        boolean on = !w[2].equals("off");
        int first = on ? 2 : 3;
        if (first >= w.length) {
            throw new IllegalArgumentException("usage: monitor catch trap off CAUSE|all");
        }
        String cause = String.join(" ", Arrays.copyOfRange(w, first, w.length));
        if (!on && cause.equals("all")) {
            clearCatches();
            return "no traps are caught now\n";
        }
        if (cause.startsWith("interrupt ")) {
            int code = code(cause.substring(10), cause);
            machine.catchTrap(code, true, on);
            caughtInterrupts = on ? caughtInterrupts | 1L << code : caughtInterrupts & ~(1L << code);
        } else {
            int[] codes = NAMED.containsKey(cause) ? NAMED.get(cause) : new int[] {code(cause, cause)};
            for (int c : codes) {
                machine.catchTrap(c, false, on);
                caughtExceptions = on ? caughtExceptions | 1L << c : caughtExceptions & ~(1L << c);
            }
        }
        return listCatches();
    }

    private static int code(String text, String cause) {
        try {
            int c = text.startsWith("0x") ? Integer.parseInt(text.substring(2), 16) : Integer.parseInt(text);
            if (c >= 0 && c <= 63) {
                return c;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("unknown trap cause '" + cause + "': use a code 0..63, 'interrupt N', or one of "
                + String.join(", ", NAMED.keySet()));
    }

    private String listCatches() {
        if (caughtExceptions == 0 && caughtInterrupts == 0) {
            return "no traps are caught\n";
        }
        StringBuilder s = new StringBuilder("catching:\n");
        for (int c = 0; c < 64; c++) {
            if ((caughtExceptions & 1L << c) != 0) {
                s.append(String.format("  exception %d (%s)%n", c, TrapCause.describe(c, false)));
            }
        }
        for (int c = 0; c < 64; c++) {
            if ((caughtInterrupts & 1L << c) != 0) {
                s.append(String.format("  interrupt %d (%s)%n", c, TrapCause.describe(c, true)));
            }
        }
        return s.toString();
    }

    void clearCatches() {
        for (int c = 0; c < 64; c++) {
            if ((caughtExceptions & 1L << c) != 0) {
                machine.catchTrap(c, false, false);
            }
            if ((caughtInterrupts & 1L << c) != 0) {
                machine.catchTrap(c, true, false);
            }
        }
        caughtExceptions = caughtInterrupts = 0;
    }

    private String stats() {
        double wall = (System.nanoTime() - startNanos) / 1e9;
        long n = machine.instructionsRetired();
        return String.format(Locale.ROOT, "instructions retired: %d%nvirtual time: %d ticks of 10 MHz (%.6f s)%n"
                + "wall time since the server started: %.3f s (%.1f MIPS on average)%n",
                n, machine.time(), machine.time() / 1e7, wall, wall > 0 ? n / wall / 1e6 : 0.0)
                + (target.history() != null ? target.history().describe() : "no history: " + target.noHistory() + "\n");
    }
}
