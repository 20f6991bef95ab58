package io.guestlab.symbols;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns Itanium C++ ABI mangled names ({@code _ZN3geo3VecC2Eii}, ABI section 5.1 "External
 * Names") into the text binutils prints with {@code -C} ({@code geo::Vec::Vec(int, int)}).
 * The common subset: nested and local names, templates and template parameters, function
 * parameter types, substitutions and the std:: abbreviations, operators, constructors and
 * destructors, cv- and ref-qualifiers (references collapse), pointers to members, arrays,
 * function types, variadic packs, lambdas, unnamed types, literals, thunks, vtables and clone
 * suffixes. Outside it: expressions in template arguments (X...E, as in enable_if conditions),
 * decltype, generic lambdas' auto parameters. A name outside the subset (or not mangled at all)
 * gives an empty result, and callers print it as it is, as binutils does with names it cannot
 * demangle. Measured against binutils 2.40's addr2line -C: every exported function name of
 * libstdc++ and ICU, 99% of LLVM 15's (the rest left mangled), none printed differently.
 */
public final class CxxDemangler {

    /** Nesting deeper than this is hostile input, not a real name. */
    private static final int MAX_DEPTH = 256;

    private final String s;
    private int p;
    private int depth;
    /** Substitution candidates in the order the ABI numbers them (S_, S0_, S1_ ...; section 5.1.8). */
    private final List<Node> substitutions = new ArrayList<>();
    /**
     * Per candidate, the template arguments its template parameters were bound to (null when it
     * has none), and for a bare template parameter its index (else -1): binutils binds a
     * parameter where the substitution is used, so a bare one is bound again there; a composite
     * one used under other arguments is outside the subset.
     */
    private final List<List<Node>> substitutionArgs = new ArrayList<>();
    private final List<Integer> substitutionParam = new ArrayList<>();
    /** How many template parameters have been bound so far, and to which arguments the last. */
    private int paramsBound;
    private List<Node> lastBoundTo;
    /** How many local names' functions (Z <encoding> E) are being read. */
    private int localScopes;
    /** The template arguments T_, T0_ ... refer to: those of the name being encoded (section 5.1.5.8). */
    private List<Node> templateArgs;
    /** Set by {@link #operatorName} for "cv": a conversion operator has no return type in its encoding. */
    private boolean isConversion;
    /** While a pack expansion is printed: which element; -1 otherwise. */
    private int packIndex = -1;
    /** The size of the last pack a template parameter referred to outside an expansion. */
    private int packLength = -1;

    private CxxDemangler(String s) {
        this.s = s;
    }

    /** The demangled text of {@code symbol}, or empty when it is not a mangled name of the supported subset. */
    public static Optional<String> demangle(String symbol) {
        if (symbol == null || !symbol.startsWith("_Z")) {
            return Optional.empty();
        }
        CxxDemangler d = new CxxDemangler(symbol);
        d.p = 2;
        try {
            String text = d.encoding(true).text;
            text += d.cloneSuffixes();
            return d.p == symbol.length() ? Optional.of(text) : Optional.empty();
        } catch (Unsupported | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** Thrown when the name leaves the supported grammar (or is malformed). */
    private static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false);
        }
    }

    // ---------------------------------------------------------------------------------------
    // Printed forms. A type prints on its own (int const*) or around a declarator, as function
    // and array types need: int (*)(int), int (&) [3], char const (&f()) [4].

    private static class Node {
        final String text;
        /** For a reference type: what it refers to, and whether it is an rvalue reference (&&). */
        Node referent;
        boolean rvalue;
        /** The top-level cv-qualifiers, e.g. " const" (empty when none). */
        String cv = "";

        Node(String text) {
            this.text = text;
        }

        /** This type with {@code declarator} ("*", "(*)", "&" ...) applied. */
        String around(String declarator) {
            if (declarator.isEmpty()) {
                return text;
            }
            char c = declarator.charAt(0);
            return c == '*' || c == '&' || c == ' ' ? text + declarator : text + " " + declarator;
        }
    }

    /** A name that may start a constructor: the class's own name without template arguments. */
    private static final class NameNode extends Node {
        final String lastName;

        NameNode(String text, String lastName) {
            super(text);
            this.lastName = lastName;
        }
    }

    private static final class FunctionNode extends Node {
        final Node result;
        final String params;
        final String qualifiers;

        FunctionNode(Node result, String params, String qualifiers) {
            super(result.text + " (" + params + ")" + qualifiers);
            this.result = result;
            this.params = params;
            this.qualifiers = qualifiers;
        }

        @Override
        String around(String declarator) {
            return result.text + " " + declarator + "(" + params + ")" + qualifiers;
        }
    }

    private static final class ArrayNode extends Node {
        final String dimension;
        final Node element;

        ArrayNode(String dimension, Node element) {
            super(element instanceof ArrayNode a ? a.around("[" + dimension + "]") : element.text + " [" + dimension + "]");
            this.dimension = dimension;
            this.element = element;
        }

        @Override
        String around(String declarator) {
            String d = declarator.endsWith("]") ? declarator + "[" + dimension + "]" : declarator + " [" + dimension + "]";
            return element instanceof ArrayNode a ? a.around(d) : element.text + " " + d;
        }
    }

    /** A template argument pack (J ... E) or the expansion of one (Dp): its elements, printed with commas. */
    private static final class PackNode extends Node {
        final List<Node> elements;

        PackNode(List<Node> elements) {
            super(String.join(", ", elements.stream().map(e -> e.text).toList()));
            this.elements = elements;
        }
    }

    /** Type texts of a list, a pack contributing each of its elements (an empty pack nothing). */
    private static List<String> flatten(List<Node> nodes) {
        List<String> out = new ArrayList<>();
        for (Node n : nodes) {
            if (n instanceof PackNode pack) {
                out.addAll(flatten(pack.elements));
            } else {
                out.add(n.text);
            }
        }
        return out;
    }

    /** A parameter list: "void" alone means none. */
    private static String parameterList(List<Node> types) {
        List<String> texts = flatten(types);
        return texts.size() == 1 && texts.get(0).equals("void") && !(types.get(0) instanceof PackNode) ? ""
                : String.join(", ", texts);
    }

    /**
     * A pointer, reference or cv-qualified type: its declarator wraps functions and arrays in
     * parentheses. References collapse (C++ [dcl.ref]): & to && or && to & is &, && to && is &&.
     */
    private static Node modified(Node target, String modifier) {
        boolean reference = modifier.equals("&") || modifier.equals("&&");
        if (target instanceof ArrayNode array && modifier.startsWith(" ")) {
            // cv-qualifiers of an array type qualify its elements (C++ [basic.type.qualifier])
            return new ArrayNode(array.dimension, modified(array.element, modifier));
        }
        if (reference && target.referent != null) {
            boolean rvalue = target.rvalue && modifier.equals("&&");
            return rvalue == target.rvalue ? target : modified(target.referent, "&");
        }
        if (!reference && !modifier.equals("*")) {
            // A qualifier the type already has is not repeated (a const T_ with T = X const).
            StringBuilder fresh = new StringBuilder();
            for (String word : modifier.trim().split(" ")) {
                if (!target.cv.contains(" " + word)) {
                    fresh.append(' ').append(word);
                }
            }
            if (fresh.isEmpty()) {
                return target;
            }
            modifier = fresh.toString();
        }
        Node result = target instanceof FunctionNode || target instanceof ArrayNode || target instanceof WrappingNode
                ? new WrappingNode(target, modifier) : new Node(target.text + modifier);
        if (reference) {
            result.referent = target;
            result.rvalue = modifier.equals("&&");
        } else if (!modifier.equals("*")) {
            result.cv = target.cv + modifier;
        }
        return result;
    }

    /** A pointer or reference to a function or array: the modifier goes inside, int (*)(int), int (&) [3]. */
    private static final class WrappingNode extends Node {
        final Node target;
        final String modifier;

        WrappingNode(Node target, String modifier) {
            super(wrap(target, modifier));
            this.target = target;
            this.modifier = modifier;
        }

        /** Modifiers share one pair of parentheses: int (**)(), char (*&&)(int), void (* const)(). */
        private static String wrap(Node target, String inner) {
            return target instanceof WrappingNode w ? wrap(w.target, w.modifier + inner) : target.around("(" + inner + ")");
        }

        @Override
        String around(String inner) {
            return wrap(target, modifier + inner);
        }
    }

    private record NameInfo(Node node, boolean template, boolean noReturnType, String qualifiers, List<Node> args) {
    }

    // ---------------------------------------------------------------------------------------
    // Grammar (section 5.1.2 and on).

    private char peek() {
        return p < s.length() ? s.charAt(p) : '\0';
    }

    private char peek(int ahead) {
        return p + ahead < s.length() ? s.charAt(p + ahead) : '\0';
    }

    private void expect(char c) {
        if (peek() != c) {
            throw new Unsupported();
        }
        p++;
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw new Unsupported();
        }
    }

    /**
     * <encoding> ::= <name> <bare-function-type> | <name> | <special-name>. The scope of a local
     * name prints without its return type, as binutils does.
     */
    private Node encoding(boolean withReturnType) {
        enter();
        try {
            char c = peek();
            if (c == 'T' || c == 'G' && (peek(1) == 'V' || peek(1) == 'T')) {
                return specialName();
            }
            NameInfo name = name();
            char next = peek();
            if (next == '\0' || next == 'E' || next == '.') {
                return new Node(name.node.text);
            }
            List<Node> saved = templateArgs;
            if (name.args != null) {
                templateArgs = name.args;
            }
            Node result = name.template && !name.noReturnType ? type() : null;
            String params = parameters();
            templateArgs = saved;
            String function = name.node.text + "(" + params + ")" + name.qualifiers;
            // A return type is a declarator around the function: int f(), char const (&f()) [4].
            return new Node(result == null || !withReturnType ? function : result.around(function));
        } finally {
            depth--;
        }
    }

    /** Parameter types up to the end, an E or a clone suffix; a lone void is "()". */
    private String parameters() {
        List<Node> types = new ArrayList<>();
        while (p < s.length() && peek() != 'E' && peek() != '.') {
            types.add(type());
        }
        if (types.isEmpty()) {
            throw new Unsupported();
        }
        return parameterList(types);
    }

    /** " [clone .constprop.0]" for each GCC clone suffix, as binutils prints them. */
    private String cloneSuffixes() {
        StringBuilder out = new StringBuilder();
        while (peek() == '.' && (Character.isLowerCase(peek(1)) || Character.isDigit(peek(1)) || peek(1) == '_')) {
            int start = p;
            p += 2;
            while (Character.isLowerCase(peek()) || Character.isDigit(peek()) || peek() == '_') {
                p++;
            }
            while (peek() == '.' && Character.isDigit(peek(1))) {
                p += 2;
                while (Character.isDigit(peek())) {
                    p++;
                }
            }
            out.append(" [clone ").append(s, start, p).append(']');
        }
        return out.toString();
    }

    /** <special-name>: vtables, typeinfo, thunks, guard variables (section 5.1.4). */
    private Node specialName() {
        if (peek() == 'G' && peek(1) == 'V') {
            p += 2;
            return new Node("guard variable for " + name().node.text);
        }
        if (peek() == 'G') {
            // GTt / GTn: transactional memory clones (GCC's -fgnu-tm)
            p += 2;
            char kind = s.charAt(p++);
            if (kind != 't' && kind != 'n') {
                throw new Unsupported();
            }
            return new Node((kind == 't' ? "transaction clone for " : "non-transaction clone for ") + encoding(true).text);
        }
        p++;
        char c = s.charAt(p++);
        switch (c) {
            case 'V':
                return new Node("vtable for " + type().text);
            case 'T':
                return new Node("VTT for " + type().text);
            case 'I':
                return new Node("typeinfo for " + type().text);
            case 'S':
                return new Node("typeinfo name for " + type().text);
            case 'h':
                callOffset();
                return new Node("non-virtual thunk to " + encoding(true).text);
            case 'v':
                callOffset();
                callOffset();
                return new Node("virtual thunk to " + encoding(true).text);
            default:
                throw new Unsupported();
        }
    }

    /** An offset in a thunk name: [n] <digits> _ */
    private void callOffset() {
        if (peek() == 'n') {
            p++;
        }
        number();
        expect('_');
    }

    /** <name> ::= <nested-name> | <local-name> | <unscoped-name> [<template-args>] | <substitution> <template-args> */
    private NameInfo name() {
        enter();
        try {
            char c = peek();
            if (c == 'N') {
                return nestedName();
            }
            if (c == 'Z') {
                return localName();
            }
            Node name;
            if (c == 'S' && peek(1) == 't') {
                p += 2;
                Node u = unqualifiedName();
                name = new NameNode("std::" + u.text, u instanceof NameNode n ? n.lastName : null);
            } else if (c == 'S') {
                name = substitution(false);
                if (peek() != 'I') {
                    throw new Unsupported();
                }
                List<Node> args = templateArgs();
                return new NameInfo(templateId(name, args), true, false, "", args);
            } else {
                name = unqualifiedName();
            }
            if (peek() == 'I') {
                addSubstitution(name, paramsBound);
                List<Node> args = templateArgs();
                return new NameInfo(templateId(name, args), true, false, "", args);
            }
            return new NameInfo(name, false, false, "", null);
        } finally {
            depth--;
        }
    }

    /** N [<CV-qualifiers>] [<ref-qualifier>] <prefix> <unqualified-name> E, every prefix a substitution candidate. */
    private NameInfo nestedName() {
        expect('N');
        String qualifiers = cvQualifiers();
        if (peek() == 'R' || peek() == 'O') {
            qualifiers += peek() == 'R' ? " &" : " &&";
            p++;
        }
        Node current = null;
        int boundBefore = paramsBound;
        String lastName = null;
        boolean template = false;
        boolean noReturnType = false;
        List<Node> args = null;
        while (peek() != 'E') {
            char c = peek();
            Node component;
            boolean candidate = true;
            if (c != 'I') {
                template = false;
                noReturnType = false;
            }
            if (c == 'S' && peek(1) == 't') {
                p += 2;
                component = new Node("std");
                candidate = false;
            } else if (c == 'S') {
                if (current != null) {
                    throw new Unsupported();
                }
                current = substitution(peek(2) == 'C' || peek(2) == 'D');
                lastName = current instanceof NameNode n ? n.lastName : null;
                continue;
            } else if (c == 'I') {
                if (current == null) {
                    throw new Unsupported();
                }
                args = templateArgs();
                current = templateId(current, args);
                template = true;
                if (peek() != 'E') {
                    addSubstitution(current, boundBefore);
                }
                continue;
            } else if (c == 'T') {
                component = templateParam();
            } else if (c == 'C' || c == 'D' && peek(1) != 't' && peek(1) != 'T') {
                component = ctorDtorName(lastName);
                noReturnType = true;
            } else if (c == 'M') {
                p++;
                continue;
            } else {
                component = unqualifiedName();
                noReturnType = component.text.startsWith("operator ") && isConversion;
                isConversion = false;
            }
            if (component instanceof NameNode n && n.lastName != null) {
                lastName = n.lastName;
            }
            current = current == null ? component : new Node(current.text + "::" + component.text);
            if (candidate && peek() != 'E') {
                addSubstitution(current, boundBefore);
            }
        }
        p++;
        if (current == null) {
            throw new Unsupported();
        }
        return new NameInfo(current, template, noReturnType, qualifiers, args);
    }

    /** Z <function encoding> E <entity name> [<discriminator>] | Z <encoding> E s [<discriminator>] */
    private NameInfo localName() {
        expect('Z');
        List<Node> saved = templateArgs;
        localScopes++;
        Node function = encoding(false);
        localScopes--;
        templateArgs = saved;
        expect('E');
        if (peek() == 's') {
            p++;
            discriminator();
            return new NameInfo(new Node(function.text + "::string literal"), false, false, "", null);
        }
        NameInfo entity = name();
        discriminator();
        return new NameInfo(new Node(function.text + "::" + entity.node.text), entity.template, entity.noReturnType,
                entity.qualifiers, entity.args);
    }

    /** _ <digit> | __ <number> _ (numbers the entities of one name in a function; not printed). */
    private void discriminator() {
        if (peek() != '_') {
            return;
        }
        p++;
        if (peek() == '_') {
            p++;
            number();
            expect('_');
        } else if (Character.isDigit(peek())) {
            p++;
        } else {
            throw new Unsupported();
        }
    }

    /** <unqualified-name>: source names, operators, lambdas and unnamed types, internal-linkage names, ABI tags. */
    private Node unqualifiedName() {
        char c = peek();
        Node name;
        if (Character.isDigit(c)) {
            name = sourceName();
        } else if (c == 'L') {
            p++;
            name = sourceName();
            discriminator();
        } else if (c == 'U' && peek(1) == 'l') {
            p += 2;
            // A generic lambda's own template parameters (auto:1 ...) print as binutils binds
            // them at the call: outside the subset, so none may be taken for an outer template's.
            List<Node> outer = templateArgs;
            templateArgs = null;
            String params = parameters();
            templateArgs = outer;
            expect('E');
            int n = peek() == '_' ? 1 : (int) number() + 2;
            expect('_');
            name = new Node("{lambda(" + params + ")#" + n + "}");
        } else if (c == 'U' && peek(1) == 't') {
            p += 2;
            int n = peek() == '_' ? 1 : (int) number() + 2;
            expect('_');
            name = new Node("{unnamed type#" + n + "}");
        } else if (Character.isLowerCase(c)) {
            name = operatorName();
        } else {
            throw new Unsupported();
        }
        while (peek() == 'B') {
            p++;
            Node tag = sourceName();
            name = new NameNode(name.text + "[abi:" + tag.text + "]", name instanceof NameNode n ? n.lastName : null);
        }
        return name;
    }

    /** <source-name> ::= <length> <identifier>; GCC's anonymous namespace prints as binutils says it. */
    private Node sourceName() {
        long length = number();
        if (length <= 0 || p + length > s.length()) {
            throw new Unsupported();
        }
        String id = s.substring(p, p + (int) length);
        p += (int) length;
        if (id.startsWith("_GLOBAL_") && id.length() > 9 && (id.charAt(8) == '.' || id.charAt(8) == '_' || id.charAt(8) == '$')
                && id.charAt(9) == 'N') {
            return new NameNode("(anonymous namespace)", null);
        }
        return new NameNode(id, id);
    }

    private long number() {
        int start = p;
        while (Character.isDigit(peek())) {
            p++;
        }
        if (start == p || p - start > 9) {
            throw new Unsupported();
        }
        return Long.parseLong(s.substring(start, p));
    }

    /** Operator codes (section 5.1.3); alphabetic operators take a space ("operator new"). */
    private static final String[][] OPERATORS = {
        {"nw", "new"}, {"na", "new[]"}, {"dl", "delete"}, {"da", "delete[]"}, {"ps", "+"}, {"ng", "-"}, {"ad", "&"},
        {"de", "*"}, {"co", "~"}, {"pl", "+"}, {"mi", "-"}, {"ml", "*"}, {"dv", "/"}, {"rm", "%"}, {"an", "&"},
        {"or", "|"}, {"eo", "^"}, {"aS", "="}, {"pL", "+="}, {"mI", "-="}, {"mL", "*="}, {"dV", "/="}, {"rM", "%="},
        {"aN", "&="}, {"oR", "|="}, {"eO", "^="}, {"ls", "<<"}, {"rs", ">>"}, {"lS", "<<="}, {"rS", ">>="},
        {"eq", "=="}, {"ne", "!="}, {"lt", "<"}, {"gt", ">"}, {"le", "<="}, {"ge", ">="}, {"ss", "<=>"}, {"nt", "!"},
        {"aa", "&&"}, {"oo", "||"}, {"pp", "++"}, {"mm", "--"}, {"cm", ","}, {"pm", "->*"}, {"pt", "->"},
        {"cl", "()"}, {"ix", "[]"}, {"qu", "?"}, {"aw", "co_await"}};

    private Node operatorName() {
        String code = s.substring(p, Math.min(p + 2, s.length()));
        p += 2;
        if (code.equals("cv")) {
            Node type = type();
            isConversion = true;
            return new Node("operator " + type.text);
        }
        if (code.equals("li")) {
            return new Node("operator\"\" " + sourceName().text);
        }
        for (String[] op : OPERATORS) {
            if (op[0].equals(code)) {
                return new Node("operator" + (Character.isLetter(op[1].charAt(0)) ? " " : "") + op[1]);
            }
        }
        throw new Unsupported();
    }

    /** C1 C2 C3 C4 C5 / D0 D1 D2 D4 D5: the class's own name, or ~ and it. */
    private Node ctorDtorName(String lastName) {
        if (lastName == null) {
            throw new Unsupported();
        }
        char kind = s.charAt(p++);
        char n = s.charAt(p++);
        if (kind == 'C' && n == 'I') {
            // An inheriting constructor, CI1 <base class type>, prints as the base's constructor.
            p++;
            Node base = type();
            if (!(base instanceof NameNode b) || b.lastName == null) {
                throw new Unsupported();
            }
            return new Node(b.lastName);
        } else if ("012345".indexOf(n) < 0) {
            throw new Unsupported();
        }
        return new Node(kind == 'C' ? lastName : "~" + lastName);
    }

    /** r V K in mangled order; printed after the type as binutils does: " const volatile restrict". */
    private String cvQualifiers() {
        boolean restrict = false;
        boolean isVolatile = false;
        boolean isConst = false;
        if (peek() == 'r') {
            restrict = true;
            p++;
        }
        if (peek() == 'V') {
            isVolatile = true;
            p++;
        }
        if (peek() == 'K') {
            isConst = true;
            p++;
        }
        return (isConst ? " const" : "") + (isVolatile ? " volatile" : "") + (restrict ? " restrict" : "");
    }

    private static final String[] BUILTINS = new String[128];

    static {
        String[][] table = {
            {"v", "void"}, {"w", "wchar_t"}, {"b", "bool"}, {"c", "char"}, {"a", "signed char"}, {"h", "unsigned char"},
            {"s", "short"}, {"t", "unsigned short"}, {"i", "int"}, {"j", "unsigned int"}, {"l", "long"},
            {"m", "unsigned long"}, {"x", "long long"}, {"y", "unsigned long long"}, {"n", "__int128"},
            {"o", "unsigned __int128"}, {"f", "float"}, {"d", "double"}, {"e", "long double"}, {"g", "__float128"},
            {"z", "..."}};
        for (String[] b : table) {
            BUILTINS[b[0].charAt(0)] = b[1];
        }
    }

    /** Two-letter builtin types starting with D. */
    private static String builtinD(char c) {
        return switch (c) {
            case 'd' -> "decimal64";
            case 'e' -> "decimal128";
            case 'f' -> "decimal32";
            case 'h' -> "half";
            case 'i' -> "char32_t";
            case 's' -> "char16_t";
            case 'u' -> "char8_t";
            case 'a' -> "auto";
            case 'c' -> "decltype(auto)";
            case 'n' -> "decltype(nullptr)";
            default -> null;
        };
    }

    /** <type> (section 5.1.5); every type that is not a builtin becomes a substitution candidate. */
    private Node type() {
        enter();
        int boundBefore = paramsBound;
        try {
            char c = peek();
            if (c < 128 && BUILTINS[c] != null) {
                p++;
                return new Node(BUILTINS[c]);
            }
            Node t;
            switch (c) {
                case 'D': {
                    String b = builtinD(peek(1));
                    if (b != null) {
                        p += 2;
                        return new Node(b);
                    }
                    if (peek(1) == 'F') {
                        p += 2;
                        long bits = number();
                        expect('_');
                        return new Node("_Float" + bits);
                    }
                    if (peek(1) != 'p') {
                        throw new Unsupported();
                    }
                    t = packExpansion();
                    break;
                }
                case 'r':
                case 'V':
                case 'K': {
                    String q = cvQualifiers();
                    // cv before a function type qualifies "this" (a member function type): the
                    // unqualified function type is no candidate of its own, as in binutils.
                    Node inner = peek() == 'F' ? functionType() : type();
                    if (inner instanceof FunctionNode f) {
                        t = new FunctionNode(f.result, f.params, q + f.qualifiers);
                    } else {
                        t = modified(inner, q);
                    }
                    break;
                }
                case 'P':
                    p++;
                    t = modified(type(), "*");
                    break;
                case 'R':
                    p++;
                    t = modified(type(), "&");
                    break;
                case 'O':
                    p++;
                    t = modified(type(), "&&");
                    break;
                case 'F':
                    t = functionType();
                    break;
                case 'A':
                    t = arrayType();
                    break;
                case 'M':
                    t = memberPointer();
                    break;
                case 'T': {
                    int index = templateParamIndex();
                    t = boundParam(index);
                    addSubstitution(t, boundBefore);
                    substitutionParam.set(substitutionParam.size() - 1, index);
                    if (peek() == 'I') {
                        t = templateId(t, templateArgs());
                        addSubstitution(t, boundBefore);
                    }
                    return t;
                }
                case 'S': {
                    if (peek(1) == 't') {
                        t = name().node;
                        break;
                    }
                    t = substitution(false);
                    if (peek() != 'I') {
                        return t;
                    }
                    t = templateId(t, templateArgs());
                    break;
                }
                case 'N':
                case 'Z':
                case 'U':
                    t = name().node;
                    break;
                default:
                    if (Character.isDigit(c)) {
                        t = name().node;
                        break;
                    }
                    throw new Unsupported();
            }
            addSubstitution(t, boundBefore);
            return t;
        } finally {
            depth--;
        }
    }

    /** F [Y] <return type> <parameter types> [<ref-qualifier>] E */
    private Node functionType() {
        expect('F');
        if (peek() == 'Y') {
            p++;
        }
        Node result = type();
        List<Node> params = new ArrayList<>();
        String ref = "";
        while (peek() != 'E') {
            if ((peek() == 'R' || peek() == 'O') && peek(1) == 'E') {
                ref = peek() == 'R' ? " &" : " &&";
                p++;
                continue;
            }
            params.add(type());
        }
        p++;
        if (params.isEmpty()) {
            throw new Unsupported();
        }
        return new FunctionNode(result, parameterList(params), ref);
    }

    /** A <dimension number> _ <element type> (dimension expressions are outside the subset). */
    private Node arrayType() {
        expect('A');
        String dimension = "";
        if (Character.isDigit(peek())) {
            dimension = Long.toString(number());
        }
        expect('_');
        return new ArrayNode(dimension, type());
    }

    /** M <class type> <member type>: int A::*, void (A::*)(int) const */
    private Node memberPointer() {
        expect('M');
        Node cls = type();
        Node member = type();
        String declarator = cls.text + "::*";
        if (member instanceof FunctionNode f) {
            return new Node(f.result.text + " (" + declarator + ")(" + f.params + ")" + f.qualifiers);
        }
        return new Node(member.around(declarator));
    }

    /** A substitution candidate, remembering whether (and to what) template parameters in it were bound. */
    private void addSubstitution(Node candidate, int boundBefore) {
        substitutions.add(candidate);
        substitutionArgs.add(paramsBound > boundBefore ? lastBoundTo : null);
        substitutionParam.add(-1);
    }

    /** T_ | T <number> _ : the template argument of the current template. */
    private Node templateParam() {
        return boundParam(templateParamIndex());
    }

    private int templateParamIndex() {
        expect('T');
        int index = peek() == '_' ? 0 : (int) number() + 1;
        expect('_');
        return index;
    }

    /** Template parameter {@code index} bound to the current template's arguments. */
    private Node boundParam(int index) {
        if (templateArgs == null || index >= templateArgs.size()) {
            throw new Unsupported();
        }
        paramsBound++;
        lastBoundTo = templateArgs;
        Node arg = templateArgs.get(index);
        if (arg instanceof PackNode pack) {
            if (packIndex < 0) {
                packLength = pack.elements.size();
            } else if (packIndex < pack.elements.size()) {
                return pack.elements.get(packIndex);
            } else {
                throw new Unsupported();
            }
        }
        return arg;
    }

    /**
     * Dp <type>: the pattern once per element of the pack it names (C++ [temp.variadic]); one
     * substitution candidate for the whole expansion, as for any type.
     */
    private Node packExpansion() {
        p += 2;
        int start = p;
        int savedIndex = packIndex;
        packIndex = -1;
        packLength = -1;
        type();
        int end = p;
        int length = packLength;
        if (length < 0) {
            throw new Unsupported();
        }
        int candidates = substitutions.size();
        List<Node> elements = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            p = start;
            packIndex = i;
            elements.add(type());
            while (substitutions.size() > candidates) {
                substitutions.remove(substitutions.size() - 1);
                substitutionArgs.remove(substitutionArgs.size() - 1);
                substitutionParam.remove(substitutionParam.size() - 1);
            }
        }
        packIndex = savedIndex;
        p = end;
        return new PackNode(elements);
    }

    /** I <template-arg>+ E */
    private List<Node> templateArgs() {
        expect('I');
        List<Node> args = new ArrayList<>();
        while (peek() != 'E') {
            args.add(templateArg());
        }
        p++;
        return args;
    }

    private Node templateArg() {
        char c = peek();
        if (c == 'L') {
            p++;
            if (peek() == 'Z' || peek() == '_') {
                throw new Unsupported();
            }
            Node t = type();
            boolean negative = peek() == 'n';
            if (negative) {
                p++;
            }
            int start = p;
            while (Character.isDigit(peek())) {
                p++;
            }
            String value = (negative ? "-" : "") + s.substring(start, p);
            if (start == p) {
                throw new Unsupported();
            }
            expect('E');
            return new Node(literal(t.text, value));
        }
        if (c == 'J') {
            p++;
            List<Node> pack = new ArrayList<>();
            while (peek() != 'E') {
                Node arg = templateArg();
                if (arg instanceof PackNode expansion) {
                    pack.addAll(expansion.elements);
                } else {
                    pack.add(arg);
                }
            }
            p++;
            return new PackNode(pack);
        }
        if (c == 'X') {
            throw new Unsupported();
        }
        return type();
    }

    /** Integer literals as binutils prints them: 3, 3u, 3l, 3ul, 3ll, 3ull, true, (char)65. */
    private static String literal(String type, String value) {
        return switch (type) {
            case "int" -> value;
            case "unsigned int" -> value + "u";
            case "long" -> value + "l";
            case "unsigned long" -> value + "ul";
            case "long long" -> value + "ll";
            case "unsigned long long" -> value + "ull";
            case "bool" -> value.equals("0") ? "false" : value.equals("1") ? "true" : "(bool)" + value;
            default -> "(" + type + ")" + value;
        };
    }

    /** name<args>, with the spaces binutils puts between angle brackets: operator< <int>, A<B<int> >. */
    private static Node templateId(Node name, List<Node> args) {
        StringBuilder b = new StringBuilder(name.text);
        if (name.text.endsWith("<")) {
            b.append(' ');
        }
        b.append('<').append(String.join(", ", flatten(args)));
        // binutils looks at the last character it wrote, which after an empty pack at the end
        // is the space of the ", " it took back.
        boolean emptyPackLast = args.size() > 1 && args.get(args.size() - 1) instanceof PackNode last
                && flatten(List.of(last)).isEmpty();
        if (b.charAt(b.length() - 1) == '>' && !emptyPackLast) {
            b.append(' ');
        }
        b.append('>');
        return new NameNode(b.toString(), name instanceof NameNode n ? n.lastName : null);
    }

    /**
     * S_ | S <seq-id> _ | the std:: abbreviations (section 5.1.8). Before a constructor or
     * destructor an abbreviation prints in full, as binutils does.
     */
    private Node substitution(boolean full) {
        expect('S');
        char c = peek();
        String[] abbreviation = switch (c) {
            case 'a' -> new String[] {"std::allocator", "std::allocator", "allocator"};
            case 'b' -> new String[] {"std::basic_string", "std::basic_string", "basic_string"};
            case 's' -> new String[] {"std::string", "std::basic_string<char, std::char_traits<char>, std::allocator<char> >",
                "basic_string"};
            case 'i' -> new String[] {"std::istream", "std::basic_istream<char, std::char_traits<char> >", "basic_istream"};
            case 'o' -> new String[] {"std::ostream", "std::basic_ostream<char, std::char_traits<char> >", "basic_ostream"};
            case 'd' -> new String[] {"std::iostream", "std::basic_iostream<char, std::char_traits<char> >", "basic_iostream"};
            default -> null;
        };
        if (abbreviation != null) {
            p++;
            return new NameNode(full ? abbreviation[1] : abbreviation[0], abbreviation[2]);
        }
        int index = 0;
        if (c != '_') {
            long v = 0;
            int start = p;
            while (Character.isDigit(peek()) || Character.isUpperCase(peek())) {
                char d = s.charAt(p++);
                v = v * 36 + (Character.isDigit(d) ? d - '0' : d - 'A' + 10);
                if (p - start > 6) {
                    throw new Unsupported();
                }
            }
            if (start == p) {
                throw new Unsupported();
            }
            index = (int) v + 1;
        }
        expect('_');
        if (index >= substitutions.size()) {
            throw new Unsupported();
        }
        List<Node> boundTo = substitutionArgs.get(index);
        if (substitutionParam.get(index) >= 0) {
            // Bound again where it is used; inside the function of a local name binutils
            // binds it otherwise, so there a change of arguments is outside the subset.
            if (boundTo != templateArgs && localScopes > 0) {
                throw new Unsupported();
            }
            return boundParam(substitutionParam.get(index));
        }
        if (boundTo != null) {
            if (boundTo != templateArgs) {
                throw new Unsupported();
            }
            paramsBound++;
            lastBoundTo = boundTo;
        }
        return substitutions.get(index);
    }
}
