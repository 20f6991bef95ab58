package io.guestlab.emulator.devices;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import org.junit.Test;

/** QEMU's disk rules, kept in one place for --drive, guestlab qemu's -drive/-device and machine files. */
public class BlockSettingsTest {

    @Test
    public void cacheModesSetTheWriteCacheAsOnQemu() {
        for (String on : new String[] {"writeback", "none", "unsafe"}) {
            assertTrue(on, BlockSettings.writeCacheOf(on));
        }
        for (String off : new String[] {"writethrough", "directsync"}) {
            assertFalse(off, BlockSettings.writeCacheOf(off));
        }
        assertRefused(() -> BlockSettings.writeCacheOf("fast"), "cache=fast is not writeback, none, unsafe, writethrough or directsync");
    }

    @Test
    public void discardValuesAsOnQemu() {
        assertTrue(BlockSettings.unmaps("unmap"));
        assertTrue(BlockSettings.unmaps("on"));
        assertFalse(BlockSettings.unmaps("ignore"));
        assertFalse(BlockSettings.unmaps("off"));
        assertRefused(() -> BlockSettings.unmaps("unmap-clusters"), "discard=unmap-clusters is not ignore or unmap");
    }

    @Test
    public void aSerialIsPrintableAscii() {
        assertTrue(BlockSettings.isPrintable("GL-0123 ~xyz"));
        assertTrue(BlockSettings.isPrintable(""));
        assertFalse(BlockSettings.isPrintable("tab\there"));
        assertFalse(BlockSettings.isPrintable("é"));
    }

    private static void assertRefused(Runnable r, String message) {
        try {
            r.run();
            fail("accepted: " + message);
        } catch (IllegalArgumentException e) {
            assertEquals(message, e.getMessage());
        }
    }
}
