package io.guestlab.symbols.dwarf;

import io.guestlab.symbols.elf.ByteReader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The abbreviations of one unit, read from {@code .debug_abbrev} (DWARF 5 section 7.5.3). */
final class AbbreviationTable {

    private final Map<Long, Abbreviation> byCode = new HashMap<>();

    AbbreviationTable(ByteReader r, long offset) {
        r.at(offset);
        while (true) {
            long code = r.uleb();
            if (code == 0) {
                return;
            }
            int tag = (int) r.uleb();
            boolean children = r.u8() != 0;
            List<long[]> specs = new ArrayList<>();
            while (true) {
                long at = r.uleb();
                long form = r.uleb();
                if (at == 0 && form == 0) {
                    break;
                }
                long implicit = form == Dw.FORM_IMPLICIT_CONST ? r.sleb() : 0;
                specs.add(new long[] {at, form, implicit});
            }
            int[] ats = new int[specs.size()];
            int[] forms = new int[specs.size()];
            long[] consts = new long[specs.size()];
            for (int i = 0; i < ats.length; i++) {
                ats[i] = (int) specs.get(i)[0];
                forms[i] = (int) specs.get(i)[1];
                consts[i] = specs.get(i)[2];
            }
            byCode.put(code, new Abbreviation(code, tag, children, ats, forms, consts));
        }
    }

    Abbreviation get(long code) {
        return byCode.get(code);
    }
}
