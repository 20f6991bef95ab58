package io.guestlab.emulator.board;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;
import org.junit.Test;

public class IsaStringTest {

    @Test
    public void splitsBaseAndExtensions() {
        IsaString isa = IsaString.parse("rv64imafdc_zicsr_zifencei");
        assertEquals("rv64i", isa.base());
        assertEquals(List.of("i", "m", "a", "f", "d", "c", "zicsr", "zifencei"), isa.extensions());
    }

    @Test
    public void expandsGeneralPurposeShorthand() {
        IsaString isa = IsaString.parse("RV64GC_Zba");
        assertEquals("rv64i", isa.base());
        assertEquals(List.of("i", "m", "a", "f", "d", "c", "zba", "zicsr", "zifencei"), isa.extensions());
    }

    @Test
    public void embeddedBase() {
        assertEquals("rv32e", IsaString.parse("rv32emc").base());
    }

    @Test
    public void malformedStringsAreRejectedWithTheReason() {
        expectError("", "empty");
        expectError("x86_64", "rv32 or rv64");
        expectError("rv64mafd", "i, e or g");
        expectError("rv64imw", "'w'");
        expectError("rv64imm", "twice");
        expectError("rv64imac__zicsr", "malformed extension ''");
        expectError("rv64imac_zicsr_zicsr", "twice");
    }

    private static void expectError(String isa, String fragment) {
        try {
            IsaString.parse(isa);
            fail("accepted " + isa);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains(fragment));
        }
    }
}
