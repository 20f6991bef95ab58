package io.guestlab.ide.editor;

import java.util.Locale;
import java.util.Set;

import io.guestlab.emulator.isa.AssemblyNames;

/**
 * The languages of a kernel's sources that Guestlab edits without CDT: what each highlights as a
 * keyword and how its comments start. Each is a content type (see plugin.xml) shown in the generic
 * editor with {@link SourcePresentationReconciler}.
 */
public enum SourceLanguage {

    /** C sources and headers (C11 keywords, the preprocessor, {@code stdint.h} types). */
    C("io.guestlab.contentType.c", false, Set.of(
        "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else", "enum",
        "extern", "float", "for", "goto", "if", "inline", "int", "long", "register", "restrict", "return",
        "short", "signed", "sizeof", "static", "struct", "switch", "typedef", "union", "unsigned", "void",
        "volatile", "while", "_Bool", "_Static_assert", "_Noreturn", "_Alignas", "_Alignof", "bool", "true",
        "false", "NULL", "asm", "__asm__", "__volatile__", "__attribute__", "int8_t", "int16_t", "int32_t",
        "int64_t", "uint8_t", "uint16_t", "uint32_t", "uint64_t", "size_t", "uintptr_t", "intptr_t")),

    /**
     * GNU assembler sources, {@code .S} (through the C preprocessor) and {@code .s}: directives are
     * keywords, instructions and registers are those of the disassembler ({@link AssemblyNames}),
     * {@code #} starts a comment.
     */
    ASSEMBLY("io.guestlab.contentType.asm", true, Set.of()),

    /** GNU ld linker scripts (ld manual, "Linker Scripts"). */
    LINKER_SCRIPT("io.guestlab.contentType.linkerScript", false, Set.of(
        "ENTRY", "SECTIONS", "MEMORY", "OUTPUT_ARCH", "OUTPUT_FORMAT", "OUTPUT", "INPUT", "GROUP", "SEARCH_DIR",
        "STARTUP", "INCLUDE", "PROVIDE", "PROVIDE_HIDDEN", "HIDDEN", "KEEP", "ALIGN", "ADDR", "LOADADDR", "SIZEOF",
        "ORIGIN", "LENGTH", "AT", "ABSOLUTE", "DEFINED", "ASSERT", "NOLOAD", "PHDRS", "FILL", "BYTE", "SHORT",
        "LONG", "QUAD", "SORT", "SORT_BY_NAME", "SORT_BY_ALIGNMENT", "EXCLUDE_FILE", "COMMON", "DISCARD",
        "MAX", "MIN", "CONSTANT", "MAXPAGESIZE", "COMMONPAGESIZE", "SUBALIGN", "ONLY_IF_RO", "ONLY_IF_RW"));

    /** Directives of the C preprocessor, highlighted after a {@code #} in C and {@code .S} files. */
    static final Set<String> PREPROCESSOR = Set.of("include", "define", "undef", "if", "ifdef", "ifndef", "elif",
        "else", "endif", "error", "warning", "pragma", "line");

    private final String contentTypeId;
    private final boolean hashComments;
    private final Set<String> keywords;

    SourceLanguage(String contentTypeId, boolean hashComments, Set<String> keywords) {
        this.contentTypeId = contentTypeId;
        this.hashComments = hashComments;
        this.keywords = keywords;
    }

    public String contentTypeId() {
        return contentTypeId;
    }

    /** True when {@code #} not followed by a preprocessor directive starts a comment (RISC-V GNU as). */
    boolean hashComments() {
        return hashComments;
    }

    /** What a highlighter makes of a whole word. */
    enum Word {
        KEYWORD, INSTRUCTION, REGISTER, PLAIN
    }

    /** What {@code word} (an identifier, or in assembly a word with dots) is in this language. */
    Word classify(String word) {
        if (this != ASSEMBLY) {
            return keywords.contains(word) ? Word.KEYWORD : Word.PLAIN;
        }
        if (word.length() > 1 && word.charAt(0) == '.') {
            return Word.KEYWORD;
        }
        String lower = word.toLowerCase(Locale.ROOT); // GNU as reads mnemonics and registers in any case
        if (AssemblyNames.mnemonics().contains(lower)) {
            return Word.INSTRUCTION;
        }
        if (AssemblyNames.registers().contains(lower) || AssemblyNames.csrs().contains(lower)) {
            return Word.REGISTER;
        }
        return Word.PLAIN;
    }

    /** Identifier characters: assembly directives and local labels also contain dots. */
    boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_' || (this != C && c == '.');
    }

    boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || (this != C && c == '.');
    }

    /**
     * The language named by an extension's initialization data ({@code c}, {@code asm}, {@code ld}).
     *
     * @throws IllegalArgumentException for any other name
     */
    static SourceLanguage named(String name) {
        return switch (name) {
            case "c" -> C;
            case "asm" -> ASSEMBLY;
            case "ld" -> LINKER_SCRIPT;
            default -> throw new IllegalArgumentException("no Guestlab source language '" + name + "' (c, asm or ld)");
        };
    }
}
