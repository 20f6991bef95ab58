package io.guestlab.model;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class RoundTripTest {

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    @Test
    public void machineSurvivesSaveAndLoad() throws Exception {
        Machine original = Samples.fullMachine();
        Path file = temp.getRoot().toPath().resolve("linux.machine");
        Definitions.save(EcoreUtil.copy(original), file);
        Machine loaded = Definitions.loadMachine(file);
        assertTrue(EcoreUtil.equals(original, loaded));
    }

    @Test
    public void testSuiteSurvivesSaveAndLoad() throws Exception {
        TestSuite original = Samples.fullSuite();
        Path file = temp.getRoot().toPath().resolve("kernel.testsuite");
        Definitions.save(EcoreUtil.copy(original), file);
        TestSuite loaded = Definitions.loadTestSuite(file);
        assertTrue(EcoreUtil.equals(original, loaded));
        assertSame(loaded.getMachine(), loaded.effectiveMachine());
    }

    @Test
    public void referencedMachineSurvivesSaveAndLoad() throws Exception {
        Machine machine = Samples.fullMachine();
        Path machineFile = temp.getRoot().toPath().resolve("boards/linux.machine");
        Definitions.save(machine, machineFile);
        TestSuite suite = Samples.fullSuite();
        suite.setMachine(null);
        suite.setMachineRef(machine);
        Path suiteFile = temp.getRoot().toPath().resolve("suites/kernel.testsuite");
        Definitions.save(suite, suiteFile);

        assertTrue(Files.readString(suiteFile).contains("machineRef=\"../boards/linux.machine#/\""));
        TestSuite loaded = Definitions.loadTestSuite(suiteFile);
        assertFalse(loaded.getMachineRef().eIsProxy());
        assertSame(loaded.getMachineRef(), loaded.effectiveMachine());
        assertTrue(EcoreUtil.equals(Samples.fullMachine(), loaded.getMachineRef()));
        assertEquals(machineFile.toAbsolutePath(), Definitions.fileOf(loaded.getMachineRef()));
    }

    /** Fails when a class or feature is added to the model but not to the samples above. */
    @Test
    public void samplesCoverEveryClassAndFeature() {
        Set<EClass> seen = new HashSet<>();
        Set<EStructuralFeature> set = new HashSet<>();
        for (EObject root : new EObject[] { Samples.fullMachine(), Samples.fullSuite() }) {
            for (EObject o : (Iterable<EObject>) () -> EcoreUtil.getAllContents(root, true)) {
                seen.add(o.eClass());
                o.eClass().getEAllStructuralFeatures().stream().filter(o::eIsSet).forEach(set::add);
            }
            seen.add(root.eClass());
            root.eClass().getEAllStructuralFeatures().stream().filter(root::eIsSet).forEach(set::add);
        }
        for (EClassifier classifier : GuestlabPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass type && !type.isAbstract()) {
                assertTrue(type.getName() + " is in no sample", seen.contains(type));
                for (EStructuralFeature feature : type.getEAllStructuralFeatures()) {
                    boolean referencedMachine = feature == GuestlabPackage.Literals.TEST_SUITE__MACHINE_REF;
                    assertTrue(type.getName() + "." + feature.getName() + " is set in no sample",
                            referencedMachine || set.contains(feature));
                }
            }
        }
    }

    @Test
    public void filesAreReadableXmiWithDefaultsLeftOut() throws Exception {
        Machine machine = GuestlabFactory.eINSTANCE.createMachine();
        machine.setName("tiny");
        machine.getDevices().add(GuestlabFactory.eINSTANCE.createConsole());
        Path file = temp.getRoot().toPath().resolve("tiny.machine");
        Definitions.save(machine, file);
        String xml = Files.readString(file);
        assertTrue(xml, xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"));
        assertTrue(xml, xml.contains("name=\"tiny\""));
        assertTrue(xml, xml.contains("<devices xsi:type=\"guestlab:Console\"/>"));
        assertFalse("defaults are not written: " + xml, xml.contains("harts="));
        assertFalse(xml, xml.contains("\r"));
        Machine loaded = Definitions.loadMachine(file);
        assertEquals(1, loaded.getHarts());
        assertEquals(MemorySize.ofMiB(128), loaded.getMemory());
        assertEquals(TimeMode.VIRTUAL, loaded.getTimeMode());
    }

    @Test
    public void unsetTimeoutsStayUnset() throws Exception {
        TestSuite suite = Samples.fullSuite();
        suite.unsetTimeoutSeconds();
        Path file = temp.getRoot().toPath().resolve("s.testsuite");
        Definitions.save(suite, file);
        TestSuite loaded = Definitions.loadTestSuite(file);
        assertFalse(loaded.isSetTimeoutSeconds());
        assertTrue(loaded.isSetTimeoutInstructions());
        assertFalse(((TestCase) loaded.getTests().get(1)).isSetTimeoutInstructions());
    }

    @Test
    public void savingAgainUnderAnotherNameMovesTheDefinition() throws Exception {
        Machine machine = Samples.fullMachine();
        Path first = temp.getRoot().toPath().resolve("a.machine");
        Path second = temp.getRoot().toPath().resolve("b.machine");
        Definitions.save(machine, first);
        Definitions.save(machine, second);
        assertEquals(second.toAbsolutePath(), Definitions.fileOf(machine));
        assertEquals(Files.readString(first), Files.readString(second));
        assertNotSame(Definitions.loadMachine(first), Definitions.loadMachine(second));
    }
}
