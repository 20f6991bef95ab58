package io.guestlab.debug.ui.breakpoints;

import io.guestlab.debug.core.Numbers;

/** Checks of what a user types into the breakpoint dialogs: null, or one sentence saying what is wrong. */
final class BreakpointInputs {

    private BreakpointInputs() {
    }

    static String functionProblem(String text) {
        String t = text.trim();
        if (t.isEmpty()) {
            return "Type the name of a function, e.g. kmain.";
        }
        return t.matches("[A-Za-z_.$][A-Za-z0-9_.$:]*") ? null : "'" + t + "' is not a function name.";
    }

    static String addressProblem(String text) {
        try {
            Numbers.parse(text);
            return null;
        } catch (NumberFormatException e) {
            return "'" + text.trim() + "' is not an address: type 0x80000000 or a decimal number.";
        }
    }

    static String lengthProblem(String text) {
        try {
            long n = Numbers.parse(text);
            return n >= 0 ? null : "The length cannot be negative.";
        } catch (NumberFormatException e) {
            return "'" + text.trim() + "' is not a length in bytes (0: the size of the expression's type).";
        }
    }
}
