package io.guestlab.debug.core.session;

import io.guestlab.emulator.Machine;
import io.guestlab.symbols.TargetAccess;

import java.util.OptionalLong;

/** A stopped hart as the symbols layer sees it: x and f registers by DWARF number, memory through its translation. */
final class HartAccess implements TargetAccess {

    private final Machine machine;
    private final int hart;

    HartAccess(Machine machine, int hart) {
        this.machine = machine;
        this.hart = hart;
    }

    @Override
    public OptionalLong register(int dwarfRegister) {
        if (dwarfRegister >= 0 && dwarfRegister < 32) {
            return OptionalLong.of(machine.register(hart, dwarfRegister));
        }
        if (dwarfRegister >= 32 && dwarfRegister < 64) {
            return OptionalLong.of(machine.fpRegister(hart, dwarfRegister - 32));
        }
        return OptionalLong.empty();
    }

    @Override
    public boolean read(long address, byte[] into) {
        return machine.readVirtual(hart, address, into);
    }
}
