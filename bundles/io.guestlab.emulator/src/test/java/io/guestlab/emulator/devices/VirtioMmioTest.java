package io.guestlab.emulator.devices;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.Test;

public class VirtioMmioTest {

    private static final long RAM = 0x8000_0000L;

    private final ByteArrayMemory memory = new ByteArrayMemory(RAM, 0x10000);
    private final WireProbe irq = new WireProbe();
    private final VirtioMmio transport = new VirtioMmio("virtio0", new VirtioRng(new SplittableRandom(1)),
            memory, irq, false);
    private final GuestVirtioDriver driver = new GuestVirtioDriver(transport, memory);

    @Test
    public void identifiesAsModernVirtioEntropyDevice() {
        assertEquals(0x7472_6976, driver.reg(VirtioMmio.MAGIC_VALUE));
        assertEquals(2, driver.reg(VirtioMmio.VERSION));
        assertEquals(VirtioRng.DEVICE_ID, driver.reg(VirtioMmio.DEVICE_ID));
        assertEquals(0x554D_4551, driver.reg(VirtioMmio.VENDOR_ID));
        driver.set(VirtioMmio.DEVICE_FEATURES_SEL, 1);
        assertEquals("VIRTIO_F_VERSION_1 and, as in QEMU 7.2, VIRTIO_F_RING_RESET", 0x101, driver.reg(VirtioMmio.DEVICE_FEATURES));
        driver.set(VirtioMmio.DEVICE_FEATURES_SEL, 2);
        assertEquals(0, driver.reg(VirtioMmio.DEVICE_FEATURES));
        driver.set(VirtioMmio.QUEUE_SEL, 0);
        assertEquals(VirtioMmio.QUEUE_MAX_SIZE, driver.reg(VirtioMmio.QUEUE_NUM_MAX));
        driver.set(VirtioMmio.QUEUE_SEL, 1);
        assertEquals("queue 1 does not exist", 0, driver.reg(VirtioMmio.QUEUE_NUM_MAX));
    }

    @Test
    public void emptySlotReportsDeviceIdZero() {
        VirtioMmio empty = new VirtioMmio("virtio7", null, memory, irq, false);
        assertEquals(0x7472_6976, empty.read(VirtioMmio.MAGIC_VALUE, 4));
        assertEquals(0, empty.read(VirtioMmio.DEVICE_ID, 4));
        empty.write(VirtioMmio.STATUS, 4, 1);
        assertEquals(0, empty.read(VirtioMmio.STATUS, 4));
    }

    @Test
    public void featuresOkIsKeptForADriverWithoutVersion1AsInQemu() {
        // xv6 and other small kernels write only the low 32 feature bits: QEMU accepts them.
        int status = driver.initialise(0, 1);
        assertTrue((status & VirtioMmio.STATUS_FEATURES_OK) != 0);
        assertTrue((status & VirtioMmio.STATUS_DRIVER_OK) != 0);
    }

    @Test
    public void featuresTheDeviceDidNotOfferAreDroppedNotRefused() {
        int status = driver.initialise(VirtioMmio.F_VERSION_1 | (1L << 40), 1);
        assertTrue((status & VirtioMmio.STATUS_FEATURES_OK) != 0);
        status = driver.initialise(VirtioMmio.F_VERSION_1, 1);
        assertTrue((status & VirtioMmio.STATUS_DRIVER_OK) != 0);
    }

    @Test
    public void eightByteAccessesAreTwo32BitOnesAndNarrowRegisterReadsAreZero() {
        assertEquals(0x0000_0002_7472_6976L, transport.read(VirtioMmio.MAGIC_VALUE, 8));
        assertEquals(0, transport.read(VirtioMmio.MAGIC_VALUE, 1));
        assertEquals(0, transport.read(VirtioMmio.MAGIC_VALUE, 2));
        transport.write(VirtioMmio.QUEUE_SEL, 8, 0x0000_0007_0000_0000L); // QUEUE_SEL 0, QUEUE_NUM_MAX (read-only) 7
        assertEquals(VirtioMmio.QUEUE_MAX_SIZE, transport.read(VirtioMmio.QUEUE_NUM_MAX, 4));
    }

    @Test
    public void configurationSpaceBeyondItsEndReadsAllOnes() {
        // The entropy device has no configuration space: every width reads all ones, as in QEMU.
        assertEquals(0xFF, transport.read(VirtioMmio.CONFIG, 1));
        assertEquals(0xFFFF, transport.read(VirtioMmio.CONFIG + 2, 2));
        assertEquals(0xFFFF_FFFFL, transport.read(VirtioMmio.CONFIG, 4));
        assertEquals(-1L, transport.read(VirtioMmio.CONFIG, 8));
    }

    @Test
    public void emptySlotReadsAsZeroButForMagicVersionAndVendor() {
        VirtioMmio empty = new VirtioMmio("virtio7", null, memory, irq, true);
        assertEquals(1, empty.read(VirtioMmio.VERSION, 4));
        assertEquals(VirtioMmio.VENDOR, empty.read(VirtioMmio.VENDOR_ID, 4));
        assertEquals(0, empty.read(VirtioMmio.SHM_LEN_LOW, 4));
        assertEquals(0, empty.read(VirtioMmio.CONFIG, 4));
        assertEquals(0, empty.read(VirtioMmio.QUEUE_NUM_MAX, 4));
        assertEquals("QEMU checks no width on an empty slot", 0x76, empty.read(VirtioMmio.MAGIC_VALUE, 1));
    }

    @Test
    public void legacyDriverFeaturesHaveNoHighWord() {
        VirtioMmio legacy = new VirtioMmio("virtio1", new VirtioRng(new SplittableRandom(1)), memory, irq, true);
        legacy.write(VirtioMmio.DEVICE_FEATURES_SEL, 4, 1);
        assertEquals("no VIRTIO_F_VERSION_1 on a legacy transport", 0, legacy.read(VirtioMmio.DEVICE_FEATURES, 4));
        legacy.write(VirtioMmio.STATUS, 4, 1 | 2);
        legacy.write(VirtioMmio.DRIVER_FEATURES_SEL, 4, 0);
        legacy.write(VirtioMmio.DRIVER_FEATURES, 4, (int) VirtioMmio.F_INDIRECT_DESC);
        legacy.write(VirtioMmio.STATUS, 4, 1 | 2 | 8);
        assertEquals(1 | 2 | 8, legacy.read(VirtioMmio.STATUS, 4));
    }

    @Test
    public void notifiedRequestIsServedIntoTheUsedRingWithAnInterrupt() {
        driver.initialise(VirtioMmio.F_VERSION_1, 1);
        int head = driver.post(0, new GuestVirtioDriver.Buffer(RAM + 0x8000, 64, true));
        assertFalse(irq.level);
        driver.notify(0);
        assertTrue(irq.level);
        assertEquals(List.of(new GuestVirtioDriver.Used(head, 64)), driver.takeUsed(0));
        driver.acknowledge(VirtioMmio.INTERRUPT_USED_BUFFER);
        assertFalse(irq.level);
    }

    @Test
    public void dmaOutsideGuestMemorySetsDeviceNeedsReset() {
        driver.initialise(VirtioMmio.F_VERSION_1, 1);
        driver.post(0, new GuestVirtioDriver.Buffer(0x4000_0000L, 64, true));
        driver.notify(0);
        assertTrue((driver.reg(VirtioMmio.STATUS) & VirtioMmio.STATUS_DEVICE_NEEDS_RESET) != 0);
        assertTrue(irq.level);
        driver.acknowledge(VirtioMmio.INTERRUPT_CONFIG_CHANGE);

        // A stopped device ignores further notifications until the driver resets it.
        driver.post(0, new GuestVirtioDriver.Buffer(RAM + 0x8000, 8, true));
        driver.notify(0);
        assertEquals(0, driver.reg(VirtioMmio.INTERRUPT_STATUS));

        driver.set(VirtioMmio.STATUS, 0);
        assertEquals(0, driver.reg(VirtioMmio.STATUS));
        driver.set(VirtioMmio.QUEUE_SEL, 0);
        assertEquals("reset un-readies the queues", 0, driver.reg(VirtioMmio.QUEUE_READY));
    }

    @Test
    public void ringsOutsideGuestMemorySetDeviceNeedsReset() {
        driver.set(VirtioMmio.STATUS, 0);
        driver.set(VirtioMmio.STATUS, 1 | 2);
        driver.set(VirtioMmio.DRIVER_FEATURES_SEL, 1);
        driver.set(VirtioMmio.DRIVER_FEATURES, 1);
        driver.set(VirtioMmio.STATUS, 1 | 2 | 8);
        driver.set(VirtioMmio.QUEUE_SEL, 0);
        driver.set(VirtioMmio.QUEUE_NUM, 8);
        driver.set(VirtioMmio.QUEUE_DRIVER_LOW, 0x1234_0000L);
        driver.set(VirtioMmio.QUEUE_READY, 1);
        driver.set(VirtioMmio.STATUS, 1 | 2 | 8 | 4);
        driver.notify(0);
        assertTrue((driver.reg(VirtioMmio.STATUS) & VirtioMmio.STATUS_DEVICE_NEEDS_RESET) != 0);
    }

    @Test
    public void queueSizeThatIsNotAPowerOfTwoIsRejected() {
        driver.set(VirtioMmio.QUEUE_SEL, 0);
        driver.set(VirtioMmio.QUEUE_NUM, 12);
        driver.set(VirtioMmio.QUEUE_READY, 1);
        assertEquals(0, driver.reg(VirtioMmio.QUEUE_READY));
        assertTrue((driver.reg(VirtioMmio.STATUS) & VirtioMmio.STATUS_DEVICE_NEEDS_RESET) != 0);
    }

    @Test
    public void queueAddressesReadAsZeroAsInQemuAndAreFrozenWhileReady() {
        driver.initialise(VirtioMmio.F_VERSION_1, 1);
        driver.set(VirtioMmio.QUEUE_SEL, 0);
        for (int register = VirtioMmio.QUEUE_DESC_LOW; register <= VirtioMmio.QUEUE_DEVICE_HIGH; register += 4) {
            assertEquals("register 0x" + Integer.toHexString(register), 0, driver.reg(register));
        }
        driver.set(VirtioMmio.QUEUE_DESC_LOW, 0x100);
        driver.set(VirtioMmio.QUEUE_RESET, 1); // QEMU 7.2 ignores QueueReset
        assertEquals(1, driver.reg(VirtioMmio.QUEUE_READY));
        int head = driver.post(0, new GuestVirtioDriver.Buffer(RAM + 0x3000, 4, true));
        driver.notify(0);
        assertEquals("the ready queue still uses its addresses", List.of(new GuestVirtioDriver.Used(head, 4)),
                driver.takeUsed(0));
    }

    @Test
    public void legacyTransportComputesTheRingLayoutFromThePfn() {
        VirtioMmio legacy = new VirtioMmio("virtio1", new VirtioRng(new SplittableRandom(1)), memory, irq, true);
        assertEquals(1, legacy.read(VirtioMmio.VERSION, 4));
        legacy.write(VirtioMmio.STATUS, 4, 1 | 2);
        legacy.write(VirtioMmio.LEGACY_GUEST_PAGE_SIZE, 4, 4096);
        legacy.write(VirtioMmio.QUEUE_SEL, 4, 0);
        legacy.write(VirtioMmio.QUEUE_NUM, 4, 8);
        legacy.write(VirtioMmio.LEGACY_QUEUE_ALIGN, 4, 4096);
        legacy.write(VirtioMmio.LEGACY_QUEUE_PFN, 4, RAM / 4096);
        legacy.write(VirtioMmio.STATUS, 4, 1 | 2 | 4);
        assertEquals(RAM / 4096, legacy.read(VirtioMmio.LEGACY_QUEUE_PFN, 4));

        // Descriptor 0 at the page start, available ring right after 8 descriptors, used ring on the next page.
        memory.writeLong(RAM, 8, RAM + 0x8000);
        memory.writeLong(RAM + 8, 4, 16);
        memory.writeLong(RAM + 12, 2, Virtqueue.DESC_F_WRITE);
        long available = RAM + 16 * 8;
        memory.writeLong(available + 4, 2, 0);
        memory.writeLong(available + 2, 2, 1);
        legacy.write(VirtioMmio.QUEUE_NOTIFY, 4, 0);
        long used = RAM + 4096;
        assertEquals(1, memory.readLong(used + 2, 2));
        assertEquals(16, memory.readLong(used + 8, 4));
        assertEquals(VirtioMmio.INTERRUPT_USED_BUFFER, legacy.read(VirtioMmio.INTERRUPT_STATUS, 4));
    }

    @Test
    public void wrongSizedAndUnknownRegisterAccessesAreHarmless() {
        assertEquals(0, transport.read(VirtioMmio.MAGIC_VALUE, 1));
        assertEquals(0, transport.read(0x0F0, 4));
        assertEquals(0, transport.read(VirtioMmio.QUEUE_NOTIFY, 4));
        transport.write(VirtioMmio.STATUS, 2, 1);
        transport.write(0x0F0, 4, 1);
        transport.write(VirtioMmio.QUEUE_NOTIFY, 4, 0xFFFF);
        assertEquals(0, driver.reg(VirtioMmio.STATUS));
        assertEquals("no shared memory regions", -1, driver.reg(VirtioMmio.SHM_LEN_LOW));
    }
}
