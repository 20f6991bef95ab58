package io.guestlab.symbols;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.OptionalLong;

import org.junit.Test;

/**
 * The layout of shapes.h's types as the C ABI (RISC-V psABI, LP64) lays them out, written down
 * here pahole-style, checked against the DWARF of every variant; and the initialized global
 * {@code origin} formatted from the ELF's own .data.
 */
public class TypeLayoutTest {

    /** struct point's members: name, C type, byte offset. */
    private static final String[][] POINT = {
        {"x", "short int", "0"},
        {"y", "long int", "8"},
        {"name", "const char *", "16"},
        {"color", "enum color", "24"},
        {"flags", "struct flags", "28"},
        {"raw", "union word", "32"},
        {"grid", "int [2][3]", "40"},
        {"op", "binary_op", "64"},
        {"next", "volatile struct point *", "72"},
    };

    @Test
    public void structPointMatchesTheAbiOnEveryVariant() throws Exception {
        for (String variant : GuestExamples.VARIANTS_64) {
            Program p = Program.open(GuestExamples.elf(variant), 0);
            Variable origin = Variables.global(p, "origin");
            assertNotNull(variant + ": no DWARF for origin", origin);
            CType point = origin.type().stripped();
            assertEquals(variant, "struct point", origin.type().toString());
            assertEquals(variant, 80, point.size());
            assertEquals(variant, POINT.length, point.members().size());
            for (int i = 0; i < POINT.length; i++) {
                CType.Member m = point.members().get(i);
                assertEquals(variant, POINT[i][0], m.name());
                assertEquals(variant + " " + m.name(), POINT[i][1], m.type().toString());
                assertEquals(variant + " " + m.name(), Long.parseLong(POINT[i][2]), m.byteOffset());
            }
            assertEquals(variant, "int (*)(int, int)", point.member("op").type().target().toString());

            CType flags = point.member("flags").type().stripped();
            assertEquals(variant, 4, flags.size());
            assertBitfield(variant, flags.member("ready"), 1, 0);
            assertBitfield(variant, flags.member("mode"), 3, 1);
            assertBitfield(variant, flags.member("delta"), 5, 4);
            assertEquals(variant, 2, flags.member("tag").byteOffset());
            assertTrue(variant, !flags.member("tag").isBitfield());

            CType word = point.member("raw").type().stripped();
            assertEquals(variant, CType.Kind.UNION, word.kind());
            assertEquals(variant, 8, word.size());
            word.members().forEach(m -> assertEquals(variant, 0, m.byteOffset()));

            CType color = point.member("color").type().stripped();
            assertEquals(variant, 4, color.size());
            assertEquals(variant, "RED", color.enumerators().get(0L));
            assertEquals(variant, "GREEN", color.enumerators().get(5L));
            assertEquals(variant, "BLUE", color.enumerators().get(6L));

            CType trapFrame = Variables.in(p, p.addressOf("handle_trap").orElseThrow()).get(0).type().target().stripped();
            assertEquals(variant, "trap_frame", trapFrame.name());
            assertEquals(variant, 272, trapFrame.size());
            assertEquals(variant, 256, trapFrame.member("epc").byteOffset());
        }
    }

    private static void assertBitfield(String variant, CType.Member m, int bits, long position) {
        assertEquals(variant + " " + m.name(), bits, m.bitSize());
        assertEquals(variant + " " + m.name(), position, m.bitPosition());
    }

    @Test
    public void initializedGlobalFormatsFromTheImage() throws Exception {
        for (String variant : GuestExamples.VARIANTS_64) {
            Program p = Program.open(GuestExamples.elf(variant), 0);
            TargetAccess image = new TargetAccess() {
                @Override
                public OptionalLong register(int dwarfRegister) {
                    return OptionalLong.empty();
                }

                @Override
                public boolean read(long address, byte[] into) {
                    return p.readImage(address, into);
                }
            };
            Variable origin = Variables.global(p, "origin");
            Value v = origin.read(new StackFrame(0, p.entry(), 0, java.util.Map.of(), StackFrame.Source.TARGET), image);
            assertEquals(variant, p.addressOf("origin").orElseThrow(), v.address());
            String text = new ValueFormatter(image, new AddressSpace().add(p)).format(v);
            assertEquals(variant, "{x = 1, y = -2, name = 0xADDR \"origin\", color = BLUE, flags = {ready = 1, mode = 5, "
                    + "delta = -3, tag = 111 'o'}, raw = {whole = 1234605616436508552, bytes = \"\\210wfUD3\\\"\\021\", "
                    + "halves = {lo = 1432778632, hi = 287454020}}, grid = {{1, 2, 3}, {4, 5, 6}}, op = 0x0, next = 0x0}",
                    text.replaceAll("0x[0-9a-f]{4,}", "0xADDR"));
        }
    }
}
