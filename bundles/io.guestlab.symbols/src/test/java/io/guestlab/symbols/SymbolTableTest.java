package io.guestlab.symbols;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.junit.Test;

/** Symbols against nm, nearest-symbol lookup, .riscv.attributes against readelf. */
public class SymbolTableTest {

    @Test
    public void definedSymbolsMatchNmForEveryVariant() throws Exception {
        for (String variant : GuestExamples.VARIANTS) {
            Path elf = GuestExamples.elf(variant);
            TreeSet<String> expected = new TreeSet<>();
            for (String line : GuestExamples.run(GuestExamples.command("riscv64-unknown-elf-nm", "-S", elf)).split("\n")) {
                String[] f = line.trim().split("\\s+");
                // "addr [size] type name"; undefined symbols ("U", "w" without address) have no address.
                if (f.length >= 3 && f[0].matches("[0-9a-f]+")) {
                    String name = f[f.length - 1];
                    String size = f.length == 4 ? f[1] : "-";
                    expected.add(Long.parseUnsignedLong(f[0], 16) + " " + (size.equals("-") ? "-" : Long.parseLong(size, 16)) + " " + name);
                }
            }
            TreeSet<String> actual = new TreeSet<>();
            for (ElfSymbol s : Program.open(elf, 0).symbols()) {
                if (s.isDefined() && !s.name().isEmpty() && s.type() != ElfSymbol.STT_FILE && s.type() != ElfSymbol.STT_SECTION
                        && !s.name().startsWith("$")) {
                    actual.add(s.address() + " " + (s.size() == 0 ? "-" : s.size()) + " " + s.name());
                }
            }
            assertTrue(variant + ": nm listed no symbols", expected.size() > 5);
            assertEquals(variant, String.join("\n", expected), String.join("\n", actual));
        }
    }

    @Test
    public void nearestSymbolGivesFunctionPlusOffset() throws Exception {
        Program p = Program.open(GuestExamples.elf("shapes-elf-O0-dwarf5"), 0);
        long handleTrap = p.addressOf("handle_trap").orElseThrow();
        assertEquals("handle_trap", p.symbolAt(handleTrap).toString());
        assertEquals("handle_trap+0x1c", p.symbolAt(handleTrap + 0x1c).toString());
        ElfSymbol main = null;
        for (ElfSymbol s : p.symbols()) {
            if (s.name().equals("main")) {
                main = s;
            }
        }
        assertNotNull(main);
        assertEquals("main+0x" + Long.toHexString(main.size() - 2), p.symbolAt(main.address() + main.size() - 2).toString());
        assertNull("below all symbols", p.symbolAt(0x1000));
    }

    @Test
    public void loadOffsetMovesSymbolsAndLines() throws Exception {
        Path elf = GuestExamples.elf("shapes-elf-O2-dwarf5");
        Program at0 = Program.open(elf, 0);
        Program moved = Program.open(elf, 0x1000_0000L);
        long walk = at0.addressOf("walk").orElseThrow();
        assertEquals(walk + 0x1000_0000L, moved.addressOf("walk").orElseThrow());
        assertEquals("walk+0x4", moved.symbolAt(walk + 0x1000_0004L).toString());
        assertEquals(at0.describe(walk + 4).locations(), moved.describe(walk + 0x1000_0004L).locations());
    }

    @Test
    public void addressSpaceDispatchesToTheProgramHoldingAnAddress() throws Exception {
        Program firmware = Program.open(GuestExamples.elf("shapes-elf-O0-dwarf5"), 0);
        Program kernel = Program.open(GuestExamples.elf("shapes-elf-O2-dwarf4"), 0x20_0000L);
        AddressSpace space = new AddressSpace().add(firmware).add(kernel);
        long fwWalk = firmware.addressOf("walk").orElseThrow();
        long kWalk = kernel.addressOf("walk").orElseThrow();
        assertEquals(firmware, space.programAt(fwWalk));
        assertEquals(kernel, space.programAt(kWalk));
        assertEquals("walk+0x2", space.symbolAt(kWalk + 2).toString());
        assertEquals("walk", space.describe(kWalk).locations().get(0).function());
        assertTrue(space.describe(0x10).locations().isEmpty());
    }

    @Test
    public void manySymbolsLookUpFast() {
        // 200k synthetic symbols: building the index and 1M lookups must be quick (no timing
        // assertion, but a quadratic index would not finish in the test timeout).
        List<ElfSymbol> symbols = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            symbols.add(new ElfSymbol("f" + i, 0x8000_0000L + i * 16L, 12, ElfSymbol.STT_FUNC, ElfSymbol.STB_GLOBAL, 0, 1));
        }
        io.guestlab.symbols.elf.SymbolIndex index = new io.guestlab.symbols.elf.SymbolIndex(symbols);
        for (int i = 0; i < 1_000_000; i++) {
            long a = 0x8000_0000L + (i % 200_000) * 16L + 5;
            SymbolMatch m = index.nearest(a);
            assertEquals(5, m.offset());
        }
        assertNull("in the gap after a sized symbol", index.nearest(0x8000_0000L + 13));
        assertEquals("f7", index.byName("f7").name());
    }

    @Test
    public void riscvAttributesMatchReadelf() throws Exception {
        Path elf = GuestExamples.elf("shapes-elf-O2-dwarf4");
        String dump = GuestExamples.run(GuestExamples.command("riscv64-unknown-elf-readelf", "-A", elf));
        String arch = null;
        for (String line : dump.split("\n")) {
            if (line.trim().startsWith("Tag_RISCV_arch:")) {
                arch = line.substring(line.indexOf('"') + 1, line.lastIndexOf('"'));
            }
        }
        assertNotNull("readelf -A printed no Tag_RISCV_arch", arch);
        assertEquals(arch, Program.open(elf, 0).riscvAttributes().get("arch"));
    }
}
