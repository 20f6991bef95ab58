package io.guestlab.emulator.board;

import io.guestlab.emulator.MachineConfig;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What to boot on the virt board, the way a QEMU command line says it: {@code -smp}, {@code -m},
 * {@code -bios}, {@code -kernel}, {@code -initrd}, {@code -append} and {@code -drive}. Bad values
 * are refused when the record is made, combinations QEMU refuses by {@link #checkBootable()}.
 *
 * @param harts        1..{@link VirtMemoryMap#MAX_HARTS}
 * @param memoryBytes  DRAM size, a multiple of 4 KiB up to {@link MachineConfig#MAX_RAM_SIZE}
 * @param bios         firmware loaded at the start of DRAM, or null for none ({@code -bios none})
 * @param kernel       the next stage (an ELF, or a raw image placed after the firmware), or null
 * @param initrd       an initial RAM disk for the kernel, or null
 * @param append       the kernel command line (device tree {@code /chosen/bootargs}), empty for none
 * @param drives       virtio-blk disks, at most {@link VirtMemoryMap#VIRTIO_COUNT}
 * @param legacyVirtio present virtio-mmio version 1 transports instead of version 2
 * @param hostTime     time follows the host's clock (interactive) instead of retired instructions
 *                     (deterministic, the default)
 * @param semihosting  whether semihosting calls are answered, and the host folder files may come from
 * @param rngSeed      a virtio entropy device (QEMU's {@code -device virtio-rng-device}) whose bytes
 *                     come from this seed, so runs repeat (from the host's entropy with host time);
 *                     null for none
 * @param rngBus       the virtio-mmio transport of the entropy device, or null for the highest free
 *                     one after the drives' (see {@link VirtioSlots})
 * @param dtb          a device tree blob to boot instead of the generated one (QEMU's {@code -dtb}),
 *                     placed as QEMU places its own; null for the generated one
 * @param flash0       the image in flash bank 0 (QEMU's {@code -drive if=pflash,unit=0}), where the
 *                     harts start when there is one; null: the bank is blank
 * @param flash1       the image in flash bank 1 (unit 1), where the firmware hands over (its next
 *                     stage, S-mode) instead of to a kernel; null: the bank is blank
 * @param loaders      QEMU's {@code -device loader}s: images, values and start addresses, in order
 */
public record VirtBoardConfig(int harts, long memoryBytes, Path bios, Path kernel, Path initrd, String append,
                              List<Drive> drives, boolean legacyVirtio, boolean hostTime,
                              Semihosting semihosting, Long rngSeed, Integer rngBus, Path dtb, FlashImage flash0,
                              FlashImage flash1, List<GenericLoader> loaders) {

    /** What QEMU 7.2 on Debian boots when no -bios is given: OpenSBI's fw_dynamic. */
    public static final Path DEFAULT_BIOS = Path.of("/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_dynamic.bin");

    /** QEMU virt's default memory size. */
    public static final long DEFAULT_MEMORY = 128L << 20;

    /** Why the board cannot have {@code bytes} of RAM, or null if it can: what every front end checks. */
    public static String memoryProblem(long bytes) {
        if (bytes < (2L << 20) || bytes > MachineConfig.MAX_RAM_SIZE || bytes % 4096 != 0) {
            return "memory size must be a multiple of 4 KiB from 2 MiB to " + (MachineConfig.MAX_RAM_SIZE >> 30)
                    + " GiB, not " + bytes + " bytes";
        }
        return null;
    }

    public VirtBoardConfig {
        if (harts < 1 || harts > VirtMemoryMap.MAX_HARTS) {
            throw new IllegalArgumentException("the virt board has 1 to " + VirtMemoryMap.MAX_HARTS + " harts, not " + harts);
        }
        String memoryProblem = memoryProblem(memoryBytes);
        if (memoryProblem != null) {
            throw new IllegalArgumentException(memoryProblem);
        }
        append = append == null ? "" : append;
        semihosting = semihosting == null ? Semihosting.OFF : semihosting;
        drives = drives == null ? List.of() : List.copyOf(drives);
        loaders = loaders == null ? List.of() : List.copyOf(loaders);
        for (GenericLoader loader : loaders) {
            if (loader.hart() >= harts) {
                throw new IllegalArgumentException("loader " + loader + ": there is no hart " + loader.hart()
                        + " (the board has " + harts + ")");
            }
        }
        if (drives.size() + (rngSeed != null ? 1 : 0) > VirtMemoryMap.VIRTIO_COUNT) {
            throw new IllegalArgumentException("the virt board has room for " + VirtMemoryMap.VIRTIO_COUNT
                    + " virtio devices, not " + drives.size() + " drives" + (rngSeed != null ? " and an rng" : ""));
        }
        if (rngSeed == null) {
            rngBus = null;
        }
        VirtioSlots.checkBus(rngBus, "the rng");
        VirtioSlots.of(drives, rngSeed != null, rngBus); // two devices on one transport are refused here, not when the board is built
    }

    /** The configuration before devices could be placed: every virtio device on the highest free transport. */
    public VirtBoardConfig(int harts, long memoryBytes, Path bios, Path kernel, Path initrd, String append,
                           List<Drive> drives, boolean legacyVirtio, boolean hostTime, Semihosting semihosting,
                           Long rngSeed) {
        this(harts, memoryBytes, bios, kernel, initrd, append, drives, legacyVirtio, hostTime, semihosting, rngSeed, null,
                null);
    }

    /** The configuration without flash images (both banks blank). */
    public VirtBoardConfig(int harts, long memoryBytes, Path bios, Path kernel, Path initrd, String append,
                           List<Drive> drives, boolean legacyVirtio, boolean hostTime, Semihosting semihosting,
                           Long rngSeed, Integer rngBus, Path dtb) {
        this(harts, memoryBytes, bios, kernel, initrd, append, drives, legacyVirtio, hostTime, semihosting, rngSeed, rngBus,
                dtb, null, null, List.of());
    }

    /** Adds QEMU's {@code -device loader} {@code loader} after the ones there are. */
    public VirtBoardConfig withLoader(GenericLoader loader) {
        List<GenericLoader> list = new ArrayList<>(loaders);
        list.add(loader);
        return new VirtBoardConfig(harts, memoryBytes, bios, kernel, initrd, append, drives, legacyVirtio, hostTime,
                semihosting, rngSeed, rngBus, dtb, flash0, flash1, list);
    }

    /** The image of flash bank {@code unit} (0 or 1), or null when the bank is blank. */
    public FlashImage flash(int unit) {
        return unit == 0 ? flash0 : flash1;
    }

    /** Shows {@code image} in flash bank {@code unit} (0 or 1; null: blank). */
    public VirtBoardConfig withFlash(int unit, FlashImage image) {
        return new VirtBoardConfig(harts, memoryBytes, bios, kernel, initrd, append, drives, legacyVirtio, hostTime,
                semihosting, rngSeed, rngBus, dtb, unit == 0 ? image : flash0, unit == 0 ? flash1 : image, loaders);
    }

    /** Checks QEMU's rules for what can be booted together; the message says what is missing. */
    public void checkBootable() {
        if (kernel == null && initrd != null) {
            throw new IllegalArgumentException("an initrd needs a kernel to pass it to");
        }
        if (kernel == null && !append.isEmpty()) {
            throw new IllegalArgumentException("a kernel command line needs a kernel to pass it to");
        }
        if (kernel == null && bios == null && flash0 == null && loaders.stream().allMatch(l -> l.dataLength() > 0)) {
            throw new IllegalArgumentException("with no firmware there must be a kernel to run");
        }
        if (kernel != null && flash1 != null) {
            throw new IllegalArgumentException("a kernel with an image in flash bank 1 is not supported: QEMU hands the"
                    + " kernel to the firmware there through fw_cfg, which Guestlab does not have (boot the kernel from"
                    + " the firmware's own disk instead)");
        }
    }

    /** One hart, 128 MiB, QEMU's default firmware, nothing else. */
    public static VirtBoardConfig defaults() {
        return new VirtBoardConfig(1, DEFAULT_MEMORY, DEFAULT_BIOS, null, null, "", List.of(), false, false, Semihosting.OFF, null);
    }

    public VirtBoardConfig withHarts(int n) {
        return new VirtBoardConfig(n, memoryBytes, bios, kernel, initrd, append, drives, legacyVirtio, hostTime, semihosting, rngSeed, rngBus, dtb, flash0, flash1, loaders);
    }

    public VirtBoardConfig withMemory(long bytes) {
        return new VirtBoardConfig(harts, bytes, bios, kernel, initrd, append, drives, legacyVirtio, hostTime, semihosting, rngSeed, rngBus, dtb, flash0, flash1, loaders);
    }

    /** {@code file} as firmware, or null for none. */
    public VirtBoardConfig withBios(Path file) {
        return new VirtBoardConfig(harts, memoryBytes, file, kernel, initrd, append, drives, legacyVirtio, hostTime, semihosting, rngSeed, rngBus, dtb, flash0, flash1, loaders);
    }

    public VirtBoardConfig withKernel(Path file) {
        return new VirtBoardConfig(harts, memoryBytes, bios, file, initrd, append, drives, legacyVirtio, hostTime, semihosting, rngSeed, rngBus, dtb, flash0, flash1, loaders);
    }

    public VirtBoardConfig withInitrd(Path file) {
        return new VirtBoardConfig(harts, memoryBytes, bios, kernel, file, append, drives, legacyVirtio, hostTime, semihosting, rngSeed, rngBus, dtb, flash0, flash1, loaders);
    }

    public VirtBoardConfig withAppend(String commandLine) {
        return new VirtBoardConfig(harts, memoryBytes, bios, kernel, initrd, commandLine, drives, legacyVirtio, hostTime, semihosting, rngSeed, rngBus, dtb, flash0, flash1, loaders);
    }

    public VirtBoardConfig withDrives(List<Drive> list) {
        return new VirtBoardConfig(harts, memoryBytes, bios, kernel, initrd, append, list, legacyVirtio, hostTime, semihosting, rngSeed, rngBus, dtb, flash0, flash1, loaders);
    }

    public VirtBoardConfig withHostTime(boolean host) {
        return new VirtBoardConfig(harts, memoryBytes, bios, kernel, initrd, append, drives, legacyVirtio, host, semihosting, rngSeed, rngBus, dtb, flash0, flash1, loaders);
    }

    public VirtBoardConfig withSemihosting(Semihosting semihosting) {
        return new VirtBoardConfig(harts, memoryBytes, bios, kernel, initrd, append, drives, legacyVirtio, hostTime, semihosting, rngSeed, rngBus, dtb, flash0, flash1, loaders);
    }

    public VirtBoardConfig withRng(Long seed) {
        return new VirtBoardConfig(harts, memoryBytes, bios, kernel, initrd, append, drives, legacyVirtio, hostTime, semihosting, seed, rngBus, dtb, flash0, flash1, loaders);
    }

    /** The entropy device on transport {@code bus} (null: the board chooses); needs {@link #withRng}. */
    public VirtBoardConfig withRngBus(Integer bus) {
        return new VirtBoardConfig(harts, memoryBytes, bios, kernel, initrd, append, drives, legacyVirtio, hostTime, semihosting, rngSeed, bus, dtb, flash0, flash1, loaders);
    }

    /** Boots {@code file} as the device tree (null: the generated one). */
    public VirtBoardConfig withDtb(Path file) {
        return new VirtBoardConfig(harts, memoryBytes, bios, kernel, initrd, append, drives, legacyVirtio, hostTime, semihosting, rngSeed, rngBus, file, flash0, flash1, loaders);
    }

    public VirtBoardConfig withLegacyVirtio(boolean legacy) {
        return new VirtBoardConfig(harts, memoryBytes, bios, kernel, initrd, append, drives, legacy, hostTime, semihosting, rngSeed, rngBus, dtb, flash0, flash1, loaders);
    }
}
