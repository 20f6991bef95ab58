package io.guestlab.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Where a QEMU command line connects the virt board's UART and QEMU's monitor: {@code -nographic},
 * {@code -serial}, {@code -chardev}, {@code -mon}, {@code -monitor} and {@code -nodefaults}.
 * Guestlab's UART is always this terminal as QEMU's {@code -nographic} makes it (raw: Ctrl-C goes
 * to the guest, Ctrl-A x quits) and it has no monitor, so lines that put the UART on stdio are
 * taken, with a notice where QEMU's keys or monitor would differ; a line that sends the UART
 * elsewhere is refused, and so is one QEMU itself refuses because two character devices would
 * share stdio (QEMU 7.2 vl.c: -nographic adds the monitor there unless -monitor, -mon or
 * -serial mon:... says where it goes).
 */
final class QemuConsole {

    private static final String USE_STDIO = "Guestlab's UART is this terminal: use -serial mon:stdio or -nographic"
            + " (and redirect the output in the shell)";

    private final Consumer<String> notice;
    /** The ids of the -chardev stdio backends (QEMU allows one). */
    private final Set<String> chardevs = new LinkedHashSet<>();
    /** Every character device on stdio, named by the option that made it; QEMU allows one. */
    private final List<String> stdioUsers = new ArrayList<>();
    /** The -serial chardev:ID and -mon chardev=ID references, checked once every -chardev is known. */
    private final Map<String, String> references = new LinkedHashMap<>();
    private boolean nographic;
    private boolean nodefaults;
    private boolean serialGiven;
    private boolean monitorGiven;
    /** The option that put QEMU's monitor on this terminal, or null. */
    private String monitorOnStdio;

    QemuConsole(Consumer<String> notice) {
        this.notice = notice;
    }

    void nographic() {
        nographic = true;
    }

    /** -nodefaults: no default UART connection and no default monitor. */
    void nodefaults() {
        nodefaults = true;
    }

    void serial(String spec) {
        boolean first = !serialGiven;
        serialGiven = true;
        if (!first && !spec.contains("stdio") && !spec.startsWith("chardev:")) {
            // QEMU opens it, but virt has one UART, which the first -serial took.
            notice.accept("-serial " + spec + ": no effect: the virt machine has one UART, on the first -serial (as on"
                    + " QEMU)");
            return;
        }
        if (spec.equals("stdio") || spec.equals("mon:stdio")) {
            stdioUsers.add("-serial " + spec);
            if (spec.startsWith("mon:")) {
                monitorGiven = true; // QEMU: -serial mon:... also says where the monitor goes
            }
        } else if (spec.startsWith("chardev:")) {
            references.put(spec.substring("chardev:".length()), "-serial " + spec);
        } else {
            throw new UsageException("-serial " + spec + ": " + USE_STDIO);
        }
    }

    /** -chardev stdio,id=ID[,mux=on][,signal=off]: what -serial chardev:ID and -mon chardev=ID name. */
    void chardev(String spec) {
        QemuOptionList c = new QemuOptionList("-chardev", spec, "backend");
        if (!c.get("backend").equals("stdio")) {
            throw new UsageException("-chardev " + spec + ": " + USE_STDIO + ", or give -chardev stdio,id=ID");
        }
        if (c.get("logfile") != null) {
            throw new UsageException("-chardev " + spec + ": logfile= is not supported: Guestlab's console writes to"
                    + " this terminal only: copy it in the shell (| tee " + c.get("logfile") + ")");
        }
        c.allowOnly("backend id mux signal", "use -chardev stdio,id=ID[,mux=on][,signal=off]");
        String id = c.get("id");
        if (id == null || id.isEmpty()) {
            throw new UsageException("-chardev " + spec + ": needs id=ID, the name -serial chardev:ID uses (QEMU requires"
                    + " it too)");
        }
        boolean mux = c.flag("mux", false);
        if (!chardevs.add(id)) {
            throw new UsageException("-chardev " + spec + ": id " + id + " is used by another -chardev");
        }
        stdioUsers.add("-chardev " + spec);
        if (!mux || c.flag("signal", true)) {
            notice.accept("-chardev " + spec + ": the console works as with QEMU's -nographic: Ctrl-C goes to the guest,"
                    + " Ctrl-A x quits, Ctrl-A h lists the keys");
        }
    }

    /** -mon chardev=ID[,mode=readline]: QEMU's monitor on that character device. */
    void mon(String spec) {
        QemuOptionList m = new QemuOptionList("-mon", spec, "chardev");
        m.allowOnly("chardev mode pretty", "use -mon chardev=ID[,mode=readline]");
        if ("control".equals(m.oneOf("mode", "readline control"))) {
            throw new UsageException("-mon " + spec + ": Guestlab has no QMP: remove it (guestlab run --gdb and gdb's"
                    + " monitor commands control the machine)");
        }
        if (m.get("chardev") == null) {
            throw new UsageException("-mon " + spec + ": needs chardev=ID naming a -chardev");
        }
        monitorGiven = true;
        references.put(m.get("chardev"), "-mon " + spec);
        monitorOnStdio = "-mon " + spec;
    }

    void monitor(String spec) {
        monitorGiven = true;
        if (spec.equals("none")) {
            return;
        }
        if (!spec.equals("stdio") && !spec.equals("mon:stdio")) {
            throw new UsageException("-monitor " + spec + ": Guestlab has no QEMU monitor: use -monitor none (or"
                    + " guestlab run --gdb with gdb's monitor commands)");
        }
        stdioUsers.add("-monitor " + spec);
        monitorOnStdio = "-monitor " + spec;
    }

    /** Checks the whole line as QEMU would, once every option is known. */
    void finish() {
        for (Map.Entry<String, String> reference : references.entrySet()) {
            if (!chardevs.contains(reference.getKey())) {
                throw new UsageException(reference.getValue() + ": no -chardev has id=" + reference.getKey() + ": add"
                        + " -chardev stdio,id=" + reference.getKey() + (reference.getValue().startsWith("-mon")
                        ? ",mux=on" : ""));
            }
        }
        if (nographic && !nodefaults) {
            // vl.c: the defaults -nographic fills in when the line does not say.
            if (!serialGiven && !monitorGiven) {
                stdioUsers.add("-nographic (the UART and the monitor on stdio)");
            } else {
                if (!serialGiven) {
                    stdioUsers.add("-nographic (the UART on stdio)");
                }
                if (!monitorGiven) {
                    stdioUsers.add("-nographic (the monitor on stdio)");
                }
            }
        }
        if (stdioUsers.size() > 1) {
            throw new UsageException(stdioUsers.get(1) + ": QEMU refuses this line: stdio is already used by "
                    + stdioUsers.get(0) + " and takes one character device (-nographic also puts the monitor there"
                    + " unless -monitor, -mon or -serial mon:stdio says where): use -nographic alone, or -serial mon:stdio");
        }
        if (nodefaults && !serialGiven) {
            throw new UsageException("-nodefaults without -serial: QEMU leaves the UART unconnected, so nothing the"
                    + " guest prints is shown; Guestlab's UART is this terminal: add -serial mon:stdio");
        }
        if (monitorOnStdio != null) {
            notice.accept(monitorOnStdio + ": Guestlab has no QEMU monitor: Ctrl-A x quits, Ctrl-A h lists the keys; gdb's 'monitor help'"
                    + " lists what a debugger can ask");
        }
    }
}
