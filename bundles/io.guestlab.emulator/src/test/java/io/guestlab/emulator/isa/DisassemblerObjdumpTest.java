package io.guestlab.emulator.isa;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import io.guestlab.emulator.loader.ElfFile;
import io.guestlab.emulator.loader.ElfListing;
import io.guestlab.emulator.support.GuestTools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.Test;

/**
 * Compares the disassembly of real ELFs (the ISA tests and the benchmarks) with
 * {@code riscv64-unknown-elf-objdump -d}, line by line: this checks the decoder tables (every
 * instruction the toolchain emits must decode to the right operands) and the disassembler.
 */
public class DisassemblerObjdumpTest {

    @Test
    public void isaTestsDisassembleLikeObjdump() throws Exception {
        compareAll(GuestTools.elfs("isa-tests"));
    }

    @Test
    public void benchmarksDisassembleLikeObjdump() throws Exception {
        compareAll(GuestTools.elfs("bench"));
    }

    private static void compareAll(List<Path> elfs) throws Exception {
        Path objdump = GuestTools.tool("riscv64-unknown-elf-objdump", "binutils-riscv64-unknown-elf");
        for (Path elf : elfs) {
            String name = elf.toString();
            String expected = run(objdump.toString(), "-d", name);
            String actual = new ElfListing(ElfFile.read(elf)).render(name);
            String[] e = expected.split("\n", -1);
            String[] a = actual.split("\n", -1);
            for (int i = 0; i < Math.min(e.length, a.length); i++) {
                assertEquals(name + " line " + (i + 1), e[i], a[i]);
            }
            assertEquals(name + ": number of lines", e.length, a.length);
        }
    }

    static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            fail(String.join(" ", command) + " failed: " + new String(out, StandardCharsets.UTF_8));
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    /** Every instruction in the ISA table decodes from its own match bits to itself. */
    @Test
    public void everyTableEntryDecodesToItself() {
        List<String> wrong = new ArrayList<>();
        for (Insn insn : Insn.values()) {
            int bits = insn.match();
            if (insn.hasRoundingMode()) {
                bits |= 7 << 12; // dynamic rounding, valid for all
            }
            Decoded d = Decoder.decode(bits);
            if (d == null || d.insn() != insn) {
                wrong.add(insn + " decoded as " + (d == null ? "illegal" : d.insn()));
            }
        }
        assertEquals(List.of(), wrong);
    }
}
