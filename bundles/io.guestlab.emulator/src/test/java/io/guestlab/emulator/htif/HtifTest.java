package io.guestlab.emulator.htif;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import io.guestlab.emulator.bus.Bus;
import io.guestlab.emulator.bus.Ram;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.Test;

/** HTIF commands as a guest's stores to tohost deliver them. */
public class HtifTest {

    private static final long TOHOST = 0x8000_1000L, FROMHOST = 0x8000_1040L;

    private final Bus bus = new Bus(new Ram(0x8000_0000L, 1 << 16));
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private Integer exit;
    private final Htif htif = new Htif(bus, TOHOST, FROMHOST, console, code -> exit = code);

    @Test
    public void putcharPrintsAndAnswers() {
        bus.store(TOHOST, 8, (1L << 56) | (1L << 48) | 'A', 0);
        assertEquals("A", console.toString(StandardCharsets.UTF_8));
        assertEquals("tohost is cleared once taken", 0, bus.load(TOHOST, 8));
        assertEquals((1L << 56) | (1L << 48) | 0x100 | 'A', bus.load(FROMHOST, 8));
        assertNull(exit);
    }

    @Test
    public void oddPayloadOfDeviceZeroExits() {
        bus.store(TOHOST, 8, (5 << 1) | 1, 0);
        assertEquals(Integer.valueOf(5), exit);
    }

    @Test
    public void proxiedWriteSyscallPrints() {
        long block = 0x8000_2000L, text = 0x8000_3000L;
        byte[] hello = "hi\n".getBytes(StandardCharsets.UTF_8);
        bus.write(text, hello, 0, hello.length);
        bus.store(block, 8, 64, 0); // SYS_write
        bus.store(block + 8, 8, 1, 0);
        bus.store(block + 16, 8, text, 0);
        bus.store(block + 24, 8, hello.length, 0);
        bus.store(TOHOST, 8, block, 0);
        assertEquals("hi\n", console.toString(StandardCharsets.UTF_8));
        assertEquals(3, bus.load(block, 8));
        assertEquals(1, bus.load(FROMHOST, 8));
    }
}
