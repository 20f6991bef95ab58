package io.guestlab.ide.project;

/**
 * The starting points of a new Guestlab project; each is a folder under the bundle's
 * {@code templates/} whose files are copied with {@value #PROJECT_TOKEN} replaced by the project's name.
 */
public enum ProjectTemplate {

    BARE_METAL("bare-metal", "Bare-metal program (M-mode)",
            "Starts in M-mode at 0x80000000 with no firmware, prints on the UART and ends with main's return value as "
                    + "its exit code (HTIF). The smallest thing that boots.",
            "main.c", "build/program.elf"),
    S_MODE_KERNEL("s-mode-kernel", "S-mode kernel started by OpenSBI",
            "OpenSBI (Debian's opensbi) boots first and enters the kernel at 0x80200000 in S-mode: a trap vector saving "
                    + "a trap frame, the timer interrupt through SBI, and Sv39 page tables ready to fill in.",
            "main.c", "build/kernel.elf"),
    TEST_SUITE("test-suite", "Test suite of bare-metal tests",
            "A few bare-metal test programs (exit code 0 passes) and the tests.testsuite that runs each in its own fresh "
                    + "machine with 'guestlab test' or the tests launch configuration.",
            "tests/arithmetic.c", "build/arithmetic.elf");

    /** Replaced by the project's name in every template file and file name. */
    public static final String PROJECT_TOKEN = "@PROJECT@";

    private final String folder;
    private final String label;
    private final String description;
    private final String mainSource;
    private final String program;

    ProjectTemplate(String folder, String label, String description, String mainSource, String program) {
        this.folder = folder;
        this.label = label;
        this.description = description;
        this.mainSource = mainSource;
        this.program = program;
    }

    /** The folder under {@code templates/}. */
    public String folder() {
        return folder;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** The file the wizard opens when the project is created. */
    public String mainSource() {
        return mainSource;
    }

    /** An ELF the first build makes (relative to the project). */
    public String program() {
        return program;
    }
}
