package io.guestlab.cli;

import io.guestlab.emulator.board.VirtBoardConfig;
import io.guestlab.emulator.board.VirtMemoryMap;
import io.guestlab.gdbserver.GdbAddress;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A {@code qemu-system-riscv64} command line for the virt machine, translated option by option
 * into {@code guestlab run}'s, with QEMU 7.2's defaults wherever a guest could tell: legacy
 * virtio-mmio transports unless {@code -global virtio-mmio.force-legacy=false}, a {@code -device}
 * without {@code bus=} on the highest free {@code virtio-mmio-bus.N}. What Guestlab cannot honour
 * is refused in one line naming the option and what to use instead; what it honours differently
 * on purpose is said in a notice. Options starting with {@code --} are Guestlab's own
 * ({@code guestlab run --help}) and pass through. The disks and flash are {@link QemuDrives}',
 * the virtio-mmio devices {@link QemuDevices}', the UART's connection {@link QemuConsole}'s.
 */
final class QemuCommandLine {

    /**
     * The translated run arguments and the notices to print before running; {@code pidFile} is
     * QEMU's -pidfile (null: none), which {@link QemuCommand} writes while the guest runs;
     * {@code dumpDtb} QEMU's -machine dumpdtb=FILE (null: none): write the device tree and stop.
     */
    record Translation(List<String> runArgs, List<String> notices, String pidFile, String dumpDtb) {
    }

    /** QEMU's -s: a GDB server on TCP port 1234. */
    static final String DEFAULT_GDB = "tcp::1234";

    /** Guestlab run options without a value; every other --option takes one. */
    private static final Set<String> RUN_FLAGS = Set.of("--stats", "--wait-gdb", "--semihosting", "--rng");

    private final List<String> notices = new ArrayList<>();
    private final List<String> guestlabArgs = new ArrayList<>();
    private final QemuDrives drives = new QemuDrives(notices::add);
    private final QemuConsole console = new QemuConsole(notices::add);
    private final QemuDevices devices = new QemuDevices(notices::add, drives);
    private boolean machineSeen;
    private String harts;
    private String memory;
    private String bios;
    private String kernel;
    private String initrd;
    private String append;
    private String dtb;
    private String gdb;
    private boolean waitGdb;
    private boolean semihosting;
    private String pidFile;
    private String dumpDtb;

    private QemuCommandLine() {
    }

    /** @throws UsageException for an option Guestlab cannot honour, naming it and what to use instead */
    static Translation translate(List<String> args) {
        QemuCommandLine q = new QemuCommandLine();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--")) {
                q.guestlabArgs.add(a);
                if (!RUN_FLAGS.contains(a) && i + 1 < args.size()) {
                    q.guestlabArgs.add(args.get(++i));
                }
            } else if (a.startsWith("-")) {
                i = q.option(args, i);
            } else {
                throw new UsageException("'" + a + "' is not an option: QEMU's options start with '-' (a disk image"
                        + " is given with -drive file=IMG)");
            }
        }
        return q.finish();
    }

    /** Handles the QEMU option at {@code i}; returns the index of its last argument. */
    private int option(List<String> args, int i) {
        String a = args.get(i);
        switch (a) {
            case "-machine", "-M" -> machine(a, value(args, ++i, a));
            case "-cpu" -> cpu(value(args, ++i, a));
            case "-smp" -> harts = smp(value(args, ++i, a));
            case "-m" -> {
                QemuOptionList m = new QemuOptionList(a, value(args, ++i, a), "size");
                m.allowOnly("size", "give only the RAM size, e.g. -m 128M");
                memory = m.get("size");
                try { // the board's rule, said here so that the message names -m
                    VirtBoardConfig.defaults().withMemory(OptionValues.size(memory, m.where()));
                } catch (IllegalArgumentException e) {
                    throw new UsageException(m.where() + ": " + e.getMessage());
                }
            }
            case "-bios" -> bios = value(args, ++i, a);
            case "-kernel" -> kernel = value(args, ++i, a);
            case "-initrd" -> initrd = value(args, ++i, a);
            case "-append" -> append = value(args, ++i, a);
            case "-dtb" -> dtb = value(args, ++i, a);
            case "-nographic" -> console.nographic(); // the UART and Ctrl-A on this terminal: what Guestlab always does
            case "-serial" -> console.serial(value(args, ++i, a));
            case "-monitor" -> console.monitor(value(args, ++i, a));
            case "-mon" -> console.mon(value(args, ++i, a));
            case "-chardev" -> console.chardev(value(args, ++i, a));
            case "-nodefaults" -> console.nodefaults();
            case "-no-user-config" -> notice("-no-user-config: no effect: Guestlab reads no QEMU configuration files");
            case "-display" -> {
                String d = value(args, ++i, a);
                if (!d.equals("none")) {
                    throw new UsageException("-display " + d + ": Guestlab has no graphical display: use -display none"
                            + " or -nographic (the console is this terminal)");
                }
            }
            case "-drive" -> drives.drive(value(args, ++i, a));
            case "-blockdev" -> drives.blockdev(value(args, ++i, a));
            case "-device" -> devices.device(value(args, ++i, a));
            case "-global" -> devices.global(value(args, ++i, a));
            case "-snapshot" -> drives.snapshotAll();
            case "-semihosting" -> semihosting = true;
            case "-semihosting-config" -> semihostingConfig(value(args, ++i, a));
            case "-s" -> gdb = DEFAULT_GDB;
            case "-gdb" -> {
                String address = value(args, ++i, a);
                try {
                    gdb = GdbAddress.parse(address).text();
                } catch (IllegalArgumentException e) {
                    throw new UsageException("-gdb " + address + ": " + e.getMessage());
                }
            }
            case "-S" -> waitGdb = true;
            case "-no-reboot" -> { } // Guestlab ends the run at a reboot request, as QEMU does with -no-reboot
            case "-icount" -> {
                value(args, ++i, a);
                notice("-icount: Guestlab is always deterministic (guest time follows retired instructions);"
                        + " its settings are not needed");
            }
            case "-accel" -> accel(value(args, ++i, a));
            case "-d" -> notice("-d " + value(args, ++i, a) + ": Guestlab writes no QEMU logs (guestlab run --gdb"
                    + " serves a debugger; --stats counts instructions)");
            case "-D" -> notice("-D " + value(args, ++i, a) + ": Guestlab writes no QEMU log file");
            case "-netdev" -> throw new UsageException("-netdev " + value(args, ++i, a) + ": Guestlab has no"
                    + " networking yet: remove -netdev and its -device (the guest then sees no network card)");
            case "-rtc" -> rtc(value(args, ++i, a));
            case "-trace" -> notice("-trace " + value(args, ++i, a) + ": Guestlab has no QEMU trace events (--stats"
                    + " counts instructions, --record FILE records the run)");
            case "-name" -> notice("-name " + value(args, ++i, a) + ": no effect: Guestlab has no window or monitor to"
                    + " name");
            case "-pidfile" -> pidFile = value(args, ++i, a);
            case "-daemonize" -> throw new UsageException("-daemonize: Guestlab runs in the foreground with the guest's"
                    + " console on this terminal: start it in the background from the shell instead (nohup ... &)");
            case "-k" -> notice("-k " + value(args, ++i, a) + ": no effect: Guestlab has no graphical display whose"
                    + " keys to map (the console is this terminal)");
            case "-usb" -> notice("-usb: no effect, as in QEMU: the virt machine has no USB controller");
            case "-vga" -> {
                String v = value(args, ++i, a);
                if (!v.equals("none")) {
                    throw new UsageException("-vga " + v + ": Guestlab has no graphical display: use -vga none or"
                            + " -nographic (the console is this terminal)");
                }
            }
            case "-parallel" -> {
                String v = value(args, ++i, a);
                if (!v.equals("none")) {
                    throw new UsageException("-parallel " + v + ": the virt machine has no parallel port: use -parallel"
                            + " none or remove it");
                }
            }
            case "-no-shutdown" -> throw new UsageException("-no-shutdown: Guestlab ends the run when the guest powers"
                    + " off: remove -no-shutdown (--gdb with -S keeps a debugger in control before that)");
            case "-enable-kvm" -> throw new UsageException("-enable-kvm: Guestlab is its own emulator, not KVM: remove"
                    + " -enable-kvm (it runs the guest deterministically, as tcg with -icount would)");
            case "-fsdev", "-virtfs" -> throw new UsageException(a + " " + value(args, ++i, a) + ": Guestlab has no 9p"
                    + " file sharing: remove it; give the files on a disk image (-drive) or through semihosting"
                    + " (guestlab run --semihosting-root DIR)");
            case "-qmp" -> throw new UsageException("-qmp " + value(args, ++i, a) + ": Guestlab has no QMP: use guestlab"
                    + " run --gdb and gdb's monitor commands to control the machine");
            case "-object" -> devices.object(value(args, ++i, a));
            case "-nic", "-net" -> {
                String v = value(args, ++i, a);
                if (!v.equals("none")) {
                    throw new UsageException(a + " " + v + ": Guestlab has no networking yet: use " + a + " none or"
                            + " remove it");
                }
            }
            default -> throw new UsageException(a + " is not a qemu-system-riscv64 option Guestlab knows: remove it,"
                    + " or run the real QEMU (see 'guestlab qemu --help' for what is translated)");
        }
        return i;
    }

    /** -machine/-M: QEMU merges them, so one may give the type and another only properties. */
    private void machine(String option, String spec) {
        QemuOptionList m = new QemuOptionList(option, spec, "type");
        String type = m.get("type");
        if (type != null && !type.equals("virt")) {
            throw new UsageException(m.where() + ": Guestlab has only the virt machine: use -machine virt"
                    + " (the qemu-system-riscv64 shim runs other machines on the real QEMU)");
        }
        if (m.get("dumpdtb") != null) {
            dumpDtb = m.get("dumpdtb");
        }
        if (m.flag("aclint", false)) {
            throw new UsageException(m.where() + ": Guestlab's virt has QEMU's default SiFive CLINT, not"
                    + " ACLINT devices: use aclint=off or leave it out");
        }
        if (m.get("aia") != null && !m.get("aia").equals("none")) {
            throw new UsageException(m.where() + ": Guestlab's virt has QEMU's default PLIC, not the AIA"
                    + " (aia=" + m.get("aia") + "): use aia=none or leave it out");
        }
        for (String noEffect : new String[] {"usb", "graphics", "dump-guest-core", "mem-merge"}) {
            if (m.get(noEffect) != null) {
                m.flag(noEffect, false); // on or off, checked
                notice(m.where() + ": " + noEffect + "= has no effect on what the guest sees of this"
                        + " machine, on QEMU as on Guestlab");
            }
        }
        m.allowOnly("type accel pflash0 pflash1 aclint aia usb graphics dump-guest-core mem-merge dumpdtb",
                "remove it (Guestlab's virt has no other properties yet)");
        accelerator(m.get("accel"), m.where());
        drives.machineFlash(m.where(), m);
        machineSeen |= type != null;
    }

    /**
     * -rtc: the RTC's date. Guestlab's starts at a fixed date and follows guest time (with --time
     * host, the host's UTC), so only base=utc is taken; clock= and driftfix= say how QEMU follows the
     * host, which Guestlab's guest time does not.
     */
    private void rtc(String spec) {
        QemuOptionList rtc = new QemuOptionList("-rtc", spec, null);
        rtc.allowOnly("base clock driftfix", "use -rtc base=utc or leave -rtc out");
        String base = rtc.get("base");
        if (base != null && !base.equals("utc")) {
            throw new UsageException("-rtc " + spec + ": Guestlab's RTC starts at its fixed date (with --time host, the"
                    + " host's UTC), not base=" + base + ": use -rtc base=utc or leave -rtc out");
        }
        rtc.oneOf("clock", "host rt vm");
        rtc.oneOf("driftfix", "none slew");
        notice("-rtc " + spec + ": the RTC starts at Guestlab's fixed date and follows guest time, the same in every"
                + " run (--time host: the host's UTC)");
    }

    private void accel(String spec) {
        QemuOptionList accel = new QemuOptionList("-accel", spec, "accel");
        accelerator(accel.get("accel"), "-accel " + spec);
    }

    private void accelerator(String name, String where) {
        if (name == null) {
            return;
        }
        if (!name.equals("tcg")) {
            throw new UsageException(where + ": Guestlab is its own emulator, not " + name + ": use accel=tcg or"
                    + " leave the accelerator out");
        }
        notice(where + ": Guestlab runs the guest itself, deterministically (as tcg with -icount would)");
    }

    /** What -cpu can ask for: Guestlab's harts, described in QEMU's terms. */
    private static final String HARTS = "QEMU's rv64 without H (RV64GC, Zba/Zbb/Zbc/Zbs, Sstc; M/S/U modes, Sv39/Sv48)";

    private void cpu(String spec) {
        QemuOptionList cpu = new QemuOptionList("-cpu", spec, "model");
        String model = cpu.get("model");
        if (!model.equals("rv64") && !model.equals("max")) {
            throw new UsageException("-cpu " + spec + ": Guestlab's harts are " + HARTS + ": use -cpu rv64 or leave"
                    + " -cpu out");
        }
        cpu.allowOnly("model", "use -cpu rv64 without properties (Guestlab's harts are " + HARTS + ")");
        if (model.equals("max")) {
            notice("-cpu max: Guestlab's harts are " + HARTS + ", not every extension QEMU's max has");
        }
    }

    /**
     * -smp N, or QEMU's topology form as long as it is one socket of N single-threaded cores
     * (sockets=1,cores=N,threads=1): Guestlab's harts are one cluster, as QEMU's default.
     */
    private static String smp(String spec) {
        QemuOptionList smp = new QemuOptionList("-smp", spec, "cpus");
        smp.allowOnly("cpus maxcpus sockets cores threads dies clusters", "give the number of harts, e.g. -smp 4");
        for (String single : new String[] {"sockets", "threads", "dies", "clusters"}) {
            if (smp.get(single) != null && !smp.get(single).equals("1")) {
                throw new UsageException("-smp " + spec + ": Guestlab's harts are one socket of single-threaded cores:"
                        + " give " + single + "=1 or the number of harts alone, e.g. -smp 4");
            }
        }
        String cpus = smp.get("cpus") != null ? smp.get("cpus") : smp.get("cores");
        if (smp.get("cores") != null && !smp.get("cores").equals(cpus)) {
            throw new UsageException("-smp " + spec + ": cores=" + smp.get("cores") + " must equal the number of harts"
                    + " (" + cpus + "): Guestlab's harts are one socket of single-threaded cores");
        }
        if (cpus == null || (smp.get("maxcpus") != null && !smp.get("maxcpus").equals(cpus))) {
            throw new UsageException("-smp " + spec + ": give the number of harts, e.g. -smp 4 (no CPU hot-plug:"
                    + " maxcpus must equal it)");
        }
        long n = OptionValues.number(cpus, "-smp", Long.MIN_VALUE, Long.MAX_VALUE);
        if (n < 1 || n > VirtMemoryMap.MAX_HARTS) {
            throw new UsageException("-smp " + spec + ": Guestlab's virt board has 1 to " + VirtMemoryMap.MAX_HARTS
                    + " harts: give a number from 1 to " + VirtMemoryMap.MAX_HARTS);
        }
        return Long.toString(n);
    }

    private void semihostingConfig(String spec) {
        QemuOptionList s = new QemuOptionList("-semihosting-config", spec, "enable");
        if (s.get("arg") != null) {
            throw new UsageException("-semihosting-config " + spec + ": arg= is not supported: Guestlab gives the"
                    + " guest the kernel's name and -append as its command line");
        }
        if (s.get("chardev") != null) {
            throw new UsageException("-semihosting-config " + spec + ": chardev= is not supported: semihosting"
                    + " output goes to this terminal");
        }
        String target = s.get("target");
        if (target != null && !target.equals("native") && !target.equals("auto")) {
            throw new UsageException("-semihosting-config " + spec + ": target=" + target + " is not supported:"
                    + " Guestlab answers semihosting itself (target=native)");
        }
        s.allowOnly("enable target userspace", "use -semihosting-config enable=on,target=native");
        semihosting |= s.flag("enable", true);
    }

    private Translation finish() {
        if (!machineSeen) {
            throw new UsageException("no machine type (-machine virt): QEMU's default riscv64 machine is spike,"
                    + " which Guestlab does not have: add -machine virt");
        }
        console.finish();
        drives.resolveMachineFlash();
        if (waitGdb && gdb == null) {
            throw new UsageException("-S without -s or -gdb: Guestlab has no QEMU monitor to continue from: add -s"
                    + " (or -gdb tcp::PORT) and continue from the debugger");
        }
        List<String> run = new ArrayList<>();
        if (harts != null) {
            run.addAll(List.of("--harts", harts));
        }
        if (memory != null) {
            run.addAll(List.of("--memory", memory));
        }
        if (bios != null && !bios.equals("default")) {
            run.addAll(List.of("--bios", bios));
        }
        run.addAll(drives.flashArguments());
        addIf(run, "--kernel", kernel);
        addIf(run, "--initrd", initrd);
        addIf(run, "--append", append);
        addIf(run, "--dtb", dtb);
        run.addAll(devices.arguments(harts == null ? 1 : Integer.parseInt(harts)));
        if (semihosting) {
            run.add("--semihosting");
        }
        if (gdb != null) {
            run.addAll(List.of("--gdb", gdb));
        }
        if (waitGdb) {
            run.add("--wait-gdb");
        }
        run.addAll(guestlabArgs);
        if (!guestlabArgs.contains("--time")) {
            notice("guest time follows retired instructions, so every run is the same (QEMU follows the host's"
                    + " clock); --time host does that instead");
        }
        return new Translation(List.copyOf(run), List.copyOf(notices), pidFile, dumpDtb);
    }

    private void notice(String text) {
        notices.add(text);
    }

    private static void addIf(List<String> run, String option, String value) {
        if (value != null) {
            run.addAll(List.of(option, value));
        }
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }
}
