package io.guestlab.symbols.dwarf;

import java.util.ArrayList;
import java.util.List;

/**
 * One debugging information entry (DWARF 5 section 2.1). Attribute values are kept raw (as
 * encoded by their form); {@link CompilationUnit} resolves strings, addresses and references.
 */
public final class Die {

    final CompilationUnit unit;
    final long offset;
    final int tag;
    final int[] attributes;
    final int[] forms;
    final long[] values;
    /** Block, exprloc, data16 and inline string values; null when the DIE has none. */
    final Object[] blocks;
    boolean hasChildren;
    Die parent;
    List<Die> children = List.of();

    Die(CompilationUnit unit, long offset, int tag, int[] attributes, int[] forms, long[] values, Object[] blocks) {
        this.unit = unit;
        this.offset = offset;
        this.tag = tag;
        this.attributes = attributes;
        this.forms = forms;
        this.values = values;
        this.blocks = blocks;
    }

    void addChild(Die child) {
        if (children.isEmpty()) {
            children = new ArrayList<>(4);
        }
        children.add(child);
        child.parent = this;
    }

    public int tag() {
        return tag;
    }

    public long offset() {
        return offset;
    }

    public CompilationUnit unit() {
        return unit;
    }

    public Die parent() {
        return parent;
    }

    public List<Die> children() {
        return children;
    }

    int index(int attribute) {
        for (int i = 0; i < attributes.length; i++) {
            if (attributes[i] == attribute) {
                return i;
            }
        }
        return -1;
    }

    public boolean has(int attribute) {
        return index(attribute) >= 0;
    }

    public int form(int attribute) {
        int i = index(attribute);
        return i < 0 ? -1 : forms[i];
    }

    /** The raw value (constant, offset, index or flag) of an attribute, or {@code fallback}. */
    public long raw(int attribute, long fallback) {
        int i = index(attribute);
        return i < 0 ? fallback : values[i];
    }

    /** A block or exprloc value, or null. */
    public byte[] block(int attribute) {
        int i = index(attribute);
        return i >= 0 && blocks != null && blocks[i] instanceof byte[] b ? b : null;
    }

    public String name() {
        return unit.string(this, Dw.AT_NAME);
    }

    @Override
    public String toString() {
        return String.format("DIE 0x%x tag 0x%x %s", offset, tag, name());
    }
}
