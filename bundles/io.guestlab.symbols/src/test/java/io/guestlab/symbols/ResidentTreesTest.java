package io.guestlab.symbols;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.guestlab.symbols.dwarf.CompilationUnit;
import io.guestlab.symbols.dwarf.DebugInfo;
import io.guestlab.symbols.dwarf.DebugSections;
import io.guestlab.symbols.dwarf.FunctionScope;
import io.guestlab.symbols.elf.ElfFile;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

/** Releasing and re-reading DIE trees (to bound memory on kernels) changes no answer. */
public class ResidentTreesTest {

    @Test
    public void oneResidentTreeAnswersLikeAll() throws Exception {
        for (String variant : List.of("shapes-elf-O2-dwarf5", "shapes-elf-O0-dwarf4")) {
            ElfFile elf = ElfFile.parse(ByteBuffer.wrap(Files.readAllBytes(GuestExamples.elf(variant))));
            DebugInfo all = new DebugInfo(new DebugSections(elf));
            DebugInfo one = new DebugInfo(new DebugSections(elf), 1);
            assertTrue(variant, all.units().size() >= 3);
            List<Long> addresses = new ArrayList<>();
            for (LineEntry e : Program.open(GuestExamples.elf(variant), 0).lineEntries()) {
                addresses.add(e.address());
            }
            // Alternate between units so that trees are released and read again.
            for (int round = 0; round < 2; round++) {
                for (long a : addresses) {
                    assertEquals(variant + String.format(" 0x%x", a), chain(all, a), chain(one, a));
                }
            }
            assertEquals(variant, all.staticVariableAt(0, "none"), one.staticVariableAt(0, "none"));
        }
    }

    private static String chain(DebugInfo info, long pc) {
        StringBuilder b = new StringBuilder();
        for (CompilationUnit cu : info.unitsAt(pc)) {
            for (FunctionScope f = info.innermostScope(cu, pc); f != null; f = f.caller()) {
                b.append(f.name()).append('@').append(f.callLine()).append(' ').append(f.die().offset()).append(';');
            }
        }
        return b.toString();
    }
}
