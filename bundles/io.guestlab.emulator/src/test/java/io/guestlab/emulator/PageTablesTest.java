package io.guestlab.emulator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.guestlab.emulator.isa.Csr;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.junit.Test;

/** The debugger's walk of an Sv39 table: translation, page faults, superpages, the MPRV rule, the listing. */
public class PageTablesTest {

    private static final long RAM = MachineConfig.DEFAULT_RAM_BASE;
    private final Machine machine = new Machine(MachineConfig.defaults());
    private final PageTables tables = new PageTables(machine, 0);

    private void pte(long table, int index, long value) {
        byte[] b = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(value).array();
        assertTrue(machine.writePhysical(table + 8L * index, b));
    }

    /** 0x1000-0x2fff -> 0x80005000 (4 KiB pages, user), 0x80000000 -> itself (a 1 GiB page); S-mode. */
    private void sv39() {
        long root = RAM + 0x10000, mid = RAM + 0x11000, leaf = RAM + 0x12000;
        pte(root, 2, (RAM >>> 12) << 10 | 0xcf);
        pte(root, 0, (mid >>> 12) << 10 | 0x01);
        pte(mid, 0, (leaf >>> 12) << 10 | 0x01);
        pte(leaf, 1, ((RAM + 0x5000) >>> 12) << 10 | 0x53);
        pte(leaf, 2, ((RAM + 0x6000) >>> 12) << 10 | 0x53);
        assertTrue(machine.setCsr(0, Csr.SATP, 8L << 60 | root >>> 12));
        machine.setPrivilege(0, 1);
    }

    @Test
    public void translatesThroughTheTableInSupervisorMode() {
        sv39();
        assertTrue(tables.translates());
        assertEquals(RAM + 0x5123, tables.translate(0x1123));
        assertEquals(RAM + 0x6ff8, tables.translate(0x2ff8));
        assertEquals("a 1 GiB superpage", RAM + 0x123456, tables.translate(RAM + 0x123456));
        assertEquals("no PTE: a page fault", -1, tables.translate(0x3000));
        assertEquals("not sign-extended from bit 38", -1, tables.translate(1L << 40));
    }

    @Test
    public void machineModeIsNotTranslatedUnlessMprvSaysSo() {
        sv39();
        machine.setPrivilege(0, 3);
        assertFalse(tables.translates());
        assertEquals(0x3000, tables.translate(0x3000));
        long mstatus = machine.csr(0, Csr.MSTATUS);
        assertTrue(machine.setCsr(0, Csr.MSTATUS, mstatus | 1L << 17 | 1L << 11)); // MPRV, MPP = S
        assertTrue(tables.translates());
        assertEquals(RAM + 0x5000, tables.translate(0x1000));
    }

    @Test
    public void listsRangesWithTheirPermissions() {
        sv39();
        PageTables.Listing l = tables.list(100);
        assertEquals("Sv39", l.modeName());
        assertEquals(2, l.mappings().size());
        PageTables.Mapping user = l.mappings().get(0);
        assertEquals(0x1000, user.virtualAddress());
        assertEquals(RAM + 0x5000, user.physicalAddress());
        assertEquals(0x2000, user.size());
        assertEquals("r--u-a-", user.flagText());
        assertEquals("rwx--ad", l.mappings().get(1).flagText());
        assertEquals(1, tables.list(1).mappings().size());
        assertTrue(tables.list(1).truncated());
    }
}
