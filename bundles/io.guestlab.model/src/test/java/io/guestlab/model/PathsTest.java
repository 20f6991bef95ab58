package io.guestlab.model;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class PathsTest {

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    @Test
    public void relativePathsResolveAgainstTheFoldersOfTheirFiles() throws Exception {
        Path dir = temp.getRoot().toPath();
        Machine machine = Samples.fullMachine();
        Definitions.save(machine, dir.resolve("boards/linux.machine"));
        Machine loaded = Definitions.loadMachine(dir.resolve("boards/linux.machine"));

        assertEquals(dir.resolve("boards/Image"), Definitions.resolve(loaded, loaded.getKernel()));
        Disk disk = (Disk) loaded.getDevices().get(0);
        assertEquals(dir.resolve("boards/root.img"), Definitions.resolve(disk, disk.getImage()));
        assertEquals(dir.resolve("shared.img"), Definitions.resolve(disk, "../shared.img"));
        assertEquals(dir.resolve("boards/firmware/fw_jump.bin"), Definitions.resolve(loaded, "./firmware/fw_jump.bin"));
    }

    @Test
    public void absolutePathsStayAsWritten() throws Exception {
        Machine machine = Samples.fullMachine();
        Definitions.save(machine, temp.getRoot().toPath().resolve("m.machine"));
        assertEquals(Path.of("/opt/images/Image"), Definitions.resolve(machine, "/opt/images/Image"));
    }

    @Test
    public void anUnsavedDefinitionResolvesAgainstTheWorkingDirectory() {
        Machine machine = Samples.fullMachine();
        assertEquals(Path.of("").toAbsolutePath().resolve("Image"), Definitions.resolve(machine, machine.getKernel()));
    }

    @Test
    public void pathsAreWrittenAsGivenSoTheyStayRelative() throws Exception {
        Path file = temp.getRoot().toPath().resolve("m.machine");
        Definitions.save(Samples.fullMachine(), file);
        String xml = Files.readString(file);
        assertTrue(xml, xml.contains("kernel=\"Image\""));
        assertTrue(xml, xml.contains("firmware=\"firmware/fw_jump.bin\""));
        assertTrue(xml, !xml.contains(temp.getRoot().toString()));
    }

    @Test
    public void machineRefResolvesAgainstTheSuiteFileNotTheWorkingDirectory() throws Exception {
        Path dir = temp.getRoot().toPath();
        Files.createDirectories(dir.resolve("suites"));
        Definitions.save(Samples.fullMachine(), dir.resolve("board.machine"));
        Files.writeString(dir.resolve("suites/s.testsuite"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <guestlab:TestSuite xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:guestlab="http://guestlab.io/model/1.0" name="s" machineRef="../board.machine#/"/>
                """);
        TestSuite suite = Definitions.loadTestSuite(dir.resolve("suites/s.testsuite"));
        assertEquals("linux", suite.effectiveMachine().getName());
        assertEquals(dir.resolve("board.machine"), Definitions.fileOf(suite.effectiveMachine()));
        assertEquals(dir.resolve("Image"), Definitions.resolve(suite.effectiveMachine(), "Image"));
    }

    @Test
    public void onlyTopLevelDefinitionsCanBeSaved() {
        TestSuite suite = Samples.fullSuite();
        Path file = temp.getRoot().toPath().resolve("x.machine");
        assertThrows(IllegalArgumentException.class, () -> Definitions.save(suite.getMachine(), file));
        assertThrows(IllegalArgumentException.class, () -> Definitions.save(suite.getTests().get(0), file));
    }
}
