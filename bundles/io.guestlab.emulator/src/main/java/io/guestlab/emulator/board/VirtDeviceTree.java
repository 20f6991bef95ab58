package io.guestlab.emulator.board;

import io.guestlab.emulator.devices.CfiFlash;

import static io.guestlab.emulator.board.VirtMemoryMap.*;

/**
 * Generates the device tree of the virt board from a {@link BoardDescription}, laid out like the
 * one QEMU 7.2's {@code virt} machine builds (same node names, compatibles, interrupt wiring), so
 * that OpenSBI, U-Boot and Linux find every device where they expect it.
 */
public final class VirtDeviceTree {

    /** Standard interrupt numbers of the hart-local controller ({@code mip} bits). */
    private static final int IRQ_M_SOFTWARE = 3;
    private static final int IRQ_M_TIMER = 7;
    private static final int IRQ_S_EXTERNAL = 9;
    private static final int IRQ_M_EXTERNAL = 11;

    public static final String UART_PATH = "/soc/serial@10000000";

    private VirtDeviceTree() {
    }

    /** The DTB for {@code board}. */
    public static byte[] generate(BoardDescription board) {
        int harts = board.harts();
        // Phandles: 1..n the cpus, n+1..2n their interrupt controllers, then the PLIC and syscon.
        int[] cpuPhandle = new int[harts];
        int[] intcPhandle = new int[harts];
        for (int hart = 0; hart < harts; hart++) {
            cpuPhandle[hart] = 1 + hart;
            intcPhandle[hart] = 1 + harts + hart;
        }
        int plicPhandle = 1 + 2 * harts;
        int testPhandle = plicPhandle + 1;

        FdtWriter fdt = new FdtWriter();
        fdt.beginNode("")
                .cells("#address-cells", 2)
                .cells("#size-cells", 2)
                .strings("compatible", "riscv-virtio")
                .strings("model", "riscv-virtio,qemu");

        fdt.beginNode("chosen");
        if (!board.bootargs().isEmpty()) {
            fdt.strings("bootargs", board.bootargs());
        }
        fdt.strings("stdout-path", UART_PATH);
        if (board.hasInitrd()) {
            fdt.longs("linux,initrd-start", board.initrdStart());
            fdt.longs("linux,initrd-end", board.initrdEnd());
        }
        fdt.endNode();

        fdt.beginNode("aliases").strings("serial0", UART_PATH).endNode();

        // Both CFI flash banks in one node, with QEMU's properties in QEMU's order (hw/riscv/virt.c).
        fdt.beginNode(unitName("flash", VirtMemoryMap.FLASH_BASE))
                .cells("bank-width", CfiFlash.BANK_WIDTH)
                .longs("reg", VirtMemoryMap.flashBase(0), VirtMemoryMap.FLASH_BANK_SIZE,
                        VirtMemoryMap.flashBase(1), VirtMemoryMap.FLASH_BANK_SIZE)
                .strings("compatible", "cfi-flash")
                .endNode();

        fdt.beginNode(unitName("memory", DRAM_BASE))
                .strings("device_type", "memory")
                .longs("reg", DRAM_BASE, board.memoryBytes())
                .endNode();

        writeCpus(fdt, board, cpuPhandle, intcPhandle);
        writeSoc(fdt, board, intcPhandle, plicPhandle, testPhandle);

        // syscon-poweroff / syscon-reboot drivers write these values to the test device (regmap).
        fdt.beginNode("poweroff")
                .cells("value", 0x5555)
                .cells("offset", 0)
                .cells("regmap", testPhandle)
                .strings("compatible", "syscon-poweroff")
                .endNode();
        fdt.beginNode("reboot")
                .cells("value", 0x7777)
                .cells("offset", 0)
                .cells("regmap", testPhandle)
                .strings("compatible", "syscon-reboot")
                .endNode();

        fdt.endNode();
        return fdt.toByteArray(0);
    }

    private static void writeCpus(FdtWriter fdt, BoardDescription board, int[] cpuPhandle, int[] intcPhandle) {
        IsaString isa = IsaString.parse(board.isa());
        fdt.beginNode("cpus")
                .cells("#address-cells", 1)
                .cells("#size-cells", 0)
                .cells("timebase-frequency", (int) TIMEBASE_HZ);
        for (int hart = 0; hart < board.harts(); hart++) {
            fdt.beginNode("cpu@" + Integer.toHexString(hart))
                    .cells("phandle", cpuPhandle[hart])
                    .strings("device_type", "cpu")
                    .cells("reg", hart)
                    .strings("status", "okay")
                    .strings("compatible", "riscv")
                    .strings("riscv,isa", board.isa())
                    .strings("riscv,isa-base", isa.base())
                    .strings("riscv,isa-extensions", isa.extensions().toArray(String[]::new))
                    .strings("mmu-type", board.mmu().deviceTreeName());
            fdt.beginNode("interrupt-controller")
                    .cells("#address-cells", 0)
                    .cells("#interrupt-cells", 1)
                    .property("interrupt-controller")
                    .strings("compatible", "riscv,cpu-intc")
                    .cells("phandle", intcPhandle[hart])
                    .endNode();
            fdt.endNode();
        }
        fdt.beginNode("cpu-map").beginNode("cluster0");
        for (int hart = 0; hart < board.harts(); hart++) {
            fdt.beginNode("core" + hart).cells("cpu", cpuPhandle[hart]).endNode();
        }
        fdt.endNode().endNode();
        fdt.endNode();
    }

    private static void writeSoc(FdtWriter fdt, BoardDescription board, int[] intcPhandle, int plicPhandle,
                                 int testPhandle) {
        int harts = board.harts();
        fdt.beginNode("soc")
                .cells("#address-cells", 2)
                .cells("#size-cells", 2)
                .strings("compatible", "simple-bus")
                .property("ranges");

        fdt.beginNode(unitName("rtc", RTC_BASE))
                .cells("interrupts", RTC_IRQ)
                .cells("interrupt-parent", plicPhandle)
                .longs("reg", RTC_BASE, RTC_SIZE)
                .strings("compatible", "google,goldfish-rtc")
                .endNode();

        fdt.beginNode(unitName("serial", UART0_BASE))
                .cells("interrupts", UART0_IRQ)
                .cells("interrupt-parent", plicPhandle)
                .cells("clock-frequency", UART_CLOCK_HZ)
                .longs("reg", UART0_BASE, UART0_SIZE)
                .strings("compatible", "ns16550a")
                .endNode();

        fdt.beginNode(unitName("test", TEST_BASE))
                .cells("phandle", testPhandle)
                .longs("reg", TEST_BASE, TEST_SIZE)
                .strings("compatible", "sifive,test1", "sifive,test0", "syscon")
                .endNode();

        // QEMU lists the slots from the highest address down; Linux numbers disks in this order.
        for (int slot = board.virtioSlots() - 1; slot >= 0; slot--) {
            fdt.beginNode(unitName("virtio_mmio", virtioBase(slot)))
                    .cells("interrupts", virtioIrq(slot))
                    .cells("interrupt-parent", plicPhandle)
                    .longs("reg", virtioBase(slot), VIRTIO_STRIDE)
                    .strings("compatible", "virtio,mmio")
                    .endNode();
        }

        int[] plicContexts = new int[4 * harts];
        int[] clintContexts = new int[4 * harts];
        for (int hart = 0; hart < harts; hart++) {
            int[] plic = {intcPhandle[hart], IRQ_M_EXTERNAL, intcPhandle[hart], IRQ_S_EXTERNAL};
            int[] clint = {intcPhandle[hart], IRQ_M_SOFTWARE, intcPhandle[hart], IRQ_M_TIMER};
            System.arraycopy(plic, 0, plicContexts, 4 * hart, 4);
            System.arraycopy(clint, 0, clintContexts, 4 * hart, 4);
        }
        fdt.beginNode(unitName("plic", PLIC_BASE))
                .cells("phandle", plicPhandle)
                .cells("riscv,ndev", PLIC_SOURCES)
                .longs("reg", PLIC_BASE, PLIC_SIZE)
                .cells("interrupts-extended", plicContexts)
                .property("interrupt-controller")
                .strings("compatible", "sifive,plic-1.0.0", "riscv,plic0")
                .cells("#address-cells", 0)
                .cells("#interrupt-cells", 1)
                .endNode();

        fdt.beginNode(unitName("clint", CLINT_BASE))
                .cells("interrupts-extended", clintContexts)
                .longs("reg", CLINT_BASE, CLINT_SIZE)
                .strings("compatible", "sifive,clint0", "riscv,clint0")
                .endNode();

        fdt.endNode();
    }

    private static String unitName(String name, long address) {
        return name + "@" + Long.toHexString(address);
    }
}
