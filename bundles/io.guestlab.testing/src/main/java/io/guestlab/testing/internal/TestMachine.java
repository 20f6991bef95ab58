package io.guestlab.testing.internal;

import io.guestlab.emulator.StopEvent;
import io.guestlab.emulator.board.BoardSnapshot;
import io.guestlab.emulator.board.VirtBoard;
import io.guestlab.emulator.board.VirtBoardConfig;
import io.guestlab.emulator.board.VirtMemoryMap;
import io.guestlab.emulator.devices.ByteSink;
import io.guestlab.emulator.devices.MachineStop;
import io.guestlab.emulator.loader.BootImageException;
import io.guestlab.emulator.snapshot.SnapshotException;
import io.guestlab.testing.ReadyPoint;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * One machine a test runs in: booted fresh or forked from a snapshot, its console going to a
 * capped {@link Transcript} and, line by line, to whatever reads the verdict. Runs until the
 * guest exits, a console watcher has its answer, the guest traps into nowhere, every hart
 * waits with nothing left to wake one (the hang detector), or a limit is reached.
 */
public final class TestMachine implements Closeable {

    /** Steps between looks at the wall clock: about 10 ms of guest execution. */
    private static final long SLICE = 1_000_000;

    /** How the run ended. */
    public enum End {
        /** The guest asked to exit; {@link Outcome#stop()} says how. */
        EXIT,
        /** A console watcher had its answer and stopped the machine. */
        CONSOLE,
        /** The guest trapped where it cannot make progress (e.g. no trap handler). */
        TRAP,
        /** Every hart waits for an interrupt that nothing can raise. */
        HANG,
        /** The instruction limit. */
        INSTRUCTION_LIMIT,
        /** The wall-time limit. */
        TIME_LIMIT,
        /** The ready point (a symbol reached; the other points end as CONSOLE or INSTRUCTION_LIMIT). */
        READY,
        /** The engine failed. */
        ERROR,
        /** {@link TestMachine#cancel()} ended it. */
        CANCELLED
    }

    /**
     * @param stop         for EXIT: what the guest asked for and through which interface
     * @param detail       what happened, in words
     * @param steps        machine steps at the end
     * @param instructions instructions retired in this run (a fork's parent's count excluded)
     * @param guestSeconds the guest's own time this run took (mtime at 10 MHz)
     */
    public record Outcome(End end, MachineStop stop, String detail, long steps, long instructions,
            double guestSeconds) {

        /** How the machine ended, as a report says it. */
        public String describe() {
            return switch (end) {
                case EXIT -> "the guest exited with code " + stop.exitCode() + " through "
                        + stop.channel().name().toLowerCase(java.util.Locale.ROOT);
                case CONSOLE -> "the console had the answer";
                case TRAP -> "the guest trapped: " + detail;
                case HANG -> "hang: " + detail + " (after " + instructions + " instructions)";
                case INSTRUCTION_LIMIT -> "timeout: no end after " + instructions + " instructions";
                case TIME_LIMIT -> "timeout: " + detail;
                case READY -> "ready: " + detail;
                case ERROR -> "engine error: " + detail;
                case CANCELLED -> "cancelled after " + instructions + " instructions";
            };
        }
    }

    /**
     * Reads console lines; returns true when it has what it needs and the machine may stop.
     * {@code position} is the number of console bytes written up to the line's end (its line
     * feed included): {@link FailureLocator} turns it into the exact step later.
     */
    public interface LineWatcher {
        boolean line(String line, long position);

        LineWatcher NONE = (line, position) -> false;
    }

    private final VirtBoard board;
    private final Transcript transcript;
    private final ConsoleLines lines;
    private Pattern readyConsole;
    private final StringBuilder readyTail = new StringBuilder();
    private boolean watcherDone;
    /** Set when the guest reported a semihosting breakpoint during {@link #runToReady}. */
    private boolean reported;
    private long startInstructions;
    private long startTime;
    private volatile boolean cancelled;

    private final Sink sink;

    private TestMachine(VirtBoard board, Transcript transcript, Sink sink) {
        this.board = board;
        this.transcript = transcript;
        this.lines = sink.lines;
        this.sink = sink;
    }

    /** Boots {@code config} fresh. */
    public static TestMachine boot(VirtBoardConfig config, Transcript transcript, LineWatcher watcher)
            throws BootImageException, IOException {
        Sink sink = new Sink(transcript, watcher);
        VirtBoard board = VirtBoard.create(config, sink);
        return sink.attach(new TestMachine(board, transcript, sink));
    }

    /** A new machine in the state of {@code snapshot}. */
    public static TestMachine fork(BoardSnapshot snapshot, Transcript transcript, LineWatcher watcher)
            throws IOException, SnapshotException {
        Sink sink = new Sink(transcript, watcher);
        VirtBoard board = VirtBoard.fromSnapshot(snapshot, sink);
        return sink.attach(new TestMachine(board, transcript, sink));
    }

    /**
     * Console bytes to the transcript and the lines; a watcher's "done" halts the machine. Counts
     * the bytes and keeps, per machine slice that wrote any, the step it began at: the lower
     * bound from which {@link FailureLocator} single-steps to the exact step of a byte.
     */
    private static final class Sink implements ByteSink {
        final Transcript transcript;
        final ConsoleLines lines;
        final ConsoleSteps steps = new ConsoleSteps();
        TestMachine machine;

        Sink(Transcript transcript, LineWatcher watcher) {
            this.transcript = transcript;
            this.lines = new ConsoleLines((line, position) -> {
                if (machine != null && !machine.watcherDone && watcher.line(line, position)) {
                    machine.watcherDone = true;
                    machine.board.machine().halt();
                }
            });
        }

        TestMachine attach(TestMachine m) {
            machine = m;
            return m;
        }

        @Override
        public void write(int b) {
            transcript.write(b);
            steps.written(machine == null ? 0 : machine.board.machine().steps());
            lines.write(b, steps.bytes());
            if (machine != null && machine.readyConsole != null) {
                machine.watchReady(b);
            }
        }
    }

    public VirtBoard board() {
        return board;
    }

    /** Console bytes written so far. */
    public long consoleBytes() {
        return sink.steps.bytes();
    }

    /** A step at or before the one that wrote console byte number {@code bytes} (counted from 1). */
    public long stepBefore(long bytes) {
        return sink.steps.lowerBound(bytes);
    }

    /** Ends a run in progress (from any thread) within a quantum; it ends as {@link End#CANCELLED}. */
    public void cancel() {
        cancelled = true;
        board.machine().halt();
    }

    /** Types {@code input} on the console; the guest gets it when the machine next runs. */
    public void type(String input) {
        if (!input.isEmpty()) {
            board.typeInput(input.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Runs until the guest ends or a limit; the last line, if unfinished, goes to the watcher. */
    public Outcome run(long timeoutInstructions, double timeoutSeconds) {
        return run(timeoutInstructions, timeoutSeconds, null, -1);
    }

    /**
     * Runs to a ready point: console text (matched as it arrives, across lines), a hart about to
     * execute an address, the guest's semihosting breakpoint report, or (through the instruction
     * limit) an instruction count.
     */
    public Outcome runToReady(ReadyPoint point) {
        if (point.semihostingBreakpoint() && !board.onSemihostingBreakpoint(() -> {
            reported = true;
            board.machine().haltAfterThisInstruction("the guest reported its ready point"); // forks go on after the call
        })) {
            return end(End.ERROR, null, "the ready point is a semihosting report, but the machine has no semihosting");
        }
        try {
            return run(point.timeoutInstructions(), point.timeoutSeconds(), point.console(), point.address());
        } finally {
            board.onSemihostingBreakpoint(null);
        }
    }

    private Outcome run(long timeoutInstructions, double timeoutSeconds, Pattern console, long address) {
        readyConsole = console;
        if (address >= 0) {
            board.machine().addBreakpoint(address);
        }
        board.machine().setStopWhenIdle(true); // the test's input is typed before it runs: nothing more comes
        startInstructions = board.machine().instructionsRetired(); // a fork starts with its parent's count
        startTime = board.machine().time();
        long deadline = Double.isInfinite(timeoutSeconds) ? Long.MAX_VALUE
                : System.nanoTime() + (long) (timeoutSeconds * 1e9);
        try {
            while (true) {
                long done = board.machine().instructionsRetired() - startInstructions;
                if (cancelled) {
                    return end(End.CANCELLED, null, "");
                }
                if (done >= timeoutInstructions) {
                    return end(End.INSTRUCTION_LIMIT, null, "");
                }
                StopEvent e = board.run(Math.min(SLICE, timeoutInstructions - done));
                switch (e.reason()) {
                    case EXIT -> {
                        return end(End.EXIT, board.stopRequest(), e.detail());
                    }
                    case HALTED -> {
                        if (reported && !cancelled) {
                            return end(End.READY, null, String.format("reported at 0x%x", e.pc()));
                        }
                        return end(cancelled ? End.CANCELLED : End.CONSOLE, null, "");
                    }
                    case BREAKPOINT -> {
                        return end(End.READY, null, String.format("reached 0x%x", e.pc()));
                    }
                    case TRAP_LOOP -> {
                        return end(End.TRAP, null, e.toString());
                    }
                    case IDLE -> {
                        if (readyConsole != null && readyMatched()) {
                            return end(End.CONSOLE, null, "");
                        }
                        return end(End.HANG, null, "every hart waits for an interrupt and nothing can raise one");
                    }
                    case BUDGET_EXHAUSTED -> {
                        if (System.nanoTime() > deadline) {
                            return end(End.TIME_LIMIT, null, "no end after " + timeoutSeconds + " s of wall time");
                        }
                    }
                    default -> {
                        return end(End.ERROR, null, e.toString());
                    }
                }
            }
        } finally {
            if (address >= 0) {
                board.machine().removeBreakpoint(address);
            }
            readyConsole = null;
        }
    }

    private void watchReady(int b) {
        readyTail.append((char) (b & 0xff));
        if (readyTail.length() > 4096) {
            readyTail.delete(0, readyTail.length() - 2048);
        }
        if (readyMatched()) {
            watcherDone = true;
            board.machine().halt(); // stops within the quantum: the same step every run
        }
    }

    private boolean readyMatched() {
        return readyConsole.matcher(readyTail).find();
    }

    private Outcome end(End end, MachineStop stop, String detail) {
        if (lines.pending()) {
            lines.flush(sink.steps.bytes());
        }
        return new Outcome(end, stop, detail, board.machine().steps(),
                board.machine().instructionsRetired() - startInstructions,
                (double) (board.machine().time() - startTime) / VirtMemoryMap.TIMEBASE_HZ);
    }

    /** The transcript so far. */
    public Transcript transcript() {
        return transcript;
    }

    private final java.util.List<Runnable> onClose = new java.util.ArrayList<>();

    /** Runs {@code action} after the machine is closed. */
    public void onClose(Runnable action) {
        onClose.add(action);
    }

    @Override
    public void close() throws IOException {
        try {
            board.close();
        } finally {
            onClose.forEach(Runnable::run);
        }
    }
}
