package io.guestlab.symbols.unwind;

import io.guestlab.symbols.elf.ByteReader;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.TreeMap;

/** Runs a CIE's and an FDE's call frame instructions (DWARF 5 section 6.4.2) into table rows. */
public final class CfaProgram {

    /** remember_state nesting bound: hostile programs could otherwise grow the stack forever. */
    private static final int MAX_REMEMBERED = 64;

    private CfaProgram() {
    }

    /** Every row of the FDE's table, in address order; the last row runs to pcEnd. */
    public static List<UnwindRow> rows(Fde fde) {
        Cie cie = fde.cie();
        UnwindRow initial = run(cie, cie.initialInstructions(), fde.section(), new UnwindRow(fde.pcBegin(),
                new CfaRule(2, 0, null), new TreeMap<>()), null, Long.MIN_VALUE, null);
        List<UnwindRow> rows = new ArrayList<>();
        UnwindRow last = run(cie, fde.instructions(), fde.section(), initial.at(fde.pcBegin()), initial, fde.pcEnd(), rows);
        rows.add(last);
        return rows;
    }

    /** The row in effect at {@code pc}, or null when the FDE does not cover it. */
    public static UnwindRow rowAt(Fde fde, long pc) {
        if (!fde.contains(pc)) {
            return null;
        }
        UnwindRow found = null;
        for (UnwindRow row : rows(fde)) {
            if (Long.compareUnsigned(row.address(), pc) <= 0) {
                found = row;
            }
        }
        return found;
    }

    private static UnwindRow run(Cie cie, byte[] code, String section, UnwindRow start, UnwindRow initial, long end,
            List<UnwindRow> rows) {
        ByteReader r = new ByteReader(ByteBuffer.wrap(code), section);
        UnwindRow row = start;
        Deque<UnwindRow> remembered = new ArrayDeque<>();
        long codeAlign = cie.codeAlignment();
        long dataAlign = cie.dataAlignment();
        while (!r.atEnd()) {
            int op = r.u8();
            int high = op & 0xc0;
            int low = op & 0x3f;
            if (high == 0x40) {
                row = advance(row, row.address() + low * codeAlign, rows);
                continue;
            }
            if (high == 0x80) {
                row.registers().put(low, new RegisterRule(RegisterRule.Kind.OFFSET, r.uleb() * dataAlign, null));
                continue;
            }
            if (high == 0xc0) {
                restore(row, initial, low);
                continue;
            }
            switch (op) {
                case 0x00 -> {
                }
                case 0x01 -> row = advance(row, r.unsigned(cie.addressSize()), rows);
                case 0x02 -> row = advance(row, row.address() + r.u8() * codeAlign, rows);
                case 0x03 -> row = advance(row, row.address() + r.u16() * codeAlign, rows);
                case 0x04 -> row = advance(row, row.address() + r.u32() * codeAlign, rows);
                case 0x05 -> {
                    int reg = register(r);
                    row.registers().put(reg, new RegisterRule(RegisterRule.Kind.OFFSET, r.uleb() * dataAlign, null));
                }
                case 0x06 -> restore(row, initial, register(r));
                case 0x07 -> row.registers().put(register(r), RegisterRule.UNDEFINED);
                case 0x08 -> row.registers().put(register(r), RegisterRule.SAME_VALUE);
                case 0x09 -> {
                    int reg = register(r);
                    row.registers().put(reg, new RegisterRule(RegisterRule.Kind.REGISTER, register(r), null));
                }
                case 0x0a -> {
                    if (remembered.size() >= MAX_REMEMBERED) {
                        throw r.fail("DW_CFA_remember_state nested too deeply");
                    }
                    remembered.push(row.at(row.address()));
                }
                case 0x0b -> {
                    if (remembered.isEmpty()) {
                        throw r.fail("DW_CFA_restore_state without remember_state");
                    }
                    row = remembered.pop().at(row.address());
                }
                case 0x0c -> {
                    int reg = register(r);
                    row = withCfa(row, new CfaRule(reg, r.uleb(), null));
                }
                case 0x0d -> row = withCfa(row, new CfaRule(register(r), row.cfa().offset(), null));
                case 0x0e -> row = withCfa(row, new CfaRule(row.cfa().register(), r.uleb(), null));
                case 0x0f -> row = withCfa(row, new CfaRule(-1, 0, r.bytes(r.uleb())));
                case 0x10 -> {
                    int reg = register(r);
                    row.registers().put(reg, new RegisterRule(RegisterRule.Kind.EXPRESSION, 0, r.bytes(r.uleb())));
                }
                case 0x11 -> {
                    int reg = register(r);
                    row.registers().put(reg, new RegisterRule(RegisterRule.Kind.OFFSET, r.sleb() * dataAlign, null));
                }
                case 0x12 -> {
                    int reg = register(r);
                    row = withCfa(row, new CfaRule(reg, r.sleb() * dataAlign, null));
                }
                case 0x13 -> row = withCfa(row, new CfaRule(row.cfa().register(), r.sleb() * dataAlign, null));
                case 0x14 -> {
                    int reg = register(r);
                    row.registers().put(reg, new RegisterRule(RegisterRule.Kind.VAL_OFFSET, r.uleb() * dataAlign, null));
                }
                case 0x15 -> {
                    int reg = register(r);
                    row.registers().put(reg, new RegisterRule(RegisterRule.Kind.VAL_OFFSET, r.sleb() * dataAlign, null));
                }
                case 0x16 -> {
                    int reg = register(r);
                    row.registers().put(reg, new RegisterRule(RegisterRule.Kind.VAL_EXPRESSION, 0, r.bytes(r.uleb())));
                }
                case 0x2e -> r.uleb(); // DW_CFA_GNU_args_size: only matters for exception landing pads
                case 0x2f -> {
                    int reg = register(r);
                    row.registers().put(reg, new RegisterRule(RegisterRule.Kind.OFFSET, -r.uleb() * dataAlign, null));
                }
                default -> throw r.fail(r.position() - 1, "unknown call frame instruction 0x" + Integer.toHexString(op));
            }
        }
        return row;
    }

    private static int register(ByteReader r) {
        long reg = r.uleb();
        if (reg < 0 || reg > 4096) {
            throw r.fail("absurd register number " + reg);
        }
        return (int) reg;
    }

    private static UnwindRow withCfa(UnwindRow row, CfaRule cfa) {
        return new UnwindRow(row.address(), cfa, row.registers());
    }

    private static UnwindRow advance(UnwindRow row, long to, List<UnwindRow> rows) {
        if (rows != null) {
            rows.add(row);
        }
        return row.at(to);
    }

    private static void restore(UnwindRow row, UnwindRow initial, int reg) {
        RegisterRule rule = initial == null ? null : initial.registers().get(reg);
        if (rule == null) {
            row.registers().remove(reg);
        } else {
            row.registers().put(reg, rule);
        }
    }
}
