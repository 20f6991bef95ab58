package io.guestlab.emulator.devices;

import static org.junit.Assert.fail;

import io.guestlab.emulator.bus.Device;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * No guest register access may throw into the hart: every device survives random reads and writes
 * of every size at offsets throughout its window, including after a driver has set it up.
 */
public class GuestRegisterAccessTest {

    private static final int[] SIZES = {1, 2, 4, 8};

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void randomAccessesNeverThrow() throws IOException {
        Path image = folder.newFile("disk.img").toPath();
        Files.write(image, new byte[4096]);
        ByteArrayMemory memory = new ByteArrayMemory(0x8000_0000L, 0x10000);
        VirtualClock clock = new VirtualClock(10);
        List<Device> devices;
        try (DiskImage disk = DiskImage.open(image, DiskMode.COPY_ON_WRITE)) {
            devices = List.of(
                    new Clint(clock, WireProbe.array(2), WireProbe.array(2)),
                    new Plic(96, WireProbe.array(4)),
                    new Uart16550(ByteSink.DISCARD, new WireProbe()),
                    new SifiveTest(request -> { }),
                    new GoldfishRtc(clock, 0, new WireProbe()),
                    new VirtioMmio("blk", new VirtioBlk(disk, BlockSettings.DEFAULT.withSerial("d")), memory, new WireProbe(), false),
                    new VirtioMmio("rng", new VirtioRng(new SplittableRandom(3)), memory, new WireProbe(), true),
                    new VirtioMmio("con", new VirtioConsole(ByteSink.DISCARD), memory, new WireProbe(), false),
                    new VirtioMmio("empty", null, memory, new WireProbe(), false));
            SplittableRandom random = new SplittableRandom(20261126);
            for (Device device : devices) {
                long window = device instanceof Plic ? 0x60_0000 : device instanceof Clint ? 0x1_0000 : 0x1000;
                for (int i = 0; i < 200_000; i++) {
                    // Bias towards low offsets where the registers are, but cover the window and,
                    // rarely, offsets no bus would pass (beyond the window, negative).
                    int pick = random.nextInt(100);
                    long offset = pick < 50 ? random.nextLong(0x200) : pick < 98 ? random.nextLong(window) : random.nextLong();
                    int size = SIZES[random.nextInt(SIZES.length)];
                    long value = random.nextInt(4) == 0 ? random.nextLong() : random.nextLong(16);
                    clock.retire(1);
                    try {
                        if (random.nextBoolean()) {
                            device.read(offset, size);
                        } else if (!(device instanceof SifiveTest) || random.nextInt(100) == 0) {
                            device.write(offset, size, value);
                        }
                    } catch (RuntimeException e) {
                        fail(String.format("%s threw on a %d-byte access at 0x%x (value 0x%x): %s",
                                device.name(), size, offset, value, e));
                    }
                }
            }
        }
    }

    @Test
    public void garbageInVirtqueuesNeverThrows() throws IOException {
        Path image = folder.newFile("garbage.img").toPath();
        Files.write(image, new byte[64 * 512]);
        ByteArrayMemory memory = new ByteArrayMemory(0x8000_0000L, 0x10000);
        SplittableRandom random = new SplittableRandom(4);
        try (DiskImage disk = DiskImage.open(image, DiskMode.COPY_ON_WRITE)) {
            List<VirtioDevice> devices = List.of(new VirtioBlk(disk, BlockSettings.DEFAULT.withSerial("g")), VirtioRng.seeded(1),
                    new VirtioConsole(ByteSink.DISCARD));
            for (VirtioDevice device : devices) {
                for (int round = 0; round < 300; round++) {
                    VirtioMmio transport = new VirtioMmio("fuzz", device, memory, new WireProbe(), false);
                    GuestVirtioDriver driver = new GuestVirtioDriver(transport, memory);
                    driver.initialise(VirtioMmio.F_VERSION_1, device.queueCount());
                    // Scribble over the rings and buffers, mostly with small numbers so that
                    // indices and lengths are often plausible.
                    for (int i = 0; i < 2000; i++) {
                        long at = memory.base + random.nextInt(memory.bytes.length - 8);
                        memory.writeLong(at, 2, random.nextInt(4) == 0 ? random.nextInt() : random.nextInt(16));
                    }
                    try {
                        for (int q = 0; q < device.queueCount(); q++) {
                            driver.notify(q);
                        }
                        transport.poll();
                    } catch (RuntimeException e) {
                        fail(device.getClass().getSimpleName() + " threw on a garbage ring in round " + round + ": " + e);
                    }
                }
            }
        }
    }
}
