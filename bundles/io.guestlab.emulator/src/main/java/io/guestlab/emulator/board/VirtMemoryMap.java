package io.guestlab.emulator.board;

/**
 * The physical memory map and interrupt numbers of QEMU 7.2's {@code virt} machine
 * (hw/riscv/virt.c), in one place, so that firmware and kernels built for it run unchanged.
 * Every device base, size and PLIC source number used by the board and its device tree comes
 * from here.
 */
public final class VirtMemoryMap {

    private VirtMemoryMap() {
    }

    /** Reset ROM: the reset vector and QEMU's boot trampoline (a0 = hart id, a1 = DTB). */
    public static final long MROM_BASE = 0x1000L;
    public static final long MROM_SIZE = 0xF000L;

    /** SiFive test device, also the syscon that syscon-poweroff / syscon-reboot write to. */
    public static final long TEST_BASE = 0x10_0000L;
    public static final long TEST_SIZE = 0x1000L;

    /** Goldfish real-time clock. */
    public static final long RTC_BASE = 0x10_1000L;
    public static final long RTC_SIZE = 0x1000L;

    /** SiFive CLINT: msip, mtimecmp and mtime. */
    public static final long CLINT_BASE = 0x200_0000L;
    public static final long CLINT_SIZE = 0x1_0000L;

    /** SiFive PLIC; the window QEMU reserves covers 512 harts with two contexts each. */
    public static final long PLIC_BASE = 0xC00_0000L;
    public static final long PLIC_SIZE = 0x60_0000L;

    /** ns16550a UART 0. */
    public static final long UART0_BASE = 0x1000_0000L;
    public static final long UART0_SIZE = 0x100L;

    /** The eight virtio-mmio transports, one 4 KiB window each. */
    public static final long VIRTIO_BASE = 0x1000_1000L;
    public static final long VIRTIO_STRIDE = 0x1000L;
    public static final int VIRTIO_COUNT = 8;

    /** The two CFI flash banks (QEMU's pflash0 and pflash1), 32 MiB each, one after the other. */
    public static final long FLASH_BASE = 0x2000_0000L;
    public static final long FLASH_BANK_SIZE = 0x200_0000L;
    public static final int FLASH_BANKS = 2;

    /** Main memory; firmware is loaded at its start. */
    public static final long DRAM_BASE = 0x8000_0000L;

    /** Where QEMU places {@code -kernel} when firmware occupies the start of DRAM (RV64). */
    public static final long KERNEL_OFFSET = 0x20_0000L;

    /** CLINT / {@code mtime} frequency, also the device tree's {@code timebase-frequency}. */
    public static final long TIMEBASE_HZ = 10_000_000L;

    /** The UART's input clock as QEMU declares it (1.8432 MHz x 2). */
    public static final int UART_CLOCK_HZ = 3_686_400;

    // PLIC interrupt sources (source 0 is reserved by the PLIC specification).
    public static final int VIRTIO_IRQ_FIRST = 1;
    public static final int UART0_IRQ = 10;
    public static final int RTC_IRQ = 11;

    /** Highest PLIC source id ({@code riscv,ndev}). */
    public static final int PLIC_SOURCES = 96;

    /** Most harts the board supports. */
    public static final int MAX_HARTS = 8;

    /** Base address of virtio-mmio transport {@code slot} (0-based). */
    public static long virtioBase(int slot) {
        return VIRTIO_BASE + slot * VIRTIO_STRIDE;
    }

    /** Base address of flash bank {@code unit} (0 or 1). */
    public static long flashBase(int unit) {
        return FLASH_BASE + unit * FLASH_BANK_SIZE;
    }

    /** PLIC source of virtio-mmio transport {@code slot} (0-based). */
    public static int virtioIrq(int slot) {
        return VIRTIO_IRQ_FIRST + slot;
    }
}
