package io.guestlab.emulator.board;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.guestlab.emulator.semihosting.HostAnswer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The recording format: every kind of input written and read back; bad files refused naming file and line. */
public class InputLogTest {

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private Path file(String... lines) throws IOException {
        Path f = folder.newFile().toPath();
        Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.US_ASCII);
        return f;
    }

    @Test
    public void everyKindOfInputRoundTrips() throws Exception {
        Path f = folder.getRoot().toPath().resolve("run.log");
        try (InputLogWriter w = InputLogWriter.create(f, "sha256:aa")) {
            w.clockReading(0, 1234);
            w.wallClock(0, 1_795_000_000_123_000_000L);
            w.uart(10_000, new byte[] {'h', 'i'});
            w.semihostAnswer(10_000, new HostAnswer("open", 0));
            w.semihostAnswer(10_000, new HostAnswer("read", 3, new byte[] {1, 2, 3}));
            w.semihostAnswer(20_000, new HostAnswer("read", 0));
            w.semihostAnswer(20_000, new HostAnswer("remove", -2));
            w.clockReading(20_000, 2345);
            w.end(30_000, "sha256:bb");
        }
        InputLog log = InputLog.read(f);
        assertEquals("sha256:aa", log.startHash());
        assertEquals(30_000, log.endStep());
        assertEquals("sha256:bb", log.endHash());
        assertEquals(List.of(new InputLog.ClockReading(0, 1234), new InputLog.ClockReading(20_000, 2345)),
                log.inputs(InputLog.ClockReading.class));
        assertEquals(List.of(new InputLog.WallClock(0, 1_795_000_000_123_000_000L)), log.inputs(InputLog.WallClock.class));
        assertArrayEquals(new byte[] {'h', 'i'}, log.inputs(InputLog.Uart.class).get(0).bytes());
        List<InputLog.SemihostAnswer> answers = log.inputs(InputLog.SemihostAnswer.class);
        assertEquals(4, answers.size());
        assertEquals("open", answers.get(0).answer().call());
        assertArrayEquals(new byte[] {1, 2, 3}, answers.get(1).answer().data());
        assertEquals(0, answers.get(2).answer().data().length);
        assertTrue(answers.get(3).answer().failed());
        assertEquals(-2, answers.get(3).answer().result());
        assertEquals(20_000, answers.get(3).step());
        assertEquals(8, log.inputs().size());
    }

    @Test
    public void aFormatOneRecordingIsRefusedNamingBothFormats() throws Exception {
        Path f = file("guestlab-input-log 1", "start sha256:aa", "uart 5 41");
        assertRefused(f, f + " is a recording of format 1; this Guestlab reads format 2");
    }

    @Test
    public void badLinesAreRefusedWithFileAndLine() throws Exception {
        Path f = file("guestlab-input-log 2", "start sha256:aa", "semihost 10 open");
        assertRefused(f, f + ":3: malformed 'semihost' line");
        f = file("guestlab-input-log 2", "start sha256:aa", "semihost 10 chmod 0");
        assertRefused(f, f + ":3: bad number, hex bytes or answer in 'semihost 10 chmod 0': unknown semihosting host call 'chmod'");
        f = file("guestlab-input-log 2", "start sha256:aa", "semihost 10 read 4 0102");
        assertRefused(f, f + ":3: bad number, hex bytes or answer in 'semihost 10 read 4 0102': a read answer of 4 bytes carries 2");
        f = file("guestlab-input-log 2", "start sha256:aa", "clock 10 -5");
        assertRefused(f, f + ":3: bad number, hex bytes or answer in 'clock 10 -5': negative clock reading");
        f = file("guestlab-input-log 2", "start sha256:aa", "clock 10 5", "wallclock 9 7");
        assertRefused(f, f + ":4: step 9 comes before the previous input's 10");
        f = file("guestlab-input-log 2", "start sha256:aa", "end 10 sha256:bb", "clock 10 5");
        assertRefused(f, f + ":4: input after 'end'");
    }

    private static void assertRefused(Path f, String message) {
        try {
            InputLog.read(f);
            fail("read " + f);
        } catch (IOException e) {
            assertEquals(message, e.getMessage());
        }
    }
}
