package io.guestlab.symbols;

/** Spells a {@link CType} the way C declares it (pointer/array/function declarators nest inside out). */
final class TypeNames {

    private static final int MAX_DEPTH = 32;

    private TypeNames() {
    }

    static String spell(CType t) {
        return spell(t, "", 0).trim();
    }

    /** {@code inner} is the declarator built so far (e.g. "*" or "(*)"). */
    private static String spell(CType t, String inner, int depth) {
        if (t == null || depth > MAX_DEPTH) {
            return "void" + pad(inner);
        }
        switch (t.kind) {
            case VOID:
                return "void" + pad(inner);
            case BASE:
            case TYPEDEF:
                return (t.name == null ? "?" : t.name) + pad(inner);
            case STRUCT:
                return "struct " + (t.name == null ? "{...}" : t.name) + pad(inner);
            case UNION:
                return "union " + (t.name == null ? "{...}" : t.name) + pad(inner);
            case ENUM:
                return "enum " + (t.name == null ? "{...}" : t.name) + pad(inner);
            case CONST:
                return qualified("const", t, inner, depth);
            case VOLATILE:
                return qualified("volatile", t, inner, depth);
            case RESTRICT:
                return qualified("restrict", t, inner, depth);
            case ATOMIC:
                return qualified("_Atomic", t, inner, depth);
            case POINTER: {
                CType target = t.target == null ? null : t.target;
                boolean needsParens = target != null && (target.kind == CType.Kind.ARRAY || target.kind == CType.Kind.FUNCTION);
                String d = needsParens ? "(*" + inner + ")" : "*" + inner;
                return spell(target, d, depth + 1);
            }
            case ARRAY: {
                StringBuilder dims = new StringBuilder();
                for (long n : t.dimensions) {
                    dims.append('[').append(n < 0 ? "" : Long.toString(n)).append(']');
                }
                return spell(t.target, inner + dims, depth + 1);
            }
            case FUNCTION: {
                StringBuilder params = new StringBuilder("(");
                for (int i = 0; i < t.parameters.size(); i++) {
                    params.append(i == 0 ? "" : ", ").append(spell(t.parameters.get(i), "", depth + 1).trim());
                }
                if (t.variadic) {
                    params.append(t.parameters.isEmpty() ? "..." : ", ...");
                } else if (t.parameters.isEmpty()) {
                    params.append("void");
                }
                params.append(')');
                return spell(t.target, inner + params, depth + 1);
            }
            default:
                return "?" + pad(inner);
        }
    }

    private static String qualified(String qualifier, CType t, String inner, int depth) {
        CType target = t.target;
        if (target != null && target.kind == CType.Kind.POINTER) {
            return spell(target, qualifier + (inner.isEmpty() ? "" : " " + inner), depth + 1);
        }
        return qualifier + " " + spell(target, inner, depth + 1);
    }

    private static String pad(String inner) {
        return inner.isEmpty() ? "" : " " + inner;
    }
}
