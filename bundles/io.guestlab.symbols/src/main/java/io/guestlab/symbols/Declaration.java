package io.guestlab.symbols;

import java.util.OptionalLong;

/**
 * Where a program declares a name at file scope, as its DWARF says (DW_AT_decl_file / line /
 * column, DWARF 5 section 2.14): what an editor's "go to definition" and hover need, with no
 * index of the sources, since the compiler already wrote it down.
 *
 * @param kind      what the name is
 * @param file      the source file's path as the line table names it (absolute, or relative to the unit's
 *                  compilation directory), or null when the compiler gave none
 * @param line      1-based, 0 when unknown
 * @param column    1-based, 0 when unknown
 * @param address   a function's entry or a variable's address (load offset added), empty for types
 * @param signature the C spelling: {@code int add(int, int)}, {@code struct task tasks[4]}, {@code struct task}
 */
public record Declaration(String name, Kind kind, String file, int line, int column, OptionalLong address, String signature) {

    public enum Kind {
        FUNCTION, VARIABLE, TYPE
    }
}
