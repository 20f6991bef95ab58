package io.guestlab.emulator.board;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import io.guestlab.emulator.devices.DiskMode;
import java.nio.file.Path;
import java.util.List;
import org.junit.Test;

/** Where virtio devices land: QEMU's virt fills the highest free virtio-mmio-bus.N unless told a bus. */
public class VirtioSlotsTest {

    private static Drive drive(String name, Integer bus) {
        return new Drive(Path.of("/disks/" + name), DiskMode.COPY_ON_WRITE, bus);
    }

    @Test
    public void devicesWithoutABusTakeTheHighestFreeTransportInOrder() {
        VirtBoardConfig config = VirtBoardConfig.defaults().withDrives(List.of(drive("a.img", null), drive("b.img", null)))
                .withRng(0L);
        VirtioSlots slots = VirtioSlots.of(config);
        assertEquals(7, slots.drive(0));
        assertEquals(6, slots.drive(1));
        assertEquals(5, slots.rng());
    }

    @Test
    public void aDriveOnBusZeroStaysThereAndOthersGoAroundIt() {
        VirtBoardConfig config = VirtBoardConfig.defaults()
                .withDrives(List.of(drive("auto.img", null), drive("fs.img", 0), drive("top.img", 7))).withRng(1L);
        VirtioSlots slots = VirtioSlots.of(config);
        assertEquals(6, slots.drive(0));
        assertEquals(0, slots.drive(1));
        assertEquals(7, slots.drive(2));
        assertEquals(5, slots.rng());
        assertEquals(0, VirtioSlots.of(config.withDrives(List.of(drive("x.img", null))).withRngBus(0)).rng());
    }

    @Test
    public void twoDevicesOnOneBusAreRefusedNamingBoth() {
        try {
            VirtBoardConfig.defaults().withDrives(List.of(drive("fs.img", 0))).withRng(0L).withRngBus(0);
            fail("accepted two devices on bus 0");
        } catch (IllegalArgumentException e) {
            assertEquals("the rng asks for virtio-mmio-bus.0, which drive 0 (fs.img) already has", e.getMessage());
        }
    }

    @Test
    public void aBusBeyondTheBoardIsRefused() {
        try {
            drive("fs.img", 8);
            fail("accepted bus 8");
        } catch (IllegalArgumentException e) {
            assertEquals("drive /disks/fs.img: virtio-mmio-bus.8 does not exist (the virt board has virtio-mmio-bus.0 to"
                    + " virtio-mmio-bus.7)", e.getMessage());
        }
    }
}
