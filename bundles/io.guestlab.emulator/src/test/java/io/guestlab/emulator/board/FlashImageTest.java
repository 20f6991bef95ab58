package io.guestlab.emulator.board;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.nio.file.Path;

import org.junit.Test;

/** {@code guestlab run --flash}'s value: file, bank and write protection, or a message naming what is wrong. */
public class FlashImageTest {

    @Test
    public void parsesFileUnitAndReadOnly() {
        FlashImage.InBank bank = FlashImage.parse("file=code.fd,unit=1,readonly");
        assertEquals(1, bank.unit());
        assertEquals(new FlashImage(Path.of("code.fd"), true), bank.image());
        assertEquals(new FlashImage(Path.of("vars.fd"), false), FlashImage.parse("unit=0,file=vars.fd").image());
    }

    @Test
    public void aBadValueNamesItsProblem() {
        assertRefused("file=code.fd,unit=2", "unknown part 'unit=2' (expected file=IMG,unit=0|1[,readonly])");
        assertRefused("file=code.fd", "give file=IMG and unit=0 or unit=1");
        assertRefused("unit=0,file=", "unknown part 'file=' (expected file=IMG,unit=0|1[,readonly])");
    }

    private static void assertRefused(String spec, String message) {
        try {
            FlashImage.parse(spec);
            fail(spec + " was accepted");
        } catch (IllegalArgumentException e) {
            assertEquals(message, e.getMessage());
        }
    }
}
