package io.guestlab.cli;

import io.guestlab.emulator.Translation;
import io.guestlab.emulator.board.Drive;
import io.guestlab.emulator.board.FlashImage;
import io.guestlab.emulator.board.GenericLoader;
import io.guestlab.emulator.board.Semihosting;
import io.guestlab.emulator.board.VirtBoardConfig;
import io.guestlab.emulator.board.VirtioSlots;
import io.guestlab.gdbserver.GdbAddress;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The options of {@code guestlab run}, parsed and checked against each other. Every problem is a
 * {@link UsageException} naming the option.
 */
final class RunOptions {

    /** QEMU's name of the virt board's virtio-mmio transports, before the index. */
    static final String VIRTIO_MMIO_BUS = VirtioSlots.BUS_PREFIX;

    VirtBoardConfig config = VirtBoardConfig.defaults();
    Path dtbOut;
    long timeoutInsns = Long.MAX_VALUE;
    double timeoutSeconds = Double.POSITIVE_INFINITY;
    boolean stats;
    /** --no-translate / --translate-after N: how the harts run guest code (never what it does). */
    Translation translation = Translation.DEFAULT;
    String gdb;
    boolean waitGdb;
    /** Boot from this snapshot file instead of images. */
    Path loadSnapshot;
    /** Save a snapshot here when the run ends, or when {@link #snapshotWhen} appears. */
    Path saveSnapshot;
    String snapshotWhen;
    Path record;
    Path replay;
    /** End the run (or, with --gdb, hold the harts for the debugger) after exactly this many steps; -1: no. */
    long stopAtStep = -1;
    Path saveMachine;
    /** --rng-bus, applied once the drives are known. */
    private Integer rngBus;
    /** --loader, applied once the harts are known. */
    private final List<GenericLoader> loaders = new ArrayList<>();

    private RunOptions() {
    }

    static RunOptions parse(List<String> args) {
        RunOptions o = new RunOptions();
        List<Drive> drives = new ArrayList<>();
        List<String> bootOptions = new ArrayList<>();
        Path machine = null;
        try {
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--bios", "--kernel", "--initrd", "--append", "--memory", "--harts", "--drive", "--time",
                         "--semihosting", "--semihosting-root", "--rng", "--rng-seed", "--rng-bus", "--virtio", "--dtb",
                         "--flash", "--loader" -> {
                        bootOptions.add(a);
                        i = o.bootOption(args, i, drives);
                    }
                    case "--machine" -> machine = Path.of(value(args, ++i, a));
                    case "--save-machine" -> o.saveMachine = Path.of(value(args, ++i, a));
                    case "--dtb-out" -> o.dtbOut = Path.of(value(args, ++i, a));
                    case "--timeout-insns" -> o.timeoutInsns = OptionValues.number(value(args, ++i, a), a, 1, Long.MAX_VALUE);
                    case "--timeout" -> o.timeoutSeconds = OptionValues.seconds(value(args, ++i, a), a);
                    case "--stats" -> o.stats = true;
                    case "--no-translate" -> o.translation = Translation.OFF;
                    case "--translate-after" -> o.translation = Translation.after(
                            (int) OptionValues.number(value(args, ++i, a), a, 1, Integer.MAX_VALUE));
                    case "--gdb" -> o.gdb = GdbAddress.parse(value(args, ++i, a)).text();
                    case "--wait-gdb" -> o.waitGdb = true;
                    case "--load-snapshot" -> o.loadSnapshot = Path.of(value(args, ++i, a));
                    case "--save-snapshot" -> o.saveSnapshot = Path.of(value(args, ++i, a));
                    case "--snapshot-when" -> {
                        o.snapshotWhen = value(args, ++i, a);
                        if (o.snapshotWhen.isEmpty()) {
                            throw new UsageException("--snapshot-when needs a non-empty text to wait for");
                        }
                    }
                    case "--record" -> o.record = Path.of(value(args, ++i, a));
                    case "--replay" -> o.replay = Path.of(value(args, ++i, a));
                    case "--stop-at-step" -> o.stopAtStep = OptionValues.number(value(args, ++i, a), a, 0, Long.MAX_VALUE);
                    default -> throw new UsageException("unknown option '" + a + "' (see 'guestlab run --help')");
                }
            }
            if (machine != null) {
                if (!bootOptions.isEmpty()) {
                    throw new UsageException("--machine " + machine + " already says how to boot; " + bootOptions.get(0)
                            + " cannot be combined with it (edit the file instead)");
                }
                try {
                    o.config = MachineDefinitions.toBoardConfig(machine);
                } catch (io.guestlab.model.DefinitionException e) {
                    throw new UsageException("--machine: " + e.getMessage());
                }
            } else {
                o.config = o.config.withDrives(drives);
                for (GenericLoader loader : o.loaders) {
                    o.config = o.config.withLoader(loader);
                }
                if (o.rngBus != null) {
                    if (o.config.rngSeed() == null) {
                        throw new UsageException("--rng-bus needs --rng or --rng-seed N");
                    }
                    o.config = o.config.withRngBus(o.rngBus);
                }
            }
            o.check(bootOptions, machine != null);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return o;
    }

    /** Parses one option that says how to boot; returns the index of its last argument. */
    private int bootOption(List<String> args, int i, List<Drive> drives) {
        String a = args.get(i);
        switch (a) {
            case "--bios" -> {
                String v = value(args, ++i, a);
                config = config.withBios(v.equals("none") ? null : Path.of(v));
            }
            case "--kernel" -> config = config.withKernel(Path.of(value(args, ++i, a)));
            case "--initrd" -> config = config.withInitrd(Path.of(value(args, ++i, a)));
            case "--dtb" -> config = config.withDtb(Path.of(value(args, ++i, a)));
            case "--append" -> config = config.withAppend(value(args, ++i, a));
            case "--memory" -> config = config.withMemory(OptionValues.size(value(args, ++i, a), a));
            case "--harts" -> config = config.withHarts((int) OptionValues.number(value(args, ++i, a), a, 1, 8));
            case "--drive" -> drives.add(drive(value(args, ++i, a)));
            case "--flash" -> flash(value(args, ++i, a));
            case "--loader" -> loaders.add(LoaderOption.parse(new QemuOptionList(a, value(args, ++i, a), null)));
            case "--time" -> config = config.withHostTime(switch (value(args, ++i, a)) {
                case "virtual" -> false;
                case "host" -> true;
                default -> throw new UsageException("--time: '" + args.get(i) + "' is not virtual or host");
            });
            case "--rng" -> config = config.withRng(config.rngSeed() != null ? config.rngSeed() : 0L);
            case "--rng-seed" -> config = config.withRng(OptionValues.number(value(args, ++i, a), a, Long.MIN_VALUE, Long.MAX_VALUE));
            case "--rng-bus" -> rngBus = bus(value(args, ++i, a), a);
            case "--virtio" -> config = config.withLegacyVirtio(switch (value(args, ++i, a)) {
                case "legacy" -> true;
                case "modern" -> false;
                default -> throw new UsageException("--virtio: '" + args.get(i) + "' is not legacy or modern");
            });
            case "--semihosting" -> config = config.withSemihosting(new Semihosting(true, config.semihosting().root()));
            case "--semihosting-root" -> {
                Path root = Path.of(value(args, ++i, a));
                if (!Files.isDirectory(root)) {
                    throw new UsageException("--semihosting-root: " + root + " is not an existing folder");
                }
                config = config.withSemihosting(new Semihosting(true, root));
            }
            default -> throw new IllegalStateException(a);
        }
        return i;
    }

    private void check(List<String> bootOptions, boolean fromMachineFile) {
        if (waitGdb && gdb == null) {
            throw new UsageException("--wait-gdb needs --gdb ADDRESS (e.g. --gdb tcp::1234)");
        }
        if (loadSnapshot != null) {
            if (!bootOptions.isEmpty() || fromMachineFile) {
                throw new UsageException("--load-snapshot holds the whole machine; "
                        + (fromMachineFile ? "--machine" : bootOptions.get(0)) + " cannot be combined with it");
            }
            if (saveMachine != null || dtbOut != null) {
                throw new UsageException("--load-snapshot: " + (saveMachine != null ? "--save-machine" : "--dtb-out")
                        + " needs a machine booted from images");
            }
        } else {
            config.checkBootable();
        }
        if (snapshotWhen != null && saveSnapshot == null) {
            throw new UsageException("--snapshot-when needs --save-snapshot FILE to say where the snapshot goes");
        }
        if (record != null && replay != null) {
            throw new UsageException("--record and --replay cannot be combined");
        }
        if ((record != null || replay != null) && config.hostTime() && config.rngSeed() != null) {
            throw new UsageException((record != null ? "--record" : "--replay") + ": with --time host the entropy device"
                    + " (--rng) draws the host's randomness, which a recording does not hold; use virtual time");
        }
        // Before the guest starts, not after a long run.
        OutputPaths.check("--save-snapshot", saveSnapshot);
        OutputPaths.check("--record", record);
        OutputPaths.check("--dtb-out", dtbOut);
        OutputPaths.check("--save-machine", saveMachine);
    }

    /** {@code file=IMG,unit=0|1[,readonly]}: an image in a flash bank (QEMU's -drive if=pflash). */
    private void flash(String spec) {
        FlashImage.InBank bank;
        try {
            bank = FlashImage.parse(spec);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--flash " + spec + ": " + e.getMessage());
        }
        if (config.flash(bank.unit()) != null) {
            throw new UsageException("--flash " + spec + ": flash bank " + bank.unit() + " already has an image");
        }
        config = config.withFlash(bank.unit(), bank.image());
    }

    /** {@code file=IMG[,readonly|,persistent][,bus=N][,serial=S][,discard=...][,writethrough]} (see {@link Drive#parse}). */
    static Drive drive(String spec) {
        try {
            return Drive.parse(spec);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--drive: " + e.getMessage());
        }
    }

    /** A virtio-mmio transport: {@code N} or QEMU's {@code virtio-mmio-bus.N}, 0..7. */
    static int bus(String text, String option) {
        try {
            return VirtioSlots.parseBus(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }
}
