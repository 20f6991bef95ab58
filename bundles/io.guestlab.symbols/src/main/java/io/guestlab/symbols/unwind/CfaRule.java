package io.guestlab.symbols.unwind;

/**
 * How to compute the canonical frame address: register + offset, or a DWARF expression
 * (DWARF 5 section 6.4.2.2). {@code register} is -1 for an expression rule.
 */
public record CfaRule(int register, long offset, byte[] expression) {

    public boolean isExpression() {
        return expression != null;
    }
}
