package io.guestlab.emulator.board;

import io.guestlab.emulator.semihosting.HostAnswer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * What came into a run from outside, with the machine step at which it came: a run is a function
 * of its start state and these inputs, so replaying them at the same steps repeats it exactly.
 * Written by {@link InputLogWriter} as text, one line each, steps never decreasing:
 * <pre>
 * guestlab-input-log 2
 * start sha256:...           the state hash the run started from
 * uart STEP HEXBYTES         bytes typed on the console, delivered before step STEP
 * clock STEP TICKS           host time: from step STEP on the host clock reads TICKS (10 MHz
 *                            timebase ticks); only readings that changed are written, and the
 *                            clock is read at most once per step (see RecordingHostTime)
 * wallclock STEP NANOS       host time: the RTC was set to the host's date (ns since 1970) before step STEP
 * semihost STEP CALL RESULT [HEXBYTES]
 *                            a semihosting request the host answered (see HostAnswer): CALL is
 *                            open, read, write, seek, flen, close, remove, rename or time;
 *                            RESULT the success value or minus the error number; the bytes of a read
 * end STEP sha256:...        where the run ended and the state hash there
 * </pre>
 * Format 1 (console input only) is refused with a message naming both formats.
 *
 * @param inputs  every input, in the order of the file
 * @param endStep -1 and endHash null when the recording has no end line (the recorder crashed)
 */
public record InputLog(String startHash, List<Input> inputs, long endStep, String endHash) {

    static final String MAGIC = "guestlab-input-log";
    static final int VERSION = 2;

    /** Something from outside that reached the machine when it had taken {@code step} steps. */
    public sealed interface Input permits Uart, ClockReading, WallClock, SemihostAnswer {
        long step();
    }

    /** Bytes for the UART. */
    public record Uart(long step, byte[] bytes) implements Input {
    }

    /** A reading of the host clock, in ticks of the 10 MHz timebase, that differs from the one before. */
    public record ClockReading(long step, long ticks) implements Input {
    }

    /** The host's date the RTC was set to in host time, in nanoseconds since 1970. */
    public record WallClock(long step, long epochNanos) implements Input {
    }

    /** The host's answer to a semihosting request. */
    public record SemihostAnswer(long step, HostAnswer answer) implements Input {
    }

    public InputLog {
        inputs = List.copyOf(inputs);
    }

    /** The inputs of one kind, in order. */
    public <T extends Input> List<T> inputs(Class<T> kind) {
        return only(inputs, kind);
    }

    /** The inputs of {@code inputs} that are of one kind, in order. */
    static <T extends Input> List<T> only(List<Input> inputs, Class<T> kind) {
        return inputs.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /** Reads a recording; every problem is an IOException naming the file and line. */
    public static InputLog read(Path file) throws IOException {
        List<Input> inputs = new ArrayList<>();
        String start = null;
        long endStep = -1;
        String endHash = null;
        long lastStep = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            String header = reader.readLine();
            if (header == null || !header.startsWith(MAGIC + " ")) {
                throw new IOException(file + " is not a Guestlab input recording");
            }
            if (!header.equals(MAGIC + " " + VERSION)) {
                throw new IOException(file + " is a recording of format " + header.substring(MAGIC.length() + 1)
                        + "; this Guestlab reads format " + VERSION);
            }
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                String[] f = line.split(" ");
                String where = file + ":" + number + ": ";
                try {
                    switch (f[0]) {
                        case "start" -> {
                            if (f.length != 2 || start != null || number != 2) {
                                throw new IOException(where + "misplaced or malformed 'start' line");
                            }
                            start = f[1];
                        }
                        case "uart", "clock", "wallclock", "semihost" -> {
                            if (endHash != null) {
                                throw new IOException(where + "input after 'end'");
                            }
                            Input input = input(f, where);
                            if (input.step() < lastStep) {
                                throw new IOException(where + "step " + input.step() + " comes before the previous input's "
                                        + lastStep);
                            }
                            lastStep = input.step();
                            inputs.add(input);
                        }
                        case "end" -> {
                            if (f.length != 3 || endHash != null) {
                                throw new IOException(where + "malformed or repeated 'end' line");
                            }
                            endStep = Long.parseLong(f[1]);
                            endHash = f[2];
                        }
                        default -> throw new IOException(where + "unknown line '" + f[0] + "'");
                    }
                } catch (IllegalArgumentException e) {
                    throw new IOException(where + "bad number, hex bytes or answer in '" + line + "'"
                            + (e.getMessage() == null || e instanceof NumberFormatException ? "" : ": " + e.getMessage()));
                }
            }
        } catch (NoSuchFileException e) {
            throw new IOException("recording " + file + " does not exist");
        }
        if (start == null) {
            throw new IOException(file + " has no 'start' line");
        }
        return new InputLog(start, inputs, endStep, endHash);
    }

    /** One input line, split at spaces; the field counts are checked here. */
    private static Input input(String[] f, String where) throws IOException {
        int fields = switch (f[0]) {
            case "semihost" -> f.length == 4 || f.length == 5 ? f.length : -1;
            default -> f.length == 3 ? 3 : -1;
        };
        if (fields < 0) {
            throw new IOException(where + "malformed '" + f[0] + "' line");
        }
        long step = Long.parseLong(f[1]);
        if (step < 0) {
            throw new IllegalArgumentException("negative step");
        }
        return switch (f[0]) {
            case "uart" -> new Uart(step, HexFormat.of().parseHex(f[2]));
            case "clock" -> {
                long ticks = Long.parseLong(f[2]);
                if (ticks < 0) {
                    throw new IllegalArgumentException("negative clock reading");
                }
                yield new ClockReading(step, ticks);
            }
            case "wallclock" -> new WallClock(step, Long.parseLong(f[2]));
            default -> new SemihostAnswer(step, new HostAnswer(f[2], Long.parseLong(f[3]),
                    f.length == 5 ? HexFormat.of().parseHex(f[4]) : null));
        };
    }
}
