package io.guestlab.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

import io.guestlab.emulator.board.VirtBoardConfig;

/**
 * One test per QEMU 7.2 default that `guestlab qemu` matches, so that a drift on either side
 * fails here: each translates a command line ({@code --print-run}) or reads the board's defaults.
 * The transports themselves are compared with a running QEMU in the emulator's
 * VirtioMatchesQemuTest, and whole guests in QemuCommandRunsGuestsTest.
 */
public class QemuDefaultsTest {

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

    @Test
    public void ifVirtioIsTheDefaultInterfaceAndGoesAfterTheDevices() {
        String run = printRun(List.of("-M", "virt", "-bios", "none", "-kernel", "k", "-drive", "file=a.img,format=raw",
                "-device", "virtio-rng-device"));
        assertTrue(run, run.contains("--drive file=a.img,bus=6 --rng --rng-bus 7"));
        GuestlabRun guestlab = new GuestlabRun();
        assertEquals(0, guestlab.run("qemu", "--print-run", "-M", "virt", "-bios", "none", "-kernel", "k", "-drive",
                "file=a.img"));
        assertTrue("said once, in a notice: " + guestlab.err(), guestlab.err().contains("guestlab qemu: note: -drive"
                + " file=a.img: QEMU attaches if=virtio disks to PCI; Guestlab has no PCI yet, so this one is a"
                + " virtio-blk-device on virtio-mmio-bus.7"));
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
