package io.guestlab.symbols.unwind;

import java.util.Map;
import java.util.TreeMap;

/** One row of the CFI table: from {@code address} on, the CFA rule and the register rules. */
public record UnwindRow(long address, CfaRule cfa, Map<Integer, RegisterRule> registers) {

    public RegisterRule rule(int register) {
        return registers.getOrDefault(register, RegisterRule.UNSPECIFIED);
    }

    UnwindRow at(long newAddress) {
        return new UnwindRow(newAddress, cfa, new TreeMap<>(registers));
    }
}
