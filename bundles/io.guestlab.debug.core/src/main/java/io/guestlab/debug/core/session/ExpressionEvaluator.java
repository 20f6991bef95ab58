package io.guestlab.debug.core.session;

import io.guestlab.symbols.CType;
import io.guestlab.symbols.TargetAccess;
import io.guestlab.symbols.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The debugger's small C-like expression language, for the Expressions view, watchpoints and
 * breakpoint conditions: variables (locals, parameters, globals), registers as {@code $a0},
 * {@code $x5}, {@code $pc}, {@code $mstatus}, the operators {@code . -> [] * &}, casts to base
 * types and pointers to them ({@code (unsigned char)x}, {@code (int *)0x80001000}), arithmetic,
 * shifts, bitwise and logical operators and comparisons with C's precedence. Every problem is an
 * {@link EvaluationException} whose message is one sentence; nothing else escapes.
 */
final class ExpressionEvaluator {

    /** What an expression's names mean where it is evaluated (a frame, or no frame for globals only). */
    interface Scope {
        /** A variable by name (innermost scope first), or null. */
        Value variable(String name) throws EvaluationException;

        /** A register by name without the '$', or null. */
        Long register(String name);

        /** An ELF symbol's address (a function, a variable without debug info), or null. */
        Long symbol(String name);

        TargetAccess memory();
    }

    /** Why an expression has no value. */
    static final class EvaluationException extends Exception {
        private static final long serialVersionUID = 1L;

        EvaluationException(String message) {
            super(message);
        }
    }

    static final Map<String, CType> BASE_TYPES = Map.ofEntries(
            Map.entry("char", CType.base("char", 1, CType.Encoding.SIGNED_CHAR)),
            Map.entry("signed char", CType.base("signed char", 1, CType.Encoding.SIGNED_CHAR)),
            Map.entry("unsigned char", CType.base("unsigned char", 1, CType.Encoding.UNSIGNED_CHAR)),
            Map.entry("short", CType.base("short", 2, CType.Encoding.SIGNED)),
            Map.entry("unsigned short", CType.base("unsigned short", 2, CType.Encoding.UNSIGNED)),
            Map.entry("int", Scalars.INT),
            Map.entry("unsigned", CType.base("unsigned int", 4, CType.Encoding.UNSIGNED)),
            Map.entry("unsigned int", CType.base("unsigned int", 4, CType.Encoding.UNSIGNED)),
            Map.entry("long", Scalars.LONG),
            Map.entry("unsigned long", Scalars.UNSIGNED_LONG),
            Map.entry("long long", CType.base("long long", 8, CType.Encoding.SIGNED)),
            Map.entry("unsigned long long", CType.base("unsigned long long", 8, CType.Encoding.UNSIGNED)),
            Map.entry("int8_t", CType.base("int8_t", 1, CType.Encoding.SIGNED)),
            Map.entry("uint8_t", CType.base("uint8_t", 1, CType.Encoding.UNSIGNED)),
            Map.entry("int16_t", CType.base("int16_t", 2, CType.Encoding.SIGNED)),
            Map.entry("uint16_t", CType.base("uint16_t", 2, CType.Encoding.UNSIGNED)),
            Map.entry("int32_t", CType.base("int32_t", 4, CType.Encoding.SIGNED)),
            Map.entry("uint32_t", CType.base("uint32_t", 4, CType.Encoding.UNSIGNED)),
            Map.entry("int64_t", CType.base("int64_t", 8, CType.Encoding.SIGNED)),
            Map.entry("uint64_t", CType.base("uint64_t", 8, CType.Encoding.UNSIGNED)),
            Map.entry("size_t", CType.base("size_t", 8, CType.Encoding.UNSIGNED)),
            Map.entry("uintptr_t", CType.base("uintptr_t", 8, CType.Encoding.UNSIGNED)),
            Map.entry("float", CType.base("float", 4, CType.Encoding.FLOAT)),
            Map.entry("double", Scalars.DOUBLE),
            Map.entry("void", CType.voidType()));

    private final Scope scope;
    private List<String> tokens;
    private int next;

    ExpressionEvaluator(Scope scope) {
        this.scope = scope;
    }

    Value evaluate(String expression) throws EvaluationException {
        tokens = tokenize(expression);
        next = 0;
        if (tokens.isEmpty()) {
            throw new EvaluationException("the expression is empty");
        }
        Value v = binary(0);
        if (next < tokens.size()) {
            throw new EvaluationException("unexpected '" + tokens.get(next) + "' after a complete expression");
        }
        return v;
    }

    /** Whether a value counts as true in a condition (non-zero). */
    static boolean isTrue(Value v) throws EvaluationException {
        requireScalar(v);
        return Scalars.isFloat(v.type()) ? Scalars.real(v) != 0 : v.asLong() != 0 || v.bytes().length > 8;
    }

    // ---------------------------------------------------------------------------------------
    // Tokens

    private static final String[] OPERATORS = {"->", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", ".", "[", "]",
        "(", ")", "*", "&", "+", "-", "!", "~", "/", "%", "<", ">", "^", "|"};

    static List<String> tokenize(String s) throws EvaluationException {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '$') {
                int j = i + 1;
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
                    j++;
                }
                out.add(s.substring(i, j));
                i = j;
            } else if (c == '\'') {
                int end = s.indexOf('\'', i + 1);
                if (end != i + 2) {
                    throw new EvaluationException("a character literal must be one character in quotes, like 'a'");
                }
                out.add(Integer.toString(s.charAt(i + 1)));
                i = end + 1;
            } else {
                String op = null;
                for (String o : OPERATORS) {
                    if (s.startsWith(o, i)) {
                        op = o;
                        break;
                    }
                }
                if (op == null) {
                    throw new EvaluationException("unexpected character '" + c + "'");
                }
                out.add(op);
                i += op.length();
            }
        }
        return out;
    }

    private String peek() {
        return next < tokens.size() ? tokens.get(next) : null;
    }

    private boolean accept(String token) {
        if (token.equals(peek())) {
            next++;
            return true;
        }
        return false;
    }

    private void expect(String token) throws EvaluationException {
        if (!accept(token)) {
            throw new EvaluationException("expected '" + token + "'" + (peek() == null ? " at the end" : " before '" + peek() + "'"));
        }
    }

    // ---------------------------------------------------------------------------------------
    // Binary operators by C's precedence, lowest first

    static final String[][] LEVELS = {{"||"}, {"&&"}, {"|"}, {"^"}, {"&"}, {"==", "!="}, {"<", "<=", ">", ">="},
        {"<<", ">>"}, {"+", "-"}, {"*", "/", "%"}};

    private Value binary(int level) throws EvaluationException {
        if (level == LEVELS.length) {
            return unary();
        }
        Value left = binary(level + 1);
        while (true) {
            String op = null;
            for (String o : LEVELS[level]) {
                if (o.equals(peek())) {
                    op = o;
                }
            }
            if (op == null) {
                return left;
            }
            next++;
            Value right = binary(level + 1);
            left = apply(op, left, right);
        }
    }

    private Value apply(String op, Value a, Value b) throws EvaluationException {
        requireScalar(a);
        requireScalar(b);
        boolean pointerA = isPointer(a.type());
        boolean pointerB = isPointer(b.type());
        if ((op.equals("+") || op.equals("-")) && pointerA && !pointerB) {
            long scale = Math.max(1, a.type().stripped().target().size());
            long v = op.equals("+") ? a.asLong() + Scalars.integer(b) * scale : a.asLong() - Scalars.integer(b) * scale;
            return Scalars.of(a.type(), v);
        }
        if (op.equals("&&") || op.equals("||")) {
            boolean r = op.equals("&&") ? isTrue(a) && isTrue(b) : isTrue(a) || isTrue(b);
            return Scalars.of(Scalars.INT, r ? 1 : 0);
        }
        if (Scalars.isFloat(a.type()) || Scalars.isFloat(b.type())) {
            double x = Scalars.real(a);
            double y = Scalars.real(b);
            return switch (op) {
                case "+" -> Scalars.ofDouble(x + y);
                case "-" -> Scalars.ofDouble(x - y);
                case "*" -> Scalars.ofDouble(x * y);
                case "/" -> Scalars.ofDouble(x / y);
                case "<" -> bool(x < y);
                case "<=" -> bool(x <= y);
                case ">" -> bool(x > y);
                case ">=" -> bool(x >= y);
                case "==" -> bool(x == y);
                case "!=" -> bool(x != y);
                default -> throw new EvaluationException("operator " + op + " needs integers, not floating-point numbers");
            };
        }
        boolean unsigned = !Scalars.isSigned(a.type()) && a.bytes().length >= 8
                || !Scalars.isSigned(b.type()) && b.bytes().length >= 8;
        long x = Scalars.integer(a);
        long y = Scalars.integer(b);
        CType type = unsigned || pointerA || pointerB ? Scalars.UNSIGNED_LONG : Scalars.LONG;
        return switch (op) {
            case "+" -> Scalars.of(type, x + y);
            case "-" -> Scalars.of(type, x - y);
            case "*" -> Scalars.of(type, x * y);
            case "/", "%" -> {
                if (y == 0) {
                    throw new EvaluationException("division by zero");
                }
                long r = op.equals("/") ? (unsigned ? Long.divideUnsigned(x, y) : x / y)
                        : (unsigned ? Long.remainderUnsigned(x, y) : x % y);
                yield Scalars.of(type, r);
            }
            case "<<" -> Scalars.of(type, x << y);
            case ">>" -> Scalars.of(type, unsigned ? x >>> y : x >> y);
            case "&" -> Scalars.of(type, x & y);
            case "|" -> Scalars.of(type, x | y);
            case "^" -> Scalars.of(type, x ^ y);
            case "<" -> bool(unsigned ? Long.compareUnsigned(x, y) < 0 : x < y);
            case "<=" -> bool(unsigned ? Long.compareUnsigned(x, y) <= 0 : x <= y);
            case ">" -> bool(unsigned ? Long.compareUnsigned(x, y) > 0 : x > y);
            case ">=" -> bool(unsigned ? Long.compareUnsigned(x, y) >= 0 : x >= y);
            case "==" -> bool(x == y);
            case "!=" -> bool(x != y);
            default -> throw new EvaluationException("unknown operator " + op);
        };
    }

    private static Value bool(boolean b) {
        return Scalars.of(Scalars.INT, b ? 1 : 0);
    }

    // ---------------------------------------------------------------------------------------
    // Unary operators, casts, postfix operators, primaries

    private Value unary() throws EvaluationException {
        String t = peek();
        if (t == null) {
            throw new EvaluationException("the expression ends too early");
        }
        switch (t) {
            case "-", "+", "!", "~" -> {
                next++;
                Value v = unary();
                requireScalar(v);
                if (Scalars.isFloat(v.type())) {
                    return switch (t) {
                        case "-" -> Scalars.ofDouble(-Scalars.real(v));
                        case "+" -> v;
                        case "!" -> bool(Scalars.real(v) == 0);
                        default -> throw new EvaluationException("operator ~ needs an integer");
                    };
                }
                long x = Scalars.integer(v);
                CType type = v.bytes().length >= 8 ? v.type() : Scalars.LONG;
                return switch (t) {
                    case "-" -> Scalars.of(type, -x);
                    case "+" -> Scalars.of(type, x);
                    case "!" -> bool(x == 0);
                    default -> Scalars.of(type, ~x);
                };
            }
            case "*" -> {
                next++;
                return dereference(unary());
            }
            case "&" -> {
                next++;
                Value v = unary();
                if (!v.inMemory()) {
                    throw new EvaluationException("this value has no address (it lives in a register or was computed)");
                }
                return Scalars.of(CType.pointerTo(v.type(), 8), v.address());
            }
            case "(" -> {
                CType cast = castType();
                if (cast != null) {
                    return cast(cast, unary());
                }
                return postfix();
            }
            default -> {
                return postfix();
            }
        }
    }

    /** After '(' : a type name and ')' (consumed) when the parenthesis is a cast; else null, nothing consumed. */
    private CType castType() throws EvaluationException {
        int start = next;
        next++; // '('
        StringBuilder name = new StringBuilder();
        while (peek() != null && !peek().equals("*") && !peek().equals(")")) {
            if (name.length() > 0) {
                name.append(' ');
            }
            name.append(peek());
            next++;
        }
        String n = name.toString().replace("signed int", "int").replace("long int", "long");
        CType base = BASE_TYPES.get(n);
        if (base == null) {
            next = start;
            return null;
        }
        CType type = base;
        while (accept("*")) {
            type = CType.pointerTo(type, 8);
        }
        expect(")");
        return type;
    }

    private Value cast(CType type, Value v) throws EvaluationException {
        requireScalar(v);
        if (type.kind() == CType.Kind.VOID) {
            throw new EvaluationException("cannot cast to void");
        }
        if (Scalars.isFloat(type)) {
            double d = Scalars.real(v);
            return type.size() == 4 ? Scalars.of(type, Float.floatToRawIntBits((float) d)) : Scalars.ofDouble(d);
        }
        long x = Scalars.isFloat(v.type()) ? (long) Scalars.real(v) : Scalars.integer(v);
        return Scalars.of(type, x);
    }

    private Value postfix() throws EvaluationException {
        Value v = primary();
        while (true) {
            if (accept(".")) {
                v = member(v, identifier());
            } else if (accept("->")) {
                v = member(dereference(v), identifier());
            } else if (accept("[")) {
                Value index = binary(0);
                expect("]");
                requireScalar(index);
                long i = Scalars.integer(index);
                CType t = v.type().stripped();
                if (t.kind() == CType.Kind.ARRAY) {
                    long n = t.dimensions().isEmpty() ? -1 : t.dimensions().get(0);
                    if (n >= 0 && (i < 0 || i >= n)) {
                        throw new EvaluationException("index " + i + " is outside the array (" + n + " elements)");
                    }
                    v = n >= 0 ? ValueNode.element(v, i) : dereference(pointerInto(v, i));
                } else if (t.kind() == CType.Kind.POINTER) {
                    long scale = Math.max(1, t.target().size());
                    v = dereference(Scalars.of(v.type(), v.asLong() + i * scale));
                } else {
                    throw new EvaluationException("[] needs an array or a pointer, not " + v.type());
                }
            } else {
                return v;
            }
        }
    }

    /** For an array of unknown bound: a pointer to element i. */
    private static Value pointerInto(Value array, long i) throws EvaluationException {
        if (!array.inMemory()) {
            throw new EvaluationException("the array has no address");
        }
        CType element = array.type().stripped().elementType();
        return Scalars.of(CType.pointerTo(element, 8), array.address() + i * element.size());
    }

    private String identifier() throws EvaluationException {
        String t = peek();
        if (t == null || !(Character.isLetter(t.charAt(0)) || t.charAt(0) == '_')) {
            throw new EvaluationException("expected a member name" + (t == null ? " at the end" : " before '" + t + "'"));
        }
        next++;
        return t;
    }

    private Value member(Value v, String name) throws EvaluationException {
        CType t = v.type().stripped();
        if (t.kind() != CType.Kind.STRUCT && t.kind() != CType.Kind.UNION) {
            throw new EvaluationException("'" + name + "' is asked of a value of type " + v.type()
                    + ", which is not a struct or union");
        }
        CType.Member m = t.member(name);
        if (m == null) {
            throw new EvaluationException(v.type() + " has no member named '" + name + "'");
        }
        Value out = ValueNode.member(v, m);
        if (!out.isAvailable()) {
            throw new EvaluationException(name + ": " + out.unavailable());
        }
        return out;
    }

    private Value dereference(Value v) throws EvaluationException {
        CType t = v.type().stripped();
        if (t.kind() == CType.Kind.ARRAY) {
            return ValueNode.element(v, 0);
        }
        if (t.kind() != CType.Kind.POINTER) {
            throw new EvaluationException("cannot dereference a value of type " + v.type() + " (not a pointer)");
        }
        CType target = t.target();
        if (target == null || target.stripped().kind() == CType.Kind.VOID) {
            throw new EvaluationException("cannot dereference a void pointer: cast it first, e.g. *(int *)p");
        }
        Value out = ValueNode.deref(v, scope.memory());
        if (!out.isAvailable()) {
            throw new EvaluationException(out.unavailable());
        }
        return out;
    }

    private Value primary() throws EvaluationException {
        String t = peek();
        if (t == null) {
            throw new EvaluationException("the expression ends too early");
        }
        next++;
        if (t.equals("(")) {
            Value v = binary(0);
            expect(")");
            return v;
        }
        if (Character.isDigit(t.charAt(0))) {
            return number(t);
        }
        if (t.startsWith("$")) {
            String name = t.substring(1);
            Long v = scope.register(name);
            if (v == null) {
                throw new EvaluationException("no register $" + name);
            }
            return Scalars.of(Scalars.UNSIGNED_LONG, v);
        }
        if (Character.isLetter(t.charAt(0)) || t.charAt(0) == '_') {
            Value v = scope.variable(t);
            if (v != null) {
                if (!v.isAvailable()) {
                    throw new EvaluationException(t + " is " + v.unavailable());
                }
                return v;
            }
            Long address = scope.symbol(t);
            if (address != null) {
                return Scalars.of(Scalars.UNSIGNED_LONG, address);
            }
            throw new EvaluationException("no variable or symbol named '" + t + "' here");
        }
        throw new EvaluationException("unexpected '" + t + "'");
    }

    static Value number(String t) throws EvaluationException {
        String s = t.toLowerCase(Locale.ROOT);
        boolean unsigned = false;
        while (s.endsWith("u") || s.endsWith("l")) {
            unsigned |= s.endsWith("u");
            s = s.substring(0, s.length() - 1);
        }
        try {
            long v = s.startsWith("0x") ? Long.parseUnsignedLong(s.substring(2), 16)
                    : s.startsWith("0b") ? Long.parseUnsignedLong(s.substring(2), 2) : Long.parseUnsignedLong(s);
            return Scalars.of(unsigned || v < 0 ? Scalars.UNSIGNED_LONG : Scalars.LONG, v);
        } catch (NumberFormatException e) {
            throw new EvaluationException("'" + t + "' is not a number");
        }
    }

    private static boolean isPointer(CType t) {
        return t.stripped().kind() == CType.Kind.POINTER;
    }

    private static void requireScalar(Value v) throws EvaluationException {
        CType.Kind k = v.type().stripped().kind();
        if (k == CType.Kind.STRUCT || k == CType.Kind.UNION || k == CType.Kind.ARRAY || k == CType.Kind.FUNCTION
                || k == CType.Kind.VOID) {
            throw new EvaluationException("a value of type " + v.type() + " cannot be used as a number here");
        }
        if (!v.isAvailable()) {
            throw new EvaluationException("the value is " + v.unavailable());
        }
    }
}
