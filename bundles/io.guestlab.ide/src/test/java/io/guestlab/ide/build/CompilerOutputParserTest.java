package io.guestlab.ide.build;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

import io.guestlab.ide.build.CompilerMessage.Severity;

/** Output as Debian's riscv64-unknown-elf GCC 12, binutils 2.40 and GNU make 4.3 print it (LC_ALL=C). */
public class CompilerOutputParserTest {

    private static final Path PROJECT = Path.of("/work/kernel");

    @Test
    public void gccErrorsWarningsAndNotesWithColumns() {
        List<CompilerMessage> found = parse(
                "riscv64-unknown-elf-gcc -march=rv64gc -O0 -g -o build/program.elf start.S main.c",
                "main.c: In function 'square':",
                "main.c:11:17: error: expected ';' before '}' token",
                "   11 |     return n * n",
                "      |                 ^",
                "main.c:10:9: warning: unused variable 'unused' [-Wunused-variable]",
                "main.c:23:5: note: each undeclared identifier is reported only once",
                "include/kernel.h:4:1: fatal error: missing.h: No such file or directory",
                "make: *** [Makefile:12: build/program.elf] Error 1");
        assertEquals(List.of(
                new CompilerMessage(PROJECT.resolve("main.c"), 11, 17, Severity.ERROR, "expected ';' before '}' token"),
                new CompilerMessage(PROJECT.resolve("main.c"), 10, 9, Severity.WARNING, "unused variable 'unused' [-Wunused-variable]"),
                new CompilerMessage(PROJECT.resolve("main.c"), 23, 5, Severity.INFO, "each undeclared identifier is reported only once"),
                new CompilerMessage(PROJECT.resolve("include/kernel.h"), 4, 1, Severity.ERROR, "missing.h: No such file or directory")),
                found);
    }

    @Test
    public void assemblerMessagesHaveNoColumn() {
        List<CompilerMessage> found = parse("start.S: Assembler messages:",
                "start.S:22: Error: unrecognized opcode `bogus t0,t1'",
                "start.S:30: Warning: ignoring changed section attributes for .text");
        assertEquals(List.of(
                new CompilerMessage(PROJECT.resolve("start.S"), 22, 0, Severity.ERROR, "unrecognized opcode `bogus t0,t1'"),
                new CompilerMessage(PROJECT.resolve("start.S"), 30, 0, Severity.WARNING, "ignoring changed section attributes for .text")),
                found);
    }

    @Test
    public void undefinedReferenceAtTheCallersLineNamesTheFunction() {
        List<CompilerMessage> found = parse(
                "/usr/lib/gcc/riscv64-unknown-elf/12.2.0/../../../riscv64-unknown-elf/bin/ld: /tmp/ccOEynnw.o: in function `main':",
                "/work/kernel/main.c:21: undefined reference to `missing_function'",
                "/usr/bin/riscv64-unknown-elf-ld: trap.o: in function `kerneltrap':",
                "trap.c:40:(.text+0x1c): undefined reference to `panic'",
                "collect2: error: ld returned 1 exit status");
        assertEquals(List.of(
                new CompilerMessage(PROJECT.resolve("main.c"), 21, 0, Severity.ERROR, "undefined reference to `missing_function' (in function main)"),
                new CompilerMessage(PROJECT.resolve("trap.c"), 40, 0, Severity.ERROR, "undefined reference to `panic' (in function kerneltrap)")),
                found);
    }

    @Test
    public void linkerProblemsWithoutALineBelongToNoFile() {
        List<CompilerMessage> found = parse(
                "riscv64-unknown-elf-ld: main.o:(.text+0x8): undefined reference to `f'",
                "riscv64-unknown-elf-ld: build/kernel.elf section `.bss' will not fit in region `RAM'",
                "riscv64-unknown-elf-ld: warning: build/kernel.elf has a LOAD segment with RWX permissions",
                "riscv64-unknown-elf-gcc: error: nosuch.c: No such file or directory");
        assertEquals(List.of(
                new CompilerMessage(null, 0, 0, Severity.ERROR, "undefined reference to `f'"),
                new CompilerMessage(null, 0, 0, Severity.ERROR, "build/kernel.elf section `.bss' will not fit in region `RAM'"),
                new CompilerMessage(null, 0, 0, Severity.WARNING, "build/kernel.elf has a LOAD segment with RWX permissions"),
                new CompilerMessage(null, 0, 0, Severity.ERROR, "nosuch.c: No such file or directory")),
                found);
    }

    @Test
    public void makeProblemsAndDirectories() {
        List<CompilerMessage> found = parse(
                "Makefile:3: *** missing separator.  Stop.",
                "make: *** No rule to make target 'uart.c', needed by 'build/kernel.elf'.  Stop.",
                "make[1]: Entering directory '/work/kernel/tests'",
                "pass.c:5:3: error: 'x' undeclared (first use in this function)",
                "make[1]: Leaving directory '/work/kernel/tests'",
                "main.c:1:1: warning: back in the top folder");
        assertEquals(List.of(
                new CompilerMessage(PROJECT.resolve("Makefile"), 3, 0, Severity.ERROR, "missing separator"),
                new CompilerMessage(null, 0, 0, Severity.ERROR, "No rule to make target 'uart.c', needed by 'build/kernel.elf'"),
                new CompilerMessage(PROJECT.resolve("tests/pass.c"), 5, 3, Severity.ERROR, "'x' undeclared (first use in this function)"),
                new CompilerMessage(PROJECT.resolve("main.c"), 1, 1, Severity.WARNING, "back in the top folder")),
                found);
    }

    @Test
    public void ordinaryOutputIsNoProblem() {
        assertTrue(parse("mkdir -p build", "riscv64-unknown-elf-gcc -Wall -o build/a.elf a.c", "Hello: world",
                "   12 | }", "main.c: At top level:", "In file included from main.c:1:").isEmpty());
    }

    private static List<CompilerMessage> parse(String... lines) {
        CompilerOutputParser parser = new CompilerOutputParser(PROJECT);
        List<CompilerMessage> out = new ArrayList<>();
        for (String line : lines) {
            parser.parse(line).ifPresent(out::add);
        }
        return out;
    }
}
