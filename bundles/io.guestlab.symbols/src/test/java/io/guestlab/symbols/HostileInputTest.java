package io.guestlab.symbols;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.Test;

/** Specific broken inputs give a clear SymbolsException naming file, section and offset. */
public class HostileInputTest {

    @Test
    public void notAnElf() {
        SymbolsException e = parseFails("hello, world".getBytes());
        assertEquals("ELF header", e.section());
        assertTrue(e.getMessage(), e.getMessage().contains("not an ELF file"));
        assertTrue(e.getMessage(), e.getMessage().startsWith("hostile.elf: "));
    }

    @Test
    public void everyTruncationFailsCleanlyOrReadsWhatIsThere() throws Exception {
        byte[] elf = Files.readAllBytes(GuestExamples.elf("shapes-elf-O2-dwarf5"));
        for (int length = 0; length < elf.length; length += 97) {
            byte[] cut = Arrays.copyOf(elf, length);
            try {
                Program p = Program.parse(Path.of("hostile.elf"), ByteBuffer.wrap(cut), 0);
                p.symbols();
                p.describe(0x800000a4L);
                p.lineEntries();
            } catch (SymbolsException e) {
                assertNull("unchecked failure for length " + length + ": " + e.getMessage(), e.getCause());
                assertTrue(e.getMessage(), e.getMessage().startsWith("hostile.elf: "));
            }
        }
    }

    @Test
    public void absurdSectionSizeNamesTheSection() throws Exception {
        byte[] elf = Files.readAllBytes(GuestExamples.elf("shapes-elf-O0-dwarf5"));
        Program original = Program.open(GuestExamples.elf("shapes-elf-O0-dwarf5"), 0);
        Section line = original.sections().stream().filter(s -> s.name().equals(".debug_line")).findFirst().orElseThrow();
        ByteBuffer b = ByteBuffer.wrap(elf).order(ByteOrder.LITTLE_ENDIAN);
        long shoff = b.getLong(0x28);
        int entsize = b.getShort(0x3a) & 0xffff;
        b.putLong((int) (shoff + (long) line.index() * entsize + 0x20), 0x7fff_ffff_0000L); // sh_size
        try {
            Program p = Program.parse(Path.of("hostile.elf"), ByteBuffer.wrap(elf), 0);
            p.lineEntries();
            fail("an absurd .debug_line size was accepted");
        } catch (SymbolsException e) {
            assertEquals(".debug_line", e.section());
            assertTrue(e.getMessage(), e.getMessage().contains("outside the file"));
        }
    }

    @Test
    public void badUnitVersionNamesDebugInfoAndOffset() throws Exception {
        byte[] elf = Files.readAllBytes(GuestExamples.elf("shapes-elf-O0-dwarf5"));
        Program original = Program.open(GuestExamples.elf("shapes-elf-O0-dwarf5"), 0);
        Section info = original.sections().stream().filter(s -> s.name().equals(".debug_info")).findFirst().orElseThrow();
        elf[(int) info.fileOffset() + 4] = 9; // version of the first unit
        try {
            Program.parse(Path.of("hostile.elf"), ByteBuffer.wrap(elf), 0).units();
            fail("DWARF version 9 was accepted");
        } catch (SymbolsException e) {
            assertEquals(".debug_info", e.section());
            assertEquals(0, e.offset());
            assertEquals("hostile.elf: .debug_info+0x0: unsupported DWARF version 9", e.getMessage());
        }
    }

    private static SymbolsException parseFails(byte[] bytes) {
        try {
            Program.parse(Path.of("hostile.elf"), ByteBuffer.wrap(bytes), 0);
        } catch (SymbolsException e) {
            return e;
        }
        throw new AssertionError("accepted");
    }
}
