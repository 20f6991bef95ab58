package io.guestlab.symbols;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.guestlab.symbols.unwind.CfaProgram;
import io.guestlab.symbols.unwind.Fde;
import io.guestlab.symbols.unwind.RegisterRule;
import io.guestlab.symbols.unwind.UnwindRow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Test;

/** The CFA table of every FDE (.debug_frame and .eh_frame) equals readelf's frames-interp. */
public class CallFrameInfoComparisonTest {

    private static final Pattern FDE = Pattern.compile("^([0-9a-f]+) [0-9a-f]+ [0-9a-f]+ FDE cie=[0-9a-f]+ pc=([0-9a-f]+)\\.\\.([0-9a-f]+)$");
    private static final Pattern SECTION = Pattern.compile("^Contents of the (\\S+) section:$");

    @Test
    public void tablesMatchReadelfForEveryVariant() throws Exception {
        for (String variant : GuestExamples.VARIANTS) {
            Path elf = GuestExamples.elf(variant);
            String dump = GuestExamples.run(GuestExamples.command("riscv64-unknown-elf-readelf", "-W",
                    "--debug-dump=frames-interp", elf));
            Map<String, List<String>> expected = parse(dump);
            Program program = Program.open(elf, 0);
            int compared = 0;
            for (Fde fde : program.frameDescriptions()) {
                String key = fde.section() + "@" + Long.toHexString(fde.offset());
                List<String> table = expected.get(key);
                assertTrue(variant + ": readelf has no FDE " + key, table != null);
                if (table.size() <= 1) {
                    continue; // readelf prints no rows for an FDE without instructions
                }
                List<String> columns = List.of(table.get(0).trim().split("\\s+"));
                List<String> actual = new ArrayList<>();
                actual.add(table.get(0));
                for (UnwindRow row : CfaProgram.rows(fde)) {
                    actual.add(format(row, columns, program.is64Bit()));
                }
                assertEquals(variant + " " + key, String.join("\n", table.subList(1, table.size())),
                        String.join("\n", actual.subList(1, actual.size())));
                compared++;
            }
            assertTrue(variant + ": compared only " + compared + " FDEs", compared >= 5);
        }
    }

    /** FDE key to [column header, rows...] in readelf's layout. */
    private static Map<String, List<String>> parse(String dump) {
        Map<String, List<String>> out = new HashMap<>();
        String section = null;
        List<String> current = null;
        for (String line : dump.split("\n")) {
            Matcher s = SECTION.matcher(line);
            if (s.matches()) {
                section = s.group(1);
                current = null;
                continue;
            }
            Matcher f = FDE.matcher(line);
            if (f.matches()) {
                current = new ArrayList<>();
                out.put(section + "@" + Long.toHexString(Long.parseLong(f.group(1), 16)), current);
                current.add("");
                continue;
            }
            if (current == null || line.isBlank()) {
                if (line.isBlank()) {
                    current = null;
                }
                continue;
            }
            if (line.trim().startsWith("LOC")) {
                current.set(0, line.trim().substring(3));
            } else {
                current.add(line.trim().replaceAll("\\s+", " "));
            }
        }
        return out;
    }

    /** One row as readelf prints it: LOC, CFA, then each named register's rule. */
    private static String format(UnwindRow row, List<String> columns, boolean is64) {
        StringBuilder b = new StringBuilder(String.format(is64 ? "%016x" : "%08x", row.address()));
        for (String column : columns) {
            if (column.equals("CFA")) {
                b.append(' ').append(row.cfa().isExpression() ? "exp"
                        : TargetAccess.registerName(row.cfa().register()) + (row.cfa().offset() >= 0 ? "+" : "") + row.cfa().offset());
                continue;
            }
            int reg = -1;
            for (int r = 0; r < 64; r++) {
                if (TargetAccess.registerName(r).equals(column)) {
                    reg = r;
                }
            }
            RegisterRule rule = row.rule(reg);
            b.append(' ').append(switch (rule.kind()) {
                case UNSPECIFIED, UNDEFINED -> "u";
                case SAME_VALUE -> "s";
                case OFFSET -> "c" + (rule.value() >= 0 ? "+" : "") + rule.value();
                case VAL_OFFSET -> "v" + (rule.value() >= 0 ? "+" : "") + rule.value();
                case REGISTER -> TargetAccess.registerName((int) rule.value());
                case EXPRESSION -> "exp";
                case VAL_EXPRESSION -> "vexp";
            });
        }
        return b.toString();
    }
}
