package io.guestlab.symbols;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

/** File-scope names found where shapes.c and shapes.h declare them, with their C spelling. */
public class DeclarationsTest {

    @Test
    public void functionsVariablesAndTypes() throws Exception {
        for (String variant : List.of("shapes-elf-O0-dwarf4", "shapes-elf-O0-dwarf5", "shapes-linux-O2-dwarf5")) {
            Program p = Program.open(GuestExamples.elf(variant), 0);

            Declaration walk = only(p, "walk");
            assertEquals(variant, Declaration.Kind.FUNCTION, walk.kind());
            assertTrue(variant + " " + walk.file(), walk.file().endsWith("examples/symbols/shapes.c"));
            assertEquals(variant, 31, walk.line());
            assertEquals(variant, p.addressOf("walk").orElseThrow(), walk.address().orElseThrow());
            assertEquals(variant, "long int walk(struct point *, int)", walk.signature());

            Declaration origin = only(p, "origin");
            assertEquals(variant, Declaration.Kind.VARIABLE, origin.kind());
            assertEquals(variant, 4, origin.line());
            assertEquals(variant, p.addressOf("origin").orElseThrow(), origin.address().orElseThrow());
            assertEquals(variant, "struct point origin", origin.signature());

            Declaration point = only(p, "point");
            assertEquals(variant, Declaration.Kind.TYPE, point.kind());
            assertTrue(variant + " " + point.file(), point.file().endsWith("examples/symbols/shapes.h"));
            assertEquals(variant, 22, point.line());
            assertTrue(variant, point.address().isEmpty());

            Declaration op = only(p, "binary_op");
            assertEquals(variant, "typedef int (*)(int, int) binary_op", op.signature());
            assertEquals(variant, 20, op.line());

            assertEquals(variant, List.of(), Declarations.named(p, "no_such_name"));
        }
    }

    private static Declaration only(Program p, String name) throws SymbolsException {
        List<Declaration> found = Declarations.named(p, name);
        assertEquals(name + ": " + found, 1, found.size());
        return found.get(0);
    }
}
