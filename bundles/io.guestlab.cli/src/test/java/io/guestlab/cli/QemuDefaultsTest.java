package io.guestlab.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import io.guestlab.emulator.board.VirtBoardConfig;
import io.guestlab.emulator.devices.BlockSettings;

/**
 * One test per QEMU 7.2 default that `guestlab qemu` matches, so that a drift on either side
 * fails here: each translates a command line ({@code --print-run}) or reads the board's defaults.
 * The transports themselves are compared with a running QEMU in the emulator's
 * VirtioMatchesQemuTest, and whole guests in QemuCommandRunsGuestsTest.
 */
public class QemuDefaultsTest {

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private static final List<String> XV6 = List.of("-machine", "virt", "-bios", "none", "-kernel", "kernel/kernel",
            "-m", "128M", "-smp", "3", "-nographic", "-drive", "file=fs.img,if=none,format=raw,id=x0",
            "-device", "virtio-blk-device,drive=x0,bus=virtio-mmio-bus.0");

    private static String printRun(List<String> args) {
        List<String> all = new ArrayList<>(List.of("qemu", "--print-run"));
        all.addAll(args);
        GuestlabRun guestlab = new GuestlabRun();
        assertEquals(guestlab.err(), 0, guestlab.run(all.toArray(String[]::new)));
        return guestlab.out().strip();
    }

    private static List<String> with(List<String> base, String... more) {
        List<String> all = new ArrayList<>(base);
        all.addAll(List.of(more));
        return all;
    }

    @Test
    public void virtioMmioIsLegacyUnlessForceLegacyIsFalse() {
        assertTrue(printRun(XV6).contains(" --virtio legacy"));
        assertTrue(printRun(with(XV6, "-global", "virtio-mmio.force-legacy=false")).contains(" --virtio modern"));
        assertTrue(printRun(with(XV6, "-global", "virtio-mmio.force-legacy=on")).contains(" --virtio legacy"));
    }

    @Test
    public void xv6sCommandLineTranslatesOptionByOption() {
        String path = Path.of("fs.img").toString();
        assertEquals("guestlab run --harts 3 --memory 128M --bios none --kernel kernel/kernel --drive file=" + path
                + ",bus=0 --virtio modern",
                printRun(with(XV6, "-global", "virtio-mmio.force-legacy=false")));
    }

    @Test
    public void aDeviceWithoutBusTakesTheHighestFreeBusInCommandLineOrder() {
        // QEMU 7.2 (info qtree): the rng on virtio-mmio-bus.7, then the disk on .6.
        String run = printRun(List.of("-M", "virt", "-bios", "none", "-kernel", "k", "-drive",
                "file=a.img,if=none,id=d0", "-device", "virtio-rng-device", "-device", "virtio-blk-device,drive=d0"));
        assertTrue(run, run.contains("--drive file=a.img,bus=6 --rng --rng-bus 7"));
        // A pinned device keeps its bus; the next unpinned one goes around it.
        run = printRun(List.of("-M", "virt", "-bios", "none", "-kernel", "k", "-drive", "file=a.img,if=none,id=d0",
                "-device", "virtio-blk-device,drive=d0,bus=virtio-mmio-bus.7", "-device", "virtio-rng-device"));
        assertTrue(run, run.contains("--drive file=a.img,bus=7 --rng --rng-bus 6"));
    }

    /** On QEMU 7.2's riscv virt a -drive without if= is if=none: only a -device shows it (checked with info block). */
    @Test
    public void aDriveWithoutIfIsForADeviceAsOnQemusVirt() {
        GuestlabRun guestlab = new GuestlabRun();
        assertEquals(0, guestlab.run("qemu", "--print-run", "-M", "virt", "-bios", "none", "-kernel", "k", "-drive",
                "file=a.img,format=raw"));
        assertTrue("the guest sees no disk: " + guestlab.out(), !guestlab.out().contains("--drive"));
        assertTrue(guestlab.err(), guestlab.err().contains("guestlab qemu: note: -drive id=none0: no -device uses it, so"
                + " the guest does not see it (as in QEMU)"));
        // Buildroot's qemu_riscv64_virt line
        assertTrue(printRun(List.of("-M", "virt", "-bios", "none", "-kernel", "k", "-drive", "file=rootfs.ext2,format=raw,"
                + "id=hd0", "-device", "virtio-blk-device,drive=hd0")).contains("--drive file=rootfs.ext2,bus=7 "));
        assertTrue(printRun(List.of("-M", "virt", "-bios", "none", "-kernel", "k", "-drive", "file=a.img,format=raw",
                "-device", "virtio-blk-device,drive=none0")).contains("--drive file=a.img,bus=7 "));
    }

    @Test
    public void ifVirtioGoesAfterTheDevices() {
        String run = printRun(List.of("-M", "virt", "-bios", "none", "-kernel", "k", "-drive", "file=a.img,format=raw,if=virtio",
                "-device", "virtio-rng-device"));
        assertTrue(run, run.contains("--drive file=a.img,bus=6 --rng --rng-bus 7"));
        GuestlabRun guestlab = new GuestlabRun();
        assertEquals(0, guestlab.run("qemu", "--print-run", "-M", "virt", "-bios", "none", "-kernel", "k", "-drive",
                "file=a.img,if=virtio"));
        assertTrue("said once, in a notice: " + guestlab.err(), guestlab.err().contains("guestlab qemu: note: -drive"
                + " file=a.img: QEMU attaches if=virtio disks to PCI; Guestlab has no PCI yet, so this one is a"
                + " virtio-blk-device on virtio-mmio-bus.7"));
    }

    /** QEMU merges -machine options (checked: -M virt -machine dumpdtb=F dumps, in either order). */
    @Test
    public void machineOptionsMerge() {
        assertTrue(printRun(List.of("-machine", "accel=tcg", "-M", "virt", "-bios", "none", "-kernel", "k"))
                .startsWith("guestlab run --bios none --kernel k "));
        GuestlabRun guestlab = new GuestlabRun();
        assertEquals(Main.EXIT_USAGE, guestlab.run("qemu", "-machine", "accel=tcg", "-bios", "none", "-kernel", "k"));
        assertTrue(guestlab.err(), guestlab.err().startsWith("guestlab qemu: no machine type (-machine virt): QEMU's"
                + " default riscv64 machine is spike"));
    }

    @Test
    public void sIsAGdbServerOnTcpPort1234AndCapitalSHoldsTheHarts() {
        assertTrue(printRun(with(XV6, "-s", "-S")).endsWith("--gdb tcp::1234 --wait-gdb"));
        assertTrue(printRun(with(XV6, "-S", "-gdb", "tcp::26000")).endsWith("--gdb tcp::26000 --wait-gdb"));
    }

    @Test
    public void aPlainMemorySizeIsMebibytes() {
        assertEquals(64L << 20, RunOptions.parse(List.of("--bios", "none", "--kernel", "k", "--memory", "64"))
                .config.memoryBytes());
        assertTrue(printRun(with(XV6.subList(0, 6), "-m", "64")).contains("--memory 64"));
    }

    @Test
    public void withoutOptionsTheBoardIsQemusOneHart128MiBOpenSbiFwDynamic() {
        VirtBoardConfig c = VirtBoardConfig.defaults();
        assertEquals(1, c.harts());
        assertEquals(128L << 20, c.memoryBytes());
        assertEquals(Path.of("/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_dynamic.bin"), c.bios());
        assertEquals("guestlab run --kernel u-boot.bin --virtio legacy",
                printRun(List.of("-M", "virt", "-kernel", "u-boot.bin")));
        assertEquals("-bios default is QEMU's firmware", "guestlab run --kernel u-boot.bin --virtio legacy",
                printRun(List.of("-M", "virt", "-bios", "default", "-kernel", "u-boot.bin")));
    }

    @Test
    public void disksAreCopyOnWriteUnlessSnapshotIsOff() {
        List<String> base = List.of("-M", "virt", "-bios", "none", "-kernel", "k", "-device", "virtio-blk-device,drive=d");
        assertTrue(printRun(with(base, "-drive", "file=a.img,if=none,id=d")).contains("file=a.img,bus=7 "));
        assertTrue(printRun(with(base, "-drive", "file=a.img,if=none,id=d,snapshot=off")).contains("file=a.img,bus=7,persistent"));
        assertTrue(printRun(with(base, "-drive", "file=a.img,if=none,id=d,readonly=on")).contains("file=a.img,bus=7,readonly"));
        assertTrue(printRun(with(base, "-snapshot", "-drive", "file=a.img,if=none,id=d,snapshot=off"))
                .contains("file=a.img,bus=7 "));
    }

    /** What a guest sees of these is compared with QEMU in QemuCommandLinesMatchQemuTest; here, the translation. */
    @Test
    public void serialDiscardAndCacheBecomeTheDrivesSettings() {
        List<String> base = List.of("-M", "virt", "-bios", "none", "-kernel", "k");
        assertTrue(printRun(with(base, "-drive", "file=a.img,if=none,id=d,discard=unmap,cache=directsync",
                "-device", "virtio-blk-device,drive=d,serial=my disk")).contains(
                "--drive 'file=a.img,bus=7,serial=my disk,discard=unmap,writethrough' "));
        assertTrue("QEMU's snapshot overlay unmaps whole clusters", printRun(with(base,
                "-drive", "file=a.img,if=none,id=d,discard=on,snapshot=on", "-device", "virtio-blk-device,drive=d"))
                .contains("--drive file=a.img,bus=7,discard=unmap-clusters "));
        assertTrue(printRun(with(base, "-snapshot", "-drive", "file=a.img,if=virtio,discard=unmap,cache=none,aio=native"))
                .contains("--drive file=a.img,bus=7,discard=unmap-clusters "));
        assertTrue("discard=ignore and cache=writeback are the defaults", printRun(with(base,
                "-drive", "file=a.img,if=virtio,discard=ignore,cache=writeback,detect-zeroes=off"))
                .contains("--drive file=a.img,bus=7 "));
    }

    @Test
    public void theDevicesWriteCacheOverridesTheDrivesCacheMode() {
        List<String> base = List.of("-M", "virt", "-bios", "none", "-kernel", "k");
        assertTrue(printRun(with(base, "-drive", "file=a.img,if=none,id=d,cache=writethrough",
                "-device", "virtio-blk-device,drive=d,write-cache=on")).contains("--drive file=a.img,bus=7 "));
        assertTrue(printRun(with(base, "-drive", "file=a.img,if=none,id=d",
                "-device", "virtio-blk-device,drive=d,write-cache=off")).contains("--drive file=a.img,bus=7,writethrough "));
        assertTrue("auto: the drive's cache= decides", printRun(with(base, "-drive", "file=a.img,if=none,id=d,"
                + "cache=writethrough", "-device", "virtio-blk-device,drive=d,write-cache=auto"))
                .contains("--drive file=a.img,bus=7,writethrough "));
    }

    /**
     * A -blockdev node is a disk as a -drive is, except that QEMU writes to its file even under
     * -snapshot; a discard unmaps only when every node down to the file has discard=unmap, and a
     * child given with file.* inherits the raw node's. Compared with QEMU in QemuCommandLinesMatchQemuTest.
     */
    @Test
    public void blockdevNodesAreDisksAsInQemu() {
        List<String> base = List.of("-M", "virt", "-bios", "none", "-kernel", "k", "-device", "virtio-blk-device,drive=x0");
        assertTrue(printRun(with(base, "-blockdev", "driver=file,node-name=x0,filename=a.img"))
                .contains("--drive file=a.img,bus=7 "));
        assertTrue("host-side options change nothing", printRun(with(base, "-blockdev", "driver=file,node-name=x0,"
                + "filename=a.img,aio=native,cache.direct=on,cache.no-flush=off,locking=off"))
                .contains("--drive file=a.img,bus=7 "));
        assertTrue(printRun(with(base, "-snapshot", "-blockdev", "driver=file,node-name=x0,filename=a.img,discard=unmap"))
                .contains("--drive file=a.img,bus=7,discard=unmap "));
        assertTrue(printRun(with(base, "-blockdev", "driver=file,node-name=f0,filename=a.img,read-only=on",
                "-blockdev", "driver=raw,node-name=x0,file=f0,read-only=on")).contains("--drive file=a.img,bus=7,readonly "));
        assertTrue("the file node does not unmap", printRun(with(base, "-blockdev", "driver=file,node-name=f0,"
                + "filename=a.img", "-blockdev", "driver=raw,node-name=x0,file=f0,discard=unmap"))
                .contains("--drive file=a.img,bus=7 "));
        assertTrue("the raw node does not pass the discard down", printRun(with(base, "-blockdev", "driver=file,"
                + "node-name=f0,filename=a.img,discard=unmap", "-blockdev", "driver=raw,node-name=x0,file=f0"))
                .contains("--drive file=a.img,bus=7 "));
        assertTrue(printRun(with(base, "-blockdev", "driver=file,node-name=f0,filename=a.img,discard=unmap",
                "-blockdev", "driver=raw,node-name=x0,file=f0,discard=unmap")).contains("--drive file=a.img,bus=7,discard=unmap "));
        assertTrue("file.* inherits discard", printRun(with(base, "-blockdev", "driver=raw,node-name=x0,discard=unmap,"
                + "file.driver=file,file.filename=a.img")).contains("--drive file=a.img,bus=7,discard=unmap "));
        assertTrue(printRun(with(base, "-blockdev", "driver=raw,node-name=x0,discard=unmap,file.driver=file,"
                + "file.filename=a.img,file.discard=ignore")).contains("--drive file=a.img,bus=7 "));
        GuestlabRun guestlab = new GuestlabRun();
        int code = guestlab.run("qemu", "--print-run", "-M", "virt", "-bios", "none", "-kernel", "k",
                "-blockdev", "driver=file,node-name=x0,filename=a.img", "-blockdev", "driver=file,node-name=spare,"
                + "filename=b.img", "-device", "virtio-blk-device,drive=x0,write-cache=off");
        assertEquals(guestlab.err(), 0, code);
        assertTrue(guestlab.out(), guestlab.out().contains("--drive file=a.img,bus=7,writethrough "));
        assertTrue(guestlab.err(), guestlab.err().contains("guestlab qemu: note: -blockdev node-name=x0: the guest's writes"
                + " stay in memory (Guestlab opens disks copy-on-write; QEMU writes to the image): use -drive"
                + " file=a.img,if=none,format=raw,id=x0,snapshot=off to write to the file\n"));
        assertTrue(guestlab.err(), guestlab.err().contains("guestlab qemu: note: -blockdev node-name=spare: no -device or"
                + " flash bank uses it, so the guest does not see it (as in QEMU)\n"));
    }

    @Test
    public void hostSideDriveOptionsAreTakenWithANoticeSayingTheyHaveNoEffect() {
        GuestlabRun guestlab = new GuestlabRun();
        assertEquals(guestlab.err(), 0, guestlab.run("qemu", "--print-run", "-M", "virt", "-bios", "none", "-kernel", "k",
                "-drive", "file=a.img,if=none,id=d,cache=unsafe,aio=io_uring,detect-zeroes=unmap,werror=stop,rerror=ignore,"
                + "cache.direct=on,file.locking=off",
                "-device", "virtio-blk-device,drive=d"));
        for (String option : List.of("-drive cache=unsafe: the guest sees the write cache enabled as on QEMU;",
                "-drive cache.direct=on: no effect a guest can see:", "-drive file.locking=off: no effect a guest can see:",
                "-drive aio=io_uring: no effect a guest can see:", "-drive detect-zeroes=unmap: no effect a guest can see:",
                "-drive werror=stop: Guestlab answers a failed host read or write with an I/O error",
                "-drive rerror=ignore: Guestlab answers")) {
            assertTrue(guestlab.err(), guestlab.err().contains("guestlab qemu: note: " + option));
        }
    }

    @Test
    public void guestlabRunTakesTheSettingsInItsDriveAndSavesThemInAMachineFile() throws Exception {
        VirtBoardConfig c = RunOptions.parse(List.of("--bios", "none", "--kernel", "k", "--drive",
                "file=a.img,bus=0,serial=S N,discard=unmap-clusters,writethrough")).config;
        assertEquals(new BlockSettings("S N", BlockSettings.Discard.UNMAP_CLUSTERS, false), c.drives().get(0).settings());
        // QEMU's spelling of the write cache, too
        assertEquals(new BlockSettings("", BlockSettings.Discard.UNMAP, false), RunOptions.parse(List.of("--bios", "none",
                "--kernel", "k", "--drive", "file=a.img,discard=unmap,cache=directsync")).config.drives().get(0).settings());
        assertEquals(BlockSettings.DEFAULT, RunOptions.parse(List.of("--bios", "none", "--kernel", "k", "--drive",
                "file=a.img,cache=unsafe")).config.drives().get(0).settings());
        GuestlabRun guestlab = new GuestlabRun();
        assertEquals(Main.EXIT_USAGE, guestlab.run("run", "--bios", "none", "--kernel", "k", "--drive",
                "file=a.img,cache=fast"));
        assertTrue(guestlab.err(), guestlab.err().contains("cache=fast in 'file=a.img,cache=fast' is not writeback, none,"
                + " unsafe, writethrough or directsync"));
        assertEquals(Main.EXIT_USAGE, guestlab.run("run", "--bios", "none", "--kernel", "k", "--drive",
                "file=a.img,discard=sometimes"));
        assertTrue(guestlab.err(), guestlab.err().contains("discard=sometimes in 'file=a.img,discard=sometimes' is not"
                + " ignore, unmap or unmap-clusters"));
        Path image = Files.write(folder.getRoot().toPath().resolve("a.img"), new byte[512]);
        Path kernel = Files.write(folder.getRoot().toPath().resolve("kernel.bin"), new byte[] {0x6f, 0, 0, 0}); // j .
        Path machine = folder.getRoot().toPath().resolve("a.machine");
        guestlab = new GuestlabRun();
        assertEquals(guestlab.err(), RunCommand.EXIT_TIMEOUT, guestlab.run("run", "--bios", "none", "--kernel",
                kernel.toString(), "--drive", "file=" + image + ",serial=x,discard=unmap,writethrough",
                "--save-machine", machine.toString(), "--timeout-insns", "100"));
        String xmi = Files.readString(machine);
        assertTrue(xmi, xmi.contains("image=\"a.img\" serial=\"x\" discard=\"unmap\" writeCache=\"false\"/>"));
        assertEquals(new BlockSettings("x", BlockSettings.Discard.UNMAP, false),
                MachineDefinitions.toBoardConfig(machine).drives().get(0).settings());
    }

    @Test
    public void flashImagesGoToTheirUnitsAsInQemu() {
        List<String> base = List.of("-M", "virt", "-bios", "none");
        assertTrue("units in order when not given", printRun(with(base, "-drive", "if=pflash,format=raw,file=code.fd,readonly=on",
                "-drive", "if=pflash,format=raw,file=vars.fd,snapshot=on")).startsWith(
                "guestlab run --bios none --flash file=code.fd,unit=0,readonly --flash file=vars.fd,unit=1 "));
        // EDK2's instructions for riscv virt
        assertTrue(printRun(List.of("-blockdev", "node-name=pflash0,driver=file,read-only=on,filename=RISCV_VIRT_CODE.fd",
                "-blockdev", "node-name=pflash1,driver=file,filename=RISCV_VIRT_VARS.fd",
                "-M", "virt,pflash0=pflash0,pflash1=pflash1")).startsWith(
                "guestlab run --flash file=RISCV_VIRT_CODE.fd,unit=0,readonly --flash file=RISCV_VIRT_VARS.fd,unit=1 "));
        GuestlabRun guestlab = new GuestlabRun();
        assertEquals(0, guestlab.run("qemu", "--print-run", "-M", "virt", "-drive", "if=pflash,unit=1,file=vars.fd"));
        assertTrue(guestlab.err(), guestlab.err().contains("guestlab qemu: note: -drive file=vars.fd,if=pflash: the guest's"
                + " flash writes stay in memory (QEMU writes them to the image)"));
    }

    @Test
    public void aKernelWithAnImageInFlashBank1IsRefusedForWantOfFwCfg() throws Exception {
        Path kernel = Files.write(folder.getRoot().toPath().resolve("kernel.bin"), new byte[] {0x6f, 0, 0, 0});
        Path vars = Files.write(folder.getRoot().toPath().resolve("vars.fd"), new byte[32 << 20]);
        GuestlabRun guestlab = new GuestlabRun();
        assertEquals(Main.EXIT_USAGE, guestlab.run("qemu", "-M", "virt", "-kernel", kernel.toString(), "-drive",
                "if=pflash,unit=1,format=raw,file=" + vars));
        assertTrue(guestlab.err(), guestlab.err().endsWith("a kernel with an image in flash bank 1 is not supported: QEMU"
                + " hands the kernel to the firmware there through fw_cfg, which Guestlab does not have (boot the kernel"
                + " from the firmware's own disk instead)\n"));
    }

    /**
     * Options from real-world riscv command lines (xv6, Linux, U-Boot, OpenSBI, EDK2 instructions)
     * that change nothing Guestlab could honour: each is taken, and said once in a notice. Each row:
     * the options, then the notice (empty: taken silently, as it matches what Guestlab does).
     */
    private static final String[][] TAKEN = {
        {"-rtc base=utc,clock=vm", "-rtc base=utc,clock=vm: the RTC starts at Guestlab's fixed date and follows guest"
            + " time, the same in every run (--time host: the host's UTC)"},
        {"-trace events=trace.txt", "-trace events=trace.txt: Guestlab has no QEMU trace events (--stats counts"
            + " instructions, --record FILE records the run)"},
        {"-name xv6", "-name xv6: no effect: Guestlab has no window or monitor to name"},
        {"-k de", "-k de: no effect: Guestlab has no graphical display whose keys to map (the console is this terminal)"},
        {"-usb", "-usb: no effect, as in QEMU: the virt machine has no USB controller"},
        {"-machine virt,usb=on", "-machine virt,usb=on: usb= has no effect on what the guest sees of this machine, on"
            + " QEMU as on Guestlab"},
        {"-d int,guest_errors", "-d int,guest_errors: Guestlab writes no QEMU logs (guestlab run --gdb serves a debugger;"
            + " --stats counts instructions)"},
        {"-D qemu.log", "-D qemu.log: Guestlab writes no QEMU log file"},
        {"-icount shift=auto", "-icount: Guestlab is always deterministic (guest time follows retired instructions); its"
            + " settings are not needed"},
        {"-vga none", ""},
        {"-parallel none", ""},
        {"-machine virt,aclint=off,aia=none", ""},
        {"-smp cpus=2,sockets=1,cores=2,threads=1", ""},
        {"-object rng-random,filename=/dev/urandom,id=rng0 -device virtio-rng-device,rng=rng0", "-device"
            + " virtio-rng-device: its bytes come from a seed (0; --rng-seed N for another), the same in every run, not"
            + " from the host's entropy"},
        {"-pidfile qemu.pid", ""},
    };

    @Test
    public void commonOptionsThatChangeNothingAreTakenWithANotice() {
        List<String> failures = new ArrayList<>();
        for (String[] row : TAKEN) {
            List<String> args = new ArrayList<>(List.of("qemu", "--print-run", "-M", "virt", "-bios", "none", "-kernel", "k"));
            args.addAll(List.of(row[0].split(" ")));
            GuestlabRun guestlab = new GuestlabRun();
            int code = guestlab.run(args.toArray(String[]::new));
            List<String> notes = guestlab.err().lines().filter(l -> !l.startsWith("guestlab qemu: note: guest time follows")).toList();
            List<String> expected = row[1].isEmpty() ? List.of() : List.of("guestlab qemu: note: " + row[1]);
            if (code != 0 || !notes.equals(expected)) {
                failures.add(row[0] + "\n  exit " + code + ", notes: " + notes + "\n  expected: " + expected);
            }
        }
        assertEquals(String.join("\n", failures), 0, failures.size());
    }

    /** QEMU 7.2's -pidfile: the process id and a newline while the guest runs, removed at the end. */
    @Test
    public void pidfileHoldsThisProcessWhileTheGuestRunsAndIsRemovedAfter() throws Exception {
        Path shell = GuestElfs.example("tests/build/shell.elf");
        Path pidFile = folder.getRoot().toPath().resolve("guest.pid");
        try (ScriptedTerminal guestlab = new ScriptedTerminal("qemu", "-M", "virt", "-bios", "none", "-nographic",
                "-kernel", shell.toString(), "-pidfile", pidFile.toString())) {
            guestlab.expect("gsh> ");
            assertEquals(ProcessHandle.current().pid() + "\n", Files.readString(pidFile));
            guestlab.type("fail 3\r");
            assertEquals(guestlab.err(), 3, guestlab.exitCode());
        }
        assertTrue("removed at the end", !Files.exists(pidFile));
    }

    /** -machine virt,dumpdtb=FILE writes the tree the machine would boot with and runs nothing, as QEMU. */
    @Test
    public void dumpdtbWritesTheDeviceTreeAndStops() throws Exception {
        Path kernel = Files.write(folder.getRoot().toPath().resolve("kernel.bin"), new byte[] {0x6f, 0, 0, 0});
        Path dtb = folder.getRoot().toPath().resolve("virt.dtb");
        GuestlabRun guestlab = new GuestlabRun();
        assertEquals(guestlab.err(), 0, guestlab.run("qemu", "-M", "virt,dumpdtb=" + dtb, "-bios", "none", "-smp", "2",
                "-kernel", kernel.toString(), "-append", "console=ttyS0"));
        assertTrue(guestlab.err(), guestlab.err().endsWith("guestlab qemu: dtb dumped to " + dtb + ". Exiting.\n"));
        assertEquals("nothing ran", "", guestlab.out());
        byte[] expected = io.guestlab.emulator.board.BootLayout.of(VirtBoardConfig.defaults().withBios(null)
                .withHarts(2).withKernel(kernel).withAppend("console=ttyS0")).deviceTree();
        assertTrue(java.util.Arrays.equals(expected, Files.readAllBytes(dtb)));
    }

    @Test
    public void smpTopologyOfOneSocketIsTheNumberOfHarts() {
        assertTrue(printRun(List.of("-M", "virt", "-kernel", "k", "-smp", "sockets=1,cores=4,threads=1")).contains("--harts 4"));
    }

    @Test
    public void dtbIsBootedInsteadOfTheGeneratedTree() {
        assertTrue(printRun(List.of("-M", "virt", "-kernel", "u-boot.bin", "-dtb", "board.dtb"))
                .contains("--kernel u-boot.bin --dtb board.dtb"));
    }

    @Test
    public void dtbWithAppendAndInitrdIsTranslatedForTheirEditIntoChosen() {
        assertTrue(printRun(List.of("-M", "virt", "-kernel", "Image", "-initrd", "rd", "-append", "quiet", "-dtb", "b.dtb"))
                .contains("--kernel Image --initrd rd --append quiet --dtb b.dtb"));
    }

    @Test
    public void guestlabsOwnOptionsPassThrough() {
        assertTrue(printRun(with(XV6, "--stats", "--save-machine", "xv6.machine", "--timeout", "5"))
                .endsWith("--stats --save-machine xv6.machine --timeout 5"));
    }
}
