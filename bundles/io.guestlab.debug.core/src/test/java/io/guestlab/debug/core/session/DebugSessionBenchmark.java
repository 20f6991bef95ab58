package io.guestlab.debug.core.session;

import io.guestlab.debug.core.LaunchAttributes;
import io.guestlab.debug.core.launching.MachineSetup;
import io.guestlab.emulator.StopEvent;
import io.guestlab.emulator.StopReason;
import io.guestlab.emulator.board.VirtBoard;
import io.guestlab.emulator.board.VirtBoardConfig;
import io.guestlab.emulator.devices.ByteSink;
import io.guestlab.emulator.loader.ElfFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The debugger's figures for the note (speed is measured, never asserted): a source step with
 * what the views then read (frames, variables, registers); a CPU-bound guest run under the
 * debugger against the loop of {@code guestlab run}; the same with 100 breakpoints set that the
 * guest never reaches; the example Linux booted under the debugger with none, one, 100
 * breakpoints and a watchpoint. Run with bench/debug-bench (arguments: BENCH_ELF RUNS).
 */
public final class DebugSessionBenchmark {

    private DebugSessionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path guest = Path.of(args.length > 0 ? args[0] : "examples/bench/build/crc32.elf");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        sourceSteps();
        double plain = 0;
        double session = 0;
        double breakpoints = 0;
        for (int i = 0; i < runs; i++) {
            plain = Math.max(plain, guestlabRunLoop(guest));
            session = Math.max(session, underDebugger(guest, 0));
            breakpoints = Math.max(breakpoints, underDebugger(guest, 100));
        }
        System.out.printf(Locale.ROOT, "run %s (best of %d):%n", guest.getFileName(), runs);
        System.out.printf(Locale.ROOT, "  guestlab run's loop         %8.1f MIPS%n", plain);
        System.out.printf(Locale.ROOT, "  debug session, no breakpoint %7.1f MIPS  (%.0f%% of guestlab run)%n", session,
                100 * session / plain);
        System.out.printf(Locale.ROOT, "  debug session, 100 breakpoints %5.1f MIPS  (%.0f%% of no breakpoint)%n",
                breakpoints, 100 * breakpoints / session);
        Path linux = Path.of("examples/linux/build");
        if (Files.isRegularFile(linux.resolve("vmlinux")) && Files.isRegularFile(FW_JUMP)) {
            linuxUnderDebugger(linux, runs);
        } else {
            System.out.println("Linux under the debugger: skipped (needs examples/linux/build/vmlinux and " + FW_JUMP + ")");
        }
    }

    private static final Path FW_JUMP = Path.of("/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_jump.bin");

    /**
     * The example Linux on 4 harts run from start_kernel to its power-off under the debugger: no breakpoint,
     * {@code break panic}, 100 breakpoints on kernel functions the boot never calls (error and
     * panic paths: in pages with hot code too).
     * Wall time and the process's CPU time (JIT threads included), best of {@code runs}.
     */
    private static void linuxUnderDebugger(Path build, int runs) throws Exception {
        VirtBoardConfig config = VirtBoardConfig.defaults().withBios(FW_JUMP).withKernel(build.resolve("Image"))
                .withInitrd(build.resolve("initramfs.cpio")).withAppend("console=ttyS0").withMemory(256L << 20).withHarts(4);
        ElfFile vmlinux = ElfFile.read(build.resolve("vmlinux"));
        List<Long> unreached = unreachedFunctions(config, vmlinux);
        long panic = vmlinux.symbol("panic").orElseThrow();
        long startKernel = vmlinux.symbol("start_kernel").orElseThrow();
        if (!unreached.contains(panic) || unreached.size() < 100) {
            throw new IllegalStateException("the boot reaches panic, or fewer than 100 error-path functions stay unreached");
        }
        List<BreakpointSpec> hundred = unreached.stream().limit(100)
                .map(a -> BreakpointSpec.of(new BreakpointSpec.Address(a))).toList();
        Map<String, List<BreakpointSpec>> cases = new java.util.LinkedHashMap<>();
        cases.put("no breakpoint", List.of());
        cases.put("break panic", List.of(BreakpointSpec.of(new BreakpointSpec.Address(panic))));
        cases.put("100 breakpoints", hundred);
        Map<String, double[]> best = new java.util.LinkedHashMap<>();
        for (int i = 0; i < runs; i++) {
            for (Map.Entry<String, List<BreakpointSpec>> c : cases.entrySet()) {
                double[] t = bootUnderDebugger(config, build.resolve("vmlinux"), startKernel, c.getValue());
                best.merge(c.getKey(), t, (a, b) -> new double[] {Math.min(a[0], b[0]), Math.min(a[1], b[1])});
            }
        }
        double[] none = best.get("no breakpoint");
        System.out.printf(Locale.ROOT, "Linux (4 harts) from start_kernel to its power-off under the debugger (best of %d):%n", runs);
        for (Map.Entry<String, double[]> e : best.entrySet()) {
            double[] t = e.getValue();
            System.out.printf(Locale.ROOT, "  %-23s %6.2f s wall (%+5.1f%%), %6.2f s CPU (%+5.1f%%)%n", e.getKey(), t[0],
                    100 * (t[0] / none[0] - 1), t[1], 100 * (t[1] / none[1] - 1));
        }
    }

    /** Functions on error and panic paths that a plain boot of {@code config} never enters, by address. */
    private static List<Long> unreachedFunctions(VirtBoardConfig config, ElfFile vmlinux) throws Exception {
        java.util.TreeSet<Long> left = new java.util.TreeSet<>();
        for (ElfFile.Symbol s : vmlinux.symbols()) {
            String n = s.name();
            if (s.type() == 2 && s.value() != 0 && (n.contains("panic") || n.contains("err") || n.contains("warn")
                    || n.contains("fail") || n.contains("oops") || n.contains("bug"))) {
                left.add(s.value());
            }
        }
        boolean hit;
        do { // a run that stops at none of them confirms the rest
            hit = false;
            try (VirtBoard board = VirtBoard.create(config, ByteSink.DISCARD)) {
                left.forEach(board.machine()::addBreakpoint);
                StopEvent e;
                do {
                    e = board.run(100_000_000);
                    if (e.reason() == StopReason.BREAKPOINT) {
                        left.remove(e.pc());
                        board.machine().removeBreakpoint(e.pc());
                        hit = true;
                    }
                } while (e.reason() == StopReason.BUDGET_EXHAUSTED || e.reason() == StopReason.BREAKPOINT);
            }
        } while (hit);
        return List.copyOf(left);
    }

    /** One boot to power-off in a debug session with {@code specs} set: wall and process CPU seconds. */
    private static double[] bootUnderDebugger(VirtBoardConfig config, Path vmlinux, long startKernel, List<BreakpointSpec> specs) throws Exception {
        MachineSetup setup = new MachineSetup(config, List.of(new MachineSetup.Symbols(vmlinux, 0)),
                LaunchAttributes.STOP_AT_RESET, null, List.of(), 0);
        Recorder events = new Recorder();
        MachineSession s = MachineSession.start(setup, events, true);
        events.stop();
        // to start_kernel, where the timed part begins
        BreakpointSpec start = BreakpointSpec.of(new BreakpointSpec.Address(startKernel));
        s.addBreakpoint(start);
        events.next(Recorder.Placed.class);
        s.resume();
        events.stop();
        s.removeBreakpoint(start);
        for (BreakpointSpec spec : specs) {
            s.addBreakpoint(spec);
            Recorder.Placed p = events.next(Recorder.Placed.class);
            if (p.problem() != null) {
                throw new IllegalStateException(spec + ": " + p.problem());
            }
        }
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        s.resume();
        Recorder.Ended end = events.next(Recorder.Ended.class);
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (processCpuNanos() - cpu0) / 1e9;
        s.close();
        if (end.exitCode() == null || end.exitCode() != 0) {
            throw new IllegalStateException("Linux did not power off under the debugger: " + end);
        }
        return new double[] {wall, cpu};
    }

    /** Step over lines of the example kernel's loop; each step then reads what the Debug, Variables and Registers views show. */
    private static void sourceSteps() throws Exception {
        Recorder events = new Recorder();
        try (MachineSession s = MachineSession.start(DebugKernel.setup(DebugKernel.attributes()), events, true)) {
            events.stop();
            BreakpointSpec bp = BreakpointSpec.of(new BreakpointSpec.Line(DebugKernel.source("main.c").toString(),
                    DebugKernel.line("main.c", "BREAK: run_task")));
            s.addBreakpoint(bp);
            events.next(Recorder.Placed.class);
            s.resume();
            events.stop();
            s.removeBreakpoint(bp);
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                long t0 = System.nanoTime();
                s.stepOver(0);
                events.stop();
                List<FrameInfo> frames = s.frames(0);
                s.variables(frames.get(0));
                s.registers(0);
                s.hartLabel(0);
                millis.add((System.nanoTime() - t0) / 1e6);
            }
            double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "source step over + views' reads (60 steps in run_task/main): median %.2f ms,"
                    + " 90th percentile %.2f ms, max %.2f ms (the max: a cold first step, JIT warm-up)%n",
                    sorted[sorted.length / 2], sorted[sorted.length * 9 / 10], sorted[sorted.length - 1]);
            System.out.println("  first steps (ms, JIT warm-up): " + Arrays.toString(millis.subList(0, 5).stream()
                    .map(d -> String.format(Locale.ROOT, "%.1f", d)).toArray()));
        }
    }

    private static VirtBoardConfig config(Path guest) {
        return VirtBoardConfig.defaults().withBios(null).withKernel(guest);
    }

    /** What {@code guestlab run} does between its host-input looks: board.run in 1M-step slices to the exit. */
    private static double guestlabRunLoop(Path guest) throws Exception {
        try (VirtBoard board = VirtBoard.create(config(guest), ByteSink.DISCARD)) {
            long t0 = System.nanoTime();
            StopEvent e;
            do {
                e = board.run(1_000_000);
            } while (e.reason() == StopReason.BUDGET_EXHAUSTED);
            return board.machine().instructionsRetired() / ((System.nanoTime() - t0) / 1e3);
        }
    }

    /** The same guest under a debug session to its exit, with {@code breakpoints} never-reached breakpoints set. */
    private static double underDebugger(Path guest, int breakpoints) throws Exception {
        MachineSetup setup = new MachineSetup(config(guest), List.of(), LaunchAttributes.STOP_AT_RESET, null, List.of(), 0);
        Recorder events = new Recorder();
        MachineSession s = MachineSession.start(setup, events, true);
        events.stop();
        // addresses in RAM above the guest's image: reached by no instruction, searched for at every block
        for (int i = 0; i < breakpoints; i++) {
            s.addBreakpoint(BreakpointSpec.of(new BreakpointSpec.Address(0x8100_0000L + 64L * i)));
            events.next(Recorder.Placed.class);
        }
        long t0 = System.nanoTime();
        s.resume();
        Recorder.Ended end = events.next(Recorder.Ended.class);
        double micros = (System.nanoTime() - t0) / 1e3;
        if (end.exitCode() == null || end.exitCode() != 0) {
            throw new IllegalStateException(guest + " did not pass its self-check: " + end);
        }
        return instructions(guest) / micros;
    }

    private static long processCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
    }

    private static final Map<Path, Long> COUNTS = new HashMap<>();

    /** The guest's instruction count, from a plain run (deterministic: the same under the debugger). */
    private static long instructions(Path guest) throws Exception {
        Long n = COUNTS.get(guest);
        if (n == null) {
            try (VirtBoard board = VirtBoard.create(config(guest), ByteSink.DISCARD)) {
                while (board.run(1_000_000_000L).reason() == StopReason.BUDGET_EXHAUSTED) {
                    // to the exit
                }
                n = board.machine().instructionsRetired();
            }
            COUNTS.put(guest, n);
        }
        return n;
    }
}
