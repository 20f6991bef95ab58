package io.guestlab.emulator.board;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import java.nio.ByteBuffer;
import java.util.List;
import org.junit.Test;

public class FdtWriterTest {

    @Test
    public void writesAWellFormedVersion17Blob() {
        byte[] blob = new FdtWriter()
                .reserve(0x8000_0000L, 0x20_0000)
                .beginNode("")
                .cells("#address-cells", 2)
                .beginNode("node@1")
                .strings("compatible", "a,b", "c")
                .property("flag")
                .longs("reg", 0x1_0000_0000L, 0x1000)
                .property("odd", new byte[] {1, 2, 3})
                .cells("#address-cells", 1)
                .endNode()
                .endNode()
                .toByteArray(3);

        ParsedDeviceTree tree = new ParsedDeviceTree(blob);
        assertEquals("totalsize", blob.length, ByteBuffer.wrap(blob).getInt(4));
        assertEquals(17, tree.version);
        assertEquals(16, tree.lastCompatibleVersion);
        assertEquals(3, tree.bootCpu);
        assertEquals(1, tree.reservations.size());
        assertArrayEquals(new long[] {0x8000_0000L, 0x20_0000}, tree.reservations.get(0));
        assertEquals("", tree.root.name);
        assertEquals(2, tree.root.cell("#address-cells"));
        ParsedDeviceTree.Node node = tree.node("/node@1");
        assertEquals(List.of("a,b", "c"), node.strings("compatible"));
        assertEquals(0, node.property("flag").length);
        assertArrayEquals(new int[] {1, 0, 0, 0x1000}, node.cells("reg"));
        assertArrayEquals(new byte[] {1, 2, 3}, node.property("odd"));
        assertEquals(1, node.cell("#address-cells"));
    }

    @Test
    public void propertyNamesAreStoredOnceInTheStringsBlock() {
        byte[] blob = new FdtWriter().beginNode("")
                .beginNode("a").cells("reg", 1).endNode()
                .beginNode("b").cells("reg", 2).endNode()
                .endNode().toByteArray(0);
        ByteBuffer b = ByteBuffer.wrap(blob);
        assertEquals("\"reg\\0\" only", 4, b.getInt(32));
    }

    @Test(expected = IllegalStateException.class)
    public void unbalancedNodesAreRejected() {
        new FdtWriter().beginNode("").beginNode("x").endNode().toByteArray(0);
    }

    @Test(expected = IllegalStateException.class)
    public void propertyOutsideTheRootIsRejected() {
        new FdtWriter().cells("x", 1);
    }

    @Test(expected = IllegalStateException.class)
    public void firstNodeMustBeTheRoot() {
        new FdtWriter().beginNode("cpus");
    }
}
