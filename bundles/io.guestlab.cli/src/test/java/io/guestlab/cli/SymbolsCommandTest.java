package io.guestlab.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.Test;

/** `guestlab symbols` summarizes an ELF; its section list matches readelf's. */
public class SymbolsCommandTest {

    @Test
    public void summaryNamesSectionsUnitsAndDwarfVersion() throws Exception {
        for (String variant : List.of("shapes-elf-O0-dwarf4", "shapes-linux-O2-dwarf5")) {
            Path elf = SymbolsExamples.elf(variant);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int code = new SymbolsCommand().run(List.of(elf.toString()), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
            assertEquals(0, code);
            String text = out.toString(StandardCharsets.UTF_8);
            String version = variant.endsWith("4") ? "4" : "5";
            assertTrue(text, text.contains("DWARF version: " + version + "\n"));
            assertTrue(text, text.contains("shapes.c (DWARF " + version + ")"));
            assertTrue(text, text.contains("ISA: rv64i"));
            String readelf = SymbolsExamples.run("riscv64-unknown-elf-readelf", List.of("-S", "-W", elf.toString()), "");
            for (String line : readelf.split("\n")) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*\\[\\s*(\\d+)\\] (\\S+)\\s").matcher(line);
                if (m.find() && !m.group(1).equals("0")) {
                    assertTrue(variant + " lacks section " + m.group(2), text.contains("] " + m.group(2) + " "));
                }
            }
        }
    }

    @Test
    public void notAnElfIsAnErrorNotATrace() throws Exception {
        Path notElf = java.nio.file.Files.createTempFile("guestlab", ".txt");
        try {
            java.nio.file.Files.writeString(notElf, "hello");
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = new SymbolsCommand().run(List.of(notElf.toString()), new PrintStream(new ByteArrayOutputStream()),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(1, code);
            String message = err.toString(StandardCharsets.UTF_8);
            assertTrue(message, message.contains(notElf.toString()) && message.contains("not an ELF file"));
            assertEquals(1, message.lines().count());
        } finally {
            java.nio.file.Files.deleteIfExists(notElf);
        }
    }
}
