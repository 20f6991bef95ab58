package io.guestlab.cli;

import io.guestlab.emulator.board.BootLayout;
import io.guestlab.emulator.loader.BootImageException;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code guestlab qemu [QEMU OPTIONS]}: runs a {@code qemu-system-riscv64 -machine virt} command
 * line on Guestlab, translated by {@link QemuCommandLine} into {@code guestlab run}'s options.
 */
public final class QemuCommand implements Command {

    /** What `guestlab --help` says of this command (a constant: listing it loads no class). */
    static final String SUMMARY = "run a qemu-system-riscv64 -machine virt command line on Guestlab";

    private final InputStream input;
    private final boolean mayUseTerminal;

    public QemuCommand() {
        this(System.in, true);
    }

    /** @param input console input; {@code mayUseTerminal} false keeps the host terminal untouched (tests) */
    QemuCommand(InputStream input, boolean mayUseTerminal) {
        this.input = input;
        this.mayUseTerminal = mayUseTerminal;
    }

    @Override
    public String name() {
        return "qemu";
    }

    @Override
    public String summary() {
        return SUMMARY;
    }

    @Override
    public String usage() {
        return """
                usage: guestlab qemu [QEMU OPTIONS] [GUESTLAB RUN OPTIONS] [--print-run]

                Runs qemu-system-riscv64's command line for the virt machine on Guestlab, with
                QEMU 7.2's defaults wherever a guest can tell (legacy virtio-mmio transports unless
                -global virtio-mmio.force-legacy=false; a -device without bus= on the highest free
                virtio-mmio-bus.N). An option Guestlab cannot honour is refused in one line that
                says what to use instead; what Guestlab does differently on purpose is a notice.

                translated:
                  -machine/-M virt[,accel=tcg]   -cpu rv64|max   -smp N   -m SIZE (64 = 64 MiB)
                  -bios FILE|none|default   -kernel FILE   -initrd FILE   -append "ARGS"   -dtb FILE
                  -nographic   -serial mon:stdio|stdio|chardev:ID   -monitor none|stdio   -display none
                  -chardev stdio,id=ID[,mux=on][,signal=off]   -mon chardev=ID   -nodefaults
                  -drive file=IMG[,if=none|virtio][,format=raw][,id=ID][,readonly=on]   (no if=: none,
                         for a -device, as on QEMU's riscv virt)
                         [,snapshot=on|off]     (snapshot=off writes to the image, as QEMU does by
                                                default; otherwise the guest's writes stay in memory)
                         [,discard=ignore|unmap][,cache=MODE][,media=disk]
                         [,aio=...][,detect-zeroes=...][,werror=...][,rerror=...][,cache.direct=...]
                         [,cache.no-flush=...][,file.locking=...]   (notices: no effect a guest sees)
                  -blockdev driver=file,node-name=ID,filename=IMG[,read-only=on][,discard=unmap]
                         or driver=raw,node-name=ID,file=NODE|file.driver=file,file.filename=IMG
                                                (a disk as QEMU makes it; its writes stay in memory)
                  -device virtio-blk-device,drive=ID[,bus=virtio-mmio-bus.N][,serial=S]
                         [,write-cache=on|off|auto]
                  -device virtio-rng-device[,bus=virtio-mmio-bus.N]   (both also take id=)
                  -device loader,file=IMG[,addr=A][,cpu-num=N][,force-raw=on]   (an ELF, or raw at A)
                  -device loader,addr=A,data=V,data-len=N[,data-be=on]   -device loader,addr=A,cpu-num=N
                  -global virtio-mmio.force-legacy=true|false   -snapshot
                  -semihosting   -semihosting-config enable=on[,target=native]
                  -s   -gdb tcp::PORT   -S (held until a debugger continues or detaches)
                  -drive if=pflash,format=raw,file=IMG[,unit=0|1][,readonly=on]   (32 MiB images:
                         bank 0 at 0x20000000, where the harts start; bank 1 the firmware's next stage)
                  -blockdev ...,node-name=N with -machine virt,pflash0=N,pflash1=N   (EDK2's form)
                  -machine virt,aclint=off,aia=none   -smp N[,sockets=1,cores=N,threads=1]
                  -machine virt,dumpdtb=FILE   (writes the device tree and stops, as QEMU)
                  -object rng-random|rng-builtin,id=ID  with -device virtio-rng-device,rng=ID
                  -pidfile FILE   -vga none   -parallel none
                  -no-reboot   -nic none   -icount ...   -accel tcg   -d ...   -D FILE   -trace ...
                  -rtc base=utc   -name ...   -k ...   -usb   -no-user-config   (notices)
                refused, with what to use instead: other machines, CPUs, devices, disk formats and
                interfaces, -netdev and network devices, PCI devices, display and input devices,
                9p (-fsdev, -virtfs), other -global, -daemonize, a UART not on stdio (other
                -chardev backends, -serial file:...), -qmp, -enable-kvm, -no-shutdown,
                aclint=on, the AIA; and what QEMU itself refuses (two character devices on stdio).

                Options starting with -- are guestlab run's (--stats, --record FILE, --save-machine
                FILE, --save-snapshot FILE, --timeout SECONDS, ...: see 'guestlab run --help').
                --print-run prints the equivalent 'guestlab run' command line instead of running.
                To run unmodified Makefiles (make qemu), see 'guestlab install-qemu-shim --help'.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> qemuArgs = new ArrayList<>(args);
        boolean printOnly = qemuArgs.remove("--print-run");
        QemuCommandLine.Translation t = QemuCommandLine.translate(qemuArgs);
        for (String notice : t.notices()) {
            err.println("guestlab qemu: note: " + notice);
        }
        if (printOnly) {
            out.println(shellWords(t.runArgs()));
            return 0;
        }
        if (t.dumpDtb() != null) {
            return dumpDeviceTree(t, err);
        }
        if (t.pidFile() == null) {
            return new RunCommand(input, mayUseTerminal).run(t.runArgs(), out, err);
        }
        // QEMU's -pidfile: this process's id while the guest runs, removed at the end as QEMU 7.2 does.
        Path pidFile = Path.of(t.pidFile());
        try {
            Files.writeString(pidFile, ProcessHandle.current().pid() + "\n");
        } catch (IOException e) {
            throw new UsageException("-pidfile " + t.pidFile() + ": cannot be written (" + e.getMessage() + ")");
        }
        try {
            return new RunCommand(input, mayUseTerminal).run(t.runArgs(), out, err);
        } finally {
            try {
                Files.deleteIfExists(pidFile);
            } catch (IOException e) {
                err.println("guestlab qemu: -pidfile " + t.pidFile() + ": cannot be removed (" + e.getMessage() + ")");
            }
        }
    }

    /**
     * QEMU's -machine dumpdtb=FILE: the device tree the machine would boot with (the images are
     * read and placed, /chosen filled in), written to FILE; nothing runs.
     */
    private static int dumpDeviceTree(QemuCommandLine.Translation t, PrintStream err) {
        byte[] tree;
        try {
            tree = BootLayout.of(RunOptions.parse(t.runArgs()).config).deviceTree();
        } catch (BootImageException | IllegalArgumentException e) {
            err.println("guestlab qemu: " + e.getMessage());
            return 1;
        }
        try {
            Files.write(Path.of(t.dumpDtb()), tree);
        } catch (IOException e) {
            err.println("guestlab qemu: dumpdtb=" + t.dumpDtb() + ": cannot be written (" + e.getMessage() + ")");
            return 1;
        }
        err.println("guestlab qemu: dtb dumped to " + t.dumpDtb() + ". Exiting."); // QEMU's words, on stderr as QEMU's
        return 0;
    }

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=,+@%-]+");

    /** The run command line as a shell takes it back: words quoted only where needed. */
    private static String shellWords(List<String> runArgs) {
        StringBuilder s = new StringBuilder("guestlab run");
        for (String arg : runArgs) {
            s.append(' ').append(PLAIN.matcher(arg).matches() ? arg : "'" + arg.replace("'", "'\\''") + "'");
        }
        return s.toString();
    }
}
