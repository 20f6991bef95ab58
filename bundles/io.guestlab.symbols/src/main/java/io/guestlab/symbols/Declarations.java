package io.guestlab.symbols;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import io.guestlab.symbols.dwarf.CompilationUnit;
import io.guestlab.symbols.dwarf.DebugInfo;
import io.guestlab.symbols.dwarf.Die;
import io.guestlab.symbols.dwarf.Dw;
import io.guestlab.symbols.dwarf.LineTable;

/** File-scope functions, variables and types of a program by name, from its DWARF. */
public final class Declarations {

    private Declarations() {
    }

    /**
     * Every file-scope definition of {@code name}: functions with code, variables with storage
     * (not their {@code extern} declarations), and named structs, unions, enums and typedefs;
     * a static function defined in several units appears once per unit. Empty when the program
     * has no debug information or no such name.
     */
    public static List<Declaration> named(Program program, String name) throws SymbolsException {
        if (!program.hasDebugInfo()) {
            return List.of();
        }
        DebugInfo info = program.debugInfo();
        return program.read(() -> {
            List<Declaration> out = new ArrayList<>();
            for (CompilationUnit cu : info.units()) {
                for (Die d : cu.tree().children()) {
                    // An inlined function's out-of-line copy names its abstract instance (DWARF 5 section 3.3.8.2)
                    Die described = d.tag() == Dw.TAG_SUBPROGRAM && d.has(Dw.AT_ABSTRACT_ORIGIN)
                            ? cu.reference(d, Dw.AT_ABSTRACT_ORIGIN) : d;
                    if (described != null && name.equals(described.name()) && !d.has(Dw.AT_DECLARATION)) {
                        Declaration found = declaration(program, cu, d, described, name);
                        if (found != null && !out.contains(found)) {
                            out.add(found);
                        }
                    }
                }
            }
            return out;
        });
    }

    /** {@code d} has the code or storage, {@code described} its name, type and place (the same DIE but for inlining). */
    private static Declaration declaration(Program program, CompilationUnit cu, Die d, Die described, String name) {
        return switch (d.tag()) {
            case Dw.TAG_SUBPROGRAM -> d.has(Dw.AT_LOW_PC) || d.has(Dw.AT_RANGES)
                    ? at(cu, described, name, Declaration.Kind.FUNCTION, entry(program, cu, d), signature(program, described, name)) : null;
            case Dw.TAG_VARIABLE -> d.has(Dw.AT_LOCATION)
                    ? at(cu, d, name, Declaration.Kind.VARIABLE, variableAddress(program, name), typed(program, d, name)) : null;
            case Dw.TAG_STRUCTURE_TYPE, Dw.TAG_UNION_TYPE, Dw.TAG_ENUMERATION_TYPE ->
                at(cu, d, name, Declaration.Kind.TYPE, OptionalLong.empty(), program.types().resolve(d).toString());
            case Dw.TAG_TYPEDEF -> at(cu, d, name, Declaration.Kind.TYPE, OptionalLong.empty(),
                    "typedef " + program.types().typeOf(d) + " " + name);
            default -> null;
        };
    }

    private static Declaration at(CompilationUnit cu, Die d, String name, Declaration.Kind kind, OptionalLong address, String signature) {
        LineTable table = cu.lineTable();
        String file = table == null || !d.has(Dw.AT_DECL_FILE) ? null : table.filePath((int) d.raw(Dw.AT_DECL_FILE, 0));
        return new Declaration(name, kind, file, (int) d.raw(Dw.AT_DECL_LINE, 0), (int) d.raw(Dw.AT_DECL_COLUMN, 0), address, signature);
    }

    private static OptionalLong entry(Program program, CompilationUnit cu, Die d) {
        List<long[]> ranges = cu.ranges(d);
        return ranges.isEmpty() ? OptionalLong.empty() : OptionalLong.of(ranges.get(0)[0] + program.loadOffset());
    }

    private static OptionalLong variableAddress(Program program, String name) {
        try {
            return program.addressOf(name);
        } catch (SymbolsException e) {
            return OptionalLong.empty();
        }
    }

    /** {@code void uart_puts(const char *)}: the return type, the name and the parameters' types. */
    private static String signature(Program program, Die d, String name) {
        StringBuilder s = new StringBuilder().append(program.types().typeOf(d)).append(' ').append(name).append('(');
        int parameters = 0;
        boolean variadic = false;
        for (Die child : d.children()) {
            if (child.tag() == Dw.TAG_FORMAL_PARAMETER) {
                s.append(parameters++ == 0 ? "" : ", ").append(program.types().typeOf(child));
            } else if (child.tag() == Dw.TAG_UNSPECIFIED_PARAMETERS) {
                variadic = true;
            }
        }
        if (variadic) {
            s.append(parameters == 0 ? "..." : ", ...");
        } else if (parameters == 0 && d.has(Dw.AT_PROTOTYPED)) {
            s.append("void");
        }
        return s.append(')').toString();
    }

    /** {@code struct task tasks[4]}: the type spelled around the name. */
    private static String typed(Program program, Die d, String name) {
        String type = program.types().typeOf(d).toString();
        int array = type.indexOf(" [");
        return array >= 0 ? type.substring(0, array) + " " + name + type.substring(array + 1)
                : type.endsWith("*") ? type + name : type + " " + name;
    }
}
