package io.guestlab.cli;

import io.guestlab.emulator.StopEvent;
import io.guestlab.emulator.StopReason;
import io.guestlab.emulator.board.InputLog;
import io.guestlab.emulator.board.InputLogWriter;
import io.guestlab.emulator.board.SnapshotFile;
import io.guestlab.emulator.board.VirtBoard;
import io.guestlab.emulator.board.VirtBoardConfig;
import io.guestlab.emulator.devices.ByteSink;
import io.guestlab.emulator.devices.MachineStop;
import io.guestlab.emulator.history.CheckpointProvider;
import io.guestlab.emulator.loader.BootImageException;
import io.guestlab.emulator.snapshot.SnapshotException;
import io.guestlab.gdbserver.GdbServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code guestlab run}: boots a guest on the virt board with QEMU's command-line conventions
 * ({@code -bios}, {@code -kernel}, {@code -initrd}, {@code -append}, {@code -smp}, {@code -m},
 * {@code -drive}), the UART on the terminal, and exits with the guest's exit code (test device /
 * syscon, or HTIF for an ELF with {@code tohost}).
 */
public final class RunCommand implements Command {

    /** What `guestlab --help` says of this command (a constant: listing it loads no class). */
    static final String SUMMARY = "boot a RISC-V guest on the QEMU-compatible virt board";

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
        return SUMMARY;
    }

    @Override
    public String usage() {
        return """
                usage: guestlab run [--bios FILE|none] [--kernel FILE] [OPTIONS]

                Boots a guest on Guestlab's virt board, which matches QEMU's `-M virt`; `guestlab qemu`
                takes a QEMU command line as it is and translates it into these options. The UART is
                this terminal (raw input; Ctrl-A x quits, Ctrl-A h helps); piped input is typed into
                the guest as it comes.

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
                  --memory SIZE          RAM size as QEMU's -m takes it: 256M, 1G, 1.5G, 512K;
                                         a plain number is MiB (64 = 64 MiB) (default 128M)
                  --drive file=IMG[,readonly|,persistent][,bus=N][,...]
                                         a raw disk image as virtio-blk-device on virtio-mmio-bus.N
                                         (0..7, 0 at 0x10001000; default: the highest free one, as
                                         QEMU places a -device); by default the guest's writes
                                         stay in memory and the file is never modified;
                                         serial=S answers GET_ID (QEMU's -device ...,serial=S),
                                         discard=unmap makes discarded sectors read as zeroes
                                         (unmap-clusters: whole 64 KiB clusters only, as under
                                         QEMU's snapshot=on), writethrough (or QEMU's
                                         cache=writethrough|directsync) starts the write cache off
                  --flash file=IMG,unit=0|1[,readonly]
                                         a 32 MiB image in CFI flash bank 0 (0x20000000: the harts
                                         start there) or 1 (0x22000000: the firmware's next stage),
                                         as QEMU's -drive if=pflash; the guest's writes stay in
                                         memory
                  --loader file=IMG[,addr=A][,cpu-num=N][,force-raw=on]
                  --loader addr=A,data=V,data-len=N[,data-be=on]   --loader addr=A,cpu-num=N
                                         QEMU's -device loader: an ELF by its segments (or a raw
                                         image at A), a value of N bytes at A, or hart N started
                                         at the image's entry or at A instead of the reset ROM
                  --virtio modern|legacy the virtio-mmio register layout: version 2 (default) or
                                         version 1, which QEMU 7.2 presents unless given
                                         -global virtio-mmio.force-legacy=false
                  --rng                  a virtio entropy device (QEMU's -device virtio-rng-device);
                                         its bytes repeat from run to run (host entropy with
                                         --time host)
                  --rng-seed N           the same, with bytes from seed N (default 0)
                  --rng-bus N            put the entropy device on virtio-mmio-bus.N
                  --dtb FILE             boot this device tree blob instead of the generated one
                                         (QEMU's -dtb): --append and --initrd are set in its /chosen
                  --dtb-out FILE         also write the device tree given to the guest to FILE
                  --semihosting          answer the guest's RISC-V semihosting calls (QEMU's
                                         -semihosting): console, clock, command line (the
                                         kernel's name and --append), exit code; no host files
                  --semihosting-root DIR also let the guest's semihosting file calls use DIR,
                                         and nothing outside it (implies --semihosting)
                  --time virtual|host    guest time follows retired instructions (default: the same
                                         run every time) or the host's clock (delays take real time)
                  --timeout SECONDS      stop after this much wall time (exit code 124)
                  --timeout-insns N      stop after N instructions (exit code 124)
                  --stats                print 'stats: instructions=N wall=S.SSSs mips=M.M' and
                                         'stats: state=sha256:... steps=N' to stderr
                  --no-translate         interpret only, never translate hot code to JVM bytecode:
                                         slower, in exactly the same states (compare --stats)
                  --translate-after N    translate a block after N runs (default 5000)
                  --machine FILE         boot the machine a definition file (*.machine) describes
                  --save-machine FILE    write the machine these options describe to FILE
                  --save-snapshot FILE   save a snapshot of the whole machine to FILE when the
                                         run ends (or when --snapshot-when's text appears)
                  --snapshot-when TEXT   end the run as soon as TEXT appears on the console,
                                         saving the snapshot there (e.g. a shell prompt)
                  --load-snapshot FILE   start from a snapshot instead of booting (the disks'
                                         base images must be where they were)
                  --record FILE          record what comes from the host with the step it arrived
                                         at: console input; with --time host the clock readings
                                         and the date; with semihosting the host's file answers
                  --replay FILE          take those inputs from a recording: the run repeats the
                                         recorded one exactly (--stats shows the state hash),
                                         without sleeping and without touching the semihosting
                                         folder's files; give the recorded run's options again
                  --stop-at-step N       stop after exactly N machine steps (counted from the
                                         machine's creation, as --stats and 'guestlab test
                                         --results' count them): the run ends there (exit code
                                         0; --save-snapshot saves that state), or with --gdb the
                                         harts wait there for the debugger
                  --gdb tcp::PORT|tcp:HOST:PORT|unix:PATH
                                         serve the GDB remote protocol there (QEMU's -gdb); connect
                                         with gdb-multiarch -ex 'target remote :PORT' guest.elf;
                                         reverse-stepi/-continue and monitor reset/snapshot work
                                         unless a drive is persistent, time is the host's
                                         or semihosting shares a folder
                  --wait-gdb             hold the harts at reset until a debugger continues or
                                         detaches (-S); a connection that closes without a detach
                                         (a port probe) leaves them held; the timeouts do not
                                         apply while a debugger is served

                An ELF with a `tohost` symbol also gets HTIF (console output, exit code), as
                riscv-tests and Spike programs expect.

                exit codes: the guest's exit code (power-off is 0, a test-device failure its code,
                HTIF or semihosting exit its code); 0 after Ctrl-A x or a reboot request; 124 on
                a timeout; 125 if the guest cannot go on (every hart waits and no input is left)
                or the engine failed; 1 if an image or disk cannot be used; 2 on bad usage.
                """.formatted(VirtBoardConfig.DEFAULT_BIOS);
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        RunOptions o = RunOptions.parse(args);
        ConsoleWatch watch = o.snapshotWhen == null ? null : new ConsoleWatch(o.snapshotWhen);
        VirtBoard[] running = new VirtBoard[1]; // the console sink needs the board it is given to
        AtomicBoolean replaying = new AtomicBoolean(); // the gdb server re-executes a stretch run before
        ByteSink sink = b -> {
            if (replaying.get()) {
                return; // printed the first time round
            }
            out.write(b);
            out.flush(); // unbuffered, like a serial line
            if (watch != null && watch.accept(b)) {
                running[0].machine().halt(); // the run loop saves the snapshot at this point
            }
        };
        InputLog replay = null;
        VirtBoard board;
        try {
            if (o.replay != null) {
                replay = InputLog.read(o.replay);
            }
            board = o.loadSnapshot != null ? VirtBoard.fromSnapshot(SnapshotFile.load(o.loadSnapshot), sink)
                    : VirtBoard.create(o.config, sink);
        } catch (BootImageException | IOException | SnapshotException e) {
            err.println("guestlab run: " + e.getMessage()
                    + (o.loadSnapshot == null && VirtBoardConfig.DEFAULT_BIOS.equals(o.config.bios())
                    && e.getMessage().contains(o.config.bios().toString())
                    ? " (the default firmware comes with Debian's opensbi package; or give --bios FILE or --bios none)" : ""));
            return 1;
        } catch (OutOfMemoryError e) {
            err.println("guestlab run: not enough host memory for --memory " + o.config.memoryBytes() + " bytes (raise -Xmx)");
            return 1;
        }
        running[0] = board;
        board.machine().setTranslation(o.translation);
        try (board; HostConsole console = new HostConsole(input, board::typeInput, err)) {
            if (!prepare(board, o, replay, err)) {
                return 1;
            }
            InputLogWriter recorder = null;
            if (o.record != null) {
                try {
                    recorder = InputLogWriter.create(o.record, board.stateHash());
                } catch (IOException e) {
                    err.println("guestlab run: --record: cannot write " + o.record + ": " + e.getMessage());
                    return 1;
                }
                board.recordInput(recorder);
            }
            console.start(mayUseTerminal && HostConsole.stdinIsTerminal());
            int code;
            if (o.gdb != null) {
                boolean there = o.stopAtStep < 0 || runToStep(board, o.stopAtStep, err);
                code = there ? serveDebugger(board, console, o.gdb, o.waitGdb || o.stopAtStep >= 0, replaying, out, err)
                        : EXIT_STUCK;
            } else {
                code = runToEnd(board, console, o, watch, replay, recorder, out, err);
            }
            return finish(board, o, watch, replay, recorder, code, err);
        } catch (IOException e) {
            err.println("guestlab run: closing the disks failed: " + e.getMessage());
            return 1;
        }
    }

    /** What happens before the guest runs: --dtb-out, --save-machine, --replay's start check. */
    private static boolean prepare(VirtBoard board, RunOptions o, InputLog replay, PrintStream err) {
        if (o.dtbOut != null) {
            try {
                Files.write(o.dtbOut, board.deviceTree());
            } catch (IOException e) {
                err.println("guestlab run: cannot write the device tree to " + o.dtbOut + ": " + e.getMessage());
                return false;
            }
        }
        if (o.saveMachine != null) {
            try {
                MachineDefinitions.save(o.config, machineName(o.saveMachine), o.saveMachine);
                err.println("guestlab run: machine definition written to " + o.saveMachine);
            } catch (io.guestlab.model.DefinitionException e) {
                err.println("guestlab run: --save-machine: " + e.getMessage());
                return false;
            }
        }
        if (replay != null) {
            String start = board.stateHash();
            if (!start.equals(replay.startHash())) {
                err.println("guestlab run: --replay: " + o.replay + " was recorded from another start state ("
                        + replay.startHash() + ", this machine starts at " + start
                        + "): use the same images and options as the recorded run");
                return false;
            }
            board.replayInput(replay.inputs());
        }
        return true;
    }

    private static String machineName(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".machine") ? name.substring(0, name.length() - ".machine".length()) : name;
    }

    /** After the run: the recording's end, the replay's verdict, the snapshot, the statistics. */
    private static int finish(VirtBoard board, RunOptions o, ConsoleWatch watch, InputLog replay,
                              InputLogWriter recorder, int code, PrintStream err) {
        String hash = recorder != null || replay != null || o.stats ? board.stateHash() : null;
        if (recorder != null) {
            recorder.end(board.machine().steps(), hash);
            try {
                recorder.close();
            } catch (IOException e) {
                err.println("guestlab run: --record: " + e.getMessage());
                code = 1;
            }
            if (recorder.error() != null) {
                err.println("guestlab run: --record: " + recorder.error().getMessage());
                code = 1;
            }
        }
        boolean stoppedEarly = o.stopAtStep >= 0 && board.machine().steps() == o.stopAtStep;
        if (replay != null && replay.endHash() != null && !stoppedEarly) {
            if (replay.endStep() == board.machine().steps() && replay.endHash().equals(hash)) {
                err.println("guestlab run: replay ended in the recorded state (" + hash + ")");
            } else {
                err.println("guestlab run: replay diverged: the recording ended at step " + replay.endStep() + " in "
                        + replay.endHash() + ", this run at step " + board.machine().steps() + " in " + hash);
                code = 1;
            }
        }
        if (o.saveSnapshot != null) {
            if (watch != null && !watch.seen()) {
                err.println("guestlab run: '" + o.snapshotWhen + "' never appeared on the console; no snapshot saved");
            } else {
                try {
                    SnapshotFile.save(board.snapshot(), o.saveSnapshot);
                    err.println("guestlab run: snapshot saved to " + o.saveSnapshot + " at step " + board.machine().steps());
                } catch (IOException | SnapshotException e) {
                    err.println("guestlab run: --save-snapshot: " + e.getMessage());
                    code = 1;
                }
            }
        }
        if (o.stats) {
            err.println("stats: state=" + hash + " steps=" + board.machine().steps());
        }
        return code;
    }

    private static int runToEnd(VirtBoard board, HostConsole console, RunOptions o, ConsoleWatch watch,
                                InputLog replay, InputLogWriter recorder, PrintStream out, PrintStream err) {
        long start = System.nanoTime();
        double timeoutSeconds = o.timeoutSeconds;
        long timeoutInsns = o.timeoutInsns;
        long deadline = Double.isInfinite(timeoutSeconds) ? Long.MAX_VALUE : start + (long) (timeoutSeconds * 1e9);
        long replayEnd = replay == null || replay.endHash() == null ? Long.MAX_VALUE : replay.endStep();
        int code;
        int lastHart = 0;
        while (true) {
            long done = board.machine().instructionsRetired();
            if (replay == null && console.inputEnded()) {
                board.machine().setStopWhenIdle(true); // nothing can wake a hart that waits for input now
            }
            if (o.stopAtStep >= 0 && board.machine().steps() >= o.stopAtStep) {
                err.printf("%nguestlab run: stopped at step %d (hart %d at pc 0x%x)%n", board.machine().steps(),
                        lastHart, board.machine().pc(lastHart));
                code = 0;
                break;
            }
            if (board.machine().steps() >= replayEnd) {
                err.println("\r\nguestlab run: replay reached the end of the recording");
                code = 0;
                break;
            }
            long budget = Math.min(Math.min(SLICE, Math.max(timeoutInsns - done, 1)), replayEnd - board.machine().steps());
            if (o.stopAtStep >= 0) {
                budget = Math.min(budget, o.stopAtStep - board.machine().steps());
            }
            StopEvent e = board.run(budget);
            lastHart = e.hart();
            if (e.reason() == StopReason.EXIT) {
                code = e.exitCode();
                if (board.stopRequest() != null && board.stopRequest().kind() == MachineStop.Kind.REBOOT) {
                    err.println("\r\nguestlab run: the guest asked for a reboot; like QEMU's -no-reboot, the run ends here");
                }
                break;
            }
            if (e.reason() == StopReason.HALTED && watch != null && watch.seen()) {
                code = 0; // --snapshot-when: finish() saves the snapshot here
                break;
            }
            if (replay == null && console.quitRequested()) {
                err.println("\r\nguestlab run: quit (Ctrl-A x)");
                code = 0;
                break;
            }
            if (recorder != null && recorder.error() != null) {
                err.println("\r\nguestlab run: " + recorder.error().getMessage());
                code = 1;
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
        if (o.stats) {
            double wall = (System.nanoTime() - start) / 1e9;
            long n = board.machine().instructionsRetired();
            err.printf(Locale.ROOT, "stats: instructions=%d wall=%.3fs mips=%.1f%n", n, wall, wall > 0 ? n / wall / 1e6 : 0.0);
        }
        return code;
    }

    /** Runs to exactly {@code step} before a debugger is served; false (said why) if the guest ends first. */
    private static boolean runToStep(VirtBoard board, long step, PrintStream err) {
        while (board.machine().steps() < step) {
            StopEvent e = board.run(Math.min(SLICE, step - board.machine().steps()));
            if (e.reason() != StopReason.BUDGET_EXHAUSTED) {
                err.println("\r\nguestlab run: --stop-at-step " + step + ": the run ended at step "
                        + board.machine().steps() + " first: " + e);
                return false;
            }
        }
        err.println("guestlab run: stopped at step " + step);
        return true;
    }

    /** Runs the board under the GDB server until the guest exits, the debugger kills it, or Ctrl-A x. */
    private static int serveDebugger(VirtBoard board, HostConsole console, String address, boolean waitGdb,
                                     AtomicBoolean replaying, PrintStream out, PrintStream err) {
        try (GdbServer server = GdbServer.start(board.machine(), board::run, CheckpointProvider.of(board, replaying::set), address,
                waitGdb, err)) {
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
}
