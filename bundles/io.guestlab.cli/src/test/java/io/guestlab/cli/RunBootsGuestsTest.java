package io.guestlab.cli;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * `guestlab run` as a user meets it: Debian's OpenSBI and U-Boot boot through the command line
 * and answer typed commands, the bundled hello guest prints and exits 0, and each kind of bad
 * input gets exactly one clear line and a non-zero exit code. The U-Boot test takes about 5 s.
 */
public class RunBootsGuestsTest {

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private final GuestlabRun guestlab = new GuestlabRun();

    /** Exactly one line on stderr, containing {@code text}. */
    private void assertOneLine(String text) {
        String e = guestlab.err();
        assertTrue("expected one line containing '" + text + "', got:\n" + e, e.contains(text));
        assertEquals("one line only:\n" + e, 1, e.lines().count());
    }

    @Test
    public void openSbiAndUBootBootAndAnswerCommandsThroughTheCommandLine() throws Exception {
        Path fw = GuestElfs.debianFile(GuestElfs.FW_JUMP, "opensbi");
        Path uBoot = GuestElfs.debianFile(GuestElfs.UBOOT_SMODE, "u-boot-qemu");
        Path disk = folder.getRoot().toPath().resolve("disk.img");
        Files.write(disk, new byte[2 << 20]);
        Path dtb = folder.getRoot().toPath().resolve("board.dtb");
        try (ScriptedTerminal terminal = new ScriptedTerminal("run", "--bios", fw.toString(), "--kernel", uBoot.toString(),
                "--harts", "2", "--memory", "256M", "--drive", "file=" + disk + ",readonly", "--dtb-out", dtb.toString())) {
            terminal.expect("Hit any key to stop autoboot");
            terminal.type(" ");
            terminal.expect("=> ");
            terminal.type("version\r");
            assertTrue(terminal.expect("=> ").contains("U-Boot 2023.01"));
            terminal.type("virtio scan; virtio info\r");
            String info = terminal.expect("=> ");
            assertTrue(info, info.contains("VirtIO Block Device") && info.contains("(4096 x 512)"));
            terminal.type("poweroff\r");
            assertEquals(terminal.console() + terminal.err(), 0, terminal.exitCode());
            assertTrue(terminal.console(), terminal.console().contains("Platform HART Count       : 2"));
        }
        byte[] written = Files.readAllBytes(dtb);
        assertArrayEquals("FDT magic", new byte[] {(byte) 0xd0, 0x0d, (byte) 0xfe, (byte) 0xed}, Arrays.copyOf(written, 4));
    }

    @Test
    public void theBundledHelloGuestPrintsAndExitsZero() {
        Path hello = GuestElfs.example("hello/build/hello.elf");
        assertEquals(guestlab.err(), 0, guestlab.run("run", "--bios", "none", "--kernel", hello.toString()));
        assertTrue(guestlab.out().contains("Hello from Guestlab!"));
    }

    @Test
    public void badInputGetsOneClearLine() throws Exception {
        assertEquals(Main.EXIT_USAGE, guestlab.run("run", "--frobnicate"));
        assertOneLine("unknown option '--frobnicate'");
        assertEquals(Main.EXIT_USAGE, guestlab.run("run", "--bios", "none", "--kernel", "k.bin", "--harts", "9"));
        assertOneLine("--harts: 9 is out of range 1..8");
        assertEquals(Main.EXIT_USAGE, guestlab.run("run", "--bios", "none", "--kernel", "k.bin", "--drive", "file=d.img,snapshot"));
        assertOneLine("--drive: unknown part 'snapshot'");
        assertEquals(Main.EXIT_USAGE, guestlab.run("run", "--bios", "none", "--initrd", "initrd.img"));
        assertOneLine("an initrd needs a kernel");

        Path absent = folder.getRoot().toPath().resolve("absent.bin");
        assertEquals(1, guestlab.run("run", "--bios", "none", "--kernel", absent.toString()));
        assertOneLine("kernel " + absent + ": no such file");

        Path javaBinary = Path.of(System.getProperty("java.home"), "bin", "java"); // an ELF for the host
        assertEquals(1, guestlab.run("run", "--bios", "none", "--kernel", javaBinary.toString()));
        assertOneLine("not a RISC-V ELF file");

        Path hello = GuestElfs.example("hello/build/hello.elf");
        Path truncated = folder.getRoot().toPath().resolve("truncated.elf");
        Files.write(truncated, Arrays.copyOf(Files.readAllBytes(hello), 200));
        assertEquals(1, guestlab.run("run", "--bios", "none", "--kernel", truncated.toString()));
        assertOneLine("truncated or corrupt");

        Path big = folder.getRoot().toPath().resolve("big-kernel.bin");
        Files.write(big, new byte[5 << 20]);
        assertEquals(1, guestlab.run("run", "--bios", "none", "--kernel", big.toString(), "--memory", "4M"));
        assertOneLine("kernel " + big + " (0x80000000..0x80500000, 5 MiB) does not fit in RAM 0x80000000..0x80400000 (4 MiB)");

        assertEquals(1, guestlab.run("run", "--bios", hello.toString(), "--kernel", hello.toString()));
        assertOneLine("overlaps firmware " + hello);

        Path noDisk = folder.getRoot().toPath().resolve("no-disk.img");
        assertEquals(1, guestlab.run("run", "--bios", "none", "--kernel", hello.toString(), "--drive", "file=" + noDisk));
        assertOneLine(noDisk.toString());
    }
}
