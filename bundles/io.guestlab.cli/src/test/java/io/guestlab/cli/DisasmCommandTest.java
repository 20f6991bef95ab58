package io.guestlab.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.Test;

/** `guestlab disasm ELF` prints what `objdump -d ELF` prints. */
public class DisasmCommandTest {

    @Test
    public void outputEqualsObjdump() throws Exception {
        Path elf = GuestElfs.example("bench/build/sort.elf");
        Path objdump = GuestElfs.tool("riscv64-unknown-elf-objdump");
        Process p = new ProcessBuilder(objdump.toString(), "-d", elf.toString()).start();
        String expected = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new Main(Main.standardCommands()).execute(List.of("disasm", elf.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, code);
        assertEquals(expected, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    public void missingArgumentIsAUsageError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Main(Main.standardCommands()).execute(List.of("disasm"), System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Main.EXIT_USAGE, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("which ELF file?"));
    }
}
