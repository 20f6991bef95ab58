package io.guestlab.ide.editor;

/** One entry of a source file's outline: a function, a type, a label or a section, and where its name is. */
public record OutlineItem(String name, Kind kind, int offset, int line) {

    public enum Kind {
        FUNCTION, TYPE, LABEL, SECTION, MEMORY_REGION
    }

    /** How the Outline view shows it: {@code main()}, {@code struct task}, {@code _start:}, {@code .text}. */
    public String label() {
        return switch (kind) {
            case FUNCTION -> name + "()";
            case LABEL -> name + ":";
            default -> name;
        };
    }
}
