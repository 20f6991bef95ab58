package io.guestlab.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import io.guestlab.model.MemorySize;

/**
 * The same size text means the same bytes on the command line (guestlab run --memory and
 * guestlab qemu -m) and in a machine file, as in QEMU's -m: one parser, {@link MemorySize}, which
 * the IDE's preference page validates with too (io.guestlab.ui.tests checks the same table there).
 */
public class SizesTest {

    /** Text and the bytes QEMU's -m gives it. */
    static final Object[][] SIZES = {
        {"64", 64L << 20}, {"128M", 128L << 20}, {"128m", 128L << 20}, {"1G", 1L << 30}, {"0.5G", 1L << 29},
        {"524288K", 512L << 20}, {"4194304B", 4L << 20}, {" 256M ", 256L << 20},
    };
    static final String[] NOT_SIZES = {"", "lots", "64MB", "-1", "0x100", "1e3"};

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void theCommandLineAndMachineFilesReadEverySizeAlike() throws Exception {
        Path kernel = folder.getRoot().toPath().resolve("kernel.bin");
        Files.write(kernel, new byte[4096]);
        for (Object[] row : SIZES) {
            String text = (String) row[0];
            long bytes = (Long) row[1];
            assertEquals(text, bytes, OptionValues.size(text, "--memory"));
            assertEquals(text, bytes, RunOptions.parse(List.of("--kernel", kernel.toString(), "--memory", text))
                    .config.memoryBytes());
            Path file = folder.getRoot().toPath().resolve("m.machine");
            Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <guestlab:Machine xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:guestlab="http://guestlab.io/model/1.0" name="m" memory="%s" kernel="kernel.bin"/>
                """.formatted(text.strip()));
            assertEquals(text, bytes, MachineDefinitions.toBoardConfig(file).memoryBytes());
        }
    }

    @Test
    public void whatIsNotASizeIsRefusedEverywhereAlike() {
        for (String text : NOT_SIZES) {
            try {
                OptionValues.size(text, "--memory");
                throw new AssertionError("'" + text + "' was taken as a size");
            } catch (UsageException e) {
                assertTrue(e.getMessage(), e.getMessage().startsWith("--memory: '" + text + "' is not a memory size"));
            }
            try {
                MemorySize.valueOf(text);
                throw new AssertionError("'" + text + "' was taken as a size by the model");
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage(), e.getMessage().contains("is not a memory size"));
            }
        }
    }
}
