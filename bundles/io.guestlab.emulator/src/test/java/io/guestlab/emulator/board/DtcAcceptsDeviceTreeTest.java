package io.guestlab.emulator.board;

import io.guestlab.emulator.support.GuestTools;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The reference device-tree compiler decompiles the generated DTB without any warning. */
public class DtcAcceptsDeviceTreeTest {

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private String decompile(BoardDescription board) throws IOException, InterruptedException {
        Path dtc = GuestTools.tool("dtc", "device-tree-compiler");
        Path blob = folder.newFile().toPath();
        Path source = folder.getRoot().toPath().resolve(blob.getFileName() + ".dts");
        Path errors = folder.getRoot().toPath().resolve(blob.getFileName() + ".err");
        Files.write(blob, VirtDeviceTree.generate(board));
        Process process = new ProcessBuilder(dtc.toString(), "-I", "dtb", "-O", "dts", "-o", source.toString(),
                blob.toString())
                .redirectError(errors.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertTrue("dtc did not finish within 30 s", process.waitFor(30, TimeUnit.SECONDS));
        String stderr = Files.readString(errors, StandardCharsets.UTF_8);
        assertEquals("dtc failed: " + stderr, 0, process.exitValue());
        assertFalse("dtc warned:\n" + stderr, stderr.contains("Warning") || stderr.contains("ERROR"));
        return Files.readString(source, StandardCharsets.UTF_8);
    }

    @Test
    public void singleHartBoardWithBootParameters() throws Exception {
        String dts = decompile(BoardDescription.of(1, 128L << 20)
                .withBootargs("console=ttyS0")
                .withInitrd(0x8400_0000L, 0x8410_0000L));
        assertTrue(dts, dts.contains("bootargs = \"console=ttyS0\";"));
        assertTrue(dts, dts.contains("compatible = \"ns16550a\";"));
    }

    @Test
    public void eightHartBoard() throws Exception {
        String dts = decompile(BoardDescription.of(8, 2L << 30));
        assertTrue(dts, dts.contains("cpu@7 {"));
        assertTrue(dts, dts.contains("core7 {"));
    }
}
