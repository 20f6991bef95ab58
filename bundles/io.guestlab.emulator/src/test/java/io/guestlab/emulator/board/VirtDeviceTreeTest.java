package io.guestlab.emulator.board;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.guestlab.emulator.board.ParsedDeviceTree.Node;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class VirtDeviceTreeTest {

    private static ParsedDeviceTree tree(BoardDescription board) {
        return new ParsedDeviceTree(VirtDeviceTree.generate(board));
    }

    private static int[] reg(long base, long size) {
        return new int[] {(int) (base >>> 32), (int) base, (int) (size >>> 32), (int) size};
    }

    /** phandle value to node, checking that phandles are unique. */
    private static Map<Integer, Node> phandles(ParsedDeviceTree tree) {
        Map<Integer, Node> byPhandle = new HashMap<>();
        for (Node node : tree.allNodes().values()) {
            if (node.properties.containsKey("phandle")) {
                Node previous = byPhandle.put(node.cell("phandle"), node);
                assertEquals("phandle used twice", null, previous);
            }
        }
        return byPhandle;
    }

    @Test
    public void rootCpusAndMemoryDescribeTheBoard() {
        ParsedDeviceTree tree = tree(BoardDescription.of(3, 512L << 20));
        assertEquals(0, tree.bootCpu);
        assertEquals(2, tree.root.cell("#address-cells"));
        assertEquals(2, tree.root.cell("#size-cells"));
        assertEquals("riscv-virtio", tree.root.string("compatible"));

        Node memory = tree.node("/memory@80000000");
        assertEquals("memory", memory.string("device_type"));
        assertArrayEquals(reg(VirtMemoryMap.DRAM_BASE, 512L << 20), memory.cells("reg"));

        Node cpus = tree.node("/cpus");
        assertEquals(10_000_000, cpus.cell("timebase-frequency"));
        Map<Integer, Node> byPhandle = phandles(tree);
        for (int hart = 0; hart < 3; hart++) {
            Node cpu = cpus.child("cpu@" + hart);
            assertEquals(hart, cpu.cell("reg"));
            assertEquals("cpu", cpu.string("device_type"));
            assertEquals("okay", cpu.string("status"));
            assertEquals("riscv", cpu.string("compatible"));
            // QEMU 7.2's default CPU but for H
            assertEquals("rv64imafdc_zicsr_zifencei_zihintpause_zba_zbb_zbc_zbs_sstc", cpu.string("riscv,isa"));
            assertEquals("rv64i", cpu.string("riscv,isa-base"));
            assertEquals(List.of("i", "m", "a", "f", "d", "c", "zicsr", "zifencei", "zihintpause", "zba", "zbb", "zbc",
                    "zbs", "sstc"), cpu.strings("riscv,isa-extensions"));
            assertEquals("riscv,sv48", cpu.string("mmu-type"));
            Node intc = cpu.child("interrupt-controller");
            assertEquals("riscv,cpu-intc", intc.string("compatible"));
            assertEquals(1, intc.cell("#interrupt-cells"));
            assertEquals(0, intc.property("interrupt-controller").length);
            Node core = cpus.child("cpu-map").child("cluster0").child("core" + hart);
            assertTrue(byPhandle.get(core.cell("cpu")) == cpu);
        }
        assertEquals(3 + 1, cpus.children.size()); // three cpus and the cpu-map
    }

    @Test
    public void everyDeviceSitsAtItsMemoryMapAddressWithItsInterrupt() {
        ParsedDeviceTree tree = tree(BoardDescription.of(2, 128L << 20));
        Map<Integer, Node> byPhandle = phandles(tree);
        Node plic = tree.node("/soc/plic@c000000");
        int plicPhandle = plic.cell("phandle");

        Node uart = tree.node("/soc/serial@10000000");
        assertEquals("ns16550a", uart.string("compatible"));
        assertArrayEquals(reg(VirtMemoryMap.UART0_BASE, VirtMemoryMap.UART0_SIZE), uart.cells("reg"));
        assertEquals(VirtMemoryMap.UART0_IRQ, uart.cell("interrupts"));
        assertEquals(plicPhandle, uart.cell("interrupt-parent"));
        assertEquals(3_686_400, uart.cell("clock-frequency"));

        Node rtc = tree.node("/soc/rtc@101000");
        assertEquals("google,goldfish-rtc", rtc.string("compatible"));
        assertArrayEquals(reg(VirtMemoryMap.RTC_BASE, VirtMemoryMap.RTC_SIZE), rtc.cells("reg"));
        assertEquals(VirtMemoryMap.RTC_IRQ, rtc.cell("interrupts"));

        Node test = tree.node("/soc/test@100000");
        assertEquals(List.of("sifive,test1", "sifive,test0", "syscon"), test.strings("compatible"));
        assertArrayEquals(reg(VirtMemoryMap.TEST_BASE, VirtMemoryMap.TEST_SIZE), test.cells("reg"));
        for (String name : List.of("/poweroff", "/reboot")) {
            Node syscon = tree.node(name);
            assertTrue(byPhandle.get(syscon.cell("regmap")) == test);
            assertEquals(0, syscon.cell("offset"));
        }
        assertEquals(0x5555, tree.node("/poweroff").cell("value"));
        assertEquals(0x7777, tree.node("/reboot").cell("value"));
        assertEquals("syscon-poweroff", tree.node("/poweroff").string("compatible"));

        for (int slot = 0; slot < 8; slot++) {
            long base = VirtMemoryMap.virtioBase(slot);
            Node virtio = tree.node("/soc/virtio_mmio@" + Long.toHexString(base));
            assertEquals("virtio,mmio", virtio.string("compatible"));
            assertArrayEquals(reg(base, 0x1000), virtio.cells("reg"));
            assertEquals(1 + slot, virtio.cell("interrupts"));
            assertEquals(plicPhandle, virtio.cell("interrupt-parent"));
        }
    }

    @Test
    public void interruptControllersAreWiredToEachHartsLocalController() {
        ParsedDeviceTree tree = tree(BoardDescription.of(2, 128L << 20));
        Map<Integer, Node> byPhandle = phandles(tree);
        Node intc0 = tree.node("/cpus/cpu@0/interrupt-controller");
        Node intc1 = tree.node("/cpus/cpu@1/interrupt-controller");
        int h0 = intc0.cell("phandle");
        int h1 = intc1.cell("phandle");

        Node plic = tree.node("/soc/plic@c000000");
        assertEquals(List.of("sifive,plic-1.0.0", "riscv,plic0"), plic.strings("compatible"));
        assertArrayEquals(reg(VirtMemoryMap.PLIC_BASE, VirtMemoryMap.PLIC_SIZE), plic.cells("reg"));
        assertEquals(96, plic.cell("riscv,ndev"));
        assertEquals(1, plic.cell("#interrupt-cells"));
        // Per hart an M context (MEIP = 11) then an S context (SEIP = 9).
        assertArrayEquals(new int[] {h0, 11, h0, 9, h1, 11, h1, 9}, plic.cells("interrupts-extended"));

        Node clint = tree.node("/soc/clint@2000000");
        assertEquals(List.of("sifive,clint0", "riscv,clint0"), clint.strings("compatible"));
        assertArrayEquals(reg(VirtMemoryMap.CLINT_BASE, VirtMemoryMap.CLINT_SIZE), clint.cells("reg"));
        assertArrayEquals(new int[] {h0, 3, h0, 7, h1, 3, h1, 7}, clint.cells("interrupts-extended"));

        // Every phandle reference resolves.
        for (Node node : tree.allNodes().values()) {
            if (node.properties.containsKey("interrupt-parent")) {
                assertTrue(byPhandle.containsKey(node.cell("interrupt-parent")));
            }
        }
        assertTrue(byPhandle.get(h0) == intc0);
    }

    @Test
    public void chosenCarriesBootargsConsoleAndInitrd() {
        ParsedDeviceTree tree = tree(BoardDescription.of(1, 256L << 20)
                .withBootargs("console=ttyS0 earlycon")
                .withInitrd(0x8800_0000L, 0x8812_3456L));
        Node chosen = tree.node("/chosen");
        assertEquals("console=ttyS0 earlycon", chosen.string("bootargs"));
        String stdout = chosen.string("stdout-path");
        assertEquals("ns16550a", tree.node(stdout).string("compatible"));
        assertArrayEquals(new int[] {0, 0x8800_0000}, chosen.cells("linux,initrd-start"));
        assertArrayEquals(new int[] {0, 0x8812_3456}, chosen.cells("linux,initrd-end"));
        assertEquals(stdout, tree.node("/aliases").string("serial0"));
    }

    @Test
    public void optionalPartsAreLeftOutWhenNotConfigured() {
        ParsedDeviceTree tree = tree(new BoardDescription(1, 64L << 20, "rv64gc", BoardDescription.Mmu.SV39, null, 0, 0, 2));
        Node chosen = tree.node("/chosen");
        assertFalse(chosen.properties.containsKey("bootargs"));
        assertFalse(chosen.properties.containsKey("linux,initrd-start"));
        assertEquals("riscv,sv39", tree.node("/cpus/cpu@0").string("mmu-type"));
        long virtioNodes = tree.node("/soc").children.stream().filter(n -> n.name.startsWith("virtio_mmio@")).count();
        assertEquals(2, virtioNodes);
        tree.node("/soc/virtio_mmio@10002000");
    }

    @Test
    public void generationIsDeterministic() {
        BoardDescription board = BoardDescription.of(4, 1L << 30).withBootargs("quiet");
        assertArrayEquals(VirtDeviceTree.generate(board), VirtDeviceTree.generate(board));
    }
}
