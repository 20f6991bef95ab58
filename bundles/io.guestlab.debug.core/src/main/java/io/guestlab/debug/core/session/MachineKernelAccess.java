package io.guestlab.debug.core.session;

import io.guestlab.debug.core.os.KernelAccess;
import io.guestlab.emulator.Machine;

import java.util.OptionalLong;

/**
 * A stopped machine as an OS-awareness provider reads it (engine thread only). Kernel memory is
 * read through the first hart whose translation maps the address: a hart in the firmware (M-mode,
 * no paging) does not see a Linux kernel's addresses, another hart in the kernel does. When no
 * hart maps it (every hart runs a user page table without the kernel, as xv6's do), the address
 * is read as physical: such kernels map themselves one to one.
 */
final class MachineKernelAccess implements KernelAccess {

    private final Machine machine;

    MachineKernelAccess(Machine machine) {
        this.machine = machine;
    }

    @Override
    public boolean read(long address, byte[] into) {
        int hart = hartMapping(address);
        return hart >= 0 ? machine.readVirtual(hart, address, into) : machine.readPhysical(address, into);
    }

    /** The first hart that can read {@code address} through its translation, or -1. */
    int hartMapping(long address) {
        byte[] probe = new byte[1];
        for (int h = 0; h < machine.hartCount(); h++) {
            if (machine.readVirtual(h, address, probe)) {
                return h;
            }
        }
        return -1;
    }

    @Override
    public int harts() {
        return machine.hartCount();
    }

    @Override
    public OptionalLong register(int hart, int dwarfRegister) {
        return dwarfRegister >= 0 && dwarfRegister < 32 ? OptionalLong.of(machine.register(hart, dwarfRegister)) : OptionalLong.empty();
    }

    @Override
    public OptionalLong csr(int hart, int number) {
        Long v = machine.csr(hart, number);
        return v == null ? OptionalLong.empty() : OptionalLong.of(v);
    }

    @Override
    public int privilege(int hart) {
        return machine.privilege(hart);
    }
}
