package io.guestlab.testing.internal;

import io.guestlab.emulator.Machine;
import io.guestlab.emulator.StopEvent;
import io.guestlab.emulator.StopReason;
import io.guestlab.emulator.board.VirtBoard;
import io.guestlab.emulator.loader.BootImageException;
import io.guestlab.emulator.snapshot.SnapshotException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the exact step of each failure of a test: the number of machine steps taken before the
 * instruction that failed (the store of a failing console line's last byte, the exit write, the
 * first trap of a chain that ends in a trap loop), so that a replay run to that step stops with
 * the pc on that instruction. The run itself only knows these to within a quantum (the engine
 * counts steps once per quantum); the test is run again, which repeats it exactly (virtual
 * time, the same input), fast to a step before the failure and then one step at a time.
 */
public final class FailureLocator {

    /** Starts the test's machine again exactly as it started the first time (its input typed). */
    public interface Restart {
        TestMachine start() throws IOException, BootImageException, SnapshotException;
    }

    /** The exceptions a trap chain is followed through (RISC-V privileged spec, table 3.6: codes 0..15). */
    private static final int EXCEPTION_CODES = 16;

    private FailureLocator() {
    }

    /**
     * The exact steps found, and for a trap loop the first trap of its chain: the faulting
     * instruction itself (its hart, pc, cause), not the handler address the hart looped at.
     *
     * @param firstTrap the first trap, or null (no trap point, or the run did not repeat)
     */
    public record Located(Map<FailurePoint, Long> steps, FaultingInstruction firstTrap) {
    }

    /**
     * @param first     the test's machine after its run (its console's step bounds)
     * @param startStep the step the run started at (a fork starts with its parent's count)
     * @param endStep   the step the run ended at
     * @param points    the failures to locate
     * @param restart   how the test's machine starts again; the machine is closed here
     * @return the exact step of each point; a point that cannot be pinned down (a run that does not
     *         repeat, e.g. with host time) gets the closest step known before it
     */
    public static Located locate(TestMachine first, long startStep, long endStep,
            List<FailurePoint> points, Restart restart) throws IOException, BootImageException, SnapshotException {
        Map<FailurePoint, Long> steps = new HashMap<>();
        List<FailurePoint> console = new ArrayList<>();
        FailurePoint last = null;
        for (FailurePoint p : points) {
            switch (p.kind()) {
                case END -> steps.put(p, endStep);
                case CONSOLE -> console.add(p);
                case EXIT, TRAP -> last = p;
            }
        }
        if (console.isEmpty() && last == null) {
            return new Located(steps, null);
        }
        FaultingInstruction[] firstTrap = new FaultingInstruction[1];
        console.sort(Comparator.comparingLong(FailurePoint::consolePosition));
        int quantum = first.board().machine().config().quantum();
        try (TestMachine again = restart.start()) {
            VirtBoard board = again.board();
            Machine machine = board.machine();
            machine.setStopWhenIdle(true);
            boolean repeats = true;
            for (FailurePoint p : console) {
                long lower = Math.max(first.stepBefore(p.consolePosition()), machine.steps());
                steps.put(p, lower);
                if (!repeats || !runTo(board, lower)) {
                    repeats = false;
                    continue;
                }
                long limit = lower + quantum + 1;
                while (again.consoleBytes() < p.consolePosition() && machine.steps() < limit) {
                    if (board.run(1).reason() != StopReason.BUDGET_EXHAUSTED) {
                        break;
                    }
                }
                if (again.consoleBytes() >= p.consolePosition()) {
                    steps.put(p, machine.steps() - 1);
                } else {
                    repeats = false;
                }
            }
            if (last != null) {
                long lower = Math.max(Math.max(startStep, endStep - quantum - 1), machine.steps());
                steps.put(last, lower);
                if (repeats && runTo(board, lower)) {
                    Long exact = last.kind() == FailurePoint.Kind.EXIT ? stepToExit(board, endStep)
                            : stepToTrapLoop(board, endStep, firstTrap);
                    if (exact != null) {
                        steps.put(last, exact);
                    }
                }
            }
        }
        return new Located(steps, firstTrap[0]);
    }

    /** Runs to exactly {@code step}; false if something ends the run first (it then does not repeat). */
    private static boolean runTo(VirtBoard board, long step) {
        while (board.machine().steps() < step) {
            StopEvent e = board.run(step - board.machine().steps());
            if (e.reason() != StopReason.BUDGET_EXHAUSTED) {
                return false;
            }
        }
        return true;
    }

    /** Single-steps to the exit: the step before the exiting instruction. */
    private static Long stepToExit(VirtBoard board, long endStep) {
        while (board.machine().steps() < endStep) {
            StopEvent e = board.run(1);
            if (e.reason() == StopReason.EXIT) {
                return board.machine().steps() - 1;
            }
            if (e.reason() != StopReason.BUDGET_EXHAUSTED) {
                return null;
            }
        }
        return null;
    }

    /**
     * Single-steps with every exception caught to the trap loop, and returns the step before the
     * first trap of the chain that led into it (a hart trapping again at each handler it enters);
     * that trap's instruction goes to {@code firstTrap[0]}.
     */
    private static Long stepToTrapLoop(VirtBoard board, long endStep, FaultingInstruction[] firstTrap) {
        Machine machine = board.machine();
        for (int code = 0; code < EXCEPTION_CODES; code++) {
            machine.catchTrap(code, false, true);
        }
        int chainHart = -1;
        long chainStart = -1;
        long lastHartStep = -2;
        FaultingInstruction chainTrap = null;
        long[] pcBefore = new long[machine.hartCount()]; // a trap event's pc is the handler's: the instruction's is this
        while (machine.steps() <= endStep) {
            for (int h = 0; h < pcBefore.length; h++) {
                pcBefore[h] = machine.pc(h);
            }
            StopEvent e = board.run(1);
            switch (e.reason()) {
                case TRAP, TRAP_LOOP -> {
                    long hartStep = machine.hartSteps(e.hart()) - 1;
                    if (e.hart() != chainHart || hartStep != lastHartStep + 1) {
                        chainHart = e.hart();
                        chainStart = machine.steps() - 1;
                        chainTrap = new FaultingInstruction(e.hart(), pcBefore[e.hart()], (int) (e.cause() & 63), e.cause() < 0);
                    }
                    lastHartStep = hartStep;
                    if (e.reason() == StopReason.TRAP_LOOP) {
                        firstTrap[0] = chainTrap;
                        return chainStart;
                    }
                }
                case BUDGET_EXHAUSTED -> {
                }
                default -> {
                    return null;
                }
            }
        }
        return null;
    }
}
