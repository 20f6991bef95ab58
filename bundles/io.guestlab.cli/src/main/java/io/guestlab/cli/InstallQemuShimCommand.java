package io.guestlab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * {@code guestlab install-qemu-shim DIR}: writes a {@code qemu-system-riscv64} script into DIR
 * that runs the virt machine on Guestlab ({@code guestlab qemu ARGS}) and hands every other
 * machine to the real QEMU, so that a project's unmodified {@code make qemu} runs on Guestlab
 * with DIR first on PATH, or with {@code QEMU=DIR/qemu-system-riscv64}.
 */
public final class InstallQemuShimCommand implements Command {

    /** What `guestlab --help` says of this command (a constant: listing it loads no class). */
    static final String SUMMARY = "put a qemu-system-riscv64 that runs on Guestlab into a folder";

    /** The name a Makefile calls. */
    static final String SHIM_NAME = "qemu-system-riscv64";
    /** Set by the guestlab script: its own path, which the shim calls. */
    static final String LAUNCHER_PROPERTY = "guestlab.launcher";

    private final Path launcher;

    public InstallQemuShimCommand() {
        this(System.getProperty(LAUNCHER_PROPERTY) == null ? null : Path.of(System.getProperty(LAUNCHER_PROPERTY)));
    }

    /** @param launcher the guestlab script the shim runs, or null when unknown */
    InstallQemuShimCommand(Path launcher) {
        this.launcher = launcher;
    }

    @Override
    public String name() {
        return "install-qemu-shim";
    }

    @Override
    public String summary() {
        return SUMMARY;
    }

    @Override
    public String usage() {
        return """
                usage: guestlab install-qemu-shim DIR

                Writes DIR/qemu-system-riscv64, a script that runs `-machine virt` command lines on
                Guestlab (guestlab qemu ARGS) and passes every other machine to the real
                qemu-system-riscv64 further on PATH, saying so. Then an unmodified `make qemu` or
                `make qemu-gdb` runs on Guestlab, with DIR first on PATH:
                    guestlab install-qemu-shim ~/bin && PATH=~/bin:$PATH make qemu
                or through the Makefile's QEMU variable:
                    make qemu QEMU=~/bin/qemu-system-riscv64
                An existing DIR/qemu-system-riscv64 is replaced only if it is such a shim.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1 || args.get(0).startsWith("-")) {
            throw new UsageException("expects one folder: guestlab install-qemu-shim DIR");
        }
        if (launcher == null) {
            throw new UsageException("does not know where the guestlab script is: run it as ./guestlab install-qemu-shim DIR");
        }
        Path dir = Path.of(args.get(0));
        if (!Files.isDirectory(dir)) {
            throw new UsageException(dir + " is not an existing folder: create it first (mkdir -p " + dir + ")");
        }
        Path shim = dir.resolve(SHIM_NAME);
        try {
            if (Files.exists(shim) && !Files.readString(shim).contains(MARK)) {
                err.println("guestlab install-qemu-shim: " + shim + " exists and is not a Guestlab shim (the real QEMU?):"
                        + " choose another folder");
                return 1;
            }
            Files.writeString(shim, script(launcher.toAbsolutePath()));
            Files.setPosixFilePermissions(shim, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException | UnsupportedOperationException e) {
            err.println("guestlab install-qemu-shim: cannot write " + shim + ": " + e.getMessage());
            return 1;
        }
        out.println("guestlab install-qemu-shim: wrote " + shim + "; put " + dir.toAbsolutePath()
                + " first on PATH, or give the Makefile QEMU=" + shim.toAbsolutePath());
        return 0;
    }

    /** The line that tells a shim from a real QEMU. */
    private static final String MARK = "# Guestlab's qemu-system-riscv64 shim";

    /** The shim: POSIX sh, so that it runs wherever make does. */
    static String script(Path guestlab) {
        return """
                #!/bin/sh
                %s (written by guestlab install-qemu-shim).
                # -machine virt runs on Guestlab (guestlab qemu ARGS); any other machine on the real
                # qemu-system-riscv64, the next one on PATH after this script's folder.
                guestlab='%s'
                # The type in a -machine value: its first part without '=', or type=NAME anywhere (QEMU
                # merges -machine options, so one without a type keeps the type another gave).
                machine_type() {
                    case "${1%%%%,*}" in
                        *=*) t=",$1"; case "$t" in *,type=*) t="${t#*,type=}"; echo "${t%%%%,*}" ;; esac ;;
                        *) echo "${1%%%%,*}" ;;
                    esac
                }
                machine=
                previous=
                for arg in "$@"; do
                    case "$previous" in -machine|-M|--machine) type=$(machine_type "$arg"); machine=${type:-$machine} ;; esac
                    previous="$arg"
                done
                if [ "$machine" = virt ]; then
                    exec "$guestlab" qemu "$@"
                fi
                here=$(cd "$(dirname "$0")" && pwd)
                real=
                IFS=:
                for dir in $PATH; do
                    [ -n "$dir" ] && [ "$(cd "$dir" 2>/dev/null && pwd)" != "$here" ] || continue
                    if [ -x "$dir/qemu-system-riscv64" ]; then real="$dir/qemu-system-riscv64"; break; fi
                done
                unset IFS
                what="machine '${machine:-spike (QEMU's default)}' is not virt"
                if [ -z "$real" ]; then
                    echo "qemu-system-riscv64 (Guestlab shim): $what, and no real qemu-system-riscv64 is on PATH to run it" >&2
                    exit 1
                fi
                echo "qemu-system-riscv64 (Guestlab shim): $what: running the real QEMU, $real" >&2
                exec "$real" "$@"
                """.formatted(MARK, guestlab.toString().replace("'", "'\\''"));
    }
}
