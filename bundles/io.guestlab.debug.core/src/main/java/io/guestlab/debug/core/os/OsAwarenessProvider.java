package io.guestlab.debug.core.os;

import io.guestlab.symbols.Program;
import io.guestlab.symbols.SymbolsException;

import java.util.List;

/**
 * Knows one kernel family's processes: how to recognise such a kernel from its symbols and how
 * to list its processes from a stopped machine's memory. Contributed through the extension point
 * {@code io.guestlab.debug.core.osAwareness} (schema/osAwareness.exsd); Guestlab's own providers
 * for xv6 ({@link Xv6Provider}) and Linux ({@link LinuxProvider}) come that way too.
 * <p>
 * Providers read the kernel's data through its DWARF types ({@link GuestObject}): member offsets,
 * array sizes and enumerator names come from the ELF being debugged, never from constants, so a
 * kernel built with another layout still works. A provider needs no OSGi: it takes the kernel's
 * symbols and a {@link KernelAccess}, so plain unit tests can drive it. It is called on the
 * machine's engine thread while the machine is stopped, once per stop: keep it to reads. Each
 * machine gets its own instance, so a provider may keep what it looked up in the symbols
 * ({@link KernelGlobals}) from stop to stop.
 */
public interface OsAwarenessProvider {

    /** The kernel family as the Debug view names it: {@code xv6}, {@code Linux}. */
    String kernelName();

    /**
     * Whether {@code kernel} is of this family, from its ELF symbols and DWARF alone (no memory is
     * read yet: the machine may still be at reset). Asked once per program of a debug session.
     */
    boolean recognises(Program kernel) throws SymbolsException;

    /**
     * The kernel's processes now, in the kernel's own order, each with the registers it saved
     * when it last gave up its hart.
     *
     * @throws OsAwarenessException when the kernel's data cannot be read (not initialised yet, a
     *         symbol without debug information, a corrupt list): one sentence saying which
     */
    List<GuestTask> tasks(Program kernel, KernelAccess machine) throws OsAwarenessException;
}
