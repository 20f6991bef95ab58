package io.guestlab.emulator.board;

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
 * What came into a run from outside, with the machine step at which it came: with virtual time
 * that is all a run depends on besides its start state, so replaying the inputs at the same
 * steps repeats the run exactly. Written by {@link InputLogWriter} as text, one line each:
 * <pre>
 * guestlab-input-log 1
 * start sha256:...         the state hash the run started from
 * uart STEP HEXBYTES       bytes typed on the console, delivered before step STEP
 * end STEP sha256:...      where the run ended and the state hash there
 * </pre>
 *
 * @param endStep -1 and endHash null when the recording has no end line (the recorder crashed)
 */
public record InputLog(String startHash, List<Input> inputs, long endStep, String endHash) {

    static final String MAGIC = "guestlab-input-log";
    static final int VERSION = 1;

    /** Bytes for the UART, delivered when the machine has taken {@code step} steps. */
    public record Input(long step, byte[] bytes) {
    }

    public InputLog {
        inputs = List.copyOf(inputs);
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
                        case "uart" -> {
                            if (f.length != 3 || endHash != null) {
                                throw new IOException(where + "malformed 'uart' line or input after 'end'");
                            }
                            long step = Long.parseLong(f[1]);
                            if (step < lastStep) {
                                throw new IOException(where + "step " + step + " comes before the previous input's " + lastStep);
                            }
                            lastStep = step;
                            inputs.add(new Input(step, HexFormat.of().parseHex(f[2])));
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
                    throw new IOException(where + "bad number or hex bytes in '" + line + "'");
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
}
