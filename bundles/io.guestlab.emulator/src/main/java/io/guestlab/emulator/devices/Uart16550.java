package io.guestlab.emulator.devices;

import io.guestlab.emulator.bus.Device;
import io.guestlab.emulator.bus.Inspectable;
import io.guestlab.emulator.bus.IrqLine;
import io.guestlab.emulator.snapshot.SnapshotException;
import io.guestlab.emulator.snapshot.StateReader;
import io.guestlab.emulator.snapshot.StateWriter;
import io.guestlab.emulator.snapshot.Stateful;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * National Semiconductor 16550A UART (register shift 0), as on QEMU's virt board.
 * Transmitted bytes go straight to a {@link ByteSink} (the line is infinitely fast, so THR is
 * always empty again at once). Received bytes come from a host queue that any thread may fill
 * with {@link #hostInput}; they enter the 16-byte receive FIFO on the machine thread when the guest
 * looks at the UART or when the run loop calls {@link #poll()}.
 */
public final class Uart16550 implements Device, Inspectable, Stateful {

    // Register offsets (PC16550D datasheet, table 2); DLAB = LCR bit 7 selects the divisor latch.
    static final int RBR_THR_DLL = 0;
    static final int IER_DLM = 1;
    static final int IIR_FCR = 2;
    static final int LCR = 3;
    static final int MCR = 4;
    static final int LSR = 5;
    static final int MSR = 6;
    static final int SCR = 7;

    static final int IER_RX_AVAILABLE = 0x01;
    static final int IER_THR_EMPTY = 0x02;
    static final int IER_LINE_STATUS = 0x04;
    static final int IER_MODEM_STATUS = 0x08;

    static final int IIR_NO_INTERRUPT = 0x01;
    static final int IIR_THR_EMPTY = 0x02;
    static final int IIR_RX_AVAILABLE = 0x04;
    static final int IIR_FIFO_ENABLED = 0xC0;

    static final int FCR_ENABLE = 0x01;
    static final int FCR_CLEAR_RX = 0x02;
    static final int FCR_CLEAR_TX = 0x04;

    static final int LCR_DLAB = 0x80;
    static final int MCR_DTR = 0x01;
    static final int MCR_RTS = 0x02;
    static final int MCR_OUT1 = 0x04;
    static final int MCR_OUT2 = 0x08;
    static final int MCR_LOOPBACK = 0x10;

    static final int LSR_DATA_READY = 0x01;
    static final int LSR_OVERRUN = 0x02;
    static final int LSR_THR_EMPTY = 0x20;
    static final int LSR_TRANSMITTER_EMPTY = 0x40;

    static final int MSR_CTS = 0x10;
    static final int MSR_DSR = 0x20;
    static final int MSR_RI = 0x40;
    static final int MSR_DCD = 0x80;

    static final int FIFO_DEPTH = 16;

    private final ByteSink output;
    private final IrqLine irq;
    private final ConcurrentLinkedQueue<Byte> hostQueue = new ConcurrentLinkedQueue<>();
    private final ArrayDeque<Byte> rxFifo = new ArrayDeque<>(FIFO_DEPTH);
    private final GuestAccessLog log = new GuestAccessLog("uart");

    private int ier;
    private int lcr;
    private int mcr;
    private int scr;
    private int fcr;
    private int divisor = 1;
    private boolean overrun;
    /** THRE interrupt pending: set when THR empties, cleared by reading IIR or writing THR. */
    private boolean thrEmptyPending;
    private boolean irqLevel;

    public Uart16550(ByteSink output, IrqLine irq) {
        this.output = output;
        this.irq = irq;
        irq.set(false);
    }

    @Override
    public String name() {
        return "uart";
    }

    /** Queues bytes typed on the host for the guest. Safe to call from any thread. */
    public void hostInput(byte[] bytes) {
        for (byte b : bytes) {
            hostQueue.add(b);
        }
    }

    /** Moves queued host input into the receive FIFO and updates the interrupt; machine thread only. */
    public void poll() {
        refill();
        updateIrq();
    }

    @Override
    public long read(long offset, int size) {
        if (size != 1 || offset < 0 || offset > SCR) {
            log.unimplemented("read", offset, size);
            return 0;
        }
        refill();
        int value = switch ((int) offset) {
            case RBR_THR_DLL -> (lcr & LCR_DLAB) != 0 ? divisor & 0xFF : receive();
            case IER_DLM -> (lcr & LCR_DLAB) != 0 ? divisor >>> 8 : ier;
            case IIR_FCR -> readIir(true);
            case LCR -> lcr;
            case MCR -> mcr;
            case LSR -> readLsr(true);
            case MSR -> (mcr & MCR_LOOPBACK) != 0 ? loopbackModemStatus() : MSR_DCD | MSR_DSR | MSR_CTS;
            case SCR -> scr;
            default -> {
                log.unimplemented("read", offset, size);
                yield 0;
            }
        };
        updateIrq();
        return value;
    }

    @Override
    public void write(long offset, int size, long value) {
        int v = (int) value & 0xFF;
        if (size != 1 || offset < 0 || offset > SCR) {
            log.unimplemented("write", offset, size);
            return;
        }
        switch ((int) offset) {
            case RBR_THR_DLL -> {
                if ((lcr & LCR_DLAB) != 0) {
                    divisor = (divisor & 0xFF00) | v;
                } else {
                    transmit(v);
                }
            }
            case IER_DLM -> {
                if ((lcr & LCR_DLAB) != 0) {
                    divisor = (divisor & 0x00FF) | (v << 8);
                } else {
                    boolean thrInterruptEnabled = (ier & IER_THR_EMPTY) != 0;
                    ier = v & 0x0F;
                    // Enabling the THRE interrupt while THR is empty raises it at once (datasheet 8.6.2).
                    if (!thrInterruptEnabled && (ier & IER_THR_EMPTY) != 0) {
                        thrEmptyPending = true;
                    }
                }
            }
            case IIR_FCR -> writeFcr(v);
            case LCR -> lcr = v;
            case MCR -> mcr = v & 0x1F;
            case SCR -> scr = v;
            case LSR, MSR -> { } // read-only status registers; writes are ignored on real parts too
            default -> log.unimplemented("write", offset, size);
        }
        updateIrq();
    }

    private void transmit(int b) {
        if ((mcr & MCR_LOOPBACK) != 0) {
            // Loopback (datasheet 8.8): the transmitter feeds the receiver, nothing leaves the chip.
            pushReceived((byte) b);
        } else {
            output.write(b);
        }
        thrEmptyPending = (ier & IER_THR_EMPTY) != 0;
    }

    private void writeFcr(int v) {
        if ((v & FCR_CLEAR_RX) != 0) {
            rxFifo.clear();
            overrun = false;
        }
        // The transmit FIFO is always empty here, so clearing it changes nothing.
        fcr = v & 0xC9;
    }

    private int receive() {
        Byte b = rxFifo.poll();
        refill();
        return b == null ? 0 : b & 0xFF;
    }

    @Override
    public long peek(long offset, int size) {
        if (size != 1 || offset < 0 || offset > SCR) {
            return 0;
        }
        return switch ((int) offset) {
            case RBR_THR_DLL -> (lcr & LCR_DLAB) != 0 ? divisor & 0xFF : rxFifo.isEmpty() ? 0 : rxFifo.peek() & 0xFF;
            case IER_DLM -> (lcr & LCR_DLAB) != 0 ? divisor >>> 8 : ier;
            case IIR_FCR -> readIir(false);
            case LCR -> lcr;
            case MCR -> mcr;
            case LSR -> readLsr(false);
            case MSR -> (mcr & MCR_LOOPBACK) != 0 ? loopbackModemStatus() : MSR_DCD | MSR_DSR | MSR_CTS;
            default -> scr;
        };
    }

    private int readIir(boolean guestRead) {
        int fifoBits = (fcr & FCR_ENABLE) != 0 ? IIR_FIFO_ENABLED : 0;
        int id;
        if ((ier & IER_LINE_STATUS) != 0 && overrun) {
            id = 0x06;
        } else if ((ier & IER_RX_AVAILABLE) != 0 && rxReady()) {
            id = IIR_RX_AVAILABLE;
        } else if ((ier & IER_THR_EMPTY) != 0 && thrEmptyPending) {
            id = IIR_THR_EMPTY;
            thrEmptyPending = !guestRead && thrEmptyPending; // a guest's read with THRE as source clears it (datasheet 8.6.2)
        } else {
            id = IIR_NO_INTERRUPT;
        }
        return fifoBits | id;
    }

    private int readLsr(boolean guestRead) {
        int lsr = LSR_THR_EMPTY | LSR_TRANSMITTER_EMPTY;
        if (!rxFifo.isEmpty()) {
            lsr |= LSR_DATA_READY;
        }
        if (overrun) {
            lsr |= LSR_OVERRUN;
            overrun = !guestRead; // error bits clear when the guest reads LSR
        }
        return lsr;
    }

    private int loopbackModemStatus() {
        // MCR bits DTR, RTS, OUT1, OUT2 appear as DSR, CTS, RI, DCD.
        int msr = 0;
        msr |= (mcr & MCR_DTR) != 0 ? MSR_DSR : 0;
        msr |= (mcr & MCR_RTS) != 0 ? MSR_CTS : 0;
        msr |= (mcr & MCR_OUT1) != 0 ? MSR_RI : 0;
        msr |= (mcr & MCR_OUT2) != 0 ? MSR_DCD : 0;
        return msr;
    }

    /**
     * Data-available interrupt condition. Without a character-timeout model any received byte
     * counts, as the 16550's timeout interrupt would raise it after four character times anyway;
     * the FCR trigger level therefore only matters for the IIR/FIFO bits the guest reads back.
     */
    private boolean rxReady() {
        return !rxFifo.isEmpty();
    }

    private void refill() {
        if ((mcr & MCR_LOOPBACK) != 0) {
            return; // host input is not connected to the receiver in loopback mode
        }
        int capacity = (fcr & FCR_ENABLE) != 0 ? FIFO_DEPTH : 1;
        while (rxFifo.size() < capacity) {
            Byte b = hostQueue.poll();
            if (b == null) {
                return;
            }
            rxFifo.add(b);
        }
    }

    private void pushReceived(byte b) {
        int capacity = (fcr & FCR_ENABLE) != 0 ? FIFO_DEPTH : 1;
        if (rxFifo.size() >= capacity) {
            overrun = true;
        } else {
            rxFifo.add(b);
        }
    }

    /**
     * Host input queued but not yet in the receive FIFO is state too: the guest would have read
     * it next, so a machine restored from this state must read it next as well.
     */
    @Override
    public void saveState(StateWriter out) {
        out.section("uart");
        out.putInt("ier", ier);
        out.putInt("lcr", lcr);
        out.putInt("mcr", mcr);
        out.putInt("scr", scr);
        out.putInt("fcr", fcr);
        out.putInt("divisor", divisor);
        out.putBoolean("overrun", overrun);
        out.putBoolean("thrEmptyPending", thrEmptyPending);
        out.putBytes("rxFifo", toBytes(rxFifo));
        out.putBytes("hostInput", toBytes(hostQueue));
    }

    /** Replaces the received and queued bytes too: host input typed before the restore is dropped. */
    @Override
    public void restoreState(StateReader in) throws SnapshotException {
        in.section("uart");
        int newIer = register(in, "ier", 0x0F);
        int newLcr = register(in, "lcr", 0xFF);
        int newMcr = register(in, "mcr", 0x1F);
        int newScr = register(in, "scr", 0xFF);
        int newFcr = register(in, "fcr", 0xC9);
        int newDivisor = register(in, "divisor", 0xFFFF);
        boolean newOverrun = in.getBoolean("overrun");
        boolean newThrEmptyPending = in.getBoolean("thrEmptyPending");
        byte[] fifo = StateArrays.bytes(in, "uart", "rxFifo", (newFcr & FCR_ENABLE) != 0 ? FIFO_DEPTH : 1);
        byte[] queued = StateArrays.bytes(in, "uart", "hostInput", Integer.MAX_VALUE);
        ier = newIer;
        lcr = newLcr;
        mcr = newMcr;
        scr = newScr;
        fcr = newFcr;
        divisor = newDivisor;
        overrun = newOverrun;
        thrEmptyPending = newThrEmptyPending;
        rxFifo.clear();
        for (byte b : fifo) {
            rxFifo.add(b);
        }
        hostQueue.clear();
        for (byte b : queued) {
            hostQueue.add(b);
        }
        irqLevel = interruptCondition();
        irq.set(irqLevel);
    }

    private static int register(StateReader in, String name, int mask) throws SnapshotException {
        int value = in.getInt(name);
        if ((value & ~mask) != 0) {
            throw StateArrays.invalid("uart", name, String.format("is 0x%x, wider than the register (mask 0x%x)",
                    value, mask));
        }
        return value;
    }

    private static byte[] toBytes(Iterable<Byte> bytes) {
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        for (byte b : bytes) {
            copy.write(b);
        }
        return copy.toByteArray();
    }

    private boolean interruptCondition() {
        return ((ier & IER_LINE_STATUS) != 0 && overrun)
                || ((ier & IER_RX_AVAILABLE) != 0 && rxReady())
                || ((ier & IER_THR_EMPTY) != 0 && thrEmptyPending);
    }

    private void updateIrq() {
        boolean level = interruptCondition();
        if (level != irqLevel) {
            irqLevel = level;
            irq.set(level);
        }
    }
}
