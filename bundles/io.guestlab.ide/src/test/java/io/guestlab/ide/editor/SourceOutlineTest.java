package io.guestlab.ide.editor;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Test;

public class SourceOutlineTest {

    @Test
    public void cFunctionsAndTypesAtFileScope() {
        String text = """
                #include "kernel.h"
                #define MAX(a, b) ((a) > (b) ? (a) : (b))
                /* not_a_function(void) { } */
                struct task {
                    int id;
                };
                static const char *names[] = { "a{", "b" };
                enum state { IDLE, BUSY };
                static unsigned long square(unsigned long n)
                {
                    if (n > 2) { return n * n; }
                    return "}"[0];
                }
                void htif_exit(int code) __attribute__((noreturn));
                int main(void) {
                    struct task t = { 1 };
                    return square(t.id);
                }
                """;
        assertEquals(List.of("struct task@4", "enum state@8", "square()@9", "main()@15"), labels(text, SourceLanguage.C));
    }

    @Test
    public void assemblyLabelsAndSections() {
        String text = """
                #include "trap.h"
                    .section .text.entry
                    .globl _entry
                _entry:
                    la sp, __stack_top   # not_a_label: here
                1:  j 1b
                .Lhidden:
                    .text
                trapvec:
                """;
        assertEquals(List.of(".text.entry@2", "_entry:@4", ".text@8", "trapvec:@9"), labels(text, SourceLanguage.ASSEMBLY));
    }

    @Test
    public void linkerScriptSectionsAndRegions() {
        String text = """
                MEMORY
                {
                    RAM (rwx) : ORIGIN = 0x80000000, LENGTH = 128M
                }
                SECTIONS
                {
                    . = 0x80000000;
                    .text : { *(.text.start) *(.text .text.*) }
                    .tohost : ALIGN(64) { *(.tohost) }
                    /* .fake : */
                    /DISCARD/ : { *(.comment) }
                }
                """;
        assertEquals(List.of("RAM@3", ".text@8", ".tohost@9", "/DISCARD/@11"), labels(text, SourceLanguage.LINKER_SCRIPT));
    }

    private static List<String> labels(String text, SourceLanguage language) {
        return SourceOutline.of(text, language).stream().map(i -> i.label() + "@" + i.line()).toList();
    }
}
