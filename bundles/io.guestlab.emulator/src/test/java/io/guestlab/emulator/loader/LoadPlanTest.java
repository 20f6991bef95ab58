package io.guestlab.emulator.loader;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import io.guestlab.emulator.bus.Bus;
import io.guestlab.emulator.bus.Ram;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

/** Placement checks of boot images: RAM bounds, overlaps (adjacent is fine), zero fill. */
public class LoadPlanTest {

    private static final long BASE = 0x8000_0000L;

    private static BootImage image(String role, String file, long address, int fileBytes, long memoryBytes) {
        byte[] bytes = new byte[fileBytes];
        java.util.Arrays.fill(bytes, (byte) 0xAB);
        return new BootImage(role, Path.of(file), List.of(new BootImage.Chunk(address, bytes, memoryBytes)), address,
                Optional.empty());
    }

    private static String refusal(LoadPlan plan, BootImage image) {
        try {
            plan.add(image);
        } catch (BootImageException e) {
            return e.getMessage();
        }
        fail("accepted " + image.file());
        return null;
    }

    @Test
    public void adjacentImagesFitAndOverlappingOnesAreNamed() throws Exception {
        LoadPlan plan = new LoadPlan(BASE, 1 << 20);
        plan.add(image("firmware", "fw.bin", BASE, 16, 0x1000));
        plan.add(image("kernel", "k.bin", BASE + 0x1000, 16, 0x1000));
        assertEquals("kernel k2.bin (0x80001fff..0x80002fff) overlaps kernel k.bin (0x80001000..0x80002000)",
                refusal(plan, image("kernel", "k2.bin", BASE + 0x1fff, 16, 0x1000)));
        assertEquals(2, plan.regions().size());
    }

    @Test
    public void imagesOutsideRamAreRefusedWithSizes() {
        LoadPlan plan = new LoadPlan(BASE, 1 << 20);
        assertEquals("kernel k.bin (0x800ff000..0x80100400, 5 KiB) does not fit in RAM 0x80000000..0x80100000 (1 MiB)",
                refusal(plan, image("kernel", "k.bin", BASE + 0xff000, 16, 0x1400)));
        assertEquals("kernel low.bin (0x7ffff000..0x80000000, 4 KiB) does not fit in RAM 0x80000000..0x80100000 (1 MiB)",
                refusal(plan, image("kernel", "low.bin", BASE - 0x1000, 16, 0x1000)));
    }

    @Test
    public void writingCopiesTheFileBytesAndZeroFillsTheRest() throws Exception {
        Ram ram = new Ram(BASE, 1 << 20);
        Bus bus = new Bus(ram);
        byte[] stale = new byte[1 << 20];
        java.util.Arrays.fill(stale, (byte) 0x55); // stale contents must be overwritten
        ram.write(0, stale, 0, stale.length);
        LoadPlan plan = new LoadPlan(BASE, 1 << 20);
        plan.add(image("kernel", "k.bin", BASE + 8, 3, 6));
        plan.writeTo(bus);
        byte[] seen = new byte[10];
        bus.read(BASE + 6, seen, 0, seen.length);
        assertArrayEquals(new byte[] {0x55, 0x55, (byte) 0xAB, (byte) 0xAB, (byte) 0xAB, 0, 0, 0, 0x55, 0x55}, seen);
    }
}
