package io.guestlab.debug.core.os;

import io.guestlab.symbols.CType;
import io.guestlab.symbols.ElfSymbol;
import io.guestlab.symbols.Program;
import io.guestlab.symbols.SymbolsException;
import io.guestlab.symbols.Variable;
import io.guestlab.symbols.Variables;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A kernel's global variables by name, each one's address and DWARF type looked up once: a
 * lookup walks the program's compilation units, which for a vmlinux takes seconds, while a
 * provider reads the same few globals at every stop. Not thread-safe (providers run on one
 * engine thread).
 */
public final class KernelGlobals {

    private record Global(long address, CType type) {
    }

    private final Program kernel;
    private final Map<String, Global> known = new HashMap<>();

    public KernelGlobals(Program kernel) {
        this.kernel = kernel;
    }

    public Program kernel() {
        return kernel;
    }

    /** Whether the kernel's symbol table has the name (no DWARF is read). */
    public boolean hasSymbol(String name) {
        try {
            return kernel.addressOf(name).isPresent();
        } catch (SymbolsException e) {
            return false;
        }
    }

    /** The symbol-table entry of a defined data object, or null (no DWARF is read). */
    public ElfSymbol dataSymbol(String name) {
        try {
            for (ElfSymbol s : kernel.symbols()) {
                if (s.isDefined() && s.type() == ElfSymbol.STT_OBJECT && s.name().equals(name)) {
                    return s;
                }
            }
        } catch (SymbolsException e) {
            // no symbol table: no such object
        }
        return null;
    }

    /** The global {@code name} in {@code memory}. */
    public GuestObject get(String name, KernelAccess memory) throws OsAwarenessException {
        Global g = known.get(name);
        if (g == null) {
            g = lookUp(name);
            known.put(name, g);
        }
        return GuestObject.at(name, g.type(), g.address(), memory);
    }

    private Global lookUp(String name) throws OsAwarenessException {
        String file = String.valueOf(kernel.path().getFileName());
        try {
            OptionalLong address = kernel.addressOf(name);
            if (address.isEmpty()) {
                throw new OsAwarenessException(file + " has no symbol '" + name + "'");
            }
            Variable v = kernel.hasDebugInfo() ? Variables.global(kernel, name) : null;
            if (v == null) {
                throw new OsAwarenessException(file + " has no debug information for '" + name + "' (build it with -g)");
            }
            return new Global(address.getAsLong(), v.type());
        } catch (SymbolsException e) {
            throw new OsAwarenessException(file + ": " + e.getMessage());
        }
    }
}
