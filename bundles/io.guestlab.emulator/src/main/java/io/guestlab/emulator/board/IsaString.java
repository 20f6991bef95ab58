package io.guestlab.emulator.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A RISC-V ISA naming string (ISA manual, "ISA Extension Naming Conventions"), split into what the
 * device tree's {@code riscv,isa-base} and {@code riscv,isa-extensions} properties want:
 * {@code rv64imafdc_zicsr_zifencei} has base {@code rv64i} and extensions
 * {@code i m a f d c zicsr zifencei}. {@code g} is expanded to {@code imafd_zicsr_zifencei}.
 *
 * @param base       {@code rv32i}, {@code rv64i} or the {@code e} variants
 * @param extensions lower-case extension names, single letters first, in string order
 */
public record IsaString(String base, List<String> extensions) {

    private static final String SINGLE_LETTERS = "imafdqlcbkjtpvnh";

    public static IsaString parse(String isa) {
        if (isa == null || isa.isBlank()) {
            throw new IllegalArgumentException("ISA string is empty");
        }
        String s = isa.toLowerCase(Locale.ROOT);
        if (!s.startsWith("rv32") && !s.startsWith("rv64")) {
            throw new IllegalArgumentException("ISA string '" + isa + "' must start with rv32 or rv64");
        }
        String xlen = s.substring(2, 4);
        String[] parts = s.substring(4).split("_", -1);
        String letters = parts[0];
        if (letters.isEmpty() || "ieg".indexOf(letters.charAt(0)) < 0) {
            throw new IllegalArgumentException("ISA string '" + isa + "' must continue with i, e or g after rv" + xlen);
        }
        List<String> extensions = new ArrayList<>();
        List<String> implied = new ArrayList<>();
        char first = letters.charAt(0);
        String base = "rv" + xlen + (first == 'e' ? "e" : "i");
        if (first == 'g') {
            letters = "imafd" + letters.substring(1);
            implied.add("zicsr");
            implied.add("zifencei");
        }
        for (char c : letters.toCharArray()) {
            if (c != 'i' && c != 'e' && SINGLE_LETTERS.indexOf(c) < 0) {
                throw new IllegalArgumentException("ISA string '" + isa + "' has unknown single-letter extension '" + c + "'");
            }
            String name = String.valueOf(c);
            if (extensions.contains(name)) {
                throw new IllegalArgumentException("ISA string '" + isa + "' names extension '" + c + "' twice");
            }
            extensions.add(name);
        }
        for (int i = 1; i < parts.length; i++) {
            String name = parts[i];
            if (name.length() < 2 || !name.matches("[szx][a-z0-9]+")) {
                throw new IllegalArgumentException("ISA string '" + isa + "' has malformed extension '" + name + "'");
            }
            if (extensions.contains(name)) {
                throw new IllegalArgumentException("ISA string '" + isa + "' names extension '" + name + "' twice");
            }
            extensions.add(name);
        }
        for (String name : implied) {
            if (!extensions.contains(name)) {
                extensions.add(name);
            }
        }
        return new IsaString(base, List.copyOf(extensions));
    }
}
