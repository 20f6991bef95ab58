package io.guestlab.emulator.devices;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.Test;

public class Uart16550Test {

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final WireProbe irq = new WireProbe();
    private final Uart16550 uart = new Uart16550(output::write, irq);

    private int reg(int offset) {
        return (int) uart.read(offset, 1);
    }

    private void set(int offset, int value) {
        uart.write(offset, 1, value);
    }

    @Test
    public void transmittedBytesReachTheSink() {
        for (byte b : "hi\n".getBytes(StandardCharsets.US_ASCII)) {
            assertTrue((reg(Uart16550.LSR) & Uart16550.LSR_THR_EMPTY) != 0);
            set(Uart16550.RBR_THR_DLL, b);
        }
        assertEquals("hi\n", output.toString(StandardCharsets.US_ASCII));
    }

    @Test
    public void divisorLatchIsBehindDlab() {
        set(Uart16550.LCR, Uart16550.LCR_DLAB | 0x03);
        set(Uart16550.RBR_THR_DLL, 0x34);
        set(Uart16550.IER_DLM, 0x12);
        assertEquals(0x34, reg(Uart16550.RBR_THR_DLL));
        assertEquals(0x12, reg(Uart16550.IER_DLM));
        set(Uart16550.LCR, 0x03);
        assertEquals("IER untouched by divisor writes", 0, reg(Uart16550.IER_DLM));
        assertEquals(0x03, reg(Uart16550.LCR));
        assertEquals("nothing was transmitted", 0, output.size());
    }

    @Test
    public void hostInputRaisesReceiveInterruptUntilDrained() {
        set(Uart16550.IIR_FCR, Uart16550.FCR_ENABLE);
        set(Uart16550.IER_DLM, Uart16550.IER_RX_AVAILABLE);
        assertFalse(irq.level);
        uart.hostInput("ok".getBytes(StandardCharsets.US_ASCII));
        uart.poll();
        assertTrue(irq.level);
        assertEquals(Uart16550.IIR_FIFO_ENABLED | Uart16550.IIR_RX_AVAILABLE, reg(Uart16550.IIR_FCR));
        assertEquals(Uart16550.LSR_DATA_READY, reg(Uart16550.LSR) & Uart16550.LSR_DATA_READY);
        assertEquals('o', reg(Uart16550.RBR_THR_DLL));
        assertEquals('k', reg(Uart16550.RBR_THR_DLL));
        assertFalse(irq.level);
        assertEquals(0, reg(Uart16550.LSR) & Uart16550.LSR_DATA_READY);
        assertEquals(Uart16550.IIR_FIFO_ENABLED | Uart16550.IIR_NO_INTERRUPT, reg(Uart16550.IIR_FCR));
    }

    @Test
    public void fifoHoldsSixteenBytesAndRefillsFromTheHostQueue() {
        set(Uart16550.IIR_FCR, Uart16550.FCR_ENABLE);
        byte[] input = new byte[40];
        for (int i = 0; i < input.length; i++) {
            input[i] = (byte) ('A' + i);
        }
        uart.hostInput(input);
        byte[] received = new byte[40];
        for (int i = 0; i < received.length; i++) {
            assertTrue("byte " + i + " ready", (reg(Uart16550.LSR) & Uart16550.LSR_DATA_READY) != 0);
            received[i] = (byte) reg(Uart16550.RBR_THR_DLL);
        }
        assertArrayEquals(input, received);
        assertEquals("no overrun: host bytes wait in the host queue", 0, reg(Uart16550.LSR) & Uart16550.LSR_OVERRUN);
    }

    @Test
    public void fifoResetDropsReceivedBytes() {
        set(Uart16550.IIR_FCR, Uart16550.FCR_ENABLE);
        uart.hostInput(new byte[] {1, 2, 3});
        uart.poll();
        set(Uart16550.IIR_FCR, Uart16550.FCR_ENABLE | Uart16550.FCR_CLEAR_RX);
        // The FIFO was cleared; the host queue was empty, so nothing is left.
        assertEquals(0, reg(Uart16550.LSR) & Uart16550.LSR_DATA_READY);
    }

    @Test
    public void transmitterEmptyInterruptIsRaisedOnEnableAndClearedByReadingIir() {
        set(Uart16550.IER_DLM, Uart16550.IER_THR_EMPTY);
        assertTrue(irq.level);
        assertEquals(Uart16550.IIR_THR_EMPTY, reg(Uart16550.IIR_FCR));
        assertFalse(irq.level);
        set(Uart16550.RBR_THR_DLL, 'x');
        assertTrue("THR empties again at once", irq.level);
        set(Uart16550.IER_DLM, 0);
        assertFalse(irq.level);
    }

    @Test
    public void loopbackFeedsTransmitterIntoReceiver() {
        set(Uart16550.MCR, Uart16550.MCR_LOOPBACK | 0x03);
        set(Uart16550.RBR_THR_DLL, 'z');
        assertEquals(0, output.size());
        assertEquals('z', reg(Uart16550.RBR_THR_DLL));
        assertEquals(Uart16550.MSR_CTS | Uart16550.MSR_DSR, reg(Uart16550.MSR));
    }

    @Test
    public void scratchRegisterKeepsItsValue() {
        set(Uart16550.SCR, 0xA5);
        assertEquals(0xA5, reg(Uart16550.SCR));
    }

    @Test
    public void inputFromAnotherThreadArrivesCompleteAndInOrder() throws InterruptedException {
        set(Uart16550.IIR_FCR, Uart16550.FCR_ENABLE);
        int count = 20_000;
        Thread terminal = new Thread(() -> {
            for (int i = 0; i < count; i++) {
                uart.hostInput(new byte[] {(byte) i});
            }
        });
        terminal.start();
        int received = 0;
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (received < count && System.nanoTime() < deadline) {
            if ((reg(Uart16550.LSR) & Uart16550.LSR_DATA_READY) != 0) {
                assertEquals((byte) received, (byte) reg(Uart16550.RBR_THR_DLL));
                received++;
            }
        }
        terminal.join();
        assertEquals(count, received);
    }

    @Test
    public void wideAndUnknownAccessesAreHarmless() {
        assertEquals(0, uart.read(0, 4));
        assertEquals(0, uart.read(8, 1));
        uart.write(0, 4, 'q');
        uart.write(0x40, 1, 1);
        assertEquals(0, output.size());
    }

    /** What a debugger's Registers view reads: the guest's view of the registers, with no read side effect. */
    @Test
    public void peekingChangesNothing() {
        set(Uart16550.IIR_FCR, Uart16550.FCR_ENABLE);
        uart.hostInput("ab".getBytes(StandardCharsets.US_ASCII));
        uart.poll();
        set(Uart16550.IER_DLM, Uart16550.IER_THR_EMPTY);
        assertEquals('a', uart.peek(Uart16550.RBR_THR_DLL, 1));
        assertEquals('a', uart.peek(Uart16550.RBR_THR_DLL, 1));
        assertEquals(Uart16550.LSR_DATA_READY, uart.peek(Uart16550.LSR, 1) & Uart16550.LSR_DATA_READY);
        int iir = (int) uart.peek(Uart16550.IIR_FCR, 1);
        assertEquals("a peek does not clear THRE's pending interrupt", iir, uart.peek(Uart16550.IIR_FCR, 1));
        assertEquals('a', reg(Uart16550.RBR_THR_DLL));
        assertEquals('b', reg(Uart16550.RBR_THR_DLL));
    }
}
