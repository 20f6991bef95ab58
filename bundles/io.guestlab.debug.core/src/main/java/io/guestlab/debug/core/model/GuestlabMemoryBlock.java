package io.guestlab.debug.core.model;

import io.guestlab.debug.core.session.MemoryContents;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IMemoryBlockExtension;
import org.eclipse.debug.core.model.IMemoryBlockRetrieval;
import org.eclipse.debug.core.model.MemoryByte;

/**
 * A Memory view monitor: guest memory from an address on, either as a hart sees it (through its
 * current {@code satp} and privilege) or physical, as its name says. Unmapped bytes (a page fault)
 * are unreadable bytes, not errors; device registers are shown but read only when the monitor
 * is told to ({@link #setReadDevices}); bytes that changed since the previous stop are marked.
 */
public final class GuestlabMemoryBlock extends GuestlabDebugElement implements IMemoryBlockExtension {

    private final GuestlabDebugTarget target;
    private final String expression;
    private final long base;
    private final int hart;
    private final boolean physical;
    private final Set<Object> connections = new LinkedHashSet<>();
    private volatile boolean readDevices;
    /** What was read since the machine last stopped, and what was read before that stop. */
    private final Map<Long, Byte> seen = new HashMap<>();
    private Map<Long, Byte> seenBeforeStop = new HashMap<>();

    GuestlabMemoryBlock(GuestlabDebugTarget target, String expression, long base, int hart, boolean physical) {
        super(target);
        this.target = target;
        this.expression = expression;
        this.base = base;
        this.hart = hart;
        this.physical = physical;
    }

    /** The expression, and how addresses are taken: {@code tasks (virtual, hart 0)}, {@code 0x80001000 (physical)}. */
    @Override
    public String getExpression() {
        return expression + (physical ? " (physical)" : " (virtual, hart " + hart + ")");
    }

    public boolean isPhysical() {
        return physical;
    }

    public boolean readsDevices() {
        return readDevices;
    }

    /** Whether device registers in the range are read (side-effect free) and shown; the views refresh. */
    public void setReadDevices(boolean on) {
        readDevices = on;
        fireChangeEvent(DebugEvent.CONTENT);
    }

    /** The machine stopped: what was read while it ran is what changes are measured against. */
    synchronized void stopped() {
        if (!seen.isEmpty()) {
            seenBeforeStop = new HashMap<>(seen);
            seen.clear();
        }
    }

    @Override
    public BigInteger getBigBaseAddress() {
        return BigInteger.valueOf(base).and(MASK);
    }

    /** Bytes remembered for change marks: what a user scrolls through in one stop, bounded. */
    private static final int MAX_REMEMBERED = 1 << 20;

    private static final BigInteger MASK = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    @Override
    public BigInteger getMemoryBlockStartAddress() {
        return BigInteger.ZERO;
    }

    @Override
    public BigInteger getMemoryBlockEndAddress() {
        return MASK;
    }

    @Override
    public BigInteger getBigLength() {
        return MASK.add(BigInteger.ONE);
    }

    @Override
    public int getAddressSize() {
        return 8;
    }

    @Override
    public boolean supportBaseAddressModification() {
        return false;
    }

    @Override
    public boolean supportsChangeManagement() {
        return true;
    }

    @Override
    public void setBaseAddress(BigInteger address) throws DebugException {
        throw new DebugException(Status.error("add a new monitor for another address"));
    }

    @Override
    public MemoryByte[] getBytesFromOffset(BigInteger unitOffset, long addressableUnits) {
        return getBytesFromAddress(getBigBaseAddress().add(unitOffset), addressableUnits);
    }

    @Override
    public MemoryByte[] getBytesFromAddress(BigInteger address, long units) {
        int n = (int) Math.min(units, 1 << 20);
        MemoryByte[] out = new MemoryByte[n];
        MemoryContents c = null;
        if (target.isSuspended()) {
            try {
                c = target.session().readMemory(hart, address.longValue(), n, physical, readDevices);
            } catch (IllegalStateException e) {
                c = null; // the machine ended meanwhile: nothing is readable
            }
        }
        synchronized (this) {
            for (int i = 0; i < n; i++) {
                out[i] = c == null ? new MemoryByte((byte) 0, (byte) 0) : byteOf(c, i, address.longValue() + i);
            }
        }
        return out;
    }

    private MemoryByte byteOf(MemoryContents c, int i, long address) {
        MemoryContents.Kind kind = c.kinds()[i];
        byte flags = MemoryByte.ENDIANESS_KNOWN;
        if (kind == MemoryContents.Kind.RAM || kind == MemoryContents.Kind.DEVICE_READ) {
            flags |= MemoryByte.READABLE;
            if (kind == MemoryContents.Kind.RAM) {
                flags |= MemoryByte.WRITABLE;
            }
            Byte before = seenBeforeStop.get(address);
            if (before != null) {
                flags |= MemoryByte.HISTORY_KNOWN;
                if (before != c.bytes()[i]) {
                    flags |= MemoryByte.CHANGED;
                }
            }
            if (seen.size() < MAX_REMEMBERED) {
                seen.put(address, c.bytes()[i]);
            }
        }
        return new MemoryByte(c.bytes()[i], flags);
    }

    @Override
    public void setValue(BigInteger offset, byte[] bytes) throws DebugException {
        setValue(offset.longValue(), bytes);
    }

    @Override
    public void setValue(long offset, byte[] bytes) throws DebugException {
        if (!target.isSuspended()) {
            throw new DebugException(Status.error("the machine is running: suspend it to change memory"));
        }
        String problem = inspect(() -> target.session().writeMemory(hart, base + offset, bytes, physical));
        if (problem != null) {
            throw new DebugException(Status.error(problem));
        }
        target.valuesWritten();
        fireChangeEvent(DebugEvent.CONTENT);
    }

    @Override
    public boolean supportsValueModification() {
        return true;
    }

    @Override
    public long getStartAddress() {
        return base;
    }

    @Override
    public long getLength() {
        return Long.MAX_VALUE;
    }

    /** The platform's old fixed-size API: the renderings use {@link #getBytesFromAddress}. */
    @Override
    public byte[] getBytes() {
        return new byte[0];
    }

    @Override
    public synchronized void connect(Object client) {
        connections.add(client);
    }

    @Override
    public synchronized void disconnect(Object client) {
        connections.remove(client);
    }

    @Override
    public synchronized Object[] getConnections() {
        return connections.toArray();
    }

    @Override
    public void dispose() {
        synchronized (this) {
            connections.clear();
        }
    }

    @Override
    public IMemoryBlockRetrieval getMemoryBlockRetrieval() {
        return target;
    }

    @Override
    public int getAddressableSize() {
        return 1;
    }
}
