package io.guestlab.debug.core.session;

import io.guestlab.emulator.TrapLog;
import io.guestlab.symbols.AddressInfo;
import io.guestlab.symbols.SymbolMatch;
import io.guestlab.symbols.SymbolsException;

/**
 * A trap of the trap log with the place it was taken at, as the Trap log view lists it.
 *
 * @param function the function containing the trapping pc, or null when unknown
 * @param file     its source file, or null when unknown
 * @param line     its line, 0 when unknown
 */
public record TrapRecord(TrapLog.Entry trap, String function, String file, int line) {

    static TrapRecord of(TrapLog.Entry trap, SessionSymbols symbols) {
        try {
            AddressInfo info = symbols.describeFrame(trap.epc());
            if (info.found()) {
                var l = info.locations().get(0); // the innermost: an inlined call's own line
                return new TrapRecord(trap, l.function() != null ? l.function() : symbolAt(trap.epc(), symbols),
                        l.file(), l.line());
            }
        } catch (SymbolsException e) {
            // the address is all there is to show
        }
        return new TrapRecord(trap, symbolAt(trap.epc(), symbols), null, 0);
    }

    private static String symbolAt(long address, SessionSymbols symbols) {
        try {
            SymbolMatch m = symbols.space().symbolAt(address);
            return m != null ? m.symbol().name() : null;
        } catch (SymbolsException e) {
            return null;
        }
    }

    /** {@code kerneltrap (trap.c:42)} or {@code 0x80000010}. */
    public String where() {
        return new FrameInfo(trap.hart(), trap.epc(), function, file, line, false, false, null).where();
    }

    /** M, S or U. */
    public static String privilegeName(int privilege) {
        return Registers.privilegeName(privilege);
    }
}
