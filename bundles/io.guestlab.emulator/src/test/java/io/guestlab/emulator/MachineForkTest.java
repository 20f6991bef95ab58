package io.guestlab.emulator;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.guestlab.emulator.loader.ElfFile;
import io.guestlab.emulator.support.GuestTools;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Test;

/**
 * A bare machine's fork (no board): the bundled hello guest is forked half-way through; parent
 * and fork print the same rest through HTIF to their own consoles, exit alike, and never see each
 * other's RAM writes.
 */
public class MachineForkTest {

    private static final long RAM = 0x8000_0000L;

    @Test
    public void aForkFinishesTheRunLikeItsParentAndKeepsItsOwnMemory() throws Exception {
        Path elf = GuestTools.repositoryRoot().resolve("examples/hello/build/hello.elf");
        if (!Files.isRegularFile(elf)) {
            GuestTools.missing(elf + " (build it with 'make -C examples')");
        }
        ByteArrayOutputStream parentConsole = new ByteArrayOutputStream();
        Machine parent = new Machine(MachineConfig.defaults().withRamSize(1 << 20));
        parent.load(ElfFile.read(elf), parentConsole);
        assertEquals(StopReason.BUDGET_EXHAUSTED, parent.run(60_000).reason());
        int before = parentConsole.size();

        ByteArrayOutputStream childConsole = new ByteArrayOutputStream();
        Machine child = parent.fork(childConsole);
        assertEquals(parent.steps(), child.steps());
        assertEquals(parent.pc(0), child.pc(0));

        byte[] original = new byte[12];
        assertTrue(parent.readPhysical(RAM + 0xf0000, original));
        parent.writePhysical(RAM + 0xf0000, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        child.writePhysical(RAM + 0xf0008, new byte[] {9, 9, 9, 9});
        byte[] childSees = original.clone();
        System.arraycopy(new byte[] {9, 9, 9, 9}, 0, childSees, 8, 4);
        byte[] parentSees = original.clone();
        System.arraycopy(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, 0, parentSees, 0, 8);
        byte[] seen = new byte[12];
        child.readPhysical(RAM + 0xf0000, seen);
        assertArrayEquals("the parent's write is not in the fork", childSees, seen);
        parent.readPhysical(RAM + 0xf0000, seen);
        assertArrayEquals("the fork's write is not in the parent", parentSees, seen);

        StopEvent p = parent.run(Long.MAX_VALUE);
        StopEvent c = child.run(Long.MAX_VALUE);
        assertEquals(StopReason.EXIT, p.reason());
        assertEquals(StopReason.EXIT, c.reason());
        assertEquals(parent.exitCode(), child.exitCode());
        assertEquals(parent.steps(), child.steps());
        String rest = parentConsole.toString(StandardCharsets.UTF_8).substring(before);
        assertTrue(rest, !rest.isEmpty());
        assertEquals(rest, childConsole.toString(StandardCharsets.UTF_8));
    }
}
