package io.guestlab.emulator.board;

import io.guestlab.emulator.loader.BootImage;
import io.guestlab.emulator.loader.BootImageException;
import io.guestlab.emulator.loader.LoadPlan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where each boot image goes, by the rules of QEMU 7.2's virt machine (hw/riscv/boot.c), so a
 * QEMU command line means the same here:
 * <ul>
 * <li>firmware at the start of DRAM (an ELF by its physical segments);</li>
 * <li>the kernel: an ELF by its segments, a raw image at the firmware's end rounded up to 2 MiB
 *     (0x80200000 after OpenSBI, 0x80000000 with no firmware);</li>
 * <li>the initrd at the kernel entry plus half the memory, at most plus 128 MiB;</li>
 * <li>the device tree (which names the initrd and command line, also edited into a given one) at the
 *     end of DRAM, or at 3 GiB if DRAM goes beyond (so 32-bit code reaches it), minus its size,
 *     rounded down to 2 MiB (riscv_load_fdt);</li>
 * <li>the harts start at the firmware, or at the kernel entry when there is no firmware, or in flash
 *     bank 0 when it has an image; an image in flash bank 1 is fw_dynamic's next stage;</li>
 * <li>each generic loader's image or value where it says, after the others (an overlap is refused);
 *     a loader with a hart starts that hart at its image's entry or address, not in the reset ROM.</li>
 * </ul>
 *
 * @param plan         every image with its address range, checked for fit and overlaps
 * @param firmware     the firmware image, or null
 * @param kernel       the kernel image, or null
 * @param board        what the device tree describes
 * @param deviceTree   the device tree blob
 * @param deviceTreeAddress where it is loaded (a1 at boot)
 * @param startAddress where the reset ROM sends the harts
 * @param kernelEntry  fw_dynamic's next address: the kernel entry, 0 without a kernel
 * @param hartStarts   hart number to where a generic loader starts it (the others start in the reset ROM)
 */
public record BootLayout(LoadPlan plan, BootImage firmware, BootImage kernel, BoardDescription board,
                         byte[] deviceTree, long deviceTreeAddress, long startAddress, long kernelEntry,
                         Map<Integer, Long> hartStarts) {

    private static final long KERNEL_ALIGN = 2L << 20;
    private static final long DTB_ALIGN = 2L << 20;
    private static final long INITRD_MAX_OFFSET = 128L << 20;
    /** The device tree ends at most here, wherever RAM ends. */
    private static final long DTB_MAX_END = 3L << 30;

    /** Reads the images of {@code config} and places them; nothing is loaded yet. */
    public static BootLayout of(VirtBoardConfig config) throws BootImageException {
        config.checkBootable();
        long ramStart = VirtMemoryMap.DRAM_BASE;
        long ramEnd = ramStart + config.memoryBytes();

        BootImage firmware = config.bios() == null ? null : BootImage.read("firmware", config.bios(), ramStart);
        long firmwareEnd = firmware == null ? ramStart : firmware.end();
        BootImage kernel = config.kernel() == null ? null
                : BootImage.read("kernel", config.kernel(), alignUp(firmwareEnd, KERNEL_ALIGN));
        // QEMU 7.2: an image in flash bank 1 is the firmware's next stage, in place of a kernel.
        long kernelEntry = kernel != null ? kernel.entry()
                : config.flash(1) != null ? VirtMemoryMap.flashBase(1) : 0;
        BootImage initrd = config.initrd() == null ? null : BootImage.readRaw("initrd", config.initrd(),
                kernelEntry + Math.min(config.memoryBytes() / 2, INITRD_MAX_OFFSET));

        BoardDescription board = BoardDescription.of(config.harts(), config.memoryBytes()).withBootargs(config.append());
        if (initrd != null) {
            if (Long.compareUnsigned(initrd.end(), ramEnd) > 0 || Long.compareUnsigned(initrd.start(), ramStart) < 0) {
                throw new BootImageException(String.format(Locale.ROOT,
                        "initrd %s (0x%x..0x%x, %d bytes) does not fit in RAM 0x%x..0x%x", config.initrd(),
                        initrd.start(), initrd.end(), initrd.memorySize(), ramStart, ramEnd));
            }
            board = board.withInitrd(initrd.start(), initrd.end());
        }
        byte[] dtb = config.dtb() != null
                ? readDeviceTree(config.dtb()).chosen(config.append(), board.initrdStart(), board.initrdEnd()).toByteArray()
                : VirtDeviceTree.generate(board);
        long dtbAddress = alignDown(Math.min(ramEnd, DTB_MAX_END) - dtb.length, DTB_ALIGN);

        LoadPlan plan = new LoadPlan(ramStart, config.memoryBytes());
        for (BootImage image : new BootImage[] {firmware, kernel, initrd}) {
            if (image != null) {
                plan.add(image);
            }
        }
        plan.add("device tree", dtbAddress, dtb);
        Map<Integer, Long> hartStarts = new TreeMap<>();
        for (GenericLoader loader : config.loaders()) {
            long entry = load(loader, plan);
            if (loader.hart() != GenericLoader.NO_HART) {
                hartStarts.put(loader.hart(), entry); // the last loader naming a hart wins, as QEMU's resets run in order
            }
        }
        // QEMU 7.2 starts in flash bank 0 whenever it has an image, even with firmware loaded; with
        // neither firmware nor kernel, at the start of DRAM (where a loader may have put an image).
        long start = config.flash(0) != null ? VirtMemoryMap.flashBase(0)
                : firmware != null || kernelEntry == 0 ? ramStart : kernelEntry;
        return new BootLayout(plan, firmware, kernel, board, dtb, dtbAddress, start, kernelEntry, Map.copyOf(hartStarts));
    }

    /** Adds a generic loader's image or value to the plan; returns its entry (an ELF's) or address. */
    private static long load(GenericLoader loader, LoadPlan plan) throws BootImageException {
        if (loader.dataLength() > 0) {
            plan.add("loader " + loader, loader.address(), loader.dataBytes());
            return loader.address();
        }
        if (loader.file() == null) {
            return loader.address();
        }
        BootImage image = loader.forceRaw() ? BootImage.readRaw("loader", loader.file(), loader.address())
                : BootImage.read("loader", loader.file(), loader.address());
        plan.add(image);
        return image.entry();
    }

    /** A device tree file as QEMU 7.2's load_device_tree reads it, ready for /chosen to be edited. */
    private static FdtEditor readDeviceTree(Path file) throws BootImageException {
        try {
            return FdtEditor.open(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new BootImageException("device tree " + file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    static long alignUp(long value, long alignment) {
        return (value + alignment - 1) & -alignment;
    }

    static long alignDown(long value, long alignment) {
        return value & -alignment;
    }
}
