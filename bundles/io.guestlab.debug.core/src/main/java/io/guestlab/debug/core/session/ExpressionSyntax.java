package io.guestlab.debug.core.session;

import java.util.List;

/**
 * Checks an expression of the debugger's language ({@link ExpressionEvaluator}) without
 * evaluating it: the same tokens and grammar, no names looked up. For breakpoint conditions and
 * watchpoint expressions, which are typed long before a machine runs: a typo is reported where
 * it is typed, not at the first hit.
 */
public final class ExpressionSyntax {

    private final List<String> tokens;
    private int next;

    private ExpressionSyntax(List<String> tokens) {
        this.tokens = tokens;
    }

    /** Null when {@code expression} is well formed; else one sentence saying what is wrong. */
    public static String problem(String expression) {
        try {
            ExpressionSyntax s = new ExpressionSyntax(ExpressionEvaluator.tokenize(expression));
            if (s.tokens.isEmpty()) {
                return "the expression is empty";
            }
            s.binary(0);
            if (s.next < s.tokens.size()) {
                return "unexpected '" + s.tokens.get(s.next) + "' after a complete expression";
            }
            return null;
        } catch (ExpressionEvaluator.EvaluationException e) {
            return e.getMessage();
        }
    }

    private String peek() {
        return next < tokens.size() ? tokens.get(next) : null;
    }

    private void expect(String token) throws ExpressionEvaluator.EvaluationException {
        if (!token.equals(peek())) {
            throw new ExpressionEvaluator.EvaluationException("expected '" + token + "'"
                    + (peek() == null ? " at the end" : " before '" + peek() + "'"));
        }
        next++;
    }

    private void binary(int level) throws ExpressionEvaluator.EvaluationException {
        if (level == ExpressionEvaluator.LEVELS.length) {
            unary();
            return;
        }
        binary(level + 1);
        while (peek() != null && List.of(ExpressionEvaluator.LEVELS[level]).contains(peek())) {
            next++;
            binary(level + 1);
        }
    }

    private void unary() throws ExpressionEvaluator.EvaluationException {
        String t = peek();
        if (t == null) {
            throw new ExpressionEvaluator.EvaluationException("the expression ends too early");
        }
        switch (t) {
            case "-", "+", "!", "~", "*", "&" -> {
                next++;
                unary();
            }
            case "(" -> {
                if (cast()) {
                    unary();
                } else {
                    postfix();
                }
            }
            default -> postfix();
        }
    }

    /** After '(' : a base type name, '*'s and ')' (consumed) when it is a cast; else nothing consumed. */
    private boolean cast() throws ExpressionEvaluator.EvaluationException {
        int start = next++;
        StringBuilder name = new StringBuilder();
        while (peek() != null && !peek().equals("*") && !peek().equals(")")) {
            name.append(name.length() > 0 ? " " : "").append(tokens.get(next++));
        }
        String n = name.toString().replace("signed int", "int").replace("long int", "long");
        if (!ExpressionEvaluator.BASE_TYPES.containsKey(n)) {
            next = start;
            return false;
        }
        while ("*".equals(peek())) {
            next++;
        }
        expect(")");
        return true;
    }

    private void postfix() throws ExpressionEvaluator.EvaluationException {
        primary();
        while (true) {
            String t = peek();
            if (".".equals(t) || "->".equals(t)) {
                next++;
                String member = peek();
                if (member == null || !(Character.isLetter(member.charAt(0)) || member.charAt(0) == '_')) {
                    throw new ExpressionEvaluator.EvaluationException("expected a member name after '" + t + "'"
                            + (member == null ? " at the end" : " before '" + member + "'"));
                }
                next++;
            } else if ("[".equals(t)) {
                next++;
                binary(0);
                expect("]");
            } else {
                return;
            }
        }
    }

    private void primary() throws ExpressionEvaluator.EvaluationException {
        String t = peek();
        if (t == null) {
            throw new ExpressionEvaluator.EvaluationException("the expression ends too early");
        }
        next++;
        if (t.equals("(")) {
            binary(0);
            expect(")");
        } else if (Character.isDigit(t.charAt(0))) {
            ExpressionEvaluator.number(t);
        } else if (t.startsWith("$")) {
            if (t.length() == 1) {
                throw new ExpressionEvaluator.EvaluationException("a register name must follow '$', like $a0");
            }
        } else if (!Character.isLetter(t.charAt(0)) && t.charAt(0) != '_') {
            throw new ExpressionEvaluator.EvaluationException("unexpected '" + t + "'");
        }
    }
}
