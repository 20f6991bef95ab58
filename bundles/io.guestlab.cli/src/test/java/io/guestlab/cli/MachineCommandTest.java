package io.guestlab.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class MachineCommandTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int execute(String... args) {
        return new Main(List.of(new MachineCommand())).execute(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path machine(String attributes) throws IOException {
        Path file = folder.getRoot().toPath().resolve("m.machine");
        Files.writeString(file, """
            <?xml version="1.0" encoding="UTF-8"?>
            <guestlab:Machine xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                xmlns:guestlab="http://guestlab.io/model/1.0" name="m" %s/>
            """.formatted(attributes));
        return file;
    }

    @Test
    public void aValidMachineIsOk() throws IOException {
        Path kernel = folder.newFile("kernel.bin").toPath();
        Files.write(kernel, new byte[4096]);
        Path file = machine("harts=\"2\" memory=\"64M\" kernel=\"kernel.bin\"");
        assertEquals(err.toString(StandardCharsets.UTF_8), 0, execute("machine", "check", file.toString()));
        assertEquals(file + ": ok\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    public void problemsNameTheFileTheElementAndTheFix() throws IOException {
        Path file = machine("harts=\"12\" memory=\"64M\"");
        assertEquals(1, execute("machine", "check", file.toString()));
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors, errors.startsWith(file + ": error: machine 'm': "));
        assertTrue(errors, errors.contains("12"));
    }

    @Test
    public void aBrokenFileIsOneLineWithItsName() throws IOException {
        Path file = folder.getRoot().toPath().resolve("broken.machine");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<guestlab:Machine");
        assertEquals(1, execute("machine", "check", file.toString()));
        String errors = err.toString(StandardCharsets.UTF_8);
        assertEquals(errors, 1, errors.lines().count());
        assertTrue(errors, errors.contains("broken.machine"));
    }

    @Test
    public void withoutCheckItIsAUsageError() {
        assertEquals(Main.EXIT_USAGE, execute("machine", "frob"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("guestlab machine: expects 'check FILE...'"));
    }
}
