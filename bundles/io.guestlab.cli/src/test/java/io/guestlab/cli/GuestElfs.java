package io.guestlab.cli;

import static org.junit.Assert.fail;
import static org.junit.Assume.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the guest ELFs that the run and disasm command tests use (built by 'make -C examples').
 * When one is missing the test is skipped with a message naming it, or fails under
 * GUESTLAB_REQUIRE_TOOLS=1 (as in CI).
 */
final class GuestElfs {

    private GuestElfs() {
    }

    /** examples/{@code relative} in the repository (found by walking up to examples/Makefile). */
    static Path example(String relative) {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("examples/Makefile"))) {
                Path elf = p.resolve("examples").resolve(relative);
                if (!Files.isRegularFile(elf)) {
                    missing(elf + " (build it with 'make -C examples')");
                }
                return elf;
            }
        }
        missing("the repository root (no examples/Makefile above " + dir + ")");
        return null;
    }

    /** The path of host tool {@code name} on PATH, or skip/fail. */
    static Path tool(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        missing("the host tool " + name);
        return null;
    }

    /** Firmware and boot loaders from Debian's opensbi and u-boot-qemu packages. */
    static final String FW_JUMP = "/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_jump.bin";
    static final String FW_DYNAMIC = "/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_dynamic.bin";
    static final String UBOOT_SMODE = "/usr/lib/u-boot/qemu-riscv64_smode/u-boot.bin";
    static final String UBOOT_MMODE = "/usr/lib/u-boot/qemu-riscv64/u-boot.bin";

    /** A file a Debian package installs (firmware, U-Boot), or skip/fail naming the package. */
    static Path debianFile(String path, String debianPackage) {
        Path p = Path.of(path);
        if (!Files.isRegularFile(p)) {
            missing(path + " (Debian package " + debianPackage + ")");
        }
        return p;
    }

    static void missing(String what) {
        if ("1".equals(System.getenv("GUESTLAB_REQUIRE_TOOLS"))) {
            fail("missing " + what + " (GUESTLAB_REQUIRE_TOOLS=1)");
        }
        assumeTrue("missing " + what, false);
    }
}
