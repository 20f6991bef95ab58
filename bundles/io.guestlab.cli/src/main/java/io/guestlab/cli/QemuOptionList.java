package io.guestlab.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One value of a QEMU option in its {@code [implied,]key=value,...} syntax, e.g.
 * {@code virtio-blk-device,drive=x0,bus=virtio-mmio-bus.0}: the first part may omit its key
 * (QEMU's implied key: the machine type, the device driver, the -smp count), and {@code ,,} is a
 * comma inside a value, as in QEMU.
 */
final class QemuOptionList {

    private final String option;
    private final String text;
    private final Map<String, String> values = new LinkedHashMap<>();

    /**
     * @param impliedKey the key of a first part without '=' (null: every part needs one)
     */
    QemuOptionList(String option, String text, String impliedKey) {
        this.option = option;
        this.text = text;
        List<String> parts = split(text);
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            int eq = part.indexOf('=');
            String key;
            String value;
            if (eq < 0 && i == 0 && impliedKey != null) {
                key = impliedKey;
                value = part;
            } else if (eq < 0) {
                key = part; // a flag such as readonly: QEMU reads it as on
                value = "on";
            } else {
                key = part.substring(0, eq);
                value = part.substring(eq + 1);
            }
            if (values.put(key, value) != null) {
                throw new UsageException(where() + ": " + key + " is given twice");
            }
        }
    }

    /** The value of {@code key}, or null when absent. */
    String get(String key) {
        return values.get(key);
    }

    /** The value of {@code key} as QEMU's on/off (also yes/no, true/false), or {@code otherwise}. */
    boolean flag(String key, boolean otherwise) {
        String v = values.get(key);
        if (v == null) {
            return otherwise;
        }
        return switch (v) {
            case "on", "yes", "true" -> true;
            case "off", "no", "false" -> false;
            default -> throw new UsageException(where() + ": " + key + "=" + v + " is not on or off");
        };
    }

    /**
     * The value of {@code key} as QEMU reads a 64-bit unsigned property (qemu_strtou64, base 0:
     * {@code 0x} hexadecimal, a leading {@code 0} octal, else decimal), or {@code otherwise}.
     */
    long unsigned(String key, long otherwise) {
        String v = values.get(key);
        if (v == null) {
            return otherwise;
        }
        try {
            if (v.startsWith("0x") || v.startsWith("0X")) {
                return Long.parseUnsignedLong(v.substring(2), 16);
            }
            return v.length() > 1 && v.startsWith("0") ? Long.parseUnsignedLong(v.substring(1), 8) : Long.parseUnsignedLong(v);
        } catch (NumberFormatException e) {
            throw new UsageException(where() + ": " + key + "=" + v + " is not a number (decimal, or hexadecimal with 0x)");
        }
    }

    /** The value of {@code key} (null when absent), which must be one of {@code allowed} (separated by spaces). */
    String oneOf(String key, String allowed) {
        String v = values.get(key);
        if (v != null && !List.of(allowed.split(" ")).contains(v)) {
            throw new UsageException(where() + ": " + key + "=" + v + " is not one of QEMU's values ("
                    + allowed.replace(" ", ", ") + ")");
        }
        return v;
    }

    /** The option as the user wrote it, e.g. {@code -drive}. */
    String option() {
        return option;
    }

    /** The option and its value as the user wrote them, to start a message. */
    String where() {
        return option + " " + text;
    }

    /** Refuses every key not in {@code known}, naming it and the option. */
    void allowOnly(String known, String advice) {
        for (String key : values.keySet()) {
            if (!List.of(known.split(" ")).contains(key)) {
                throw new UsageException(where() + ": '" + key + "' is not supported by Guestlab: " + advice);
            }
        }
    }

    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' && i + 1 < text.length() && text.charAt(i + 1) == ',') {
                part.append(',');
                i++;
            } else if (c == ',') {
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
