package io.guestlab.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * What `guestlab machine check` accepts, `guestlab run --machine` runs, and what run refuses the
 * check refuses too, naming the same element: each case is put to both commands.
 */
public class MachineCheckAgreesWithRunTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int guestlab(String... args) {
        err.reset();
        return new Main(List.of(new MachineCommand(), new RunCommand(InputStream.nullInputStream(), false)))
                .execute(List.of(args), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path machine(String attributes, String devices) throws Exception {
        Path kernel = folder.getRoot().toPath().resolve("kernel.bin");
        Files.write(kernel, new byte[] {0x6f, 0x00, 0x00, 0x00}); // j .: runs until the instruction limit
        Files.write(folder.getRoot().toPath().resolve("fs.img"), new byte[4096]);
        Path file = folder.getRoot().toPath().resolve("m.machine");
        Files.writeString(file, """
            <?xml version="1.0" encoding="UTF-8"?>
            <guestlab:Machine xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                xmlns:guestlab="http://guestlab.io/model/1.0" name="m" kernel="kernel.bin" %s>
              %s
            </guestlab:Machine>
            """.formatted(attributes, devices));
        return file;
    }

    /** Both refuse, each naming {@code element}; returns the check's message. */
    private String bothRefuse(Path file, String element) {
        assertEquals(1, guestlab("machine", "check", file.toString()));
        String check = err.toString(StandardCharsets.UTF_8);
        assertTrue(check, check.contains(element));
        assertEquals(Main.EXIT_USAGE, guestlab("run", "--machine", file.toString(), "--timeout-insns", "1000"));
        String run = err.toString(StandardCharsets.UTF_8);
        assertTrue(run, run.contains(element));
        return check;
    }

    @Test
    public void consoleOutputToAFileIsRefusedByBoth() throws Exception {
        String check = bothRefuse(machine("", "<devices xsi:type=\"guestlab:Console\" output=\"console.log\"/>"),
                "console: output to a file");
        assertTrue(check, check.contains(": error: console: output to a file (output=\"console.log\") is not supported"
                + " by `guestlab run` yet"));
    }

    @Test
    public void deviceTreeOverridesAreRefusedByBoth() throws Exception {
        bothRefuse(machine("", "<deviceTree><properties node=\"/chosen\" name=\"x\" value=\"&quot;y&quot;\"/></deviceTree>"),
                "setting device tree properties (1 property) is not supported");
    }

    @Test
    public void twoDevicesOnOneBusAreRefusedByBoth() throws Exception {
        bothRefuse(machine("", "<devices xsi:type=\"guestlab:Disk\" image=\"fs.img\" bus=\"0\"/>"
                + "<devices xsi:type=\"guestlab:Rng\" bus=\"0\"/>"), "bus 0 is already taken by disk fs.img");
    }

    @Test
    public void aFlashImageOfTheWrongSizeIsRefusedByBoth() throws Exception {
        bothRefuse(machine("", "<devices xsi:type=\"guestlab:Flash\" image=\"fs.img\"/>"),
                "flash fs.img: flash image fs.img is 4096 bytes; a virt flash bank needs exactly 33554432 (32 MiB)");
    }

    @Test
    public void aKernelWithAnImageInFlashUnitOneIsRefusedByBoth() throws Exception {
        flashImage();
        bothRefuse(machine("", "<devices xsi:type=\"guestlab:Flash\" image=\"code.fd\" unit=\"1\"/>"),
                "a kernel with an image in flash bank 1 is not supported");
    }

    private void flashImage() throws Exception {
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(folder.getRoot().toPath().resolve("code.fd")
                .toFile(), "rw")) {
            f.setLength(32L << 20);
        }
    }

    @Test
    public void whatTheCheckAcceptsRunBoots() throws Exception {
        Path file = machine("memory=\"64\" virtioTransport=\"legacy\"",
                "<devices xsi:type=\"guestlab:Disk\" image=\"fs.img\" bus=\"0\" serial=\"S, 1\" discard=\"unmap\""
                + " writeCache=\"false\"/><devices xsi:type=\"guestlab:Rng\"/>");
        assertEquals(err.toString(StandardCharsets.UTF_8), 0, guestlab("machine", "check", file.toString()));
        assertEquals(err.toString(StandardCharsets.UTF_8), RunCommand.EXIT_TIMEOUT,
                guestlab("run", "--machine", file.toString(), "--timeout-insns", "1000"));
    }
}
