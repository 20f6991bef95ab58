package io.guestlab.symbols;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Test;

/**
 * {@link Program#describeFrame} gives a stopped pc the line a debugger shows: where several
 * line-table rows share the address, the last one, or if that is not a statement the last
 * statement row before it at that address (gdb's choice; addr2line's {@link Program#describe}
 * takes the last row). Checked at every such address of every example variant, with the rows
 * as objdump --dwarf=decodedline decodes them. gdb's own backtraces are compared in the cli
 * bundle (SymbolsBacktraceMatchesGdbTest).
 */
public class FrameLineTest {

    /** "file  line  0xaddress  [view]  [x]"; an end of sequence has "-" for its line. */
    private static final Pattern ROW = Pattern.compile("^(\\S+)\\s+(\\d+|-)\\s+(0x[0-9a-f]+)(?:\\s+\\d+)?(\\s+x)?\\s*$");

    private record Row(long address, int line, boolean stmt) {
    }

    @Test
    public void sharedAddressesShowTheStatementRow() throws Exception {
        int differing = 0;
        int checked = 0;
        for (String variant : GuestExamples.VARIANTS) {
            Path elf = GuestExamples.elf(variant);
            Program program = Program.open(elf, 0);
            String dump = GuestExamples.run(GuestExamples.command("riscv64-unknown-elf-objdump", "--dwarf=decodedline", "-w", elf));
            List<Row> sequence = new ArrayList<>();
            for (String line : dump.split("\n")) {
                Matcher m = ROW.matcher(line);
                if (!m.matches()) {
                    continue;
                }
                long address = Long.parseUnsignedLong(m.group(3).substring(2), 16);
                if (m.group(2).equals("-")) {
                    for (int i = 0; i < sequence.size(); i++) {
                        Row last = sequence.get(i);
                        int first = i;
                        while (i + 1 < sequence.size() && sequence.get(i + 1).address() == last.address()) {
                            last = sequence.get(++i);
                        }
                        if (i == first) {
                            continue; // one row: both rules agree
                        }
                        int expected = last.line();
                        for (int k = i; k >= first && !last.stmt(); k--) {
                            if (sequence.get(k).stmt()) {
                                expected = sequence.get(k).line();
                                break;
                            }
                        }
                        int shown = program.describeFrame(last.address()).locations().get(0).line();
                        assertEquals(String.format("%s at 0x%x", variant, last.address()), expected, shown);
                        differing += program.describe(last.address()).locations().get(0).line() != shown ? 1 : 0;
                        checked++;
                    }
                    sequence.clear();
                } else {
                    sequence.add(new Row(address, Integer.parseInt(m.group(2)), m.group(4) != null));
                }
            }
        }
        System.out.printf("frame lines: %d addresses with several rows, at %d of them gdb's and addr2line's lines differ%n",
                checked, differing);
        assertTrue("no address with several rows", checked > 0);
        assertTrue("the two rules never differ: the test would not notice a mistake", differing > 0);
    }
}
