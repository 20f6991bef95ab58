package io.guestlab.emulator.board;

import io.guestlab.emulator.StopEvent;
import io.guestlab.emulator.StopReason;

import java.nio.charset.StandardCharsets;

/**
 * Drives a booted board through its UART the way a person at a terminal would: waits for text to
 * appear (running the machine meanwhile, within an instruction budget) and types lines. Console
 * output is captured as ISO-8859-1 text so every byte maps to one char.
 */
final class GuestConsole {

    private static final long SLICE = 1_000_000;

    private final StringBuilder output = new StringBuilder();
    private VirtBoard board;
    private int mark;

    /** The sink to hand to {@link VirtBoard#create}. */
    void write(int b) {
        output.append((char) b);
    }

    void attach(VirtBoard board) {
        this.board = board;
    }

    VirtBoard board() {
        return board;
    }

    /**
     * Runs until {@code text} appears after everything already consumed; returns the output up to
     * and including it. Fails with the console so far when the budget runs out or the machine stops.
     */
    String expect(String text, long maxInstructions) {
        long start = board.machine().instructionsRetired();
        while (true) {
            int at = output.indexOf(text, mark);
            if (at >= 0) {
                String seen = output.substring(mark, at + text.length());
                mark = at + text.length();
                return seen;
            }
            if (board.machine().instructionsRetired() - start > maxInstructions) {
                throw new AssertionError("'" + text + "' did not appear within " + maxInstructions
                        + " instructions; console:\n" + output);
            }
            StopEvent e = board.run(SLICE);
            if (e.reason() != StopReason.BUDGET_EXHAUSTED) {
                throw new AssertionError("machine stopped (" + e + ") before '" + text + "' appeared; console:\n" + output);
            }
        }
    }

    /** Runs until the machine stops by itself (an exit, a fault the run loop reports) and returns why. */
    StopEvent runToStop(long maxInstructions) {
        long start = board.machine().instructionsRetired();
        while (board.machine().instructionsRetired() - start <= maxInstructions) {
            StopEvent e = board.run(SLICE);
            if (e.reason() != StopReason.BUDGET_EXHAUSTED) {
                return e;
            }
        }
        throw new AssertionError("the machine did not stop within " + maxInstructions + " instructions; console:\n" + output);
    }

    /** Types {@code line} and Enter. */
    void type(String line) {
        board.typeInput((line + "\r").getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Types {@code command} at the U-Boot prompt and returns its output up to the next prompt. */
    String uBoot(String command, long maxInstructions) {
        type(command);
        return expect("=> ", maxInstructions);
    }

    String all() {
        return output.toString();
    }
}
