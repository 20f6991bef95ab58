package io.guestlab.emulator.devices;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.guestlab.emulator.devices.GuestVirtioDriver.Buffer;
import io.guestlab.emulator.devices.GuestVirtioDriver.Used;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.Before;
import org.junit.Test;

public class VirtioConsoleTest {

    private static final long RAM = 0x8000_0000L;

    private final ByteArrayMemory memory = new ByteArrayMemory(RAM, 0x10000);
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final WireProbe irq = new WireProbe();
    private final VirtioConsole console = new VirtioConsole(output::write);
    private final VirtioMmio transport = new VirtioMmio("virtio0", console, memory, irq, false);
    private final GuestVirtioDriver driver = new GuestVirtioDriver(transport, memory);

    @Before
    public void setUp() {
        assertTrue((driver.initialise(VirtioMmio.F_VERSION_1, 2) & VirtioMmio.STATUS_DRIVER_OK) != 0);
    }

    @Test
    public void transmitQueueWritesToTheSink() {
        byte[] text = "hello, hvc0\n".getBytes(StandardCharsets.US_ASCII);
        memory.write(RAM + 0x8000, text, 0, 7);
        memory.write(RAM + 0x9000, text, 7, text.length - 7);
        int head = driver.post(VirtioConsole.TRANSMIT_QUEUE,
                new Buffer(RAM + 0x8000, 7, false), new Buffer(RAM + 0x9000, text.length - 7, false));
        driver.notify(VirtioConsole.TRANSMIT_QUEUE);
        assertEquals("hello, hvc0\n", output.toString(StandardCharsets.US_ASCII));
        assertEquals(List.of(new Used(head, 0)), driver.takeUsed(VirtioConsole.TRANSMIT_QUEUE));
    }

    @Test
    public void hostInputFillsReceiveBuffersWhenPolled() {
        int first = driver.post(VirtioConsole.RECEIVE_QUEUE, new Buffer(RAM + 0x8000, 4, true));
        int second = driver.post(VirtioConsole.RECEIVE_QUEUE, new Buffer(RAM + 0x9000, 16, true));
        driver.notify(VirtioConsole.RECEIVE_QUEUE);
        assertEquals("no input yet", List.of(), driver.takeUsed(VirtioConsole.RECEIVE_QUEUE));

        console.hostInput("ls -l\n".getBytes(StandardCharsets.US_ASCII));
        transport.poll();
        assertEquals(List.of(new Used(first, 4), new Used(second, 2)), driver.takeUsed(VirtioConsole.RECEIVE_QUEUE));
        assertEquals("ls -", new String(memory.bytes, 0x8000, 4, StandardCharsets.US_ASCII));
        assertEquals("l\n", new String(memory.bytes, 0x9000, 2, StandardCharsets.US_ASCII));
        assertTrue(irq.level);
    }

    @Test
    public void inputWaitsForReceiveBuffers() {
        console.hostInput("x".getBytes(StandardCharsets.US_ASCII));
        transport.poll();
        int head = driver.post(VirtioConsole.RECEIVE_QUEUE, new Buffer(RAM + 0x8000, 8, true));
        driver.notify(VirtioConsole.RECEIVE_QUEUE);
        assertEquals(List.of(new Used(head, 1)), driver.takeUsed(VirtioConsole.RECEIVE_QUEUE));
        assertEquals('x', memory.bytes[0x8000]);
    }

    @Test
    public void emergencyWriteGoesToTheSink() {
        transport.write(VirtioMmio.CONFIG + VirtioConsole.CONFIG_EMERG_WR, 4, '!');
        assertEquals("!", output.toString(StandardCharsets.US_ASCII));
    }
}
