package io.guestlab.debug.core.session;

import io.guestlab.debug.core.CaughtTrap;

/**
 * What a breakpoint asks the machine for, free of Eclipse's markers: where it stops, and when
 * (a condition in the expression language of {@link ExpressionEvaluator}, a hit count).
 *
 * @param site      where or on what it stops
 * @param condition an expression that must be non-zero for the stop to count; empty: always
 * @param hitCount  stop on the n-th time the site is reached (and after); 0 or 1: every time
 */
public record BreakpointSpec(Site site, String condition, int hitCount) {

    public BreakpointSpec {
        condition = condition == null ? "" : condition.trim();
    }

    public static BreakpointSpec of(Site site) {
        return new BreakpointSpec(site, "", 0);
    }

    /** A place or event a breakpoint stops at. */
    public sealed interface Site permits Line, Function, Address, Watch, Trap {
    }

    /** A source line of {@code file} (a path, or a name that ends one of the program's paths). */
    public record Line(String file, int line) implements Site {
    }

    /** The first line of a function, after its prologue. */
    public record Function(String name) implements Site {
    }

    /** An instruction address. */
    public record Address(long address) implements Site {
    }

    /**
     * Accesses to the object {@code expression} denotes (a variable, {@code tasks[1].runs}, or an
     * address as {@code *(int *)0x80001000}); {@code length} 0 means the size of its type.
     */
    public record Watch(String expression, long length, boolean read, boolean write) implements Site {
    }

    /** A trap taken by any hart. */
    public record Trap(CaughtTrap trap) implements Site {
    }
}
