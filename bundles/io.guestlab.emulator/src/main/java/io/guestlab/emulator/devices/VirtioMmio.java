package io.guestlab.emulator.devices;

import io.guestlab.emulator.bus.BusErrorException;
import io.guestlab.emulator.bus.Device;
import io.guestlab.emulator.bus.Inspectable;
import io.guestlab.emulator.bus.IrqLine;
import io.guestlab.emulator.bus.PhysicalMemory;
import io.guestlab.emulator.snapshot.SnapshotException;
import io.guestlab.emulator.snapshot.StateReader;
import io.guestlab.emulator.snapshot.StateWriter;
import io.guestlab.emulator.snapshot.Stateful;

/**
 * The virtio-over-MMIO transport (virtio 1.2, 4.2): version 2, or the legacy version 1 layout
 * (4.2.4), which QEMU 7.2 presents by default ({@code virtio-mmio.force-legacy=true}).
 * <p>
 * Where the spec leaves the device a choice, it answers as QEMU 7.2's transport does, since guests
 * are written against QEMU: FEATURES_OK is never refused (features the device did not offer are
 * dropped; a driver that does not accept VIRTIO_F_VERSION_1 is served all the same);
 * registers answer 32-bit accesses only (other widths read 0, writes are ignored; an empty slot's
 * identification reads at any width) and an 8-byte
 * access is two 32-bit ones, low address first; configuration space reads beyond its end are all
 * ones; an empty slot shows only its magic, version and vendor, everything else reads as zero.
 */
public final class VirtioMmio implements Device, Inspectable, Stateful {

    // Register map, virtio 1.2 table 4.1 (legacy-only registers marked).
    static final int MAGIC_VALUE = 0x000;
    static final int VERSION = 0x004;
    static final int DEVICE_ID = 0x008;
    static final int VENDOR_ID = 0x00C;
    static final int DEVICE_FEATURES = 0x010;
    static final int DEVICE_FEATURES_SEL = 0x014;
    static final int DRIVER_FEATURES = 0x020;
    static final int DRIVER_FEATURES_SEL = 0x024;
    static final int LEGACY_GUEST_PAGE_SIZE = 0x028;
    static final int QUEUE_SEL = 0x030;
    static final int QUEUE_NUM_MAX = 0x034;
    static final int QUEUE_NUM = 0x038;
    static final int LEGACY_QUEUE_ALIGN = 0x03C;
    static final int LEGACY_QUEUE_PFN = 0x040;
    static final int QUEUE_READY = 0x044;
    static final int QUEUE_NOTIFY = 0x050;
    static final int INTERRUPT_STATUS = 0x060;
    static final int INTERRUPT_ACK = 0x064;
    static final int STATUS = 0x070;
    static final int QUEUE_DESC_LOW = 0x080;
    static final int QUEUE_DESC_HIGH = 0x084;
    static final int QUEUE_DRIVER_LOW = 0x090;
    static final int QUEUE_DRIVER_HIGH = 0x094;
    static final int QUEUE_DEVICE_LOW = 0x0A0;
    static final int QUEUE_DEVICE_HIGH = 0x0A4;
    static final int SHM_SEL = 0x0AC;
    static final int SHM_LEN_LOW = 0x0B0;
    static final int SHM_LEN_HIGH = 0x0B4;
    static final int SHM_BASE_LOW = 0x0B8;
    static final int SHM_BASE_HIGH = 0x0BC;
    static final int QUEUE_RESET = 0x0C0;
    static final int CONFIG_GENERATION = 0x0FC;
    static final int CONFIG = 0x100;
    /** Size of one transport's register window. */
    static final int WINDOW = 0x1000;

    static final int MAGIC = 0x7472_6976; // "virt"
    /** "QEMU", the vendor ID QEMU's transports report. */
    static final int VENDOR = 0x554D_4551;

    // Device status bits (2.1).
    static final int STATUS_ACKNOWLEDGE = 1;
    static final int STATUS_DRIVER = 2;
    static final int STATUS_DRIVER_OK = 4;
    static final int STATUS_FEATURES_OK = 8;
    static final int STATUS_DEVICE_NEEDS_RESET = 64;
    static final int STATUS_FAILED = 128;

    // Interrupt status bits (4.2.2).
    static final int INTERRUPT_USED_BUFFER = 1;
    static final int INTERRUPT_CONFIG_CHANGE = 2;

    // Transport feature bits (6; legacy-only ones from 6.3).
    static final long F_NOTIFY_ON_EMPTY = 1L << 24;
    static final long F_ANY_LAYOUT = 1L << 27;
    static final long F_INDIRECT_DESC = 1L << 28;
    static final long F_EVENT_IDX = 1L << 29;
    static final long F_VERSION_1 = 1L << 32;
    /**
     * QEMU 7.2 offers VIRTIO_F_RING_RESET with every modern device, though its MMIO transport
     * ignores QueueReset (0x0C0): so does this one, and a driver that accepted it gets nothing more.
     */
    static final long F_RING_RESET = 1L << 40;

    /** QUEUE_NUM_MAX: QEMU offers its largest queue size (VIRTQUEUE_MAX_SIZE), whatever the device. */
    static final int QUEUE_MAX_SIZE = 1024;
    /** A queue's size until the driver writes QUEUE_NUM: QEMU's virtio-blk default. */
    static final int QUEUE_DEFAULT_SIZE = 256;

    private final VirtioDevice device;
    private final IrqLine irq;
    private final boolean legacy;
    private final String name;
    private final Virtqueue[] queues;
    private final GuestAccessLog log;

    private int status;
    private int deviceFeaturesSelect;
    private int driverFeaturesSelect;
    private long driverFeatures;
    private int queueSelect;
    private int interruptStatus;
    private int configGeneration;
    private long legacyPageSize = 4096;
    private final int[] legacyAlign;
    private final int[] legacyPfn;
    private boolean irqLevel;

    /**
     * @param device the device behind the transport, or {@code null} for an empty slot
     * @param legacy whether to present the legacy (version 1) register layout
     */
    public VirtioMmio(String name, VirtioDevice device, PhysicalMemory memory, IrqLine irq, boolean legacy) {
        this.name = name;
        this.device = device;
        this.irq = irq;
        this.legacy = legacy;
        this.log = new GuestAccessLog(name);
        int count = device == null ? 0 : device.queueCount();
        this.queues = new Virtqueue[count];
        for (int i = 0; i < count; i++) {
            queues[i] = new Virtqueue(memory, QUEUE_MAX_SIZE, QUEUE_DEFAULT_SIZE);
        }
        this.legacyAlign = new int[count];
        this.legacyPfn = new int[count];
        reset();
    }

    @Override
    public String name() {
        return name;
    }

    /** The driver status register (for diagnostics: {@code info devices}). */
    public int status() {
        return status;
    }

    /** Lets the device deliver host-side events (console input); call from the run loop. */
    public void poll() {
        if (device != null && (status & STATUS_DRIVER_OK) != 0 && (status & STATUS_DEVICE_NEEDS_RESET) == 0) {
            guarded(() -> device.poll(queues));
        }
    }

    @Override
    public long read(long offset, int size) {
        if (size == 8) { // QEMU's memory core splits it for this 32-bit device
            return read(offset, 4) & 0xFFFF_FFFFL | read(offset + 4, 4) << 32;
        }
        if (offset < 0 || offset >= WINDOW) {
            log.unimplemented("read", offset, size);
            return 0;
        }
        if (device == null) {
            return emptySlotRegister((int) offset) & (-1L >>> (64 - 8 * size)); // QEMU checks no width here
        }
        if (offset >= CONFIG) {
            int at = (int) (offset - CONFIG);
            if (at + size > device.configSize()) {
                return -1L >>> (64 - 8 * size); // QEMU: beyond the configuration space reads as all ones
            }
            return device.readConfig(at, size);
        }
        if (size != 4 || offset % 4 != 0) {
            log.unimplemented("read", offset, size); // 4.2.2.2: registers are 32-bit only
            return 0;
        }
        return readRegister((int) offset) & 0xFFFF_FFFFL;
    }

    /** The transport's registers have no read side effects (virtio 1.2, 4.2.2); device config is not peeked. */
    @Override
    public long peek(long offset, int size) {
        return offset >= CONFIG ? 0 : read(offset, size);
    }

    @Override
    public void write(long offset, int size, long value) {
        if (size == 8) {
            write(offset, 4, value & 0xFFFF_FFFFL);
            write(offset + 4, 4, value >>> 32);
            return;
        }
        if (offset < 0 || offset >= WINDOW) {
            log.unimplemented("write", offset, size);
            return;
        }
        if (offset >= CONFIG) {
            if (device != null && offset - CONFIG + size <= device.configSize()) {
                device.writeConfig((int) (offset - CONFIG), size, value);
            }
            return;
        }
        if (size != 4 || offset % 4 != 0) {
            log.unimplemented("write", offset, size);
            return;
        }
        writeRegister((int) offset, (int) value);
    }

    /** QEMU treats a transport without a device as read-as-zero but for its identification, at any width. */
    private int emptySlotRegister(int offset) {
        return switch (offset) {
            case MAGIC_VALUE -> MAGIC;
            case VERSION -> legacy ? 1 : 2;
            case VENDOR_ID -> VENDOR;
            default -> 0;
        };
    }

    private int readRegister(int offset) {
        Virtqueue queue = selectedQueue();
        switch (offset) {
            case MAGIC_VALUE:
                return MAGIC;
            case VERSION:
                return legacy ? 1 : 2;
            case DEVICE_ID:
                return device.deviceId();
            case VENDOR_ID:
                return VENDOR;
            case DEVICE_FEATURES:
                return deviceFeaturesSelect < 0 || deviceFeaturesSelect > 1
                        ? 0 : (int) (offeredFeatures() >>> (32 * deviceFeaturesSelect));
            case QUEUE_NUM_MAX:
                return queue == null ? 0 : queue.maxSize();
            case QUEUE_READY:
                return !legacy && queue != null && queue.isReady() ? 1 : 0;
            case LEGACY_QUEUE_PFN:
                return legacy && queue != null ? legacyPfn[queueSelect] : 0;
            case INTERRUPT_STATUS:
                return interruptStatus;
            case STATUS:
                return status;
            case SHM_LEN_LOW:
            case SHM_LEN_HIGH:
                return -1; // no shared memory regions: length reads as all ones (4.2.2); base reads 0 as in QEMU
            case CONFIG_GENERATION:
                return configGeneration;
            default:
                // write-only registers (selectors, notify, ack) read as zero; so do the queue
                // addresses, which 4.2.2 makes readable but QEMU 7.2 treats as write-only
                return 0;
        }
    }

    private void writeRegister(int offset, int value) {
        if (device == null) {
            return; // an empty slot ignores everything
        }
        Virtqueue queue = selectedQueue();
        switch (offset) {
            case DEVICE_FEATURES_SEL -> deviceFeaturesSelect = value;
            case DRIVER_FEATURES -> {
                // A legacy driver's features take effect at once and have no high word (4.2.4).
                int words = legacy ? 1 : 2;
                if ((status & STATUS_FEATURES_OK) == 0 && driverFeaturesSelect >= 0 && driverFeaturesSelect < words) {
                    int shift = 32 * driverFeaturesSelect;
                    driverFeatures = (driverFeatures & ~(0xFFFF_FFFFL << shift))
                            | ((value & 0xFFFF_FFFFL) << shift);
                    if (legacy) {
                        driverFeatures &= offeredFeatures();
                        useRingFeatures();
                    }
                }
            }
            case DRIVER_FEATURES_SEL -> driverFeaturesSelect = value;
            case LEGACY_GUEST_PAGE_SIZE -> legacyPageSize = value & 0xFFFF_FFFFL;
            case QUEUE_SEL -> queueSelect = value;
            case QUEUE_NUM -> {
                if (queue != null && !queue.isReady()) {
                    queue.setSize(value);
                }
            }
            case LEGACY_QUEUE_ALIGN -> {
                if (queue != null) {
                    legacyAlign[queueSelect] = value;
                }
            }
            case LEGACY_QUEUE_PFN -> {
                if (legacy && queue != null) {
                    setLegacyPfn(queue, value);
                }
            }
            case QUEUE_READY -> {
                if (!legacy && queue != null) {
                    if ((value & 1) != 0 && !queue.hasValidSize()) {
                        needsReset("queue " + queueSelect + " has invalid size " + queue.size());
                    } else {
                        queue.setReady((value & 1) != 0);
                    }
                }
            }
            case QUEUE_DESC_LOW -> setAddress(queue, 0, false, value);
            case QUEUE_DESC_HIGH -> setAddress(queue, 0, true, value);
            case QUEUE_DRIVER_LOW -> setAddress(queue, 1, false, value);
            case QUEUE_DRIVER_HIGH -> setAddress(queue, 1, true, value);
            case QUEUE_DEVICE_LOW -> setAddress(queue, 2, false, value);
            case QUEUE_DEVICE_HIGH -> setAddress(queue, 2, true, value);
            case QUEUE_NOTIFY -> notifyQueue(value & 0xFFFF);
            case INTERRUPT_ACK -> {
                interruptStatus &= ~value;
                updateIrq();
            }
            case STATUS -> writeStatus(value & 0xFF);
            case SHM_SEL -> { } // no shared memory regions
            case QUEUE_RESET -> { } // QEMU 7.2's transport ignores it, though RING_RESET is offered
            default -> log.unimplemented("write", offset, 4);
        }
    }

    private void writeStatus(int value) {
        if (value == 0) {
            reset();
            return;
        }
        if ((value & STATUS_FEATURES_OK) != 0 && (status & STATUS_FEATURES_OK) == 0) {
            // 3.1.1 lets a device refuse FEATURES_OK; QEMU never does: it keeps the offered part of
            // what the driver accepted, and serves a driver without VIRTIO_F_VERSION_1 (one that
            // writes only the low 32 feature bits, as small kernels do) all the same.
            driverFeatures &= offeredFeatures();
        }
        status = value | (status & STATUS_DEVICE_NEEDS_RESET);
        useRingFeatures();
        if ((value & STATUS_DRIVER_OK) != 0) {
            device.driverOk(negotiatedFeatures());
        }
    }

    /**
     * What QEMU 7.2's transport offers with every device: indirect descriptors and event indices;
     * on the legacy transport also NOTIFY_ON_EMPTY and ANY_LAYOUT, on the modern one VERSION_1 and
     * RING_RESET.
     * The device adds its own and may withdraw some.
     */
    private long offeredFeatures() {
        long transport = F_INDIRECT_DESC | F_EVENT_IDX | (legacy ? F_NOTIFY_ON_EMPTY | F_ANY_LAYOUT : F_VERSION_1 | F_RING_RESET);
        long features = device.features(transport);
        return legacy ? features & 0xFFFF_FFFFL : features;
    }

    /** The features in force: a legacy driver's as soon as written (4.2.4), a modern one's from FEATURES_OK. */
    private long negotiatedFeatures() {
        return legacy || (status & STATUS_FEATURES_OK) != 0 ? driverFeatures : 0;
    }

    private void useRingFeatures() {
        long features = negotiatedFeatures();
        for (Virtqueue queue : queues) {
            queue.useFeatures((features & F_EVENT_IDX) != 0, (features & F_NOTIFY_ON_EMPTY) != 0);
        }
    }

    private void setAddress(Virtqueue queue, int which, boolean high, int value) {
        if (legacy || queue == null || queue.isReady()) {
            return; // 4.2.2.3: addresses may only change while the queue is not ready
        }
        long[] addresses = {queue.descriptorTable(), queue.availableRing(), queue.usedRing()};
        long old = addresses[which];
        addresses[which] = high
                ? (old & 0xFFFF_FFFFL) | ((long) value << 32)
                : (old & 0xFFFF_FFFF_0000_0000L) | (value & 0xFFFF_FFFFL);
        queue.setAddresses(addresses[0], addresses[1], addresses[2]);
    }

    /** Legacy queue layout (4.2.4 and 2.7.2's legacy interface): one page-aligned block. */
    private void setLegacyPfn(Virtqueue queue, int pfn) {
        legacyPfn[queueSelect] = pfn;
        if (pfn == 0) {
            queue.setReady(false);
            return;
        }
        int size = queue.size();
        long align = legacyAlign[queueSelect] == 0 ? 4096 : legacyAlign[queueSelect] & 0xFFFF_FFFFL;
        if (!queue.hasValidSize() || Long.bitCount(align) != 1) {
            needsReset("legacy queue " + queueSelect + " has size " + size + " and alignment " + align);
            return;
        }
        long descriptors = (pfn & 0xFFFF_FFFFL) * legacyPageSize;
        long available = descriptors + (long) Virtqueue.DESCRIPTOR_SIZE * size;
        long used = (available + 6 + 2L * size + align - 1) & -align;
        queue.setAddresses(descriptors, available, used);
        queue.setReady(true);
    }

    private void notifyQueue(int index) {
        if (index >= queues.length || (status & STATUS_DRIVER_OK) == 0
                || (status & STATUS_DEVICE_NEEDS_RESET) != 0 || !queues[index].isReady()) {
            return;
        }
        guarded(() -> device.queueNotified(index, queues[index]));
    }

    /**
     * Runs device work, then interrupts if a queue's used buffers call for it; a guest-memory
     * fault or malformed ring puts the device in DEVICE_NEEDS_RESET.
     */
    private void guarded(Runnable work) {
        try {
            work.run();
            boolean interrupt = false;
            for (Virtqueue queue : queues) {
                interrupt |= queue.takeInterrupt();
            }
            if (interrupt) {
                interruptStatus |= INTERRUPT_USED_BUFFER;
                updateIrq();
            }
        } catch (BusErrorException | VirtqueueException | IndexOutOfBoundsException e) {
            needsReset(e.getMessage());
        }
    }

    /** 2.1.2: the device stops and tells the driver through a configuration-change interrupt. */
    private void needsReset(String why) {
        if ((status & STATUS_DEVICE_NEEDS_RESET) == 0) {
            DeviceLog.get().log(System.Logger.Level.WARNING, "{0}: device needs reset: {1}", name, why);
        }
        status |= STATUS_DEVICE_NEEDS_RESET;
        interruptStatus |= INTERRUPT_CONFIG_CHANGE;
        updateIrq();
    }

    private void reset() {
        status = 0;
        deviceFeaturesSelect = 0;
        driverFeaturesSelect = 0;
        driverFeatures = 0;
        queueSelect = 0;
        interruptStatus = 0;
        for (int i = 0; i < queues.length; i++) {
            queues[i].reset();
            legacyAlign[i] = 0;
            legacyPfn[i] = 0;
        }
        if (device != null) {
            device.reset();
        }
        updateIrq();
    }

    /**
     * Sections {@code virtioN}, then {@code virtioN.queueM} per queue, then {@code virtioN.device}
     * (only when a device is attached). The device ID and layout are written so that a state is
     * never restored into a slot holding another kind of device.
     */
    @Override
    public void saveState(StateWriter out) {
        out.section(name);
        out.putInt("deviceId", device == null ? 0 : device.deviceId());
        out.putBoolean("legacy", legacy);
        out.putInt("queues", queues.length);
        out.putInt("status", status);
        out.putInt("deviceFeaturesSelect", deviceFeaturesSelect);
        out.putInt("driverFeaturesSelect", driverFeaturesSelect);
        out.putLong("driverFeatures", driverFeatures);
        out.putInt("queueSelect", queueSelect);
        out.putInt("interruptStatus", interruptStatus);
        out.putInt("configGeneration", configGeneration);
        out.putLong("legacyPageSize", legacyPageSize);
        out.putInts("legacyAlign", legacyAlign);
        out.putInts("legacyPfn", legacyPfn);
        for (int i = 0; i < queues.length; i++) {
            out.section(name + ".queue" + i);
            queues[i].saveState(out);
        }
        if (device != null) {
            out.section(name + ".device");
            device.saveState(out);
        }
    }

    @Override
    public void restoreState(StateReader in) throws SnapshotException {
        in.section(name);
        int id = in.getInt("deviceId");
        int ownId = device == null ? 0 : device.deviceId();
        if (id != ownId) {
            throw StateArrays.invalid(name, "deviceId", "is " + id + " but this slot holds device " + ownId
                    + " (0 is an empty slot)");
        }
        boolean wasLegacy = in.getBoolean("legacy");
        if (wasLegacy != legacy) {
            throw StateArrays.invalid(name, "legacy", "says " + (wasLegacy ? "legacy" : "modern")
                    + " but this transport is " + (legacy ? "legacy" : "modern"));
        }
        int count = in.getInt("queues");
        if (count != queues.length) {
            throw StateArrays.invalid(name, "queues", "is " + count + " but this device has " + queues.length);
        }
        int newStatus = in.getInt("status");
        if ((newStatus & ~0xFF) != 0) {
            throw StateArrays.invalid(name, "status", "is " + newStatus + ", wider than the 8-bit status");
        }
        int newDeviceFeaturesSelect = in.getInt("deviceFeaturesSelect");
        int newDriverFeaturesSelect = in.getInt("driverFeaturesSelect");
        long newDriverFeatures = in.getLong("driverFeatures");
        int newQueueSelect = in.getInt("queueSelect");
        int newInterruptStatus = in.getInt("interruptStatus");
        if ((newInterruptStatus & ~(INTERRUPT_USED_BUFFER | INTERRUPT_CONFIG_CHANGE)) != 0) {
            throw StateArrays.invalid(name, "interruptStatus", "is " + newInterruptStatus + ", beyond bits 0 and 1");
        }
        int newConfigGeneration = in.getInt("configGeneration");
        long newLegacyPageSize = in.getLong("legacyPageSize");
        int[] align = StateArrays.ints(in, name, "legacyAlign", queues.length);
        int[] pfn = StateArrays.ints(in, name, "legacyPfn", queues.length);
        for (int i = 0; i < queues.length; i++) {
            in.section(name + ".queue" + i);
            queues[i].restoreState(in);
        }
        if (device != null) {
            in.section(name + ".device");
            device.restoreState(in);
        }
        status = newStatus;
        deviceFeaturesSelect = newDeviceFeaturesSelect;
        driverFeaturesSelect = newDriverFeaturesSelect;
        driverFeatures = newDriverFeatures;
        queueSelect = newQueueSelect;
        interruptStatus = newInterruptStatus;
        configGeneration = newConfigGeneration;
        legacyPageSize = newLegacyPageSize;
        System.arraycopy(align, 0, legacyAlign, 0, align.length);
        System.arraycopy(pfn, 0, legacyPfn, 0, pfn.length);
        useRingFeatures();
        irqLevel = interruptStatus != 0;
        irq.set(irqLevel);
    }

    private Virtqueue selectedQueue() {
        return queueSelect >= 0 && queueSelect < queues.length ? queues[queueSelect] : null;
    }

    private void updateIrq() {
        boolean level = interruptStatus != 0;
        if (level != irqLevel) {
            irqLevel = level;
            irq.set(level);
        }
    }
}
