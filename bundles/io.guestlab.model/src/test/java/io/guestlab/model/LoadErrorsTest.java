package io.guestlab.model;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** A broken file gives one sentence naming the file and line, never an EMF stack trace. */
public class LoadErrorsTest {

    private static final String HEADER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <guestlab:Machine xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:guestlab="http://guestlab.io/model/1.0"
            """;

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private DefinitionException loadMachine(String content) throws Exception {
        Path file = temp.getRoot().toPath().resolve("bad.machine");
        Files.writeString(file, content);
        return assertThrows(DefinitionException.class, () -> Definitions.loadMachine(file));
    }

    private void assertMessage(DefinitionException e, int line, String... fragments) {
        Path file = temp.getRoot().toPath().resolve("bad.machine");
        assertEquals(e.getMessage(), file, e.file());
        assertEquals(e.getMessage(), line, e.line());
        assertTrue(e.getMessage(), e.getMessage().startsWith(file + (line > 0 ? ":" + line + ": " : ": ")));
        for (String fragment : fragments) {
            assertTrue(e.getMessage() + "\n  lacks: " + fragment, e.getMessage().contains(fragment));
        }
        assertTrue(e.getMessage(), !e.getMessage().contains("Exception") && !e.getMessage().contains("\tat "));
    }

    @Test
    public void missingFile() {
        Path file = temp.getRoot().toPath().resolve("none.machine");
        DefinitionException e = assertThrows(DefinitionException.class, () -> Definitions.loadMachine(file));
        assertEquals(file + ": file does not exist", e.getMessage());
    }

    @Test
    public void aFolderIsNotAFile() {
        Path folder = temp.getRoot().toPath();
        DefinitionException e = assertThrows(DefinitionException.class, () -> Definitions.loadTestSuite(folder));
        assertTrue(e.getMessage(), e.getMessage().endsWith(": is a folder, not a definition file"));
    }

    @Test
    public void xmlSyntaxErrorWithLine() throws Exception {
        assertMessage(loadMachine(HEADER + "    name=\"x\">\n  <devices\n</guestlab:Machine>\n"), 6, "XML syntax error");
    }

    @Test
    public void emptyFile() throws Exception {
        assertMessage(loadMachine(""), 1, "XML syntax error");
    }

    @Test
    public void unknownAttribute() throws Exception {
        assertMessage(loadMachine(HEADER + "    hartz=\"2\"/>\n"), 4,
                "unknown attribute or element 'hartz' in Machine", "expected one of name, harts, memory");
    }

    @Test
    public void unknownElement() throws Exception {
        assertMessage(loadMachine(HEADER + ">\n  <network mode=\"user\"/>\n</guestlab:Machine>\n"), 5,
                "unknown attribute or element 'network' in Machine");
    }

    @Test
    public void unknownDeviceType() throws Exception {
        assertMessage(loadMachine(HEADER + ">\n  <devices xsi:type=\"guestlab:Floppy\"/>\n</guestlab:Machine>\n"), 5,
                "unknown type 'Floppy'", "guestlab:Disk");
    }

    @Test
    public void aDeviceWithoutType() throws Exception {
        assertMessage(loadMachine(HEADER + ">\n  <devices/>\n</guestlab:Machine>\n"), 5,
                "element needs xsi:type naming a kind of Device: one of guestlab:Disk, guestlab:Flash, guestlab:GenericLoader,"
                        + " guestlab:Console, guestlab:Rng, guestlab:Semihosting");
    }

    @Test
    public void badMemorySize() throws Exception {
        assertMessage(loadMachine(HEADER + "    memory=\"64Q\"/>\n"), 4, "'64Q' is not a valid memory",
                MemorySize.SYNTAX);
    }

    @Test
    public void badEnumLiteral() throws Exception {
        assertMessage(loadMachine(HEADER + "    timeMode=\"fast\"/>\n"), 4,
                "'fast' is not a valid timeMode: expected one of virtual, wallclock");
    }

    @Test
    public void badNumber() throws Exception {
        assertMessage(loadMachine(HEADER + "    harts=\"two\"/>\n"), 4, "'two' is not a valid harts: expected a whole number");
    }

    @Test
    public void unknownNamespace() throws Exception {
        assertMessage(loadMachine(HEADER.replace("model/1.0", "model/9.9") + "/>\n"), 4,
                "unknown namespace 'http://guestlab.io/model/9.9'", "http://guestlab.io/model/1.0");
    }

    @Test
    public void doctypeIsRefused() throws Exception {
        assertMessage(loadMachine("<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<x>&e;</x>\n"),
                2, "DOCTYPE");
    }

    @Test
    public void theWrongKindOfDefinition() throws Exception {
        Path file = temp.getRoot().toPath().resolve("m.machine");
        Definitions.save(Samples.fullMachine(), file);
        DefinitionException e = assertThrows(DefinitionException.class, () -> Definitions.loadTestSuite(file));
        assertEquals(file + ": holds a Machine where a TestSuite was expected", e.getMessage());
    }

    @Test
    public void aMissingReferencedMachine() throws Exception {
        Path file = temp.getRoot().toPath().resolve("s.testsuite");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <guestlab:TestSuite xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:guestlab="http://guestlab.io/model/1.0" machineRef="boards/gone.machine#/"/>
                """);
        DefinitionException e = assertThrows(DefinitionException.class, () -> Definitions.loadTestSuite(file));
        assertEquals(file + ": machineRef names " + temp.getRoot().toPath().resolve("boards/gone.machine")
                + ", which does not exist", e.getMessage());
    }

    @Test
    public void aBrokenReferencedMachineNamesItsOwnFile() throws Exception {
        Path machine = temp.getRoot().toPath().resolve("bad.machine");
        Files.writeString(machine, HEADER + "    harts=\"many\"/>\n");
        Path suite = temp.getRoot().toPath().resolve("s.testsuite");
        Files.writeString(suite, """
                <?xml version="1.0" encoding="UTF-8"?>
                <guestlab:TestSuite xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:guestlab="http://guestlab.io/model/1.0" machineRef="bad.machine#/"/>
                """);
        DefinitionException e = assertThrows(DefinitionException.class, () -> Definitions.loadTestSuite(suite));
        assertMessage(e, 4, "'many' is not a valid harts");
    }

    @Test
    public void aReferenceToSomethingElseThanAMachine() throws Exception {
        Path other = temp.getRoot().toPath().resolve("other.testsuite");
        Definitions.save(GuestlabFactory.eINSTANCE.createTestSuite(), other);
        Path suite = temp.getRoot().toPath().resolve("s.testsuite");
        Files.writeString(suite, """
                <?xml version="1.0" encoding="UTF-8"?>
                <guestlab:TestSuite xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:guestlab="http://guestlab.io/model/1.0" machineRef="other.testsuite#/"/>
                """);
        DefinitionException e = assertThrows(DefinitionException.class, () -> Definitions.loadTestSuite(suite));
        assertEquals(other + ": holds a TestSuite where a Machine was expected", e.getMessage());
    }
}
