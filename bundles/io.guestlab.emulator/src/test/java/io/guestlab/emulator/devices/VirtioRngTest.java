package io.guestlab.emulator.devices;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import io.guestlab.emulator.devices.GuestVirtioDriver.Buffer;
import io.guestlab.emulator.devices.GuestVirtioDriver.Used;
import java.util.Arrays;
import java.util.List;
import org.junit.Test;

public class VirtioRngTest {

    private static final long RAM = 0x8000_0000L;

    /** Runs a fresh machine with an rng of {@code seed} and returns the 256 bytes the guest gets. */
    private static byte[] entropy(long seed) {
        ByteArrayMemory memory = new ByteArrayMemory(RAM, 0x10000);
        VirtioMmio transport = new VirtioMmio("virtio0", VirtioRng.seeded(seed), memory,
                new WireProbe(), false);
        GuestVirtioDriver driver = new GuestVirtioDriver(transport, memory);
        driver.initialise(VirtioMmio.F_VERSION_1, 1);
        int head = driver.post(0, new Buffer(RAM + 0x8000, 256, true));
        driver.notify(0);
        assertEquals(List.of(new Used(head, 256)), driver.takeUsed(0));
        return Arrays.copyOfRange(memory.bytes, 0x8000, 0x8100);
    }

    @Test
    public void sameSeedGivesTheSameBytes() {
        assertArrayEquals(entropy(42), entropy(42));
    }

    @Test
    public void hostEntropyFillsBuffers() {
        ByteArrayMemory memory = new ByteArrayMemory(RAM, 0x10000);
        VirtioMmio transport = new VirtioMmio("virtio0", VirtioRng.hostEntropy(), memory, new WireProbe(), false);
        GuestVirtioDriver driver = new GuestVirtioDriver(transport, memory);
        driver.initialise(VirtioMmio.F_VERSION_1, 1);
        driver.post(0, new Buffer(RAM + 0x8000, 64, true));
        driver.notify(0);
        assertEquals(1, driver.takeUsed(0).size());
        assertFalse(Arrays.equals(new byte[64], Arrays.copyOfRange(memory.bytes, 0x8000, 0x8040)));
    }

    @Test
    public void differentSeedsGiveDifferentBytes() {
        assertFalse(Arrays.equals(entropy(42), entropy(43)));
        assertFalse("the buffer was filled", Arrays.equals(new byte[256], entropy(42)));
    }
}
