package io.guestlab.model;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.stream.Collectors;

import org.junit.Test;

/** The definitions under examples/definitions load and, once the guests are built, validate cleanly. */
public class ExampleDefinitionsTest {

    private static Path definitions() {
        return RequiredTools.repositoryRoot().resolve("examples/definitions");
    }

    @Test
    public void helloMachineLoads() throws Exception {
        Machine machine = Definitions.loadMachine(definitions().resolve("hello.machine"));
        assertEquals("hello", machine.getName());
        assertEquals(MemorySize.ofMiB(128), machine.getMemory());
        assertEquals(RequiredTools.repositoryRoot().resolve("examples/hello/build/hello.elf"),
                Definitions.resolve(machine, machine.getKernel()));
    }

    @Test
    public void helloMachineIsValidOnceBuilt() throws Exception {
        RequiredTools.repositoryFile("examples/hello/build/hello.elf", "build it with make -C examples");
        Machine machine = Definitions.loadMachine(definitions().resolve("hello.machine"));
        assertEquals("", Definitions.validate(machine).stream().map(Problem::toString).collect(Collectors.joining("\n")));
    }

    @Test
    public void testSuiteLoadsWithItsMachine() throws Exception {
        TestSuite suite = Definitions.loadTestSuite(definitions().resolve("hello.testsuite"));
        assertEquals("hello", suite.effectiveMachine().getName());
        assertTrue(suite.getTests().get(2) instanceof TestDiscovery);
    }

    @Test
    public void testSuiteIsValidOnceBuilt() throws Exception {
        RequiredTools.repositoryFile("examples/hello/build/hello.elf", "build it with make -C examples");
        RequiredTools.repositoryFile("examples/isa-tests/build/rv64i.elf", "build it with make -C examples");
        TestSuite suite = Definitions.loadTestSuite(definitions().resolve("hello.testsuite"));
        assertEquals("", Definitions.validate(suite).stream().map(Problem::toString).collect(Collectors.joining("\n")));
    }
}
