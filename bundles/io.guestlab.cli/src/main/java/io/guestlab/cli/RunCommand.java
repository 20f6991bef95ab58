package io.guestlab.cli;

import io.guestlab.emulator.StopEvent;
import io.guestlab.emulator.StopReason;
import io.guestlab.emulator.board.Drive;
import io.guestlab.emulator.board.VirtBoard;
import io.guestlab.emulator.board.VirtBoardConfig;
import io.guestlab.emulator.devices.DiskMode;
import io.guestlab.emulator.devices.MachineStop;
import io.guestlab.emulator.loader.BootImageException;
import io.guestlab.gdbserver.GdbAddress;
import io.guestlab.gdbserver.GdbServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code guestlab run}: boots a guest on the virt board with QEMU's command-line conventions
 * ({@code -bios}, {@code -kernel}, {@code -initrd}, {@code -append}, {@code -smp}, {@code -m},
 * {@code -drive}), the UART on the terminal, and exits with the guest's exit code (test device /
 * syscon, or HTIF for an ELF with {@code tohost}).
 */
public final class RunCommand implements Command {

    /** Exit code when a --timeout or --timeout-insns limit ends the run, as timeout(1) does. */
    public static final int EXIT_TIMEOUT = 124;
    /** Exit code when the guest can never finish (all harts idle, no input left) or the engine failed. */
    public static final int EXIT_STUCK = 125;

    /** Steps between looks at host input and the clock: about 10 ms of guest execution. */
    private static final long SLICE = 1_000_000;

    private final InputStream input;
    private final boolean mayUseTerminal;

    /** The command as `guestlab run` uses it: console input from standard input. */
    public RunCommand() {
        this(System.in, true);
    }

    /** @param input console input; {@code mayUseTerminal} false keeps the host terminal untouched (tests) */
    RunCommand(InputStream input, boolean mayUseTerminal) {
        this.input = input;
        this.mayUseTerminal = mayUseTerminal;
    }

    @Override
    public String name() {
        return "run";
    }

    @Override
    public String summary() {
        return "boot a RISC-V guest on the QEMU-compatible virt board";
    }

    @Override
    public String usage() {
        return """
                usage: guestlab run [--bios FILE|none] [--kernel FILE] [OPTIONS]

                Boots a guest on Guestlab's virt board, which matches QEMU's `-M virt`: a QEMU
                command line translates option by option. The UART is this terminal (raw input;
                Ctrl-A x quits, Ctrl-A h helps); piped input is typed into the guest as it comes.

                options:
                  --bios FILE|none       firmware at 0x80000000 (default: OpenSBI fw_dynamic,
                                         %s);
                                         none: the kernel starts in M-mode from its entry
                  --kernel FILE          an ELF (loaded by its physical segments) or a raw image
                                         (at the firmware's end rounded up to 2 MiB: 0x80200000
                                         after OpenSBI, 0x80000000 with --bios none)
                  --initrd FILE          initial RAM disk, placed as QEMU does, named in /chosen
                  --append "ARGS"        kernel command line (/chosen/bootargs)
                  --harts N              number of harts, 1..8 (default 1)
                  --memory SIZE          RAM size, e.g. 256M, 1G (default 128M)
                  --drive file=IMG[,readonly|,persistent]
                                         a raw disk image as virtio-blk; by default the guest's
                                         writes stay in memory and the file is never modified
                  --dtb-out FILE         also write the device tree given to the guest to FILE
                  --time virtual|host    guest time follows retired instructions (default: the same
                                         run every time) or the host's clock (delays take real time)
                  --timeout SECONDS      stop after this much wall time (exit code 124)
                  --timeout-insns N      stop after N instructions (exit code 124)
                  --stats                print 'stats: instructions=N wall=S.SSSs mips=M.M' to stderr
                  --gdb tcp::PORT|tcp:HOST:PORT|unix:PATH
                                         serve the GDB remote protocol there (QEMU's -gdb); connect
                                         with gdb-multiarch -ex 'target remote :PORT' guest.elf
                  --wait-gdb             hold the harts at reset until a debugger attaches (-S);
                                         the timeouts do not apply while a debugger is served

                An ELF with a `tohost` symbol also gets HTIF (console output, exit code), as
                riscv-tests and Spike programs expect.

                exit codes: the guest's exit code (power-off is 0, a test-device failure its code,
                HTIF exit its code); 0 after Ctrl-A x or a reboot request; 124 on a timeout; 125 if
                the guest cannot go on (every hart waits and no input is left) or the engine
                failed; 1 if an image or disk cannot be used; 2 on bad usage.
                """.formatted(VirtBoardConfig.DEFAULT_BIOS);
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        VirtBoardConfig config = VirtBoardConfig.defaults();
        List<Drive> drives = new ArrayList<>();
        Path dtbOut = null;
        long timeoutInsns = Long.MAX_VALUE;
        double timeoutSeconds = Double.POSITIVE_INFINITY;
        boolean stats = false;
        String gdb = null;
        boolean waitGdb = false;
        try {
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--bios" -> {
                        String v = value(args, ++i, a);
                        config = config.withBios(v.equals("none") ? null : Path.of(v));
                    }
                    case "--kernel" -> config = config.withKernel(Path.of(value(args, ++i, a)));
                    case "--initrd" -> config = config.withInitrd(Path.of(value(args, ++i, a)));
                    case "--append" -> config = config.withAppend(value(args, ++i, a));
                    case "--memory" -> config = config.withMemory(OptionValues.size(value(args, ++i, a), a));
                    case "--harts" -> config = config.withHarts((int) OptionValues.number(value(args, ++i, a), a, 1, 8));
                    case "--drive" -> drives.add(drive(value(args, ++i, a)));
                    case "--dtb-out" -> dtbOut = Path.of(value(args, ++i, a));
                    case "--timeout-insns" -> timeoutInsns = OptionValues.number(value(args, ++i, a), a, 1, Long.MAX_VALUE);
                    case "--timeout" -> timeoutSeconds = OptionValues.seconds(value(args, ++i, a), a);
                    case "--time" -> config = config.withHostTime(switch (value(args, ++i, a)) {
                        case "virtual" -> false;
                        case "host" -> true;
                        default -> throw new UsageException("--time: '" + args.get(i) + "' is not virtual or host");
                    });
                    case "--stats" -> stats = true;
                    case "--gdb" -> gdb = GdbAddress.parse(value(args, ++i, a)).text();
                    case "--wait-gdb" -> waitGdb = true;
                    default -> throw new UsageException("unknown option '" + a + "' (see 'guestlab run --help')");
                }
            }
            if (waitGdb && gdb == null) {
                throw new UsageException("--wait-gdb needs --gdb ADDRESS (e.g. --gdb tcp::1234)");
            }
            config = config.withDrives(drives);
            config.checkBootable();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }

        VirtBoard board;
        try {
            board = VirtBoard.create(config, b -> {
                out.write(b);
                out.flush(); // unbuffered, like a serial line
            });
        } catch (BootImageException | IOException e) {
            err.println("guestlab run: " + e.getMessage()
                    + (VirtBoardConfig.DEFAULT_BIOS.equals(config.bios()) && e.getMessage().contains(config.bios().toString())
                    ? " (the default firmware comes with Debian's opensbi package; or give --bios FILE or --bios none)" : ""));
            return 1;
        } catch (OutOfMemoryError e) {
            err.println("guestlab run: not enough host memory for --memory " + config.memoryBytes() + " bytes (raise -Xmx)");
            return 1;
        }
        try (board; HostConsole console = new HostConsole(input, board::typeInput, err)) {
            if (dtbOut != null) {
                try {
                    Files.write(dtbOut, board.deviceTree());
                } catch (IOException e) {
                    err.println("guestlab run: cannot write the device tree to " + dtbOut + ": " + e.getMessage());
                    return 1;
                }
            }
            console.start(mayUseTerminal && HostConsole.stdinIsTerminal());
            if (gdb != null) {
                return serveDebugger(board, console, gdb, waitGdb, out, err);
            }
            return runToEnd(board, console, timeoutInsns, timeoutSeconds, stats, out, err);
        } catch (IOException e) {
            err.println("guestlab run: closing the disks failed: " + e.getMessage());
            return 1;
        }
    }

    private static int runToEnd(VirtBoard board, HostConsole console, long timeoutInsns, double timeoutSeconds,
                                boolean stats, PrintStream out, PrintStream err) {
        long start = System.nanoTime();
        long deadline = Double.isInfinite(timeoutSeconds) ? Long.MAX_VALUE : start + (long) (timeoutSeconds * 1e9);
        int code;
        while (true) {
            long done = board.machine().instructionsRetired();
            if (console.inputEnded()) {
                board.machine().setStopWhenIdle(true); // nothing can wake a hart that waits for input now
            }
            StopEvent e = board.run(Math.min(SLICE, Math.max(timeoutInsns - done, 1)));
            if (e.reason() == StopReason.EXIT) {
                code = e.exitCode();
                if (board.stopRequest() != null && board.stopRequest().kind() == MachineStop.Kind.REBOOT) {
                    err.println("\r\nguestlab run: the guest asked for a reboot; like QEMU's -no-reboot, the run ends here");
                }
                break;
            }
            if (console.quitRequested()) {
                err.println("\r\nguestlab run: quit (Ctrl-A x)");
                code = 0;
                break;
            }
            if (e.reason() == StopReason.BUDGET_EXHAUSTED) {
                if (board.machine().instructionsRetired() >= timeoutInsns) {
                    err.println("\r\nguestlab run: timeout: no exit after " + timeoutInsns + " instructions");
                    code = EXIT_TIMEOUT;
                    break;
                }
                if (System.nanoTime() > deadline) {
                    err.printf(Locale.ROOT, "\r\nguestlab run: timeout: no exit after %s seconds%n", timeoutSeconds);
                    code = EXIT_TIMEOUT;
                    break;
                }
                continue;
            }
            err.println("\r\nguestlab run: " + e);
            code = EXIT_STUCK;
            break;
        }
        out.flush();
        if (stats) {
            double wall = (System.nanoTime() - start) / 1e9;
            long n = board.machine().instructionsRetired();
            err.printf(Locale.ROOT, "stats: instructions=%d wall=%.3fs mips=%.1f%n", n, wall, wall > 0 ? n / wall / 1e6 : 0.0);
        }
        return code;
    }

    /** Runs the board under the GDB server until the guest exits, the debugger kills it, or Ctrl-A x. */
    private static int serveDebugger(VirtBoard board, HostConsole console, String address, boolean waitGdb,
                                     PrintStream out, PrintStream err) {
        try (GdbServer server = GdbServer.start(board.machine(), board::run, address, waitGdb, err)) {
            err.println("guestlab run: gdb server on " + server.address() + (waitGdb ? ", waiting for a debugger" : ""));
            StopEvent end;
            while ((end = server.awaitEnd(Duration.ofMillis(100))) == null) {
                if (console.quitRequested()) {
                    err.println("\r\nguestlab run: quit (Ctrl-A x)");
                    return 0;
                }
            }
            out.flush();
            server.awaitDisconnect(Duration.ofSeconds(2)); // let the debugger hear how the machine ended
            if (end.reason() == StopReason.EXIT) {
                return end.exitCode();
            }
            err.println("\r\nguestlab run: " + (end.reason() == StopReason.HALTED ? "killed by the debugger" : end));
            return EXIT_STUCK;
        } catch (IOException e) {
            err.println("guestlab run: --gdb " + address + ": " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return EXIT_STUCK;
        }
    }

    /** {@code file=IMG[,readonly|,persistent]}; QEMU's {@code format=raw} and {@code if=virtio} are accepted too. */
    static Drive drive(String spec) {
        Path file = null;
        DiskMode mode = DiskMode.COPY_ON_WRITE;
        for (String part : spec.split(",")) {
            if (part.startsWith("file=") && part.length() > 5) {
                file = Path.of(part.substring(5));
            } else if (part.equals("readonly") || part.equals("readonly=on")) {
                mode = DiskMode.READ_ONLY;
            } else if (part.equals("persistent")) {
                mode = DiskMode.PERSISTENT;
            } else if (!part.equals("format=raw") && !part.equals("if=virtio")) {
                throw new UsageException("--drive: unknown part '" + part + "' in '" + spec
                        + "' (expected file=IMG[,readonly|,persistent])");
            }
        }
        if (file == null) {
            throw new UsageException("--drive: '" + spec + "' names no file (expected file=IMG[,readonly|,persistent])");
        }
        return new Drive(file, mode);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }
}
