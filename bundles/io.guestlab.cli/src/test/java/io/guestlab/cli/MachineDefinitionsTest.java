package io.guestlab.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import io.guestlab.emulator.board.Drive;
import io.guestlab.emulator.board.FlashImage;
import io.guestlab.emulator.board.Semihosting;
import io.guestlab.emulator.board.VirtBoardConfig;
import io.guestlab.emulator.devices.BlockSettings;
import io.guestlab.emulator.devices.DiskMode;
import io.guestlab.model.DefinitionException;

public class MachineDefinitionsTest {

    @Rule
    public final TemporaryFolder temp = new TemporaryFolder();

    private Path root;
    private Path images;

    @Before
    public void images() throws IOException {
        root = temp.getRoot().toPath().toAbsolutePath().normalize();
        images = Files.createDirectories(root.resolve("images"));
        // Raw images: firmware at the start of RAM, the kernel 2 MiB in (BootImage's raw placement).
        Files.write(images.resolve("fw.bin"), new byte[4096]);
        Files.write(images.resolve("Image"), new byte[8192]);
        Files.write(images.resolve("initramfs.cpio"), new byte[1024]);
        for (String disk : List.of("root.img", "data.img", "scratch.img")) {
            Files.write(images.resolve(disk), new byte[64 * 1024]);
        }
        Files.createDirectories(images.resolve("share"));
        try (java.io.RandomAccessFile code = new java.io.RandomAccessFile(images.resolve("code.fd").toFile(), "rw")) {
            code.setLength(32L << 20); // a flash bank's size, sparse
        }
    }

    private VirtBoardConfig everySupportedElement() {
        return VirtBoardConfig.defaults().withHarts(4).withMemory(256L << 20).withBios(images.resolve("fw.bin"))
                .withKernel(images.resolve("Image")).withInitrd(images.resolve("initramfs.cpio"))
                .withAppend("console=ttyS0 root=/dev/vda rw").withHostTime(true)
                .withDrives(List.of(new Drive(images.resolve("root.img"), DiskMode.PERSISTENT),
                        new Drive(images.resolve("data.img"), DiskMode.READ_ONLY, 0,
                                new BlockSettings("DATA-1", BlockSettings.Discard.UNMAP, false)),
                        new Drive(images.resolve("scratch.img"), DiskMode.COPY_ON_WRITE, null,
                                BlockSettings.DEFAULT.withDiscard(BlockSettings.Discard.UNMAP_CLUSTERS))))
                .withSemihosting(new Semihosting(true, images.resolve("share"))).withRng(7L)
                .withFlash(0, new FlashImage(images.resolve("code.fd"), true));
    }

    private Path machine(String relative, String body) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <guestlab:Machine xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xmlns:guestlab="http://guestlab.io/model/1.0" name="m" %s
                </guestlab:Machine>
                """.formatted(body));
        return file;
    }

    private static String refusal(Path file) {
        try {
            MachineDefinitions.toBoardConfig(file);
        } catch (DefinitionException e) {
            return e.getMessage();
        }
        fail(file + " was accepted");
        return null;
    }

    // ----- round trip -----

    @Test
    public void everySupportedElementSurvivesSaveAndLoad() throws Exception {
        VirtBoardConfig config = everySupportedElement();
        Path file = root.resolve("defs/linux.machine");
        MachineDefinitions.save(config, "linux", file);
        assertEquals(config, MachineDefinitions.toBoardConfig(file));

        String xmi = Files.readString(file);
        assertTrue(xmi, xmi.contains("name=\"linux\""));
        assertTrue(xmi, xmi.contains("harts=\"4\""));
        assertTrue(xmi, xmi.contains("memory=\"256M\""));
        assertTrue(xmi, xmi.contains("timeMode=\"wallclock\""));
        assertTrue(xmi, xmi.contains("firmware=\"../images/fw.bin\""));
        assertTrue(xmi, xmi.contains("kernel=\"../images/Image\""));
        assertTrue(xmi, xmi.contains("initrd=\"../images/initramfs.cpio\""));
        assertTrue(xmi, xmi.contains("bootargs=\"console=ttyS0 root=/dev/vda rw\""));
        assertTrue(xmi, xmi.contains("image=\"../images/root.img\" mode=\"persistent\""));
        assertTrue(xmi, xmi.replaceAll("\\s+", " ").contains("image=\"../images/data.img\" mode=\"readOnly\" bus=\"0\""
                + " serial=\"DATA-1\" discard=\"unmap\" writeCache=\"false\"/>"));
        assertTrue(xmi, xmi.contains("image=\"../images/scratch.img\" discard=\"unmapClusters\"/>"));
        assertTrue(xmi, xmi.contains("<devices xsi:type=\"guestlab:Flash\" image=\"../images/code.fd\" readOnly=\"true\"/>"));
        assertTrue(xmi, xmi.contains("root=\"../images/share\""));
    }

    @Test
    public void aSavedDefinitionMovesWithItsImages() throws Exception {
        MachineDefinitions.save(everySupportedElement(), "linux", root.resolve("linux.machine"));
        Path moved = temp.newFolder("moved").toPath();
        Files.move(images, moved.resolve("images"));
        Files.move(root.resolve("linux.machine"), moved.resolve("linux.machine"));

        VirtBoardConfig loaded = MachineDefinitions.toBoardConfig(moved.resolve("linux.machine"));
        assertEquals(moved.resolve("images/Image").toRealPath(), loaded.kernel().toRealPath());
        assertEquals(moved.resolve("images/share").toRealPath(), loaded.semihosting().root().toRealPath());
    }

    @Test
    public void aCommandLineWithRelativePathsBecomesAbsoluteOnTheWayBack() throws Exception {
        // What `guestlab run --bios none --kernel REL --drive file=REL` holds: paths relative to the working directory.
        Path cwd = Path.of("").toAbsolutePath();
        VirtBoardConfig typed = VirtBoardConfig.defaults().withBios(null)
                .withKernel(cwd.relativize(images.resolve("Image")))
                .withDrives(List.of(new Drive(cwd.relativize(images.resolve("root.img")), DiskMode.COPY_ON_WRITE)));
        Path file = root.resolve("boards/virt.machine");
        MachineDefinitions.save(typed, null, file);

        VirtBoardConfig loaded = MachineDefinitions.toBoardConfig(file);
        assertEquals(typed.withKernel(images.resolve("Image"))
                .withDrives(List.of(new Drive(images.resolve("root.img"), DiskMode.COPY_ON_WRITE))), loaded);
        assertTrue(Files.readString(file), Files.readString(file).contains("name=\"virt\""));
    }

    @Test
    public void defaultsAreLeftOut() throws Exception {
        Path file = root.resolve("images/plain.machine");
        VirtBoardConfig plain = VirtBoardConfig.defaults().withBios(null).withKernel(images.resolve("Image"));
        MachineDefinitions.save(plain, "plain", file);
        String xmi = Files.readString(file);
        for (String attribute : List.of("harts=", "memory=", "timeMode=", "virtioTransport=", "firmware=", "initrd=",
                "bootargs=", "mode=", "Disk", "Semihosting")) {
            assertFalse(attribute + " in\n" + xmi, xmi.contains(attribute));
        }
        assertTrue(xmi, xmi.contains("kernel=\"Image\""));
        assertTrue(xmi, xmi.contains("<devices xsi:type=\"guestlab:Console\"/>"));
        assertEquals(plain, MachineDefinitions.toBoardConfig(file));
    }

    @Test
    public void aPathOutsideTheDefinitionsTreeStaysAbsolute() throws Exception {
        Path file = root.resolve("qemu-like.machine");
        MachineDefinitions.save(VirtBoardConfig.defaults().withKernel(images.resolve("Image"))
                .withSemihosting(new Semihosting(true, root)), null, file);
        String xmi = Files.readString(file);
        // Debian's OpenSBI (QEMU's default firmware) shares only '/' with the temporary folder.
        assertTrue(xmi, xmi.contains("firmware=\"" + VirtBoardConfig.DEFAULT_BIOS + "\""));
        assertTrue(xmi, xmi.contains("kernel=\"images/Image\""));
        assertTrue(xmi, xmi.contains("root=\".\""));
    }

    // ----- reading definitions -----

    @Test
    public void relativePathsResolveAgainstTheFilesFolder() throws Exception {
        Path file = machine("defs/sub/m.machine", """
                memory="64M" firmware="../../images/fw.bin" kernel="../../images/Image"
                    initrd="../../images/initramfs.cpio" bootargs="quiet">
                  <devices xsi:type="guestlab:Disk" image="../../images/root.img" mode="readOnly"/>
                  <devices xsi:type="guestlab:Semihosting" root="../../images/share"/>
                  <devices xsi:type="guestlab:Console"/>""");
        // Named relative to the working directory, as on a command line; its contents are relative to its folder.
        VirtBoardConfig config = MachineDefinitions.toBoardConfig(Path.of("").toAbsolutePath().relativize(file));
        assertEquals(new VirtBoardConfig(1, 64L << 20, images.resolve("fw.bin"), images.resolve("Image"),
                images.resolve("initramfs.cpio"), "quiet",
                List.of(new Drive(images.resolve("root.img"), DiskMode.READ_ONLY)),
                false, false, new Semihosting(true, images.resolve("share")), null), config);
    }

    @Test
    public void theHelloExampleBootsItsElfWithoutFirmware() throws Exception {
        Path definition = GuestElfs.example("definitions/hello.machine");
        Path elf = GuestElfs.example("hello/build/hello.elf");
        VirtBoardConfig config = MachineDefinitions.toBoardConfig(definition);
        assertEquals(1, config.harts());
        assertEquals(128L << 20, config.memoryBytes());
        // The model's firmware attribute unset means none (-bios none), not QEMU's default OpenSBI.
        assertNull(config.bios());
        assertEquals(elf.toAbsolutePath().normalize(), config.kernel());
        assertNull(config.initrd());
        assertEquals("", config.append());
        assertEquals(List.of(), config.drives());
        assertFalse(config.hostTime());
        assertEquals(Semihosting.OFF, config.semihosting());
    }

    // ----- what the board cannot honour yet -----

    @Test
    public void aDeviceTreeBlobIsBootedAsQemusDtbAndSurvivesSaveAndLoad() throws Exception {
        Files.write(images.resolve("board.dtb"), new byte[64]);
        Path file = machine("m.machine", """
                kernel="images/Image">
                  <deviceTree dtb="images/board.dtb"/>""");
        VirtBoardConfig config = MachineDefinitions.toBoardConfig(file);
        assertEquals(images.resolve("board.dtb"), config.dtb());
        Path saved = root.resolve("saved.machine");
        MachineDefinitions.save(config, "m", saved);
        assertTrue(Files.readString(saved), Files.readString(saved).contains("<deviceTree dtb=\"images/board.dtb\"/>"));
        assertEquals(config, MachineDefinitions.toBoardConfig(saved));
    }

    @Test
    public void deviceTreePropertiesAreRefused() throws Exception {
        String message = refusal(machine("m.machine", """
                kernel="images/Image">
                  <deviceTree>
                    <properties node="/chosen" name="stdout-path" value="&quot;serial0&quot;"/>
                  </deviceTree>"""));
        assertTrue(message, message.contains("device tree: setting device tree properties (1 property) is not"
                + " supported by `guestlab run` yet: remove the <properties> (a whole dtb=\"FILE\" is supported)"));
    }

    @Test
    public void anRngBecomesTheBoardsEntropyDeviceWithItsSeed() throws Exception {
        VirtBoardConfig config = MachineDefinitions.toBoardConfig(machine("m.machine", """
                kernel="images/Image">
                  <devices xsi:type="guestlab:Rng" seed="7"/>"""));
        assertEquals(Long.valueOf(7), config.rngSeed());
    }

    @Test
    public void consoleRedirectionsAreRefusedOneLineEach() throws Exception {
        Files.writeString(images.resolve("typed.txt"), "ls\n");
        Path file = machine("m.machine", """
                kernel="images/Image">
                  <devices xsi:type="guestlab:Console" input="images/typed.txt" output="console.log"/>""");
        String message = refusal(file);
        List<String> lines = message.lines().toList();
        assertEquals(message, 2, lines.size());
        assertEquals(file + ": console: input from a file (input=\"images/typed.txt\") is not supported by"
                + " `guestlab run` yet: remove input (the console reads the terminal)", lines.get(0));
        assertEquals(file + ": console: output to a file (output=\"console.log\") is not supported by"
                + " `guestlab run` yet: remove output (the console writes to the terminal)", lines.get(1));
    }

    // ----- invalid definitions -----

    @Test
    public void validationErrorsAreListedOnePerLine() throws Exception {
        Path file = machine("m.machine", """
                harts="12" kernel="images/missing.elf">""");
        String message = refusal(file);
        List<String> lines = message.lines().toList();
        assertEquals(message, file + ": is not valid (2 errors):", lines.get(0));
        assertTrue(message, lines.contains(file + ": error: machine 'm': harts must be 1..8, got 12"));
        assertTrue(message, lines.stream().anyMatch(l -> l.startsWith(file + ": error: machine 'm': kernel"
                + " images/missing.elf does not exist")));
        assertEquals(message, 3, lines.size());
    }

    @Test
    public void aDiskWithoutImageIsRefusedByTheValidator() throws Exception {
        String message = refusal(machine("m.machine", """
                kernel="images/Image">
                  <devices xsi:type="guestlab:Disk"/>"""));
        assertTrue(message, message.contains("error: disk #1: has no image: set image=\"PATH\""));
    }

    @Test
    public void memoryTheModelAllowsButTheBoardDoesNotIsRefused() throws Exception {
        Path file = machine("m.machine", "memory=\"1M\" kernel=\"images/Image\">");
        assertEquals(file + ": machine 'm': memory size must be a multiple of 4 KiB from 2 MiB to "
                + (io.guestlab.emulator.MachineConfig.MAX_RAM_SIZE >> 30) + " GiB, not 1048576 bytes", refusal(file));
    }

    @Test
    public void memoryAboveTheBoardsLimitIsRefusedByTheCheckAsByRun() throws Exception {
        Path file = machine("m.machine", "memory=\"8G\" kernel=\"images/Image\">");
        String message = refusal(file);
        assertTrue(message, message.contains("error: machine 'm': memory 8G is too large: Guestlab's virt board holds at most "
                + (io.guestlab.emulator.MachineConfig.MAX_RAM_SIZE >> 30) + "G"));
    }

    @Test
    public void aMachineWithNothingToBootIsRefused() throws Exception {
        Path file = machine("m.machine", ">");
        assertEquals(file + ": machine 'm': with no firmware there must be a kernel to run", refusal(file));
    }

    @Test
    public void aMissingOrBrokenFileIsRefusedWithItsName() throws Exception {
        Path missing = root.resolve("nowhere.machine");
        assertEquals(missing + ": file does not exist", refusal(missing));
        Path broken = root.resolve("broken.machine");
        Files.writeString(broken, "<?xml version=\"1.0\"?>\n<guestlab:Machine");
        String message = refusal(broken);
        assertTrue(message, message.startsWith(broken + ":"));
        assertEquals(message, 1, message.lines().count());
    }

    // ----- what a definition cannot say -----

    @Test
    public void semihostingWithoutARootFolderSurvivesSaveAndLoad() throws Exception {
        // QEMU's -semihosting as guestlab qemu translates it: no host files.
        VirtBoardConfig config = VirtBoardConfig.defaults().withBios(null).withKernel(images.resolve("Image"))
                .withSemihosting(new Semihosting(true, null));
        Path file = root.resolve("m.machine");
        MachineDefinitions.save(config, "m", file);
        assertTrue(Files.readString(file), Files.readString(file).contains("<devices xsi:type=\"guestlab:Semihosting\"/>"));
        assertEquals(config, MachineDefinitions.toBoardConfig(file));
    }

    @Test
    public void legacyTransportsAndBusesSurviveSaveAndLoad() throws Exception {
        // guestlab qemu's translation of xv6's command line without -global: QEMU 7.2's legacy transports.
        VirtBoardConfig config = VirtBoardConfig.defaults().withBios(null).withKernel(images.resolve("Image"))
                .withLegacyVirtio(true).withDrives(List.of(new Drive(images.resolve("root.img"), DiskMode.COPY_ON_WRITE, 0),
                        new Drive(images.resolve("data.img"), DiskMode.READ_ONLY)))
                .withRng(0L).withRngBus(3);
        Path file = root.resolve("xv6.machine");
        MachineDefinitions.save(config, "xv6", file);
        String xmi = Files.readString(file);
        assertTrue(xmi, xmi.contains("virtioTransport=\"legacy\""));
        assertTrue(xmi, xmi.contains("image=\"images/root.img\" bus=\"0\""));
        assertTrue(xmi, xmi.contains("<devices xsi:type=\"guestlab:Rng\" bus=\"3\"/>"));
        assertFalse("a disk without a bus keeps none\n" + xmi, xmi.contains("readOnly\" bus="));
        assertEquals(config, MachineDefinitions.toBoardConfig(file));
    }

    @Test
    public void anUnwritableTargetIsRefusedWithItsName() throws Exception {
        Path blocker = Files.writeString(root.resolve("blocker"), "a file, not a folder");
        Path file = blocker.resolve("m.machine");
        try {
            MachineDefinitions.save(VirtBoardConfig.defaults(), "m", file);
            fail("saved");
        } catch (DefinitionException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith(file + ": cannot write: "));
        }
    }
}
