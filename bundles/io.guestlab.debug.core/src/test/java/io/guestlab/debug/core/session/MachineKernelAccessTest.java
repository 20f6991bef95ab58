package io.guestlab.debug.core.session;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.guestlab.emulator.Machine;
import io.guestlab.emulator.MachineConfig;
import io.guestlab.emulator.isa.Csr;

import org.junit.Test;

/** Kernel memory as providers read it: through a hart that maps it, else physically (identity-mapped kernels). */
public class MachineKernelAccessTest {

    private static final long RAM = MachineConfig.DEFAULT_RAM_BASE;

    @Test
    public void readsThroughAHartThatMapsTheAddressElsePhysically() {
        Machine machine = new Machine(MachineConfig.defaults().withRamSize(1 << 20).withHarts(2));
        machine.writePhysical(RAM + 0x100, new byte[] {1, 2, 3, 4});
        // hart 0 runs a user page table that maps nothing (Sv39, root table all zero at RAM + 0x10000)
        machine.setPrivilege(0, 0);
        machine.setCsr(0, Csr.SATP, 8L << 60 | (RAM + 0x10000) >>> 12);
        MachineKernelAccess access = new MachineKernelAccess(machine);
        assertEquals("hart 1 (M-mode, no translation) sees the kernel", 1, access.hartMapping(RAM + 0x100));
        byte[] b = new byte[4];
        assertTrue(access.read(RAM + 0x100, b));
        assertArrayEquals(new byte[] {1, 2, 3, 4}, b);

        machine.setPrivilege(1, 0);
        machine.setCsr(1, Csr.SATP, 8L << 60 | (RAM + 0x10000) >>> 12);
        assertEquals("no hart maps it", -1, access.hartMapping(RAM + 0x100));
        b = new byte[4];
        assertTrue("read physically", access.read(RAM + 0x100, b));
        assertArrayEquals(new byte[] {1, 2, 3, 4}, b);
        assertFalse("neither mapped nor RAM", access.read(0x40000000L, b));
    }
}
