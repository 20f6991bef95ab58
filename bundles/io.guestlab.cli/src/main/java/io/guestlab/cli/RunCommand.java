package io.guestlab.cli;

import io.guestlab.emulator.Machine;
import io.guestlab.emulator.MachineConfig;
import io.guestlab.emulator.StopEvent;
import io.guestlab.emulator.StopReason;
import io.guestlab.emulator.loader.ElfFile;
import io.guestlab.emulator.loader.ElfFormatException;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code guestlab run}: runs a bare-metal ELF on a minimal machine (RAM at 0x80000000 and HTIF)
 * and exits with the guest's exit code.
 */
public final class RunCommand implements Command {

    /** Exit code when a --timeout or --timeout-insns limit ends the run, as timeout(1) does. */
    public static final int EXIT_TIMEOUT = 124;
    /** Exit code when the guest can never finish (all harts idle) or the engine failed. */
    public static final int EXIT_STUCK = 125;

    private static final long CHUNK = 20_000_000;

    @Override
    public String name() {
        return "run";
    }

    @Override
    public String summary() {
        return "run a bare-metal RISC-V ELF and exit with its exit code";
    }

    @Override
    public String usage() {
        return """
                usage: guestlab run --bios none --kernel ELF [OPTIONS]

                Runs ELF (RV64GC, linked into RAM at 0x80000000) on a minimal machine with HTIF:
                the program's tohost/fromhost symbols give console output (device 1) and the exit
                code (tohost = 1 is exit 0, (n << 1) | 1 is exit n).

                options:
                  --bios none            no firmware: the kernel runs in M-mode from its entry
                  --kernel ELF           the program to run (required)
                  --memory SIZE          RAM size, e.g. 64M, 1G (default 128M)
                  --harts N              number of harts (default 1)
                  --timeout-insns N      stop after N instructions (exit code 124)
                  --timeout SECONDS      stop after this much wall time (exit code 124)
                  --stats                print 'stats: instructions=N wall=S.SSSs mips=M.M' to stderr

                exit codes: the guest's exit code; 124 on a timeout; 125 if the guest cannot finish
                (every hart in wfi with no interrupt source) or the engine failed; 2 on bad usage.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        String bios = null;
        Path kernel = null;
        long memory = MachineConfig.DEFAULT_RAM_SIZE;
        int harts = 1;
        long timeoutInsns = Long.MAX_VALUE;
        double timeoutSeconds = Double.POSITIVE_INFINITY;
        boolean stats = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--bios" -> bios = value(args, ++i, a);
                case "--kernel" -> kernel = Path.of(value(args, ++i, a));
                case "--memory" -> memory = OptionValues.size(value(args, ++i, a), a);
                case "--harts" -> harts = (int) OptionValues.number(value(args, ++i, a), a, 1, 64);
                case "--timeout-insns" -> timeoutInsns = OptionValues.number(value(args, ++i, a), a, 1, Long.MAX_VALUE);
                case "--timeout" -> timeoutSeconds = OptionValues.seconds(value(args, ++i, a), a);
                case "--stats" -> stats = true;
                default -> throw new UsageException("unknown option '" + a + "' (see 'guestlab run --help')");
            }
        }
        if (bios == null || !bios.equals("none")) {
            throw new UsageException(bios == null ? "--bios none is required (no firmware is bundled yet)"
                    : "--bios " + bios + " is not supported yet: only --bios none");
        }
        if (kernel == null) {
            throw new UsageException("--kernel ELF is required");
        }
        if (!Files.isRegularFile(kernel)) {
            err.println("guestlab run: " + kernel + ": no such file");
            return 1;
        }
        Machine machine;
        try {
            machine = new Machine(MachineConfig.defaults().withRamSize(memory).withHarts(harts));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        } catch (OutOfMemoryError e) {
            err.println("guestlab run: not enough host memory for --memory " + memory + " bytes (raise -Xmx)");
            return 1;
        }
        try {
            ElfFile elf = ElfFile.read(kernel);
            machine.load(elf, out);
            if (elf.symbol("tohost").isEmpty()) {
                err.println("guestlab run: warning: " + kernel + " has no 'tohost' symbol: it cannot print or exit via HTIF");
            }
        } catch (ElfFormatException e) {
            err.println("guestlab run: " + e.getMessage());
            return 1;
        }
        long start = System.nanoTime();
        long deadline = Double.isInfinite(timeoutSeconds) ? Long.MAX_VALUE : start + (long) (timeoutSeconds * 1e9);
        long budget = timeoutInsns;
        int code;
        while (true) {
            long before = machine.instructionsRetired();
            StopEvent e = machine.run(Math.min(CHUNK, budget));
            budget -= Math.max(machine.instructionsRetired() - before, 0);
            if (e.reason() == StopReason.EXIT) {
                code = e.exitCode();
                break;
            }
            if (e.reason() == StopReason.BUDGET_EXHAUSTED) {
                if (budget <= 0 || machine.instructionsRetired() >= timeoutInsns) {
                    err.println("guestlab run: timeout: no exit after " + timeoutInsns + " instructions");
                    code = EXIT_TIMEOUT;
                    break;
                }
                if (System.nanoTime() > deadline) {
                    err.printf(Locale.ROOT, "guestlab run: timeout: no exit after %s seconds%n", timeoutSeconds);
                    code = EXIT_TIMEOUT;
                    break;
                }
                continue;
            }
            err.println("guestlab run: " + e);
            code = EXIT_STUCK;
            break;
        }
        out.flush();
        if (stats) {
            double wall = (System.nanoTime() - start) / 1e9;
            long n = machine.instructionsRetired();
            err.printf(Locale.ROOT, "stats: instructions=%d wall=%.3fs mips=%.1f%n", n, wall, wall > 0 ? n / wall / 1e6 : 0.0);
        }
        return code;
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }
}
