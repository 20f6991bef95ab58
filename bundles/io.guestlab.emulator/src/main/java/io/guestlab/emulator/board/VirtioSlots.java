package io.guestlab.emulator.board;

import java.util.Arrays;
import java.util.List;

/**
 * Which virtio-mmio transport each of a configuration's virtio devices sits on. A device with a
 * bus keeps it; the others take the highest free transport in order (disks, then the entropy
 * device), as QEMU's virt plugs a {@code -device} without {@code bus=} into the highest free
 * {@code virtio-mmio-bus.N} (its buses are listed in reverse creation order).
 */
public final class VirtioSlots {

    private final int[] driveSlots;
    private final int rngSlot;

    private VirtioSlots(int[] driveSlots, int rngSlot) {
        this.driveSlots = driveSlots;
        this.rngSlot = rngSlot;
    }

    /**
     * @throws IllegalArgumentException when two devices ask for one transport or there are more
     *                                  devices than transports (the message names them)
     */
    public static VirtioSlots of(VirtBoardConfig config) {
        return of(config.drives(), config.rngSeed() != null, config.rngBus());
    }

    static VirtioSlots of(List<Drive> driveList, boolean hasRng, Integer rngBus) {
        String[] owner = new String[VirtMemoryMap.VIRTIO_COUNT];
        int n = driveList.size();
        int[] drives = new int[n];
        Arrays.fill(drives, -1);
        for (int i = 0; i < n; i++) {
            Integer bus = driveList.get(i).bus();
            if (bus != null) {
                drives[i] = take(owner, bus, "drive " + i + " (" + driveList.get(i).file().getFileName() + ")");
            }
        }
        int rng = -1;
        if (hasRng && rngBus != null) {
            rng = take(owner, rngBus, "the rng");
        }
        for (int i = 0; i < n; i++) {
            if (drives[i] < 0) {
                drives[i] = take(owner, highestFree(owner), "drive " + i + " (" + driveList.get(i).file().getFileName() + ")");
            }
        }
        if (hasRng && rng < 0) {
            rng = take(owner, highestFree(owner), "the rng");
        }
        return new VirtioSlots(drives, rng);
    }

    /** The transport of drive {@code i}. */
    public int drive(int i) {
        return driveSlots[i];
    }

    /** The entropy device's transport, or -1 without one. */
    public int rng() {
        return rngSlot;
    }

    /** Checks a bus number given by a user; null (the board chooses) is fine. */
    /** QEMU's name prefix of the virt board's virtio-mmio transports. */
    public static final String BUS_PREFIX = "virtio-mmio-bus.";

    /**
     * A transport named as {@code N} or as QEMU's {@code virtio-mmio-bus.N}.
     *
     * @throws IllegalArgumentException when it names none of the board's transports
     */
    public static int parseBus(String text) {
        String n = text.startsWith(BUS_PREFIX) ? text.substring(BUS_PREFIX.length()) : text;
        try {
            int bus = Integer.parseInt(n);
            if (bus >= 0 && bus < VirtMemoryMap.VIRTIO_COUNT) {
                return bus;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("'" + text + "' is not a virtio-mmio bus: the virt board has " + BUS_PREFIX
                + "0 to " + BUS_PREFIX + (VirtMemoryMap.VIRTIO_COUNT - 1) + " (or 0 to " + (VirtMemoryMap.VIRTIO_COUNT - 1) + ")");
    }

    static void checkBus(Integer bus, String what) {
        if (bus != null && (bus < 0 || bus >= VirtMemoryMap.VIRTIO_COUNT)) {
            throw new IllegalArgumentException(what + ": virtio-mmio-bus." + bus + " does not exist (the virt board has "
                    + "virtio-mmio-bus.0 to virtio-mmio-bus." + (VirtMemoryMap.VIRTIO_COUNT - 1) + ")");
        }
    }

    private static int highestFree(String[] owner) {
        for (int slot = owner.length - 1; slot >= 0; slot--) {
            if (owner[slot] == null) {
                return slot;
            }
        }
        return -1;
    }

    private static int take(String[] owner, int slot, String who) {
        if (slot < 0) {
            throw new IllegalArgumentException("the virt board has room for " + VirtMemoryMap.VIRTIO_COUNT
                    + " virtio devices; " + who + " does not fit");
        }
        if (owner[slot] != null) {
            throw new IllegalArgumentException(who + " asks for virtio-mmio-bus." + slot + ", which " + owner[slot]
                    + " already has");
        }
        owner[slot] = who;
        return slot;
    }
}
