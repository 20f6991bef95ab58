package io.guestlab.emulator.isa;

import static org.junit.Assert.assertEquals;

import io.guestlab.emulator.support.GuestTools;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.Test;

/**
 * Every encoding, not only what compilers emit: random operand bits for every entry of the ISA
 * table, random compressed parcels and random noise go into a raw binary that
 * {@code objdump -D -b binary -m riscv:rv64} disassembles; the disassembler must agree on every
 * instruction (text, and which encodings are not instructions at all). A raw binary is rv64gc to
 * objdump: the bit-manipulation encodings (Zb*) are left out here and compared with objdump
 * through examples/isa-tests/zb.S, whose ELF names those extensions (DisassemblerObjdumpTest).
 */
public class RandomEncodingObjdumpTest {

    @Test
    public void randomEncodingsDisassembleLikeObjdump() throws Exception {
        Path objdump = GuestTools.tool("riscv64-unknown-elf-objdump", "binutils-riscv64-unknown-elf");
        Random random = new Random(20261126);
        ByteArrayOutputStream code = new ByteArrayOutputStream();
        List<Integer> parcels = new ArrayList<>();
        for (int round = 0; round < 40; round++) {
            for (Insn insn : Insn.values()) {
                if (insn.isBitManipulation()) {
                    continue;
                }
                add(code, parcels, (random.nextInt() & ~insn.mask()) | insn.match());
            }
            for (int i = 0; i < 60; i++) {
                int half = random.nextInt(0x10000);
                if ((half & 3) != 3 && half != 0) {
                    add(code, parcels, half);
                }
            }
            for (int i = 0; i < 30; i++) {
                int noise = random.nextInt() | 3;
                Decoded decoded = Decoder.decode(noise);
                if (decoded == null || !decoded.insn().isBitManipulation()) {
                    add(code, parcels, noise);
                }
            }
        }
        add(code, parcels, 0x00000013);
        Path bin = Files.createTempFile("guestlab-encodings", ".bin");
        try {
            Files.write(bin, code.toByteArray());
            String listing = DisassemblerObjdumpTest.run(objdump.toString(), "-D", "-b", "binary", "-m", "riscv:rv64",
                    bin.toString());
            Map<Long, String> expected = new LinkedHashMap<>();
            for (String line : listing.split("\n")) {
                String[] parts = line.split("\t", 3);
                if (parts.length == 3 && parts[0].trim().endsWith(":")) {
                    expected.put(Long.parseLong(parts[0].trim().replace(":", ""), 16), parts[2]);
                }
            }
            Disassembler disassembler = new Disassembler();
            List<String> wrong = new ArrayList<>();
            long pc = 0;
            for (int bits : parcels) {
                String mine = normalise(disassembler.disassemble(bits, pc));
                String theirs = normalise(expected.get(pc));
                if (!mine.equals(theirs)) {
                    wrong.add(String.format("%08x at 0x%x: objdump '%s', guestlab '%s'", bits, pc, theirs, mine));
                }
                pc += (bits & 3) == 3 ? 4 : 2;
            }
            assertEquals("disagreements out of " + parcels.size(), List.of(), wrong.subList(0, Math.min(40, wrong.size())));
        } finally {
            Files.deleteIfExists(bin);
        }
    }

    /** objdump writes data as .4byte/.2byte for raw binaries and .word/.short for ELF: both mean "not an instruction". */
    private static String normalise(String text) {
        if (text == null) {
            return "(nothing)";
        }
        for (String data : new String[] {".4byte\t", ".word\t", ".2byte\t", ".short\t"}) {
            if (text.startsWith(data)) {
                return "data " + Long.parseLong(text.substring(data.length() + 2), 16);
            }
        }
        return text;
    }

    private static void add(ByteArrayOutputStream code, List<Integer> parcels, int bits) {
        if ((bits & 3) == 3 && (bits & 0x1c) == 0x1c) {
            return; // 48-bit and longer encodings: objdump would group the following parcels with it
        }
        int length = (bits & 3) == 3 ? 4 : 2;
        for (int i = 0; i < length; i++) {
            code.write(bits >>> (8 * i));
        }
        parcels.add(bits);
    }
}
