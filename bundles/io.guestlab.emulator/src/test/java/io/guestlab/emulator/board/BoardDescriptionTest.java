package io.guestlab.emulator.board;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import org.junit.Test;

public class BoardDescriptionTest {

    @Test
    public void defaultsMatchQemuVirt() {
        BoardDescription board = BoardDescription.of(4, 256L << 20);
        assertEquals(BoardDescription.DEFAULT_ISA, board.isa());
        assertEquals(BoardDescription.Mmu.SV48, board.mmu());
        assertEquals("", board.bootargs());
        assertFalse(board.hasInitrd());
        assertEquals(8, board.virtioSlots());
        assertTrue(board.withInitrd(0x8800_0000L, 0x8810_0000L).hasInitrd());
    }

    @Test
    public void badDescriptionsNameTheProblem() {
        expectError(() -> BoardDescription.of(0, 1 << 20), "1 to 8 harts, not 0");
        expectError(() -> BoardDescription.of(9, 1 << 20), "not 9");
        expectError(() -> BoardDescription.of(1, 1000), "multiple of 4 KiB");
        expectError(() -> BoardDescription.of(1, 1 << 20).withInitrd(0x8000_2000L, 0x8000_1000L), "empty or reversed");
        expectError(() -> BoardDescription.of(1, 1 << 20).withInitrd(0x9000_0000L, 0x9000_1000L), "outside DRAM");
        expectError(() -> BoardDescription.of(1, 1 << 20).withIsa("rv64q", BoardDescription.Mmu.SV39), "i, e or g");
        expectError(() -> new BoardDescription(1, 1 << 20, "rv64gc", BoardDescription.Mmu.SV39, "", 0, 0, 9), "virtio-mmio");
    }

    private static void expectError(Runnable construction, String fragment) {
        try {
            construction.run();
            fail("accepted a board that should be rejected (" + fragment + ")");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains(fragment));
        }
    }
}
