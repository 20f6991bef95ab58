package io.guestlab.cli;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

/**
 * Guestlab's own unwinder (io.guestlab.symbols) gives the same call chain as gdb-multiarch's
 * at the same stop in the GDB server's guests (examples/gdb): machines are deterministic, so
 * breakpoints at the addresses gdb chose stop a second, fresh machine in exactly the same state.
 * Frames are compared by function, pc, file and line ({@link GdbBacktraces}).
 */
public class BacktraceMatchesGdbTest {

    @Test
    public void backtraceInSquareAtO0() throws Exception {
        compare("gdb/build/debuggee-O0.elf", "square");
    }

    @Test
    public void backtraceInBumpAtO0() throws Exception {
        compare("gdb/build/debuggee-O0.elf", "bump");
    }

    @Test
    public void backtraceInBumpAtO2() throws Exception {
        compare("gdb/build/debuggee-O2.elf", "bump");
    }

    private static void compare(String guest, String function) throws Exception {
        GdbBacktraces.GdbStop gdb = GdbBacktraces.assertSameOnGuestlab(GuestElfs.example(guest), function, 1);
        assertEquals(gdb.output(), function, gdb.frames().get(0).function());
    }
}
