package io.guestlab.debug.core.session;

import io.guestlab.debug.core.CaughtTrap;
import io.guestlab.emulator.Machine;
import io.guestlab.emulator.Watchpoint;
import io.guestlab.symbols.SourceLines;
import io.guestlab.symbols.SymbolsException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The session's breakpoints and where they are in the engine: code addresses (shared, counted,
 * with the stepping logic's temporary ones), watchpoints and caught traps. Engine thread only.
 */
final class BreakpointTable {

    /** Lines looked at after a line without code before giving up (gdb moves to the next line with code). */
    private static final int MAX_LINE_MOVE = 50;

    /** A placed breakpoint and how often its stop condition held. */
    static final class Entry {
        final BreakpointSpec spec;
        final List<Long> addresses = new ArrayList<>();
        Watchpoint watch;
        CaughtTrap trap;
        int line;
        int hits;

        Entry(BreakpointSpec spec) {
            this.spec = spec;
        }
    }

    private final Map<BreakpointSpec, Entry> entries = new LinkedHashMap<>();
    private final Map<Long, Integer> addressRefs = new HashMap<>();
    private final Map<Long, Integer> trapRefs = new HashMap<>();
    private Machine machine;
    private SessionSymbols symbols;

    /** Binds the table to a (new) machine, placing nothing: see {@link #replaceAll}. */
    void bind(Machine m, SessionSymbols s) {
        this.machine = m;
        this.symbols = s;
        addressRefs.clear();
        trapRefs.clear();
    }

    /** Places every breakpoint again (a new machine after a restart); returns the problems by spec. */
    Map<BreakpointSpec, String> replaceAll(ExpressionEvaluator.Scope globals) {
        List<BreakpointSpec> specs = new ArrayList<>(entries.keySet());
        entries.clear();
        Map<BreakpointSpec, String> problems = new LinkedHashMap<>();
        for (BreakpointSpec s : specs) {
            String p = add(s, globals);
            if (p != null) {
                problems.put(s, p);
            }
        }
        return problems;
    }

    Entry entry(BreakpointSpec spec) {
        return entries.get(spec);
    }

    /** Places a breakpoint; null when placed, else why not (it is then not in the table). */
    String add(BreakpointSpec spec, ExpressionEvaluator.Scope globals) {
        if (entries.containsKey(spec)) {
            return null;
        }
        Entry e = new Entry(spec);
        try {
            switch (spec.site()) {
                case BreakpointSpec.Line l -> {
                    String problem = resolveLine(e, l);
                    if (problem != null) {
                        return problem;
                    }
                }
                case BreakpointSpec.Function f -> {
                    OptionalLong a = symbols.afterPrologue(f.name());
                    if (a.isEmpty()) {
                        return "no function '" + f.name() + "' in the symbol files";
                    }
                    e.addresses.add(a.getAsLong());
                }
                case BreakpointSpec.Address a -> e.addresses.add(a.address());
                case BreakpointSpec.Watch w -> {
                    io.guestlab.symbols.Value v;
                    try {
                        v = new ExpressionEvaluator(globals).evaluate(w.expression());
                    } catch (ExpressionEvaluator.EvaluationException ex) {
                        return "cannot watch '" + w.expression() + "': " + ex.getMessage();
                    }
                    if (!v.inMemory()) {
                        return "cannot watch '" + w.expression() + "': it is not in memory";
                    }
                    long length = w.length() > 0 ? w.length() : Math.max(1, v.type().size());
                    e.watch = new Watchpoint(v.address(), length, false, w.read(), w.write());
                }
                case BreakpointSpec.Trap t -> e.trap = t.trap();
            }
        } catch (SymbolsException ex) {
            return "the symbol files cannot be read: " + ex.getMessage();
        }
        for (long a : e.addresses) {
            addAddress(a);
        }
        if (e.watch != null) {
            machine.addWatchpoint(e.watch);
        }
        if (e.trap != null) {
            catchTrap(e.trap, true);
        }
        entries.put(spec, e);
        return null;
    }

    void remove(BreakpointSpec spec) {
        Entry e = entries.remove(spec);
        if (e == null) {
            return;
        }
        for (long a : e.addresses) {
            removeAddress(a);
        }
        if (e.watch != null) {
            machine.removeWatchpoint(e.watch);
        }
        if (e.trap != null) {
            catchTrap(e.trap, false);
        }
    }

    /** The lowest address of the line (or the next line with code) in each function that has it. */
    private String resolveLine(Entry e, BreakpointSpec.Line l) throws SymbolsException {
        for (int line = l.line(); line < l.line() + MAX_LINE_MOVE; line++) {
            Map<String, Long> perFunction = new LinkedHashMap<>();
            int landed = line;
            for (SourceLines lines : symbols.allLines()) {
                for (long a : lines.addressesOf(l.file(), line)) {
                    Optional<SourceLines.FunctionRange> f = lines.functionContaining(a);
                    long at = a;
                    if (f.isPresent() && f.get().low() == a) {
                        // a function's opening line: after its prologue, as gdb places it
                        Optional<SourceLines.Statement> body = lines.nextStatement(a);
                        if (body.isPresent()) {
                            at = body.get().address();
                            landed = body.get().line();
                        }
                    }
                    String key = f.map(r -> r.name() + "@" + r.low()).orElse("@" + a);
                    perFunction.merge(key, at, (x, y) -> Long.compareUnsigned(x, y) <= 0 ? x : y);
                }
            }
            if (!perFunction.isEmpty()) {
                e.addresses.addAll(perFunction.values());
                e.line = landed;
                return null;
            }
        }
        return "no code at or after line " + l.line() + " of " + l.file() + " in the symbol files";
    }

    /** A temporary code breakpoint of the stepping logic (counted with the user's). */
    void addAddress(long address) {
        if (addressRefs.merge(address, 1, Integer::sum) == 1) {
            machine.addBreakpoint(address);
        }
    }

    void removeAddress(long address) {
        Integer left = addressRefs.computeIfPresent(address, (a, n) -> n == 1 ? null : n - 1);
        if (left == null) {
            machine.removeBreakpoint(address);
        }
    }

    /** Catches a trap for a breakpoint or the launch (counted). */
    void catchTrap(CaughtTrap trap, boolean on) {
        long key = (trap.interrupt() ? 64L : 0L) + trap.cause();
        int n = on ? trapRefs.merge(key, 1, Integer::sum) : trapRefs.merge(key, -1, Integer::sum);
        if (n <= 0) {
            trapRefs.remove(key);
        }
        machine.catchTrap(trap.cause(), trap.interrupt(), n > 0);
    }

    List<Entry> at(long pc) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (e.addresses.contains(pc)) {
                out.add(e);
            }
        }
        return out;
    }

    List<Entry> watching(long accessed) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (e.watch != null && e.watch.overlaps(accessed, 8)) {
                out.add(e);
            }
        }
        return out;
    }

    List<Entry> catching(long cause) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (e.trap != null && e.trap.cause() == (int) (cause & 63) && e.trap.interrupt() == cause < 0) {
                out.add(e);
            }
        }
        return out;
    }

    int size() {
        return entries.size();
    }
}
