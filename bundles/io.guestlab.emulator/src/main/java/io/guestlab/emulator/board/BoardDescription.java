package io.guestlab.emulator.board;

/**
 * What the virt board's device tree describes: harts, memory, the ISA string, the paging mode and
 * the kernel's boot parameters. Immutable; the {@code with...} methods return modified copies.
 *
 * @param harts          number of harts, 1..{@link VirtMemoryMap#MAX_HARTS}
 * @param memoryBytes    DRAM size at {@link VirtMemoryMap#DRAM_BASE}, a positive multiple of 4 KiB
 * @param isa            {@code riscv,isa} string, e.g. {@code rv64imafdc_zicsr_zifencei}
 * @param mmu            the widest paging mode the harts implement
 * @param bootargs       kernel command line, empty for none
 * @param initrdStart    physical start of the initrd, or 0 when there is none
 * @param initrdEnd      physical end (exclusive) of the initrd, or 0 when there is none
 * @param virtioSlots    number of virtio-mmio transports, 0..{@link VirtMemoryMap#VIRTIO_COUNT}
 */
public record BoardDescription(int harts, long memoryBytes, String isa, Mmu mmu, String bootargs,
                               long initrdStart, long initrdEnd, int virtioSlots) {

    /**
     * The ISA Guestlab's harts implement, named as QEMU 7.2 names its default rv64 CPU's
     * ({@code rv64imafdch_zicsr_zifencei_zihintpause_zba_zbb_zbc_zbs_sstc}) but for H, the
     * hypervisor extension, which Guestlab does not have.
     */
    public static final String DEFAULT_ISA = "rv64imafdc_zicsr_zifencei_zihintpause_zba_zbb_zbc_zbs_sstc";

    /** Paging modes, as the device tree's {@code mmu-type} names them. */
    public enum Mmu {
        SV39("riscv,sv39"),
        SV48("riscv,sv48");

        private final String deviceTreeName;

        Mmu(String deviceTreeName) {
            this.deviceTreeName = deviceTreeName;
        }

        public String deviceTreeName() {
            return deviceTreeName;
        }
    }

    public BoardDescription {
        if (harts < 1 || harts > VirtMemoryMap.MAX_HARTS) {
            throw new IllegalArgumentException("the virt board supports 1 to " + VirtMemoryMap.MAX_HARTS
                    + " harts, not " + harts);
        }
        if (memoryBytes <= 0 || memoryBytes % 4096 != 0) {
            throw new IllegalArgumentException("memory size must be a positive multiple of 4 KiB, not " + memoryBytes);
        }
        if (Long.compareUnsigned(VirtMemoryMap.DRAM_BASE + memoryBytes, VirtMemoryMap.DRAM_BASE) < 0) {
            throw new IllegalArgumentException("memory size " + memoryBytes + " does not fit in the address space");
        }
        IsaString.parse(isa); // validates, with a message naming the problem
        if (mmu == null) {
            throw new IllegalArgumentException("an MMU type is required");
        }
        bootargs = bootargs == null ? "" : bootargs;
        if (initrdStart != 0 || initrdEnd != 0) {
            if (Long.compareUnsigned(initrdEnd, initrdStart) <= 0) {
                throw new IllegalArgumentException(String.format(
                        "initrd range 0x%x..0x%x is empty or reversed", initrdStart, initrdEnd));
            }
            if (Long.compareUnsigned(initrdStart, VirtMemoryMap.DRAM_BASE) < 0
                    || Long.compareUnsigned(initrdEnd, VirtMemoryMap.DRAM_BASE + memoryBytes) > 0) {
                throw new IllegalArgumentException(String.format(
                        "initrd range 0x%x..0x%x lies outside DRAM 0x%x..0x%x", initrdStart, initrdEnd,
                        VirtMemoryMap.DRAM_BASE, VirtMemoryMap.DRAM_BASE + memoryBytes));
            }
        }
        if (virtioSlots < 0 || virtioSlots > VirtMemoryMap.VIRTIO_COUNT) {
            throw new IllegalArgumentException("the virt board has 0 to " + VirtMemoryMap.VIRTIO_COUNT
                    + " virtio-mmio slots, not " + virtioSlots);
        }
    }

    /** A board like {@code qemu-system-riscv64 -M virt -smp harts -m memory}. */
    public static BoardDescription of(int harts, long memoryBytes) {
        return new BoardDescription(harts, memoryBytes, DEFAULT_ISA, Mmu.SV48, "", 0, 0, VirtMemoryMap.VIRTIO_COUNT);
    }

    public BoardDescription withBootargs(String bootargs) {
        return new BoardDescription(harts, memoryBytes, isa, mmu, bootargs, initrdStart, initrdEnd, virtioSlots);
    }

    public BoardDescription withInitrd(long start, long end) {
        return new BoardDescription(harts, memoryBytes, isa, mmu, bootargs, start, end, virtioSlots);
    }

    public BoardDescription withIsa(String isa, Mmu mmu) {
        return new BoardDescription(harts, memoryBytes, isa, mmu, bootargs, initrdStart, initrdEnd, virtioSlots);
    }

    public boolean hasInitrd() {
        return initrdEnd != 0;
    }
}
