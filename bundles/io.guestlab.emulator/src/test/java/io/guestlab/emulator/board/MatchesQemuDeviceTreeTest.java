package io.guestlab.emulator.board;

import io.guestlab.emulator.support.GuestTools;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.guestlab.emulator.board.ParsedDeviceTree.Node;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Compares the generated tree with the one QEMU's own virt machine dumps, device by device: the
 * nodes Guestlab models must have QEMU's names, compatibles, registers and interrupt wiring.
 */
public class MatchesQemuDeviceTreeTest {

    private static final int HARTS = 2;
    private static final long MEMORY = 256L << 20;

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private ParsedDeviceTree qemuTree() throws Exception {
        Path qemu = GuestTools.tool("qemu-system-riscv64", "qemu-system-misc");
        Path dump = folder.getRoot().toPath().resolve("qemu-virt.dtb");
        Process process = new ProcessBuilder(qemu.toString(), "-M", "virt,dumpdtb=" + dump,
                "-smp", String.valueOf(HARTS), "-m", "256M", "-display", "none", "-serial", "none", "-monitor", "none")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertTrue("QEMU did not dump its DTB within 60 s", process.waitFor(60, TimeUnit.SECONDS));
        assertTrue("QEMU wrote no DTB (exit " + process.exitValue() + ")", Files.isRegularFile(dump));
        return new ParsedDeviceTree(Files.readAllBytes(dump));
    }

    /** interrupts-extended with each phandle replaced by the hart id owning that controller. */
    private static List<Integer> byHart(ParsedDeviceTree tree, int[] cells) {
        Map<String, Node> nodes = tree.allNodes();
        List<Integer> mapped = new ArrayList<>();
        for (int i = 0; i < cells.length; i += 2) {
            int phandle = cells[i];
            String owner = nodes.entrySet().stream()
                    .filter(e -> e.getValue().properties.containsKey("phandle") && e.getValue().cell("phandle") == phandle)
                    .map(Map.Entry::getKey).findFirst().orElseThrow();
            assertTrue(owner, owner.matches("/cpus/cpu@\\d+/interrupt-controller"));
            mapped.add(Integer.parseInt(owner.replaceAll("\\D*@(\\d+)/.*", "$1")));
            mapped.add(cells[i + 1]);
        }
        return mapped;
    }

    @Test
    public void modelledDevicesMatchQemu() throws Exception {
        ParsedDeviceTree qemu = qemuTree();
        ParsedDeviceTree ours = new ParsedDeviceTree(VirtDeviceTree.generate(BoardDescription.of(HARTS, MEMORY)));

        assertEquals(qemu.root.string("compatible"), ours.root.string("compatible"));
        assertEquals(qemu.root.string("model"), ours.root.string("model"));
        assertArrayEquals(qemu.node("/memory@80000000").cells("reg"), ours.node("/memory@80000000").cells("reg"));
        assertEquals(qemu.node("/cpus").cell("timebase-frequency"), ours.node("/cpus").cell("timebase-frequency"));
        assertEquals(qemu.node("/chosen").string("stdout-path"), ours.node("/chosen").string("stdout-path"));
        for (int hart = 0; hart < HARTS; hart++) {
            String cpu = "/cpus/cpu@" + hart;
            assertEquals(qemu.node(cpu).cell("reg"), ours.node(cpu).cell("reg"));
            assertEquals(qemu.node(cpu).string("mmu-type"), ours.node(cpu).string("mmu-type"));
            assertEquals(qemu.node(cpu + "/interrupt-controller").string("compatible"),
                    ours.node(cpu + "/interrupt-controller").string("compatible"));
        }
        for (String syscon : List.of("/poweroff", "/reboot")) {
            assertEquals(qemu.node(syscon).string("compatible"), ours.node(syscon).string("compatible"));
            assertEquals(qemu.node(syscon).cell("value"), ours.node(syscon).cell("value"));
            assertEquals(qemu.node(syscon).cell("offset"), ours.node(syscon).cell("offset"));
        }

        Node ourSoc = ours.node("/soc");
        assertEquals(qemu.node("/soc").string("compatible"), ourSoc.string("compatible"));
        for (Node device : ourSoc.children) {
            Node reference = qemu.node("/soc/" + device.name);
            String where = "/soc/" + device.name + " ";
            assertEquals(where + "compatible", reference.strings("compatible"), device.strings("compatible"));
            assertArrayEquals(where + "reg", reference.cells("reg"), device.cells("reg"));
            for (String property : List.of("interrupts", "riscv,ndev", "#interrupt-cells", "clock-frequency")) {
                if (reference.properties.containsKey(property)) {
                    assertArrayEquals(where + property, reference.property(property), device.property(property));
                }
            }
            if (reference.properties.containsKey("interrupts-extended")) {
                assertEquals(where + "interrupts-extended",
                        byHart(qemu, reference.cells("interrupts-extended")),
                        byHart(ours, device.cells("interrupts-extended")));
            }
        }
    }

    /** The flash node is QEMU's byte for byte: the same properties, in the same order, the same values. */
    @Test
    public void flashNodeIsQemus() throws Exception {
        Node qemu = qemuTree().node("/flash@20000000");
        Node ours = new ParsedDeviceTree(VirtDeviceTree.generate(BoardDescription.of(HARTS, MEMORY))).node("/flash@20000000");
        assertEquals(List.copyOf(qemu.properties.keySet()), List.copyOf(ours.properties.keySet()));
        for (String property : qemu.properties.keySet()) {
            assertArrayEquals(property, qemu.property(property), ours.property(property));
        }
        assertEquals(4, ours.cell("bank-width"));
    }
}
