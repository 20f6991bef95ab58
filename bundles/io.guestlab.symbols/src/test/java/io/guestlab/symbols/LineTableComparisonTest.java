package io.guestlab.symbols;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Test;

/** Every line-table row of every example variant equals what objdump --dwarf=decodedline decodes. */
public class LineTableComparisonTest {

    /** "file  line  0xaddress  [view]  [x]"; an end of sequence has "-" for its line. */
    private static final Pattern ROW = Pattern.compile("^(\\S+)\\s+(\\d+|-)\\s+(0x[0-9a-f]+)(?:\\s+\\d+)?(\\s+x)?\\s*$");

    @Test
    public void rowsMatchObjdumpForEveryVariant() throws Exception {
        for (String variant : GuestExamples.VARIANTS) {
            Path elf = GuestExamples.elf(variant);
            String dump = GuestExamples.run(GuestExamples.command("riscv64-unknown-elf-objdump", "--dwarf=decodedline", "-w", elf));
            List<String> expected = new ArrayList<>();
            for (String line : dump.split("\n")) {
                Matcher m = ROW.matcher(line);
                if (m.matches()) {
                    long address = Long.parseUnsignedLong(m.group(3).substring(2), 16);
                    boolean end = m.group(2).equals("-");
                    expected.add(row(m.group(1), end ? -1 : Integer.parseInt(m.group(2)), address, m.group(4) != null && !end));
                }
            }
            List<String> actual = new ArrayList<>();
            for (LineEntry e : Program.open(elf, 0).lineEntries()) {
                String base = e.file().substring(e.file().lastIndexOf('/') + 1);
                actual.add(row(base, e.endSequence() ? -1 : e.line(), e.address(), e.isStmt() && !e.endSequence()));
            }
            assertTrue(variant + ": objdump listed no rows", expected.size() > 10);
            assertEquals(variant, String.join("\n", expected), String.join("\n", actual));
        }
    }

    private static String row(String file, int line, long address, boolean stmt) {
        return String.format("%s %s 0x%x%s", file, line < 0 ? "-" : Integer.toString(line), address, stmt ? " x" : "");
    }
}
