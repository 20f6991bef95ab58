package io.guestlab.symbols;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Test;

/** Stepping queries checked against objdump's decoded line table and nm's symbol sizes. */
public class SourceLinesTest {

    private static final Pattern ROW = Pattern.compile("^shapes\\.c\\s+(\\d+)\\s+(0x[0-9a-f]+)(?:\\s+\\d+)?\\s+x\\s*$");

    @Test
    public void functionLineRangeAndNextStatementAtO0() throws Exception {
        for (String variant : List.of("shapes-elf-O0-dwarf4", "shapes-elf-O0-dwarf5", "shapes-linux-O0-dwarf4")) {
            Path elf = GuestExamples.elf(variant);
            Program p = Program.open(elf, 0);
            SourceLines lines = new SourceLines(p);
            ElfSymbol walk = p.symbols().stream().filter(s -> s.name().equals("walk")).findFirst().orElseThrow();
            // Statement rows of walk in objdump's decoding: [line, address].
            List<long[]> rows = new ArrayList<>();
            String dump = GuestExamples.run(GuestExamples.command("riscv64-unknown-elf-objdump", "--dwarf=decodedline", elf));
            for (String l : dump.split("\n")) {
                Matcher m = ROW.matcher(l);
                if (m.matches()) {
                    long a = Long.decode(m.group(2));
                    if (a >= walk.address() && a < walk.address() + walk.size()) {
                        rows.add(new long[] {Long.parseLong(m.group(1)), a});
                    }
                }
            }
            assertTrue(variant, rows.size() > 4);
            SourceLines.FunctionRange f = lines.functionContaining(walk.address() + 6).orElseThrow();
            assertEquals(variant, new SourceLines.FunctionRange("walk", walk.address(), walk.address() + walk.size()), f);
            long[] range = lines.lineRange(walk.address() + 2).orElseThrow();
            assertEquals(variant, walk.address(), range[0]);
            assertEquals(variant, rows.get(1)[1], range[1]);
            SourceLines.Statement next = lines.nextStatement(walk.address()).orElseThrow();
            assertEquals(variant, rows.get(1)[0], next.line());
            assertEquals(variant, rows.get(1)[1], next.address());
            assertTrue(variant, next.file().endsWith("/shapes.c"));
            assertEquals(variant, List.of(rows.get(1)[1]), lines.addressesOf("shapes.c", (int) rows.get(1)[0]));
            assertTrue(variant, lines.addressesOf("shapes.c", 2).isEmpty());
            assertTrue(variant, lines.functionContaining(0x10).isEmpty());
        }
    }

    @Test
    public void callSitesAtO2() throws Exception {
        for (String variant : List.of("shapes-elf-O2-dwarf4", "shapes-elf-O2-dwarf5")) {
            Program p = Program.open(GuestExamples.elf(variant), 0);
            SourceLines lines = new SourceLines(p);
            long main = p.addressOf("main").orElseThrow();
            SourceLines.FunctionRange range = lines.functionContaining(main).orElseThrow();
            List<SourceLines.CallSite> calls = lines.callSites(main);
            assertFalse(variant, calls.isEmpty());
            List<String> callees = new ArrayList<>();
            for (SourceLines.CallSite c : calls) {
                assertTrue(variant, c.returnAddress() > range.low() && c.returnAddress() <= range.high());
                callees.add(c.callee());
            }
            assertTrue(variant + " " + callees, callees.contains("walk"));
        }
    }
}
