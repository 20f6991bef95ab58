package io.guestlab.symbols;

import java.util.ArrayList;
import java.util.List;

/**
 * Several ELFs loaded into one address space, each at its load offset (e.g. OpenSBI firmware,
 * a kernel and a user program). Lookups go to the program whose sections hold the address.
 */
public final class AddressSpace {

    private final List<Program> programs = new ArrayList<>();

    public AddressSpace add(Program program) {
        programs.add(program);
        return this;
    }

    public List<Program> programs() {
        return List.copyOf(programs);
    }

    /** The program holding {@code address} in one of its allocated sections, or null. */
    public Program programAt(long address) {
        for (Program p : programs) {
            if (p.containsAddress(address)) {
                return p;
            }
        }
        return null;
    }

    /** {@code name+0xoff} from whichever program holds the address, or null. */
    public SymbolMatch symbolAt(long address) throws SymbolsException {
        Program p = programAt(address);
        return p == null ? null : p.symbolAt(address);
    }

    /** The source meaning of an address, or an empty answer when no program holds it. */
    public AddressInfo describe(long address) throws SymbolsException {
        Program p = programAt(address);
        return p == null ? new AddressInfo(address, List.of()) : p.describe(address);
    }
}
