package io.guestlab.emulator.devices;


import static io.guestlab.emulator.devices.StateRoundTrip.assertRefused;
import static io.guestlab.emulator.devices.StateRoundTrip.assertSameReads;
import static io.guestlab.emulator.devices.StateRoundTrip.copy;
import static io.guestlab.emulator.devices.StateRoundTrip.save;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.guestlab.emulator.devices.GuestVirtioDriver.Buffer;
import io.guestlab.emulator.snapshot.StateWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * virtio-mmio transport and device state: a snapshot taken with a request made available but not
 * yet notified, restored into a fresh transport over a copy of guest RAM, must serve that request
 * exactly as the original does.
 */
public class VirtioStateTest {

    private static final long RAM = 0x8000_0000L;
    private static final int RAM_SIZE = 0x10000;

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    /** One machine's view: guest RAM, the transport and its interrupt wire. */
    private static final class Slot {
        final ByteArrayMemory memory;
        final WireProbe irq = new WireProbe();
        final VirtioMmio transport;

        Slot(VirtioDevice device, ByteArrayMemory memory) {
            this.memory = memory;
            this.transport = new VirtioMmio("virtio0", device, memory, irq, false);
        }

        /** A copy of this slot's RAM, as a restored machine would have it. */
        ByteArrayMemory ramCopy() {
            ByteArrayMemory copy = new ByteArrayMemory(RAM, RAM_SIZE);
            System.arraycopy(memory.bytes, 0, copy.bytes, 0, RAM_SIZE);
            return copy;
        }
    }

    private static final int[] TRANSPORT_REGISTERS = {VirtioMmio.STATUS, VirtioMmio.INTERRUPT_STATUS,
        VirtioMmio.QUEUE_READY, VirtioMmio.QUEUE_NUM_MAX, VirtioMmio.QUEUE_DESC_LOW, VirtioMmio.QUEUE_DRIVER_LOW,
        VirtioMmio.QUEUE_DEVICE_LOW, VirtioMmio.DEVICE_FEATURES, VirtioMmio.CONFIG_GENERATION, VirtioMmio.DEVICE_ID};

    private static void assertSameRegisters(Slot a, Slot b) {
        for (int register : TRANSPORT_REGISTERS) {
            assertSameReads(a.transport, b.transport, 4, register);
        }
    }

    /** Acknowledges, notifies queue {@code queue} on both and checks that guest RAM and wires agree. */
    private static void notifyBoth(Slot a, Slot b, int queue) {
        for (Slot s : new Slot[] {a, b}) {
            s.transport.write(VirtioMmio.INTERRUPT_ACK, 4, s.transport.read(VirtioMmio.INTERRUPT_STATUS, 4));
            s.transport.write(VirtioMmio.QUEUE_NOTIFY, 4, queue);
        }
        assertArrayEquals("guest RAM after serving the request", a.memory.bytes, b.memory.bytes);
        assertEquals(a.irq.level, b.irq.level);
        assertSameRegisters(a, b);
    }

    /**
     * Makes a chain available by guest-memory writes alone (no driver-side bookkeeping), so the
     * same call works on the original and on the restored RAM: descriptors 4..7 of the queue.
     */
    private static void post(ByteArrayMemory memory, int queue, Buffer... buffers) {
        long base = memory.base + 0x1000L * queue;
        long ring = base + 0x400;
        int head = 4;
        for (int i = 0; i < buffers.length; i++) {
            long descriptor = base + 16L * (head + i);
            int flags = (buffers[i].deviceWritable() ? Virtqueue.DESC_F_WRITE : 0)
                    | (i + 1 < buffers.length ? Virtqueue.DESC_F_NEXT : 0);
            memory.writeLong(descriptor, 8, buffers[i].address());
            memory.writeLong(descriptor + 8, 4, buffers[i].length());
            memory.writeLong(descriptor + 12, 2, flags);
            memory.writeLong(descriptor + 14, 2, head + i + 1);
        }
        int index = (int) memory.readLong(ring + 2, 2);
        memory.writeLong(ring + 4 + 2L * (index % GuestVirtioDriver.QUEUE_SIZE), 2, head);
        memory.writeLong(ring + 2, 2, (index + 1) & 0xFFFF);
    }

    private Path diskFile() throws IOException {
        Path file = folder.newFile("disk.img").toPath();
        byte[] image = new byte[16 * DiskImage.SECTOR_SIZE];
        for (int i = 0; i < image.length; i++) {
            image[i] = (byte) (i / DiskImage.SECTOR_SIZE);
        }
        Files.write(file, image);
        return file;
    }

    @Test
    public void blockRequestPendingAtTheSnapshotIsServedFromTheForkedDisk() throws Exception {
        Path file = diskFile();
        try (DiskImage diskA = DiskImage.open(file, DiskMode.COPY_ON_WRITE)) {
            Slot a = new Slot(new VirtioBlk(diskA, BlockSettings.DEFAULT.withSerial("disk0")), new ByteArrayMemory(RAM, RAM_SIZE));
            GuestVirtioDriver driver = new GuestVirtioDriver(a.transport, a.memory);
            driver.initialise(VirtioMmio.F_VERSION_1, 1);
            // request 1, served: write 0x5A into sector 2
            a.memory.writeLong(RAM + 0x4000, 4, VirtioBlk.T_OUT);
            a.memory.writeLong(RAM + 0x4008, 8, 2);
            Arrays.fill(a.memory.bytes, 0x5000, 0x5200, (byte) 0x5A);
            driver.post(0, new Buffer(RAM + 0x4000, 16, false), new Buffer(RAM + 0x5000, 512, false),
                    new Buffer(RAM + 0x6000, 1, true));
            driver.notify(0);
            // request 2, made available but not notified: read sector 2 back
            a.memory.writeLong(RAM + 0x4100, 4, VirtioBlk.T_IN);
            a.memory.writeLong(RAM + 0x4108, 8, 2);
            driver.post(0, new Buffer(RAM + 0x4100, 16, false), new Buffer(RAM + 0x7000, 512, true),
                    new Buffer(RAM + 0x6100, 1, true));
            assertTrue("request 1's interrupt is still pending", a.irq.level);

            try (DiskImage diskB = DiskImage.open(file, DiskMode.COPY_ON_WRITE, diskA.freeze())) {
                Slot b = new Slot(new VirtioBlk(diskB, BlockSettings.DEFAULT.withSerial("disk0")), a.ramCopy());
                copy(a.transport, b.transport);
                assertTrue("the restored transport raises the pending interrupt", b.irq.level);
                assertSameRegisters(a, b);

                notifyBoth(a, b, 0);
                byte[] expected = new byte[512];
                Arrays.fill(expected, (byte) 0x5A);
                assertArrayEquals("the fork read the sector written before the snapshot", expected,
                        Arrays.copyOfRange(b.memory.bytes, 0x7000, 0x7200));
                assertEquals(VirtioBlk.S_OK, b.memory.bytes[0x6100]);
                assertEquals("used index", 2, b.memory.readLong(RAM + 0x802, 2));
            }
        }
    }

    /** The signalled used index and the write-cache mode are state: without them the fork would interrupt, or cache, differently. */
    @Test
    public void eventIndexAndWriteCacheSurviveASnapshot() throws Exception {
        Path file = diskFile();
        try (DiskImage diskA = DiskImage.open(file, DiskMode.COPY_ON_WRITE);
             DiskImage diskB = DiskImage.open(file, DiskMode.COPY_ON_WRITE)) {
            Slot a = new Slot(new VirtioBlk(diskA, BlockSettings.DEFAULT.withSerial("disk0")), new ByteArrayMemory(RAM, RAM_SIZE));
            GuestVirtioDriver driver = new GuestVirtioDriver(a.transport, a.memory);
            driver.initialise(VirtioMmio.F_VERSION_1 | VirtioMmio.F_EVENT_IDX | VirtioBlk.F_CONFIG_WCE, 1);
            a.transport.write(VirtioMmio.CONFIG + VirtioBlk.CONFIG_WRITEBACK, 1, 0);
            a.memory.writeLong(RAM + 0x4000, 4, VirtioBlk.T_FLUSH);
            driver.post(0, new Buffer(RAM + 0x4000, 16, false), new Buffer(RAM + 0x6000, 1, true));
            driver.notify(0);
            assertTrue("the first used buffer is signalled", a.irq.level);
            a.memory.writeLong(RAM + 0x400 + 4 + 2L * GuestVirtioDriver.QUEUE_SIZE, 2, 50); // used_event far ahead
            post(a.memory, 0, new Buffer(RAM + 0x4000, 16, false), new Buffer(RAM + 0x6100, 1, true));

            Slot b = new Slot(new VirtioBlk(diskB, BlockSettings.DEFAULT.withSerial("disk0")), a.ramCopy());
            copy(a.transport, b.transport);
            assertSameReads(a.transport, b.transport, 1, VirtioMmio.CONFIG + VirtioBlk.CONFIG_WRITEBACK);
            assertEquals(0, b.transport.read(VirtioMmio.CONFIG + VirtioBlk.CONFIG_WRITEBACK, 1));
            notifyBoth(a, b, 0);
            assertFalse("used index 2 is not past used_event 50: no interrupt on either", b.irq.level);
        }
    }

    @Test
    public void seededEntropyContinuesItsStream() throws Exception {
        Slot a = new Slot(VirtioRng.seeded(7), new ByteArrayMemory(RAM, RAM_SIZE));
        GuestVirtioDriver driver = new GuestVirtioDriver(a.transport, a.memory);
        driver.initialise(VirtioMmio.F_VERSION_1, 1);
        driver.post(0, new Buffer(RAM + 0x8000, 64, true));
        driver.notify(0);
        driver.post(0, new Buffer(RAM + 0x8100, 64, true));

        Slot b = new Slot(VirtioRng.seeded(7), a.ramCopy());
        copy(a.transport, b.transport);
        notifyBoth(a, b, 0);
        assertFalse("the second request got fresh bytes, not the seed's first ones", Arrays.equals(
                Arrays.copyOfRange(b.memory.bytes, 0x8000, 0x8040), Arrays.copyOfRange(b.memory.bytes, 0x8100, 0x8140)));

        post(a.memory, 0, new Buffer(RAM + 0x8200, 100, true));
        post(b.memory, 0, new Buffer(RAM + 0x8200, 100, true));
        notifyBoth(a, b, 0);
    }

    @Test
    public void consoleInputQueuedAtTheSnapshotIsDeliveredAfterTheRestore() throws Exception {
        VirtioConsole consoleA = new VirtioConsole(b -> { });
        Slot a = new Slot(consoleA, new ByteArrayMemory(RAM, RAM_SIZE));
        new GuestVirtioDriver(a.transport, a.memory).initialise(VirtioMmio.F_VERSION_1, 2);
        consoleA.hostInput("hello".getBytes(StandardCharsets.US_ASCII));
        a.transport.poll(); // no receive buffer yet: the input stays queued

        StringBuilder output = new StringBuilder();
        Slot b = new Slot(new VirtioConsole(c -> output.append((char) c)), a.ramCopy());
        copy(a.transport, b.transport);
        for (Slot s : new Slot[] {a, b}) {
            post(s.memory, VirtioConsole.RECEIVE_QUEUE, new Buffer(RAM + 0x9000, 64, true));
            s.transport.poll();
        }
        assertArrayEquals(a.memory.bytes, b.memory.bytes);
        assertEquals("hello", new String(b.memory.bytes, 0x9000, 5, StandardCharsets.US_ASCII));
        assertTrue(b.irq.level);

        b.transport.write(VirtioMmio.CONFIG + VirtioConsole.CONFIG_EMERG_WR, 4, '!');
        assertEquals("the restored console writes to its own sink", "!", output.toString());
    }

    @Test
    public void legacyTransportAndEmptySlotRoundTrip() throws Exception {
        ByteArrayMemory memory = new ByteArrayMemory(RAM, RAM_SIZE);
        VirtioMmio legacyA = new VirtioMmio("virtio3", VirtioRng.seeded(1), memory, new WireProbe(), true);
        legacyA.write(VirtioMmio.STATUS, 4, VirtioMmio.STATUS_ACKNOWLEDGE | VirtioMmio.STATUS_DRIVER);
        legacyA.write(VirtioMmio.LEGACY_GUEST_PAGE_SIZE, 4, 4096);
        legacyA.write(VirtioMmio.QUEUE_NUM, 4, 16);
        legacyA.write(VirtioMmio.LEGACY_QUEUE_ALIGN, 4, 4096);
        legacyA.write(VirtioMmio.LEGACY_QUEUE_PFN, 4, (int) ((RAM + 0x2000) >>> 12));
        VirtioMmio legacyB = new VirtioMmio("virtio3", VirtioRng.seeded(1), memory, new WireProbe(), true);
        copy(legacyA, legacyB);
        assertSameReads(legacyA, legacyB, 4, VirtioMmio.VERSION, VirtioMmio.LEGACY_QUEUE_PFN, VirtioMmio.STATUS,
                VirtioMmio.QUEUE_NUM_MAX);

        VirtioMmio emptyA = new VirtioMmio("virtio7", null, memory, new WireProbe(), false);
        copy(emptyA, new VirtioMmio("virtio7", null, memory, new WireProbe(), false));
    }

    @Test
    public void stateOfAnotherShapeIsRefusedNamingTheField() throws Exception {
        ByteArrayMemory memory = new ByteArrayMemory(RAM, RAM_SIZE);
        VirtioMmio rng = new VirtioMmio("virtio0", VirtioRng.seeded(1), memory, new WireProbe(), false);
        VirtioMmio console = new VirtioMmio("virtio0", new VirtioConsole(b -> { }), memory, new WireProbe(), false);
        assertRefused(rng, save(console), "virtio0.deviceId");
        VirtioMmio legacy = new VirtioMmio("virtio0", VirtioRng.seeded(1), memory, new WireProbe(), true);
        assertRefused(rng, save(legacy), "virtio0.legacy");
        VirtioMmio hostRng = new VirtioMmio("virtio0", VirtioRng.hostEntropy(), memory, new WireProbe(), false);
        assertRefused(hostRng, save(rng), "virtio-rng.generator");

        Virtqueue queue = new Virtqueue(memory, 256);
        StateWriter readyWithBadSize = new StateWriter().putInt("maxSize", 256).putInt("size", 12)
                .putLong("descriptorTable", RAM).putLong("availableRing", RAM + 0x400).putLong("usedRing", RAM + 0x800)
                .putBoolean("ready", true).putInt("lastAvailableIndex", 0).putInt("usedIndex", 0)
                .putInt("signalledUsed", 0).putBoolean("signalledUsedValid", false);
        assertRefused(queue, readyWithBadSize.toByteArray(), "virtqueue.size");
        assertRefused(new Virtqueue(memory, 128), save(new Virtqueue(memory, 256)), "virtqueue.maxSize");
    }
}
