package io.guestlab.debug.core.session;

import io.guestlab.emulator.Machine;
import io.guestlab.symbols.AddressInfo;
import io.guestlab.symbols.SourceLocation;
import io.guestlab.symbols.StackFrame;
import io.guestlab.symbols.SymbolMatch;
import io.guestlab.symbols.SymbolsException;
import io.guestlab.symbols.Unwinder;

import java.util.ArrayList;
import java.util.List;

/** A hart's frames: the symbols layer's unwinder across traps, each frame expanded into its inlined calls. */
final class Backtraces {

    static final int MAX_FRAMES = 64;

    private Backtraces() {
    }

    static List<FrameInfo> of(Machine machine, int hart, SessionSymbols symbols) throws SymbolsException {
        HartAccess access = new HartAccess(machine, hart);
        Unwinder unwinder = new Unwinder(symbols.space(), new TrapVectorBoundary(machine, hart, symbols.space()));
        return describe(unwinder.backtrace(access, machine.pc(hart), MAX_FRAMES), hart, symbols, false);
    }

    /**
     * A backtrace's frames with their source, inlined calls expanded; {@code hart} is whose memory
     * the frames' variables are read through. {@code topReturns}: the innermost pc is a return
     * address too (a task's saved ra), so its call is described, not the instruction after it.
     */
    static List<FrameInfo> describe(Unwinder.Backtrace bt, int hart, SessionSymbols symbols, boolean topReturns)
            throws SymbolsException {
        List<FrameInfo> out = new ArrayList<>();
        for (StackFrame f : bt.frames()) {
            boolean exact = f.level() == 0 && !topReturns || f.source() == StackFrame.Source.TRAP;
            // a return address is after the call: describe the call itself
            AddressInfo info = symbols.describeFrame(exact ? f.pc() : f.pc() - 1);
            boolean trap = f.source() == StackFrame.Source.TRAP;
            if (!info.found()) {
                SymbolMatch m = symbols.space().symbolAt(f.pc());
                out.add(new FrameInfo(hart, f.pc(), m != null ? m.symbol().name() : null, null, 0, false, trap, f));
                continue;
            }
            List<SourceLocation> locations = info.locations();
            for (int i = 0; i < locations.size(); i++) {
                SourceLocation l = locations.get(i);
                String function = l.function();
                if (function == null) {
                    SymbolMatch m = symbols.space().symbolAt(f.pc());
                    function = m != null ? m.symbol().name() : null;
                }
                out.add(new FrameInfo(hart, f.pc(), function, l.file(), l.line(), i < locations.size() - 1,
                        trap && i == 0, f));
            }
        }
        return out;
    }
}
