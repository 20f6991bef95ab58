package io.guestlab.emulator.board;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import io.guestlab.emulator.loader.BootImageException;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.Test;

/** The /chosen edits QEMU makes to a given device tree, and the one-line refusal of a malformed one. */
public class FdtEditorTest {

    private static byte[] tree(boolean withChosen) {
        FdtWriter fdt = new FdtWriter().reserve(0x8000_0000L, 0x1000);
        fdt.beginNode("").cells("#address-cells", 2).strings("model", "test-board");
        if (withChosen) {
            fdt.beginNode("chosen").strings("bootargs", "root=/dev/vda rw loglevel=8").strings("stdout-path", "serial0")
                    .endNode();
        }
        fdt.beginNode("memory@80000000").strings("device_type", "memory").endNode();
        return fdt.endNode().toByteArray(0);
    }

    private static byte[] edited(byte[] given, String bootargs, long initrdStart, long initrdEnd) throws Exception {
        return FdtEditor.open("board.dtb", given).chosen(bootargs, initrdStart, initrdEnd).toByteArray();
    }

    @Test
    public void aMissingChosenNodeIsAddedFirstAfterTheRootsProperties() throws Exception {
        byte[] blob = edited(tree(false), "console=ttyS0", 0, 0);
        ParsedDeviceTree parsed = new ParsedDeviceTree(blob);
        assertEquals("chosen", parsed.root.children.get(0).name);
        assertEquals("memory@80000000", parsed.root.children.get(1).name);
        assertEquals("console=ttyS0", parsed.node("/chosen").string("bootargs"));
        assertEquals("test-board", parsed.root.string("model"));
        assertEquals(0x1000, parsed.reservations.get(0)[1]);
    }

    @Test
    public void anExistingBootargsIsReplacedInPlaceAndItsNameReused() throws Exception {
        byte[] given = tree(true);
        byte[] blob = edited(given, "quiet", 0x8800_0000L, 0x8800_1000L);
        ParsedDeviceTree.Node chosen = new ParsedDeviceTree(blob).node("/chosen");
        assertEquals("quiet", chosen.string("bootargs"));
        assertEquals("serial0", chosen.string("stdout-path"));
        assertEquals(0x8800_0000, chosen.cell("linux,initrd-start"));
        assertEquals(0x8800_1000, chosen.cell("linux,initrd-end"));
        assertEquals(List.of("linux,initrd-end", "linux,initrd-start", "bootargs", "stdout-path"),
                List.copyOf(chosen.properties.keySet()));
        ByteBuffer before = ByteBuffer.wrap(given);
        ByteBuffer after = ByteBuffer.wrap(blob);
        // Strings block: only the two initrd names are new ("bootargs" is already there).
        assertEquals(before.getInt(32) + "linux,initrd-start".length() + 1 + "linux,initrd-end".length() + 1,
                after.getInt(32));
        // The structure shrank by the old value's words less "quiet\0"'s, grew by two one-cell properties.
        assertEquals(before.getInt(36) - 28 + 8 + 2 * 16, after.getInt(36));
        assertEquals(after.getInt(12) + after.getInt(32), after.getInt(4)); // totalsize: packed
        assertEquals((given.length + 10_000) * 2, blob.length); // the buffer: grown as QEMU grows it
    }

    @Test
    public void anInitrdAbove4GiBKeepsBothCells() throws Exception {
        ParsedDeviceTree.Node chosen = new ParsedDeviceTree(edited(tree(true), "", 0x1_0000_0000L, 0x1_0000_1000L))
                .node("/chosen");
        assertEquals(List.of(1, 0), List.of(chosen.cells("linux,initrd-start")[0], chosen.cells("linux,initrd-start")[1]));
    }

    @Test
    public void nothingToEditLeavesTheTreeAsItIs() throws Exception {
        byte[] given = tree(true);
        byte[] blob = edited(given, "", 0, 0);
        assertEquals(java.util.Arrays.toString(given), java.util.Arrays.toString(java.util.Arrays.copyOf(blob, given.length)));
    }

    @Test
    public void anUnknownTokenIsRefusedWithItsOffset() throws Exception {
        byte[] given = tree(true);
        int structAt = ByteBuffer.wrap(given).getInt(8);
        ByteBuffer.wrap(given).putInt(structAt + 8, 7); // the root's first property token
        refused(given, "device tree board.dtb: malformed at offset 0x" + Integer.toHexString(structAt + 8)
                + ": unknown token 0x7");
    }

    @Test
    public void aPropertyNameOutsideTheStringsBlockIsRefusedWithItsOffset() throws Exception {
        byte[] given = tree(true);
        int structAt = ByteBuffer.wrap(given).getInt(8);
        ByteBuffer.wrap(given).putInt(structAt + 16, 5000);
        refused(given, "device tree board.dtb: malformed at offset 0x" + Integer.toHexString(structAt + 8)
                + ": property name offset 5000 is not a string in the " + ByteBuffer.wrap(given).getInt(32)
                + "-byte strings block");
    }

    @Test
    public void anUnclosedNodeIsRefused() throws Exception {
        byte[] given = tree(false);
        ByteBuffer b = ByteBuffer.wrap(given);
        int endAt = b.getInt(8) + b.getInt(36) - 4;
        b.putInt(endAt - 4, 4); // the root's FDT_END_NODE becomes an FDT_NOP
        refused(given, "device tree board.dtb: malformed at offset 0x" + Integer.toHexString(endAt)
                + ": FDT_END with 1 node(s) still open");
    }

    @Test
    public void aVersionBefore16IsRefusedAsQemuRefusesIt() throws Exception {
        byte[] given = tree(true);
        ByteBuffer.wrap(given).putInt(20, 3).putInt(24, 1);
        refused(given, "device tree board.dtb: version 3 (last compatible 1) cannot be read: QEMU, like Guestlab,"
                + " reads versions 16 and 17 (convert it with dtc -I dtb -O dtb)");
    }

    @Test
    public void aVersion16TreeBecomesVersion17WithItsStructureSizeFound() throws Exception {
        byte[] current = tree(true);
        byte[] old = current.clone();
        ByteBuffer.wrap(old).putInt(20, 16).putInt(36, 0); // version 16 has no size_dt_struct
        byte[] blob = edited(old, "", 0, 0);
        ByteBuffer b = ByteBuffer.wrap(blob);
        assertEquals(17, b.getInt(20));
        assertEquals(ByteBuffer.wrap(current).getInt(36), b.getInt(36));
        assertEquals("the caller's bytes are left alone", 16, ByteBuffer.wrap(old).getInt(20));
        assertEquals("quiet", new ParsedDeviceTree(edited(old, "quiet", 0, 0)).node("/chosen").string("bootargs"));
    }

    private static void refused(byte[] given, String message) {
        try {
            FdtEditor.open("board.dtb", given);
            fail("accepted");
        } catch (BootImageException e) {
            assertEquals(message, e.getMessage());
        }
    }
}
