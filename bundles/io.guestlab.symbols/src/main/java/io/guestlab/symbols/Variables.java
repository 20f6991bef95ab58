package io.guestlab.symbols;

import io.guestlab.symbols.dwarf.CompilationUnit;
import io.guestlab.symbols.dwarf.DebugInfo;
import io.guestlab.symbols.dwarf.Die;
import io.guestlab.symbols.dwarf.Dw;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Finds the variables in scope at a pc, and global variables by name. */
public final class Variables {

    private static final int MAX_ORIGIN_HOPS = 16;
    private static final int MAX_NESTING = 256;

    private Variables() {
    }

    /**
     * Parameters and locals visible at {@code pc}: innermost block first; an inner declaration
     * hides an outer one of the same name.
     */
    public static List<Variable> in(Program program, long pc) throws SymbolsException {
        DebugInfo info = program.debugInfo();
        long linkPc = pc - program.loadOffset();
        return program.read(() -> {
            List<Variable> out = new ArrayList<>();
            for (CompilationUnit cu : info.unitsAt(linkPc)) {
                List<Die> chain = new ArrayList<>();
                Die scope = cu.tree();
                for (int depth = 0; scope != null && depth < MAX_NESTING; depth++) {
                    Die inner = null;
                    for (Die c : scope.children()) {
                        if (isScope(c) && containsPc(cu, c, linkPc)) {
                            inner = c;
                            break;
                        }
                    }
                    if (inner == null) {
                        break;
                    }
                    chain.add(inner);
                    scope = inner;
                }
                Die function = null;
                for (Die d : chain) {
                    if (d.tag() == Dw.TAG_SUBPROGRAM) {
                        function = d;
                    }
                }
                Set<String> seen = new HashSet<>();
                for (int i = chain.size() - 1; i >= 0; i--) {
                    for (Die v : chain.get(i).children()) {
                        if (v.tag() == Dw.TAG_VARIABLE || v.tag() == Dw.TAG_FORMAL_PARAMETER) {
                            Variable var = variable(program, v, function,
                                    v.tag() == Dw.TAG_FORMAL_PARAMETER ? Variable.Kind.PARAMETER : Variable.Kind.LOCAL);
                            if (var.name() != null && seen.add(var.name())) {
                                out.add(var);
                            }
                        }
                    }
                }
                if (!chain.isEmpty()) {
                    break;
                }
            }
            return out;
        });
    }

    /** A global (or file-static) variable by name, or null. */
    public static Variable global(Program program, String name) throws SymbolsException {
        DebugInfo info = program.debugInfo();
        return program.read(() -> {
            for (CompilationUnit cu : info.units()) {
                for (Die d : cu.tree().children()) {
                    if (d.tag() == Dw.TAG_VARIABLE && d.has(Dw.AT_LOCATION)) {
                        Variable v = variable(program, d, null, Variable.Kind.GLOBAL);
                        if (name.equals(v.name())) {
                            return v;
                        }
                    }
                }
            }
            return null;
        });
    }

    private static boolean isScope(Die d) {
        return d.tag() == Dw.TAG_SUBPROGRAM || d.tag() == Dw.TAG_LEXICAL_BLOCK || d.tag() == Dw.TAG_INLINED_SUBROUTINE;
    }

    private static boolean containsPc(CompilationUnit cu, Die d, long pc) {
        for (long[] r : cu.ranges(d)) {
            if (Long.compareUnsigned(pc, r[0]) >= 0 && Long.compareUnsigned(pc, r[1]) < 0) {
                return true;
            }
        }
        return false;
    }

    /** Name, type and line may live on the abstract origin or the specification (inlining, externs). */
    private static Variable variable(Program program, Die d, Die function, Variable.Kind kind) {
        Die described = d;
        for (int hops = 0; hops < MAX_ORIGIN_HOPS && (!described.has(Dw.AT_NAME) || !described.has(Dw.AT_TYPE)); hops++) {
            Die next = described.unit().reference(described, Dw.AT_ABSTRACT_ORIGIN);
            if (next == null) {
                next = described.unit().reference(described, Dw.AT_SPECIFICATION);
            }
            if (next == null) {
                break;
            }
            described = next;
        }
        CType type = program.types().typeOf(described);
        return new Variable(program, d, function, described.name(), type, kind, (int) described.raw(Dw.AT_DECL_LINE, 0));
    }
}
