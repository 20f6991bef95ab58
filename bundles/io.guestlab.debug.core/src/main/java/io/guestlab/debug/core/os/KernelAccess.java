package io.guestlab.debug.core.os;

import java.util.OptionalLong;

/**
 * What an {@link OsAwarenessProvider} may read of a stopped machine: kernel memory by virtual
 * address (through a hart that has the kernel mapped) and each hart's registers. Reads have no
 * side effects; a read the machine cannot serve answers false or empty, never throws.
 */
public interface KernelAccess {

    /** RISC-V privilege levels as {@link #privilege} answers them (privileged spec section 1.2). */
    int USER = 0;
    int SUPERVISOR = 1;
    int MACHINE = 3;

    /** Reads {@code into.length} bytes at a kernel virtual address; false when any byte is unreadable. */
    boolean read(long address, byte[] into);

    /** How many harts the machine has. */
    int harts();

    /** An integer register of a hart by DWARF number (x0-x31 are 0-31), or empty. */
    OptionalLong register(int hart, int dwarfRegister);

    /** A CSR of a hart by its number (e.g. 0x140 for sscratch), or empty when the hart has none. */
    OptionalLong csr(int hart, int number);

    /** The privilege level the hart runs at: {@link #USER}, {@link #SUPERVISOR} or {@link #MACHINE}. */
    int privilege(int hart);
}
