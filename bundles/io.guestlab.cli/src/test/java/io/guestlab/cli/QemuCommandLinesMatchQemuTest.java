package io.guestlab.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * QEMU command lines give the same guest behaviour on Guestlab and on the real
 * qemu-system-riscv64, with the same arguments: examples/virtio-disk (an xv6-style kernel that
 * finds its disk at virtio-mmio-bus.0) through `guestlab qemu`, through the shim from its
 * Makefile's `make qemu`, and on QEMU, byte for byte; Linux and OpenSBI + U-Boot line by line,
 * leaving out only what cannot agree (see {@link #comparable}).
 */
public class QemuCommandLinesMatchQemuTest {

    private static final String FW_JUMP = "/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_jump.bin";

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    /** examples/virtio-disk, built: its folder. */
    private static Path virtioDiskExample() throws Exception {
        Path dir = GuestElfs.example("virtio-disk/Makefile").getParent();
        make(dir, "-s", "all");
        return dir;
    }

    private static String make(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(GuestElfs.tool("make").toString(), "--no-print-directory"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue("make " + String.join(" ", args) + " took over 2 minutes", p.waitFor(2, TimeUnit.MINUTES));
        assertEquals("make " + String.join(" ", args) + ":\n" + output, 0, p.exitValue());
        return output;
    }

    /** The QEMU arguments of a Makefile target, as make passes them (QEMU=echo prints them). */
    private static List<String> makeTargetArguments(Path dir, String target) throws Exception {
        return List.of(make(dir, "-s", target, "QEMU=echo").strip().split(" +"));
    }

    /** Arguments with the example's relative paths made absolute, for runs outside its folder. */
    private static List<String> absolute(Path dir, List<String> args) {
        return args.stream().map(a -> a.replace("build/", dir.resolve("build") + "/")).toList();
    }

    private static String onGuestlab(List<String> qemuArgs) {
        List<String> args = new ArrayList<>(List.of("qemu"));
        args.addAll(qemuArgs);
        GuestlabRun guestlab = new GuestlabRun();
        int code = guestlab.run(args.toArray(String[]::new));
        assertEquals("guestlab qemu " + qemuArgs + "\nstderr:\n" + guestlab.err() + "\nconsole:\n" + guestlab.out(), 0, code);
        return guestlab.out();
    }

    private static String onQemu(List<String> qemuArgs) throws Exception {
        try (RealQemu qemu = RealQemu.start(qemuArgs)) {
            assertEquals("qemu-system-riscv64 " + qemuArgs + "\nconsole:\n" + qemu.console(), 0, qemu.exitCode());
            return qemu.console();
        }
    }

    @Test
    public void xv6StyleKernelFindsItsModernDiskAsOnQemu() throws Exception {
        Path dir = virtioDiskExample();
        List<String> args = absolute(dir, makeTargetArguments(dir, "qemu"));
        assertTrue(args.toString(), args.contains("virtio-mmio.force-legacy=false"));
        String guestlab = onGuestlab(args);
        assertTrue(guestlab, guestlab.contains("virtio-disk: version 2 (modern)"));
        assertTrue(guestlab, guestlab.contains("virtio-disk: sector 1: hello from sector 1 of fs.img"));
        assertEquals(onQemu(args), guestlab);
    }

    /**
     * The kernel given to QEMU's generic loader instead of -kernel: as an ELF that starts hart 0 at
     * its entry (the others go through the reset ROM to the start of RAM), and as a raw image at the
     * start of RAM where the ROM sends every hart; the same console as on QEMU, and saved as a
     * machine it runs the same.
     */
    @Test
    public void theKernelThroughTheGenericLoaderRunsAsOnQemu() throws Exception {
        Path dir = virtioDiskExample();
        List<String> make = absolute(dir, makeTargetArguments(dir, "qemu"));
        int k = make.indexOf("-kernel");
        Path kernel = Path.of(make.get(k + 1));
        Path raw = folder.getRoot().toPath().resolve("kernel,1.bin"); // a comma, as QEMU escapes it: ",,"
        Process objcopy = new ProcessBuilder(GuestElfs.tool("riscv64-unknown-elf-objcopy").toString(), "-O", "binary",
                kernel.toString(), raw.toString()).redirectErrorStream(true).start();
        assertTrue(objcopy.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, objcopy.exitValue());
        for (String loader : List.of("loader,file=" + kernel + ",cpu-num=0",
                "loader,file=" + raw.toString().replace(",", ",,") + ",addr=0x80000000")) {
            List<String> args = new ArrayList<>(make);
            args.set(k, "-device");
            args.set(k + 1, loader);
            String guestlab = onGuestlab(args);
            assertTrue(guestlab, guestlab.contains("virtio-disk: sector 1: hello from sector 1 of fs.img"));
            assertEquals(loader, onQemu(args), guestlab);
            String xmi = savedMachineRunsTheSame(args);
            assertTrue(xmi, xmi.contains("xsi:type=\"guestlab:GenericLoader\""));
        }
    }

    @Test
    public void xv6StyleKernelFindsItsLegacyDiskAsOnQemu() throws Exception {
        Path dir = virtioDiskExample();
        List<String> args = absolute(dir, makeTargetArguments(dir, "qemu-legacy"));
        String guestlab = onGuestlab(args);
        assertTrue("QEMU 7.2's default transport is legacy: " + guestlab, guestlab.contains("version 1 (legacy)"));
        assertEquals(onQemu(args), guestlab);
    }

    /**
     * virtio-blk-ops prints the disk's feature bits and whole configuration space, and the
     * answers to discard, write-zeroes, SCSI and event-index requests: the same on both, and
     * neither touches the image (snapshot=on).
     */
    @Test
    public void diskFeaturesConfigurationAndRequestsAnswerAsOnQemuModern() throws Exception {
        String guestlab = blockOperations("qemu-ops");
        assertTrue(guestlab, guestlab.contains("virtio-blk-ops: device features 0x00000101 0x30006e54"));
        assertTrue(guestlab, guestlab.contains("used_event far ahead: status 0, used length 1, no interrupt"));
    }

    @Test
    public void diskFeaturesConfigurationAndRequestsAnswerAsOnQemuLegacy() throws Exception {
        String guestlab = blockOperations("qemu-ops-legacy");
        assertTrue(guestlab, guestlab.contains("virtio-blk-ops: device features 0x00000000 0x31006ed4"));
        assertTrue("NOTIFY_ON_EMPTY overrides used_event: " + guestlab,
                guestlab.contains("used_event far ahead: status 0, used length 1, interrupt"));
    }

    private String blockOperations(String target) throws Exception {
        Path dir = virtioDiskExample();
        List<String> args = absolute(dir, makeTargetArguments(dir, target));
        byte[] image = Files.readAllBytes(dir.resolve("build/fs.img"));
        String guestlab = onGuestlab(args);
        assertTrue(guestlab, guestlab.contains("geometry 2/16/63"));
        assertTrue("write-zeroes zeroed, discard kept the data: " + guestlab, guestlab.contains(
                "sector 1: 0x41 throughout\r\nvirtio-blk-ops:   sector 2: 0x00 throughout\r\n"
                + "virtio-blk-ops:   sector 3: 0x43 throughout"));
        assertTrue(guestlab, guestlab.contains("virtio-blk-ops: done"));
        assertEquals(onQemu(args), guestlab);
        assertTrue("fs.img is unchanged", java.util.Arrays.equals(image, Files.readAllBytes(dir.resolve("build/fs.img"))));
        return guestlab;
    }

    /**
     * QEMU's drive and device options that change what the guest sees: discard=unmap zeroes the
     * discarded sectors (a hole punched in the raw image), cache=writethrough starts the write
     * cache off, serial= is GET_ID's answer cut to 20 bytes; aio, detect-zeroes, werror and media
     * are taken too. QEMU writes the scratch image; Guestlab runs first, on its overlay.
     */
    @Test
    public void discardUnmapWriteThroughAndSerialAnswerAsOnQemu() throws Exception {
        Path dir = virtioDiskExample();
        List<String> args = absolute(dir, makeTargetArguments(dir, "qemu-ops-unmap"));
        byte[] image = Files.readAllBytes(dir.resolve("build/scratch.img"));
        String guestlab = onGuestlab(args);
        assertTrue("Guestlab left the image alone", java.util.Arrays.equals(image,
                Files.readAllBytes(dir.resolve("build/scratch.img"))));
        assertTrue("discard unmapped sector 3: " + guestlab, guestlab.contains(
                "sector 2: 0x00 throughout\r\nvirtio-blk-ops:   sector 3: 0x00 throughout"));
        assertTrue("the serial, 20 bytes, no NUL: " + guestlab, guestlab.contains("id 0x47 0x4c 0x2d 0x30"));
        assertTrue(guestlab, guestlab.contains(" 0x65 0x66 0x58 0xee 0xee 0xee 0xee\r\n"));
        assertTrue(guestlab, guestlab.contains("writeback 0, after writing 0: 0"));
        assertTrue(guestlab, guestlab.contains("virtio-blk-ops: done"));
        assertEquals(onQemu(args), guestlab);
    }

    /**
     * discard=unmap under snapshot=on: QEMU's temporary qcow2 overlay unmaps whole 64 KiB
     * clusters only, so a one-sector discard keeps its data and a whole-disk discard zeroes it.
     */
    @Test
    public void discardUnmapUnderSnapshotAnswersAsOnQemu() throws Exception {
        Path dir = virtioDiskExample();
        List<String> args = absolute(dir, makeTargetArguments(dir, "qemu-ops-unmap-snapshot"));
        String guestlab = onGuestlab(args);
        assertTrue("a one-sector discard kept the data: " + guestlab, guestlab.contains(
                "sector 2: 0x00 throughout\r\nvirtio-blk-ops:   sector 3: 0x43 throughout"));
        assertTrue("the whole-disk discard zeroed it: " + guestlab, guestlab.contains(
                "discard the whole disk: status 0, used length 1, interrupt, avail_event 14\r\n"
                + "virtio-blk-ops: read sectors 1-3: status 0, used length 1537, interrupt, avail_event 15\r\n"
                + "virtio-blk-ops:   sector 1: 0x00 throughout"));
        assertTrue("no serial: GET_ID answers a NUL alone: " + guestlab, guestlab.contains("id 0x00 0xee 0xee"));
        assertEquals(onQemu(args), guestlab);
    }

    /**
     * A -drive without if= is if=none on QEMU 7.2's riscv virt, there for a -device, as Buildroot's
     * qemu_riscv64_virt line writes it (-drive file=rootfs.ext2,format=raw,id=hd0).
     */
    @Test
    public void aDriveWithoutIfIsTheDevicesDiskAsOnQemu() throws Exception {
        Path dir = virtioDiskExample();
        List<String> args = absolute(dir, makeTargetArguments(dir, "qemu")).stream()
                .map(a -> a.replace(",if=none", "")).toList();
        assertTrue(args.toString(), args.stream().anyMatch(a -> a.endsWith("fs.img,format=raw,id=x0")));
        String guestlab = onGuestlab(args);
        assertTrue(guestlab, guestlab.contains("virtio-disk: sector 1: hello from sector 1 of fs.img"));
        assertEquals(onQemu(args), guestlab);
    }

    /**
     * The ways QEMU users connect the console (and name their devices), each run on Guestlab and on
     * QEMU with the xv6-style kernel: the same output. What QEMU refuses of these forms, or
     * Guestlab cannot do, is in QemuRefusalsTest.
     */
    @Test
    public void consoleFormsUsersWriteRunAsOnQemu() throws Exception {
        Path dir = virtioDiskExample();
        List<String> base = absolute(dir, makeTargetArguments(dir, "qemu")).stream()
                .filter(a -> !a.equals("-nographic")).toList();
        String[] forms = {
            "-nographic",
            "-nographic -serial mon:stdio",
            "-nographic -chardev stdio,id=c0,mux=on,signal=off -serial chardev:c0 -mon chardev=c0",
            "-display none -chardev stdio,id=c0,mux=on -serial chardev:c0 -mon chardev=c0,mode=readline",
            "-display none -chardev stdio,id=c0 -serial chardev:c0",
            "-display none -serial stdio",
            "-nographic -nodefaults -serial mon:stdio",
            "-nographic -monitor none -serial stdio",
            "-nographic -no-user-config",
            "-nographic -serial mon:stdio -serial null",
        };
        for (String form : forms) {
            List<String> args = new ArrayList<>(base.stream().map(a -> a.startsWith("virtio-blk-device,")
                    ? a + ",id=disk0" : a).toList());
            args.addAll(List.of(form.split(" ")));
            String guestlab = onGuestlab(args);
            assertTrue(form + ": " + guestlab, guestlab.contains("virtio-disk: sector 1: hello from sector 1 of fs.img"));
            assertEquals(form, onQemu(args), guestlab);
        }
    }

    /**
     * -blockdev nodes as disks, as QEMU users write them instead of -drive: raw over a read-only
     * file node for the xv6-style kernel (QEMU leaves fs.img alone), and raw over a file node, both
     * with discard=unmap, with the device's write-cache=off for virtio-blk-ops on the scratch copy,
     * which QEMU writes (Guestlab runs first, on its overlay); then the nodes' defaults.
     */
    @Test
    public void blockdevDisksAnswerAsOnQemu() throws Exception {
        Path dir = virtioDiskExample();
        List<String> xv6 = withBlockdev(absolute(dir, makeTargetArguments(dir, "qemu")), ",read-only=on", "");
        String guestlab = onGuestlab(xv6);
        assertTrue(guestlab, guestlab.contains("virtio-disk: sector 1: hello from sector 1 of fs.img"));
        assertEquals(onQemu(xv6), guestlab);

        List<String> ops = withBlockdev(absolute(dir, makeTargetArguments(dir, "qemu-ops-unmap")), ",discard=unmap",
                ",write-cache=off");
        guestlab = onGuestlab(ops);
        assertTrue("discard unmapped sector 3: " + guestlab, guestlab.contains(
                "sector 2: 0x00 throughout\r\nvirtio-blk-ops:   sector 3: 0x00 throughout"));
        assertTrue(guestlab, guestlab.contains("writeback 0, after writing 0: 0"));
        assertTrue(guestlab, guestlab.contains("virtio-blk-ops: done"));
        assertEquals(onQemu(ops), guestlab);

        // A node's defaults: the write cache on, discards ignored.
        ops = withBlockdev(absolute(dir, makeTargetArguments(dir, "qemu-ops-unmap")), "", "");
        guestlab = onGuestlab(ops);
        assertTrue(guestlab, guestlab.contains("writeback 1, after writing 0: 0"));
        assertTrue("discard kept the data: " + guestlab, guestlab.contains("sector 3: 0x43 throughout"));
        assertEquals(onQemu(ops), guestlab);
    }

    /**
     * The command line with its -drive ...,id=x0 given as -blockdev nodes instead: a file node f0
     * and a raw node x0 over it, each with {@code nodeOptions}; {@code deviceOptions} go on the -device.
     */
    private static List<String> withBlockdev(List<String> args, String nodeOptions, String deviceOptions) {
        List<String> result = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("-drive")) {
                String file = args.get(++i).replaceFirst("^file=([^,]*),.*$", "$1");
                result.addAll(List.of("-blockdev", "driver=file,node-name=f0,filename=" + file + nodeOptions,
                        "-blockdev", "driver=raw,node-name=x0,file=f0" + nodeOptions));
            } else if (a.startsWith("virtio-blk-device,")) {
                result.add(a + deviceOptions);
            } else {
                result.add(a);
            }
        }
        assertTrue(result.toString(), result.contains("-blockdev"));
        return result;
    }

    /**
     * examples/pflash boots from flash bank 0 and runs in place there, as U-Boot or EDK2 on flash
     * do, and drives bank 1 as a CFI flash driver does: ids, the CFI table, status, program,
     * erase, buffered writes; every answer as on QEMU, and the image is never written.
     */
    @Test
    public void flashBanksAnswerAsOnQemu() throws Exception {
        String guestlab = flashOperations("qemu-ops");
        assertTrue(guestlab, guestlab.startsWith("pflash-ops: running in place at 0x2000"));
        assertTrue(guestlab, guestlab.contains("CFI byte 0x41 0x51"));
        assertTrue(guestlab, guestlab.contains("programmed word 0x12345678"));
        assertTrue(guestlab, guestlab.contains("next block after a cancelled erase 0xffffffff"));
        assertTrue(guestlab, guestlab.contains("buffer word 3 0xb0000003"));
    }

    @Test
    public void aReadOnlyFlashBankAnswersAsOnQemu() throws Exception {
        String guestlab = flashOperations("qemu-ops-readonly");
        assertTrue(guestlab, guestlab.contains("read after program (status) 0x00900090"));
        assertTrue(guestlab, guestlab.contains("read after erase (status) 0x00b000b0"));
    }

    private static String flashOperations(String target) throws Exception {
        Path dir = GuestElfs.example("pflash/Makefile").getParent();
        make(dir, "-s", "all");
        List<String> args = absolute(dir, makeTargetArguments(dir, target));
        byte[] image = Files.readAllBytes(dir.resolve("build/flash1.img"));
        String guestlab = onGuestlab(args);
        assertTrue(guestlab, guestlab.contains("pflash-ops: done"));
        assertEquals(onQemu(args), guestlab);
        assertTrue("flash1.img is unchanged", java.util.Arrays.equals(image, Files.readAllBytes(dir.resolve("build/flash1.img"))));
        return guestlab;
    }

    @Test
    public void aQemuCommandLineSavedAsAMachineRunsTheSame() throws Exception {
        Path dir = virtioDiskExample();
        String xmi = savedMachineRunsTheSame(absolute(dir, makeTargetArguments(dir, "qemu-legacy")));
        assertTrue(xmi, xmi.contains("virtioTransport=\"legacy\"") && xmi.contains("bus=\"0\""));
    }

    /** serial=, discard=unmap and cache=writethrough become the disk's attributes. */
    @Test
    public void aDisksSerialDiscardAndWriteCacheSavedAsAMachineRunTheSame() throws Exception {
        Path dir = virtioDiskExample();
        String xmi = savedMachineRunsTheSame(absolute(dir, makeTargetArguments(dir, "qemu-ops-unmap")));
        assertTrue(xmi, xmi.contains("serial=\"GL-0123456789abcdefXYZ\" discard=\"unmap\" writeCache=\"false\"/>"));
        xmi = savedMachineRunsTheSame(absolute(dir, makeTargetArguments(dir, "qemu-ops-unmap-snapshot")));
        assertTrue(xmi, xmi.contains("discard=\"unmapClusters\"/>"));
    }

    /** The flash banks' images become Flash devices, read-only or not. */
    @Test
    public void flashBanksSavedAsAMachineRunTheSame() throws Exception {
        Path dir = GuestElfs.example("pflash/Makefile").getParent();
        make(dir, "-s", "all");
        String xmi = savedMachineRunsTheSame(absolute(dir, makeTargetArguments(dir, "qemu-ops")));
        // the images' paths as the definition holds them: relative to its folder when the two share one
        // (both under /tmp in CI), else absolute; running the saved machine above proves them right
        assertTrue(xmi, xmi.matches("(?s).*<devices xsi:type=\"guestlab:Flash\" image=\"[^\"]*pflash/build/pflash-ops\\.img\" readOnly=\"true\"/>.*"));
        assertTrue(xmi, xmi.matches("(?s).*<devices xsi:type=\"guestlab:Flash\" image=\"[^\"]*pflash/build/flash1\\.img\" unit=\"1\"/>.*"));
        savedMachineRunsTheSame(absolute(dir, makeTargetArguments(dir, "qemu-ops-readonly")));
    }

    /** -semihosting (console, clock, command line, exit code; no host files) and -append. */
    @Test
    public void semihostingSavedAsAMachineRunsTheSame() throws Exception {
        Path elf = GuestElfs.example("semihosting/build/semihost-demo.elf");
        String xmi = savedMachineRunsTheSame(List.of("-machine", "virt", "-bios", "none", "-kernel", elf.toString(),
                "-nographic", "-semihosting", "-append", "exit with 7"));
        assertTrue(xmi, xmi.contains("bootargs=\"exit with 7\"") && xmi.contains("<devices xsi:type=\"guestlab:Semihosting\"/>"));
    }

    /**
     * Runs a QEMU command line on Guestlab, then again with --save-machine, then the saved machine
     * with guestlab run --machine: the same exit code, console and final state (--stats) each time.
     * Returns the saved definition with its white space collapsed.
     */
    private String savedMachineRunsTheSame(List<String> qemuArgs) throws Exception {
        Path machine = folder.getRoot().toPath().resolve("saved.machine");
        Files.deleteIfExists(machine);
        List<String> args = new ArrayList<>(List.of("qemu"));
        args.addAll(qemuArgs);
        args.add("--stats");
        GuestlabRun guestlab = new GuestlabRun();
        int exit = guestlab.run(args.toArray(String[]::new));
        String console = guestlab.out();
        String state = GuestlabRun.stateHash(guestlab.err());
        args.addAll(List.of("--save-machine", machine.toString()));
        assertEquals(guestlab.err(), exit, guestlab.run(args.toArray(String[]::new)));
        assertEquals(console, guestlab.out());
        String xmi = Files.readString(machine);
        assertEquals(xmi + guestlab.err(), 0, guestlab.run("machine", "check", machine.toString()));
        assertEquals(xmi + guestlab.err(), exit, guestlab.run("run", "--machine", machine.toString(), "--stats"));
        assertEquals(xmi, console, guestlab.out());
        assertEquals(xmi, state, GuestlabRun.stateHash(guestlab.err()));
        return xmi.replaceAll("\\s+", " "); // attributes as on one line, wherever EMF wraps them
    }

    @Test
    public void makeQemuRunsUnmodifiedThroughTheShim() throws Exception {
        Path dir = virtioDiskExample();
        Path bin = folder.newFolder("bin").toPath();
        Path shim = installShim(bin);
        String onQemu;
        try (RealQemu make = RealQemu.command(dir, List.of("make", "-s", "--no-print-directory", "qemu"))) {
            assertEquals(make.console(), 0, make.exitCode());
            onQemu = make.console();
        }
        try (RealQemu make = RealQemu.command(dir, List.of("make", "-s", "--no-print-directory", "qemu", "QEMU=" + shim))) {
            assertEquals(make.console(), 0, make.exitCode());
            assertEquals(onQemu, make.console());
        }
    }

    /**
     * A Makefile's -append "..." arrives as one argument with its spaces and quotes, through the
     * shim and the translation: the printed run line, read back by the shell, holds it unchanged.
     */
    @Test
    public void appendWithSpacesAndQuotesPassesThroughTheShimAsOneArgument() throws Exception {
        Path shim = installShim(folder.newFolder("bin").toPath());
        String append = "console=ttyS0 root='/dev/vda 1' init=\"/bin/sh -c x\" $HOME";
        Process p = new ProcessBuilder(shim.toString(), "-machine", "virt", "-bios", "none", "-kernel", "k", "-nographic",
                "-append", append, "--print-run").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String printed = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(printed, 0, p.exitValue());
        Process sh = new ProcessBuilder("sh", "-c", "eval \"set -- $0\"; for a; do printf '[%s]\\n' \"$a\"; done", printed)
                .redirectErrorStream(true).start();
        String words = new String(sh.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(sh.waitFor(60, TimeUnit.SECONDS));
        assertTrue(printed + "\n" + words, words.contains("[--append]\n[" + append + "]\n"));
    }

    /** The machine type wherever QEMU takes it: first, or as type= after other properties. */
    @Test
    public void theShimFindsVirtInEveryFormOfMachine() throws Exception {
        Path shim = installShim(folder.newFolder("bin").toPath());
        for (String machine : List.of("virt", "virt,aclint=off", "type=virt", "accel=tcg,type=virt", "type=virt,aia=none",
                "virt -machine accel=tcg")) {
            List<String> command = new ArrayList<>(List.of(shim.toString(), "-M"));
            command.addAll(List.of(machine.split(" ")));
            command.addAll(List.of("-bios", "none", "-kernel", "k", "--print-run"));
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String printed = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertTrue(machine + ": " + printed, printed.startsWith("guestlab run --bios none --kernel k "));
        }
    }

    @Test
    public void theShimHandsOtherMachinesToTheRealQemuAndSaysSo() throws Exception {
        GuestElfs.tool("qemu-system-riscv64");
        Path shim = installShim(folder.newFolder("bin").toPath());
        Process p = new ProcessBuilder(shim.toString(), "-machine", "sifive_u", "-version").start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(err, 0, p.exitValue());
        assertTrue(out, out.startsWith("QEMU emulator version 7.2"));
        assertTrue(err, err.startsWith("qemu-system-riscv64 (Guestlab shim): machine 'sifive_u' is not virt: running"
                + " the real QEMU, "));
    }

    @Test
    public void qemuGdbHoldsTheHartsThroughAPortProbeUntilGdbContinues() throws Exception {
        Path gdb = GuestElfs.tool("gdb-multiarch");
        Path dir = virtioDiskExample();
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        // xv6's `make qemu-gdb`: QEMUOPTS -S -gdb tcp::PORT
        List<String> args = new ArrayList<>(List.of("qemu"));
        args.addAll(absolute(dir, makeTargetArguments(dir, "qemu")));
        args.addAll(List.of("-S", "-gdb", "tcp::" + port));
        try (ScriptedTerminal guestlab = new ScriptedTerminal(args.toArray(String[]::new))) {
            java.net.Socket probe = null;
            for (int i = 0; i < 400 && probe == null; i++) {
                try {
                    probe = new java.net.Socket("127.0.0.1", port);
                } catch (IOException e) {
                    Thread.sleep(25); // not listening yet
                }
            }
            assertTrue("the gdb server listens on " + port + ": " + guestlab.err(), probe != null);
            probe.close(); // a port probe: connected, closed, no detach
            Thread.sleep(1000);
            assertEquals("the harts are still held after the probe", "", guestlab.console());
            Process p = new ProcessBuilder(gdb.toString(), "-nx", "-batch", "-ex", "target remote :" + port,
                    "-ex", "continue", dir.resolve("build/virtio-disk.elf").toString()).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue("gdb ends", p.waitFor(60, TimeUnit.SECONDS));
            assertTrue(output, output.contains("exited normally"));
            assertEquals(guestlab.err(), 0, guestlab.exitCode());
            assertTrue(guestlab.console(), guestlab.console().contains("virtio-disk: sector 1: hello from sector 1"));
        }
    }

    @Test
    public void linuxWithItsQemuCommandLinePrintsWhatItPrintsOnQemu() throws Exception {
        Path build = GuestElfs.example("linux/build/Image").getParent();
        GuestElfs.debianFile(FW_JUMP, "opensbi");
        Path disk = folder.getRoot().toPath().resolve("disk.img");
        Files.copy(build.resolve("disk.img"), disk);
        // examples/linux/run-qemu's command line: the disk on virtio-mmio, this kernel has no PCI.
        List<String> args = List.of("-M", "virt", "-smp", "2", "-m", "256M", "-nographic", "-bios", FW_JUMP,
                "-kernel", build.resolve("Image").toString(), "-initrd", build.resolve("initramfs.cpio").toString(),
                "-append", "console=ttyS0", "-global", "virtio-mmio.force-legacy=false",
                "-drive", "file=" + disk + ",format=raw,if=none,id=disk0", "-device", "virtio-blk-device,drive=disk0",
                "-device", "virtio-rng-device");
        String guestlab = onGuestlab(args); // first: Guestlab never writes the image, QEMU may
        assertTrue(guestlab, guestlab.contains("guestlab-init: /dev/vda sector 0: GUESTLAB-DISK-MARKER"));
        assertEquals(comparable(onQemu(args)), comparable(guestlab));
    }

    @Test
    public void linuxWithTwoGibibytesSeesTheMemoryItSeesOnQemu() throws Exception {
        Path build = GuestElfs.example("linux/build/Image").getParent();
        GuestElfs.debianFile(FW_JUMP, "opensbi");
        List<String> args = List.of("-M", "virt", "-smp", "1", "-m", "2G", "-nographic", "-bios", FW_JUMP,
                "-kernel", build.resolve("Image").toString(), "-initrd", build.resolve("initramfs.cpio").toString(),
                "-append", "console=ttyS0");
        String guestlab = onGuestlab(args);
        // RAM from 0x80000000 to 4 GiB, less OpenSBI's 2 MiB; the device tree below 3 GiB, as QEMU puts it
        assertTrue(guestlab, guestlab.contains("node   0: [mem 0x0000000080200000-0x00000000ffffffff]"));
        String qemu = onQemu(args);
        assertEquals(memoryTotal(qemu), memoryTotal(guestlab));
        assertEquals(comparable(qemu), comparable(guestlab));
    }

    /** The RAM Linux counts, from "Memory: 2060052K/2095104K available" (left out of {@link #comparable}). */
    private static String memoryTotal(String console) {
        java.util.regex.Matcher m = Pattern.compile("Memory: \\d+K/(\\d+K) available").matcher(console);
        assertTrue(console, m.find());
        return m.group(1);
    }

    @Test
    public void linuxWithAGivenDeviceTreeAndAppendPrintsWhatItPrintsOnQemu() throws Exception {
        Path build = GuestElfs.example("linux/build/Image").getParent();
        GuestElfs.debianFile(FW_JUMP, "opensbi");
        // One hart: with more, which one wins OpenSBI's boot lottery on QEMU follows the host's timing.
        List<String> machine = List.of("-M", "virt", "-smp", "1", "-m", "256M", "-nographic", "-bios", FW_JUMP,
                "-kernel", build.resolve("Image").toString());
        // A user's tree: QEMU's own for this machine with its default CPU, through dtc; /chosen has no
        // bootargs and no initrd yet. Its harts name QEMU's Sstc, which Linux then uses for its timer.
        Path dump = folder.getRoot().toPath().resolve("virt-dump.dtb");
        List<String> dumpArgs = new ArrayList<>(machine);
        dumpArgs.set(1, "virt,dumpdtb=" + dump);
        try (RealQemu qemu = RealQemu.start(dumpArgs)) {
            assertEquals(qemu.console(), 0, qemu.exitCode());
        }
        Path dtb = folder.getRoot().toPath().resolve("board.dtb");
        Process dtc = new ProcessBuilder(GuestElfs.tool("dtc").toString(), "-q", "-I", "dtb", "-O", "dtb", "-o",
                dtb.toString(), dump.toString()).redirectErrorStream(true).start();
        String dtcOutput = new String(dtc.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue("dtc ends", dtc.waitFor(60, TimeUnit.SECONDS));
        assertEquals(dtcOutput, 0, dtc.exitValue());
        List<String> args = new ArrayList<>(machine);
        args.addAll(List.of("-dtb", dtb.toString(), "-initrd", build.resolve("initramfs.cpio").toString(),
                "-append", "console=ttyS0 guestlab.dtb=given"));
        String guestlab = onGuestlab(args);
        assertTrue(guestlab, guestlab.contains("Kernel command line: console=ttyS0 guestlab.dtb=given"));
        assertTrue(guestlab, guestlab.contains("riscv-timer: Timer interrupt in S-mode is available via sstc extension"));
        assertTrue(guestlab, guestlab.contains("guestlab-init:"));
        assertEquals(comparable(onQemu(args)), comparable(guestlab));
    }

    @Test
    public void openSbiAndUBootWithTheirQemuCommandLinePrintWhatTheyPrintOnQemu() throws Exception {
        Path uBoot = GuestElfs.debianFile(GuestElfs.UBOOT_SMODE, "u-boot-qemu");
        GuestElfs.debianFile(GuestElfs.FW_DYNAMIC, "opensbi");
        List<String> args = List.of("-machine", "virt", "-nographic", "-kernel", uBoot.toString(), "-nic", "none");
        String onQemu;
        try (RealQemu qemu = RealQemu.start(args)) {
            qemu.expect("=> ");
            qemu.type("poweroff\r");
            assertEquals(qemu.console(), 0, qemu.exitCode());
            onQemu = qemu.console();
        }
        List<String> guestlabArgs = new ArrayList<>(List.of("qemu"));
        guestlabArgs.addAll(args);
        try (ScriptedTerminal guestlab = new ScriptedTerminal(guestlabArgs.toArray(String[]::new))) {
            guestlab.expect("=> ");
            guestlab.type("poweroff\r");
            assertEquals(guestlab.console() + guestlab.err(), 0, guestlab.exitCode());
            assertTrue(guestlab.console(), guestlab.console().contains("Hit any key to stop autoboot:  2 \b\b\b 1 \b\b\b 0"));
            assertEquals(comparable(onQemu), comparable(guestlab.console()));
        }
    }

    /**
     * The lines of a console that must agree. Left out, each for a reason that is not the guest's
     * behaviour: Linux's timestamps (QEMU's follow the host clock); lines describing the hart's
     * implementation (QEMU 7.2's rv64 has the H extension, 16 hardware counters and 16 ASID bits;
     * Guestlab's harts have neither), with the reserved-memory total that follows from
     * the device tree's size; which hart won OpenSBI's boot lottery; lines whose place depends on
     * host timing (Linux unpacks the initramfs and seeds its RNG asynchronously) and the RTC's
     * date (host time on QEMU);
     * U-Boot's device counts and device-tree address, which count QEMU's PCI host and fw_cfg device
     * that Guestlab's board does not have yet.
     */
    static List<String> comparable(String console) {
        return console.replace("\r", "").lines()
                .map(line -> TIMESTAMP.matcher(line).replaceFirst(""))
                .map(line -> BOOT_HART.matcher(line).replaceFirst("$1<boot hart>"))
                .filter(line -> !DIFFERS.matcher(line).find())
                .toList();
    }

    private static final Pattern TIMESTAMP = Pattern.compile("^\\[ *\\d+\\.\\d+\\] ");
    /**
     * Which hart boots: on QEMU, whichever of its host threads wins OpenSBI's boot lottery first
     * (with -smp 2 it varies from run to run on a loaded host); on Guestlab always the same one.
     */
    private static final Pattern BOOT_HART = Pattern.compile(
            "^((?:Domain0 )?Boot HART(?: ID)? *: |riscv-timer: .*hartid \\[)\\d+");
    private static final Pattern DIFFERS = Pattern.compile(String.join("|",
            "^Boot HART (Base ISA|ISA Extensions|MHPM Count|MIDELEG|MEDELEG)", "^riscv: base ISA extensions",
            "^riscv-timer: .*sstc", "^ASID allocator", "^Memory: \\d+K/", "^CPU: ",
            "^Unpacking initramfs", "^Freeing initrd memory", "^random: crng init done", "goldfish_rtc .*setting system clock",
            "^Core: ", "^Working FDT set to ", "qemu-system-riscv64: terminating"));

    /** Installs the shim with a launcher that runs this build's classes (the tests' class path). */
    private Path installShim(Path bin) throws IOException {
        Path launcher = folder.getRoot().toPath().resolve("guestlab-under-test");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(launcher, "#!/bin/sh\nexec '" + java + "' -cp '" + System.getProperty("java.class.path")
                + "' io.guestlab.cli.Main \"$@\"\n");
        launcher.toFile().setExecutable(true);
        int code = new Main(List.of(new InstallQemuShimCommand(launcher))).execute(
                List.of("install-qemu-shim", bin.toString()), System.out, System.err);
        assertEquals(0, code);
        Path shim = bin.resolve("qemu-system-riscv64");
        assertTrue(Files.isExecutable(shim));
        return shim;
    }
}
