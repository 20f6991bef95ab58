package io.guestlab.emulator.hart;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class RegionCompilerTest {

    @Test
    public void anOutOfLineCallsConstantKeepsOffsetsOnEitherSideOfTheEntry() {
        // members of a region may lie before its entry (negative offsets), the entry's block may
        // run on into the next page (offsets past 4096)
        long where = RegionCompiler.where(2047, -4094, 4100, 8, true);
        assertEquals(2047, RegionCompiler.index(where));
        assertEquals(-4094, RegionCompiler.at(where));
        assertEquals(4100, RegionCompiler.next(where));
        assertEquals(8, RegionCompiler.size(where));
        assertEquals(true, RegionCompiler.signed(where));
        long unsigned = RegionCompiler.where(0, 6, -2, 1, false);
        assertEquals(0, RegionCompiler.index(unsigned));
        assertEquals(6, RegionCompiler.at(unsigned));
        assertEquals(-2, RegionCompiler.next(unsigned));
        assertEquals(1, RegionCompiler.size(unsigned));
        assertEquals(false, RegionCompiler.signed(unsigned));
    }
}
