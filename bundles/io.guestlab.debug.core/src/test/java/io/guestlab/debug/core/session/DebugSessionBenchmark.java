package io.guestlab.debug.core.session;

import io.guestlab.debug.core.LaunchAttributes;
import io.guestlab.debug.core.launching.MachineSetup;
import io.guestlab.emulator.StopEvent;
import io.guestlab.emulator.StopReason;
import io.guestlab.emulator.board.VirtBoard;
import io.guestlab.emulator.board.VirtBoardConfig;
import io.guestlab.emulator.devices.ByteSink;

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
 * guest never reaches. Run with bench/debug-bench (arguments: BENCH_ELF RUNS).
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
