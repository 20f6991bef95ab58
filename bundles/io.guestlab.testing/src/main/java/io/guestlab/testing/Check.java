package io.guestlab.testing;

import io.guestlab.emulator.devices.MachineStop;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** How a test's verdict is read from its machine. */
public sealed interface Check {

    /**
     * The guest's exit code through one host interface, or through any when {@code channel} is null.
     * A test passes when the code is {@code expected}.
     */
    record Exit(MachineStop.Channel channel, int expected) implements Check {
    }

    /** TAP (version 13 or 14) on the console: one result per test point, subtests nested. */
    record Tap() implements Check {
    }

    /** The Linux kernel's KTAP on the console (KUnit, kselftest): one result per case, nested by suite. */
    record Ktap() implements Check {
    }

    /**
     * Console patterns, matched line by line: the test passes at the first line a pass pattern
     * matches, fails at the first line a fail pattern matches, whichever comes first.
     */
    record Console(List<Pattern> pass, List<Pattern> fail) implements Check {
        public Console {
            pass = List.copyOf(pass);
            fail = List.copyOf(fail);
        }
    }

    /** The default: exit code 0 through whichever interface the guest uses. */
    Check ANY_EXIT = new Exit(null, 0);

    /**
     * Parses {@code --verdict}: {@code exit|htif|semihosting|syscon|tap|ktap|console:PASS_REGEX[:FAIL_REGEX]}.
     * A colon inside a pattern is written {@code \:}.
     *
     * @throws IllegalArgumentException with a message for the user
     */
    static Check parse(String spec) {
        switch (spec) {
            case "exit":
                return ANY_EXIT;
            case "tap":
                return new Tap();
            case "ktap":
                return new Ktap();
            case "htif", "semihosting", "syscon":
                return new Exit(MachineStop.Channel.valueOf(spec.toUpperCase(Locale.ROOT)), 0);
            default:
                break;
        }
        if (!spec.startsWith("console:")) {
            throw new IllegalArgumentException("--verdict: '" + spec
                    + "' is not one of exit, htif, semihosting, syscon, tap, ktap, console:PASS_REGEX[:FAIL_REGEX]");
        }
        List<String> parts = splitOnUnescapedColon(spec.substring("console:".length()));
        if (parts.isEmpty() || parts.get(0).isEmpty() || parts.size() > 2) {
            throw new IllegalArgumentException("--verdict: '" + spec
                    + "' needs console:PASS_REGEX or console:PASS_REGEX:FAIL_REGEX (write \\: for a colon in a pattern)");
        }
        return new Console(List.of(pattern(parts.get(0), spec)),
                parts.size() == 2 && !parts.get(1).isEmpty() ? List.of(pattern(parts.get(1), spec)) : List.of());
    }

    private static Pattern pattern(String regex, String spec) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("--verdict: pattern '" + regex + "' in '" + spec
                    + "' is not a valid regular expression: " + e.getDescription());
        }
    }

    private static List<String> splitOnUnescapedColon(String text) {
        List<String> parts = new java.util.ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == ':') {
                part.append(':');
                i++;
            } else if (c == ':') {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }
}
