package io.guestlab.emulator.board;

import io.guestlab.emulator.support.GuestTools;

import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Real firmware accepts the generated tree: QEMU's virt machine, given our DTB instead of its own,
 * boots Debian's OpenSBI and S-mode U-Boot to the U-Boot prompt, and both report what the tree
 * describes (hart count, memory size, model).
 */
public class QemuBootsDeviceTreeTest {

    private static final long TIMEOUT_NANOS = 60_000_000_000L;

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void openSbiAndUBootBootWithTheGeneratedTree() throws Exception {
        Path qemu = GuestTools.tool("qemu-system-riscv64", "qemu-system-misc");
        Path openSbi = GuestTools.file("/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_jump.bin", "opensbi");
        Path uBoot = GuestTools.file("/usr/lib/u-boot/qemu-riscv64_smode/u-boot.bin", "u-boot-qemu");
        Path dtb = folder.getRoot().toPath().resolve("guestlab-virt.dtb");
        Files.write(dtb, VirtDeviceTree.generate(BoardDescription.of(4, 256L << 20).withBootargs("console=ttyS0")));

        Process process = new ProcessBuilder(qemu.toString(), "-M", "virt", "-smp", "4", "-m", "256M",
                "-dtb", dtb.toString(), "-bios", openSbi.toString(), "-kernel", uBoot.toString(),
                "-display", "none", "-serial", "stdio", "-monitor", "none", "-nic", "none")
                .redirectErrorStream(true)
                .start();
        String console;
        try {
            console = readUntil(process.getInputStream(), "=> ");
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        assertTrue("no U-Boot prompt within 60 s:\n" + console, console.contains("=> "));
        assertTrue(console, console.contains("Platform HART Count       : 4"));
        assertTrue(console, console.contains("Model: riscv-virtio,qemu"));
        assertTrue(console, console.contains("DRAM:  256 MiB"));
        assertTrue(console, console.contains("serial@10000000"));
    }

    /** Reads the console until {@code marker} appears, the stream ends or the timeout passes. */
    private static String readUntil(InputStream in, String marker) throws Exception {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        long deadline = System.nanoTime() + TIMEOUT_NANOS;
        byte[] buffer = new byte[4096];
        while (System.nanoTime() < deadline) {
            if (in.available() > 0) {
                int n = in.read(buffer);
                if (n < 0) {
                    break;
                }
                seen.write(buffer, 0, n);
                if (seen.toString(StandardCharsets.UTF_8).contains(marker)) {
                    break;
                }
            } else {
                Thread.sleep(20);
            }
        }
        return seen.toString(StandardCharsets.UTF_8);
    }
}
