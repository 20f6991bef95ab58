package io.guestlab.emulator.devices;

import static io.guestlab.emulator.devices.StateRoundTrip.assertRefused;
import static io.guestlab.emulator.devices.StateRoundTrip.assertSameReads;
import static io.guestlab.emulator.devices.StateRoundTrip.copy;
import static io.guestlab.emulator.devices.StateRoundTrip.save;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.guestlab.emulator.snapshot.StateWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.Test;

/** 16550 state: registers, the receive FIFO, host input not yet received, the interrupt. */
public class UartStateTest {

    private static final class Terminal {
        final ByteArrayOutputStream output = new ByteArrayOutputStream();
        final WireProbe irq = new WireProbe();
        final Uart16550 uart = new Uart16550(output::write, irq);

        int reg(int offset) {
            return (int) uart.read(offset, 1);
        }

        void set(int offset, int value) {
            uart.write(offset, 1, value);
        }
    }

    private static final byte[] TYPED = "twenty bytes typed!\n".getBytes(StandardCharsets.US_ASCII);

    /** FIFO on, receive and THR-empty interrupts on, 16 bytes in the FIFO and 4 still queued on the host side. */
    private static Terminal receiving() {
        Terminal t = new Terminal();
        t.set(Uart16550.LCR, Uart16550.LCR_DLAB | 0x03);
        t.set(Uart16550.RBR_THR_DLL, 0x0C); // 9600 baud at 1.8432 MHz
        t.set(Uart16550.LCR, 0x03);
        t.set(Uart16550.IIR_FCR, Uart16550.FCR_ENABLE | 0x80);
        t.set(Uart16550.MCR, Uart16550.MCR_DTR | Uart16550.MCR_OUT2);
        t.set(Uart16550.SCR, 0x5A);
        t.set(Uart16550.IER_DLM, Uart16550.IER_RX_AVAILABLE | Uart16550.IER_THR_EMPTY);
        t.uart.hostInput(TYPED);
        t.uart.poll();
        assertTrue(t.irq.level);
        return t;
    }

    @Test
    public void receivedAndQueuedBytesReachTheGuestOfTheRestoredUart() throws Exception {
        Terminal a = receiving();
        Terminal b = new Terminal();
        b.uart.hostInput("typed into the new machine before the restore".getBytes(StandardCharsets.US_ASCII));
        copy(a.uart, b.uart);
        assertTrue("the restored UART raises its interrupt", b.irq.level);

        assertSameReads(a.uart, b.uart, 1, Uart16550.IIR_FCR, Uart16550.LSR, Uart16550.LCR, Uart16550.MCR,
                Uart16550.MSR, Uart16550.SCR, Uart16550.IER_DLM);
        ByteArrayOutputStream receivedA = new ByteArrayOutputStream();
        ByteArrayOutputStream receivedB = new ByteArrayOutputStream();
        while ((a.reg(Uart16550.LSR) & Uart16550.LSR_DATA_READY) != 0) {
            receivedA.write(a.reg(Uart16550.RBR_THR_DLL));
        }
        while ((b.reg(Uart16550.LSR) & Uart16550.LSR_DATA_READY) != 0) {
            receivedB.write(b.reg(Uart16550.RBR_THR_DLL));
        }
        assertArrayEquals(TYPED, receivedA.toByteArray());
        assertArrayEquals("all 20 bytes, the 4 still queued at the snapshot included", TYPED, receivedB.toByteArray());

        // the THR-empty interrupt is still pending on both, and clears on reading IIR
        assertSameReads(a.uart, b.uart, 1, Uart16550.IIR_FCR, Uart16550.IIR_FCR);
        assertEquals(a.irq.level, b.irq.level);
        b.set(Uart16550.RBR_THR_DLL, 'x');
        assertEquals("x", b.output.toString(StandardCharsets.US_ASCII));
    }

    @Test
    public void overrunInLoopbackSurvivesTheRestore() throws Exception {
        Terminal a = new Terminal();
        a.set(Uart16550.MCR, Uart16550.MCR_LOOPBACK | Uart16550.MCR_RTS);
        a.set(Uart16550.IER_DLM, Uart16550.IER_LINE_STATUS);
        a.set(Uart16550.RBR_THR_DLL, 'a');
        a.set(Uart16550.RBR_THR_DLL, 'b'); // no FIFO: one byte fits, the second overruns
        assertTrue(a.irq.level);
        Terminal b = new Terminal();
        copy(a.uart, b.uart);
        assertTrue(b.irq.level);
        assertSameReads(a.uart, b.uart, 1, Uart16550.IIR_FCR, Uart16550.MSR, Uart16550.LSR, Uart16550.LSR,
                Uart16550.RBR_THR_DLL, Uart16550.LSR);
        assertFalse("the overrun cleared on reading LSR", b.irq.level);
        assertEquals("nothing left the chip", 0, b.output.size());
    }

    @Test
    public void stateOfAnotherShapeIsRefusedNamingTheField() {
        StateWriter tooMany = uartState(Uart16550.FCR_ENABLE, 0x01, new byte[17]);
        assertRefused(new Terminal().uart, tooMany.toByteArray(), "uart.rxFifo");
        StateWriter twoWithoutFifo = uartState(0, 0x01, new byte[2]);
        assertRefused(new Terminal().uart, twoWithoutFifo.toByteArray(), "uart.rxFifo");
        StateWriter wideIer = uartState(0, 0x10, new byte[0]);
        assertRefused(new Terminal().uart, wideIer.toByteArray(), "uart.ier");
        assertRefused(new Terminal().uart, save(new Plic(4, WireProbe.array(1))), "'uart'");
    }

    private static StateWriter uartState(int fcr, int ier, byte[] fifo) {
        return new StateWriter().section("uart").putInt("ier", ier).putInt("lcr", 3).putInt("mcr", 0)
                .putInt("scr", 0).putInt("fcr", fcr).putInt("divisor", 1).putBoolean("overrun", false)
                .putBoolean("thrEmptyPending", false).putBytes("rxFifo", fifo).putBytes("hostInput", new byte[0]);
    }
}
