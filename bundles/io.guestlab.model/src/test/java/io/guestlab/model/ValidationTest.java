package io.guestlab.model;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.Assume;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class ValidationTest {

    private static final GuestlabFactory MAKE = GuestlabFactory.eINSTANCE;
    private static final long DRAM = 0x8000_0000L;

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private Path dir;

    @Before
    public void files() throws IOException {
        dir = temp.getRoot().toPath();
        TestImages.elf(dir.resolve("kernel.elf"), DRAM, 1 << 20);
        TestImages.raw(dir.resolve("root.img"), 1 << 20);
        TestImages.elf(dir.resolve("tests/a.elf"), DRAM, 4096);
        Files.createDirectories(dir.resolve("share"));
    }

    // ----- helpers -----

    /** A machine that passes every rule, saved in the temp folder. */
    private Machine machine() throws DefinitionException {
        Machine m = MAKE.createMachine();
        m.setName("m");
        m.setKernel("kernel.elf");
        Disk disk = MAKE.createDisk();
        disk.setImage("root.img");
        m.getDevices().add(disk);
        m.getDevices().add(MAKE.createConsole());
        Definitions.save(m, dir.resolve("m.machine"));
        return m;
    }

    /** A test suite that passes every rule, saved in the temp folder. */
    private TestSuite suite() throws DefinitionException {
        TestSuite s = MAKE.createTestSuite();
        s.setName("s");
        Machine m = MAKE.createMachine();
        s.setMachine(m);
        TestCase t = MAKE.createTestCase();
        t.setName("boot");
        t.setProgram("tests/a.elf");
        t.setTimeoutSeconds(5);
        t.setResult(MAKE.createTapResult());
        s.getTests().add(t);
        Definitions.save(s, dir.resolve("s.testsuite"));
        return s;
    }

    private static TestCase firstTest(TestSuite s) {
        return (TestCase) s.getTests().get(0);
    }

    private static String all(List<Problem> problems) {
        return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    /** Asserts exactly one problem, of the given element, whose message contains every fragment. */
    private static Problem only(org.eclipse.emf.ecore.EObject root, Problem.Severity severity, String element,
            String... fragments) {
        List<Problem> problems = Definitions.validate(root);
        assertEquals(all(problems), 1, problems.size());
        Problem p = problems.get(0);
        assertEquals(p.toString(), severity, p.severity());
        assertEquals(p.toString(), element, p.element());
        for (String fragment : fragments) {
            assertTrue(p + "\n  lacks: " + fragment, p.message().contains(fragment));
        }
        return p;
    }

    private static Problem error(org.eclipse.emf.ecore.EObject root, String element, String... fragments) {
        return only(root, Problem.Severity.ERROR, element, fragments);
    }

    // ----- baselines -----

    @Test
    public void validDefinitionsHaveNoProblems() throws Exception {
        assertEquals("", all(Definitions.validate(machine())));
        assertEquals("", all(Definitions.validate(suite())));
    }

    @Test
    public void problemsNameFileElementAndFix() throws Exception {
        Machine m = machine();
        m.setHarts(12);
        Problem p = error(m, "machine 'm'", "harts must be 1..8, got 12");
        assertEquals(dir.resolve("m.machine"), p.file());
        assertEquals(dir.resolve("m.machine") + ": error: machine 'm': harts must be 1..8, got 12", p.toString());
    }

    // ----- machine -----

    @Test
    public void hartsMustBeOneToEight() throws Exception {
        Machine m = machine();
        m.setHarts(0);
        error(m, "machine 'm'", "harts must be 1..8, got 0");
        m.setHarts(8);
        assertEquals("", all(Definitions.validate(m)));
    }

    @Test
    public void memoryHasAMinimum() throws Exception {
        Machine m = machine();
        m.setKernel(null);
        m.setMemory(MemorySize.valueOf("512K"));
        error(m, "machine 'm'", "memory 512K is too small", "at least 1M");
    }

    @Test
    public void memoryMustHoldARawKernel() throws Exception {
        Machine m = machine();
        TestImages.raw(dir.resolve("Image"), 70L << 20);
        m.setKernel("Image");
        m.setMemory(MemorySize.ofMiB(64));
        error(m, "machine 'm'", "memory 64M is smaller than kernel Image (70M)", "set memory to at least 70M");
    }

    @Test
    public void aRawKernelLoadsTwoMebibytesInAfterFirmware() throws Exception {
        Machine m = machine();
        TestImages.raw(dir.resolve("Image"), 70L << 20);
        TestImages.raw(dir.resolve("fw_jump.bin"), 200_000);
        m.setFirmware("fw_jump.bin");
        m.setKernel("Image");
        m.setMemory(MemorySize.ofMiB(71));
        error(m, "machine 'm'", "memory 71M is smaller than kernel Image (70M, ending 0x4800000 into RAM)",
                "at least 72M");
    }

    @Test
    public void memoryMustHoldAnElfKernelAsItsSegmentsSay() throws Exception {
        Machine m = machine();
        TestImages.elf(dir.resolve("big.elf"), DRAM + (16 << 20), 70L << 20);
        m.setKernel("big.elf");
        m.setMemory(MemorySize.ofMiB(64));
        error(m, "machine 'm'", "memory 64M is smaller than kernel big.elf (70M, ending 0x5600000 into RAM)",
                "at least 86M");
        m.setMemory(MemorySize.ofMiB(86));
        assertEquals("", all(Definitions.validate(m)));
    }

    @Test
    public void anElfLinkedBelowRamIsRefused() throws Exception {
        Machine m = machine();
        TestImages.elf(dir.resolve("low.elf"), 0x1000, 4096);
        m.setKernel("low.elf");
        error(m, "machine 'm'", "kernel low.elf loads at 0x1000, below RAM (0x80000000)");
    }

    @Test
    public void aKernelMustNotOverlapTheFirmware() throws Exception {
        Machine m = machine();
        TestImages.elf(dir.resolve("fw.elf"), DRAM, 3 << 20);
        TestImages.elf(dir.resolve("k.elf"), DRAM + (2 << 20), 1 << 20);
        m.setFirmware("fw.elf");
        m.setKernel("k.elf");
        error(m, "machine 'm'", "kernel k.elf (at 0x80200000) overlaps firmware fw.elf (up to 0x80300000)");
    }

    @Test
    public void memoryMustHoldTheInitrdToo() throws Exception {
        Machine m = machine();
        TestImages.raw(dir.resolve("rootfs.cpio"), (127L << 20) + (512 << 10));
        m.setInitrd("rootfs.cpio");
        error(m, "machine 'm'", "memory 128M is smaller than the boot images plus initrd rootfs.cpio (128.5M)",
                "at least 129M");
    }

    @Test
    public void aBrokenElfIsNamed() throws Exception {
        Machine m = machine();
        Files.write(dir.resolve("broken.elf"), new byte[] { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2 });
        m.setKernel("broken.elf");
        error(m, "machine 'm'", "kernel broken.elf is a truncated ELF file");
    }

    @Test
    public void bootFilesMustExist() throws Exception {
        Machine m = machine();
        m.setKernel("missing/Image");
        error(m, "machine 'm'", "kernel missing/Image does not exist (looked for " + dir.resolve("missing/Image") + ")");
        m.setKernel("share");
        error(m, "machine 'm'", "kernel share is not a file");
    }

    @Test
    public void diskImagesMustExist() throws Exception {
        Machine m = machine();
        ((Disk) m.getDevices().get(0)).setImage("./other.img");
        error(m, "disk ./other.img", "disk image ./other.img does not exist");
    }

    @Test
    public void loaderFilesMustExist() throws Exception {
        Machine m = machine();
        GenericLoader loader = MAKE.createGenericLoader();
        loader.setFile("missing.bin");
        loader.setAddress("0x80200000");
        m.getDevices().add(loader);
        error(m, "loader missing.bin", "loader file missing.bin does not exist");
        loader.setFile("");
        error(m, "loader at 0x80200000", "loader file is empty");
    }

    @Test
    public void aDiskNeedsAnImage() throws Exception {
        Machine m = machine();
        ((Disk) m.getDevices().get(0)).setImage(null);
        error(m, "disk #1", "has no image: set image=");
    }

    @Test
    public void aPersistentDiskMustBeWritable() throws Exception {
        Machine m = machine();
        Disk disk = (Disk) m.getDevices().get(0);
        disk.setMode(DiskMode.PERSISTENT);
        assertTrue(dir.resolve("root.img").toFile().setWritable(false));
        Assume.assumeFalse("runs as a user who can write read-only files (root)", Files.isWritable(dir.resolve("root.img")));
        error(m, "disk root.img", "not writable but mode is persistent", "copyOnWrite");
    }

    @Test
    public void twoDisksCannotShareAnImage() throws Exception {
        Machine m = machine();
        Disk again = MAKE.createDisk();
        again.setImage("./root.img");
        m.getDevices().add(again);
        error(m, "disk ./root.img", "already used by another disk");
    }

    @Test
    public void theBoardHasEightVirtioSlots() throws Exception {
        Machine m = machine();
        for (int i = 0; i < 7; i++) {
            Disk disk = MAKE.createDisk();
            disk.setImage("root" + i + ".img");
            TestImages.raw(dir.resolve(disk.getImage()), 512);
            m.getDevices().add(disk);
        }
        m.getDevices().add(MAKE.createRng());
        error(m, "machine 'm'", "9 virtio devices (disks and rng) but the virt board has 8 slots: remove 1");
    }

    @Test
    public void aVirtioBusMustBeOnTheBoard() throws Exception {
        Machine m = machine();
        ((Disk) m.getDevices().get(0)).setBus(8);
        error(m, "disk root.img", "bus 8 does not exist: the virt board has virtio-mmio buses 0..7");
    }

    @Test
    public void twoDevicesCannotShareAVirtioBus() throws Exception {
        Machine m = machine();
        ((Disk) m.getDevices().get(0)).setBus(0);
        Rng rng = MAKE.createRng();
        rng.setBus(0);
        m.getDevices().add(rng);
        error(m, "rng", "bus 0 is already taken by disk root.img: give each device its own bus");
        rng.setBus(1);
        assertEquals("", all(Definitions.validate(m)));
    }

    @Test
    public void aSerialIsPrintableAsciiAndOnlyTwentyBytesAreAnswered() throws Exception {
        Machine m = machine();
        Disk disk = (Disk) m.getDevices().get(0);
        disk.setSerial("QM00001, unit 2");
        assertEquals("", all(Definitions.validate(m)));
        disk.setSerial("tab\there");
        error(m, "disk root.img", "serial 'tab\there' has a character that is not printable ASCII");
        disk.setSerial("0123456789abcdefghijKLM");
        only(m, Problem.Severity.WARNING, "disk root.img", "the guest reads '0123456789abcdefghij'");
    }

    @Test
    public void aFlashImageFillsItsBankExactly() throws Exception {
        Machine m = machine();
        Flash flash = MAKE.createFlash();
        m.getDevices().add(flash);
        error(m, "flash unit 0", "has no image");
        TestImages.raw(dir.resolve("code.fd"), 32L << 20);
        flash.setImage("code.fd");
        assertEquals("", all(Definitions.validate(m)));
        TestImages.raw(dir.resolve("short.fd"), 1 << 20);
        flash.setImage("short.fd");
        error(m, "flash short.fd", "flash image short.fd is 1048576 bytes; a virt flash bank needs exactly 33554432"
                + " (32 MiB): pad it with truncate -s 32M");
        flash.setImage("missing.fd");
        error(m, "flash missing.fd", "flash image missing.fd does not exist");
    }

    @Test
    public void aFlashUnitIsZeroOrOneAndHoldsOneImage() throws Exception {
        Machine m = machine();
        TestImages.raw(dir.resolve("code.fd"), 32L << 20);
        TestImages.raw(dir.resolve("vars.fd"), 32L << 20);
        Flash code = MAKE.createFlash();
        code.setImage("code.fd");
        m.getDevices().add(code);
        Flash vars = MAKE.createFlash();
        vars.setImage("vars.fd");
        m.getDevices().add(vars);
        error(m, "flash vars.fd", "flash unit 0 already has flash code.fd: give each image its own unit (0 or 1)");
        vars.setUnit(2);
        error(m, "flash vars.fd", "unit 2 does not exist: the virt board has flash units 0 and 1");
        vars.setUnit(1);
        assertEquals("", all(Definitions.validate(m)));
    }

    @Test
    public void atMostOneConsole() throws Exception {
        Machine m = machine();
        m.getDevices().add(MAKE.createConsole());
        error(m, "machine 'm'", "2 console devices, but a machine has at most one");
    }

    @Test
    public void consoleFilesAreChecked() throws Exception {
        Machine m = machine();
        Console console = (Console) m.getDevices().get(1);
        console.setInput("keys.txt");
        error(m, "console", "console input keys.txt does not exist");
        console.setInput(null);
        console.setOutput("logs/console.log");
        error(m, "console", "console output logs/console.log cannot be written", "does not exist");
    }

    @Test
    public void aSemihostingRootIsAnExistingFolderOrUnset() throws Exception {
        Machine m = machine();
        Semihosting semihosting = MAKE.createSemihosting();
        m.getDevices().add(semihosting);
        assertEquals("no root: no host files", "", all(Definitions.validate(m)));
        semihosting.setRoot(" ");
        error(m, "semihosting", "root is empty: remove it (no host files) or set root=\"PATH\"");
        semihosting.setRoot("kernel.elf");
        error(m, "semihosting", "semihosting root kernel.elf is not an existing folder");
        semihosting.setRoot("share");
        assertEquals("", all(Definitions.validate(m)));
    }

    @Test
    public void deviceTreeOverridesAreChecked() throws Exception {
        Machine m = machine();
        DeviceTree tree = MAKE.createDeviceTree();
        tree.setDtb("board.dtb");
        m.setDeviceTree(tree);
        error(m, "device tree", "device-tree blob board.dtb does not exist");
        tree.setDtb(null);
        DeviceTreeProperty property = MAKE.createDeviceTreeProperty();
        property.setNode("chosen");
        property.setName("bootargs");
        tree.getProperties().add(property);
        error(m, "device-tree property chosen/bootargs", "node must be an absolute node path such as /chosen");
        property.setNode("/chosen");
        property.setName("boot args");
        error(m, "device-tree property /chosen/boot args", "'boot args' is not a valid property name");
    }

    // ----- test suite -----

    @Test
    public void aSuiteNeedsExactlyOneMachine() throws Exception {
        TestSuite s = suite();
        Machine contained = s.getMachine();
        s.setMachine(null);
        error(s, "test suite 's'", "has no machine: add a <machine> element or machineRef=");
        s.setMachine(contained);
        s.setMachineRef(machine());
        error(s, "test suite 's'", "has both a <machine> and machineRef: keep one");
    }

    @Test
    public void aTestNeedsATimeoutOfItsOwnOrTheSuites() throws Exception {
        TestSuite s = suite();
        firstTest(s).unsetTimeoutSeconds();
        error(s, "test case 'boot'", "has no timeout: set timeoutInstructions or timeoutSeconds");
        s.setTimeoutInstructions(1_000_000);
        assertEquals("", all(Definitions.validate(s)));
    }

    @Test
    public void timeoutsMustBePositive() throws Exception {
        TestSuite s = suite();
        firstTest(s).setTimeoutSeconds(-1);
        error(s, "test case 'boot'", "timeoutSeconds must be more than 0, got -1.0");
        firstTest(s).setTimeoutSeconds(1);
        s.setTimeoutInstructions(0);
        error(s, "test suite 's'", "timeoutInstructions must be more than 0, got 0");
    }

    @Test
    public void aTestNeedsAResultCheckOfItsOwnOrTheSuites() throws Exception {
        TestSuite s = suite();
        firstTest(s).setResult(null);
        error(s, "test case 'boot'", "has no result check");
        s.setResult(MAKE.createKtapResult());
        assertEquals("", all(Definitions.validate(s)));
    }

    @Test
    public void aTestCaseNeedsAnExistingProgram() throws Exception {
        TestSuite s = suite();
        firstTest(s).setProgram(null);
        error(s, "test case 'boot'", "has no program");
        firstTest(s).setProgram("tests/b.elf");
        error(s, "test case 'boot'", "program tests/b.elf does not exist");
    }

    @Test
    public void testCasesNeedUniqueNames() throws Exception {
        TestSuite s = suite();
        TestCase twin = org.eclipse.emf.ecore.util.EcoreUtil.copy(firstTest(s));
        s.getTests().add(twin);
        error(s, "test case 'boot'", "another test case is also named 'boot'");
        twin.setName(null);
        error(s, "test case #2", "has no name");
    }

    @Test
    public void aSuiteWithoutTestsIsAWarning() throws Exception {
        TestSuite s = suite();
        s.getTests().clear();
        only(s, Problem.Severity.WARNING, "test suite 's'", "has no tests");
    }

    @Test
    public void discoveryNeedsAFolderAndWarnsWhenNothingMatches() throws Exception {
        TestSuite s = suite();
        s.getTests().clear();
        TestDiscovery discovery = MAKE.createTestDiscovery();
        discovery.setTimeoutSeconds(1);
        discovery.setResult(MAKE.createTapResult());
        s.getTests().add(discovery);
        error(s, "test discovery #1", "has no folder");
        discovery.setFolder("nowhere");
        error(s, "tests discovered in nowhere", "test folder nowhere does not exist");
        discovery.setFolder("tests");
        assertEquals("", all(Definitions.validate(s)));
        discovery.setGlob("*.bin");
        only(s, Problem.Severity.WARNING, "tests discovered in tests", "no file in tests matches '*.bin'");
        discovery.setGlob("[a");
        error(s, "tests discovered in tests", "glob '[a' is not valid");
    }

    @Test
    public void theReadyPhaseNeedsAPatternForTheConsoleAndATimeout() throws Exception {
        TestSuite s = suite();
        ReadyPhase ready = MAKE.createReadyPhase();
        ready.setTimeoutSeconds(30);
        s.setReady(ready);
        firstTest(s).setProgram(null); // its tests start from the ready machine
        firstTest(s).setInput("ls\n");
        error(s, "boot-to-ready phase", "the console trigger needs a pattern");
        ready.setPattern("login:(");
        error(s, "boot-to-ready phase", "ready pattern 'login:(' is not a valid regular expression");
        ready.setPattern("login:");
        ready.unsetTimeoutSeconds();
        error(s, "boot-to-ready phase", "has no timeout");
        ready.setTimeoutInstructions(1_000_000_000);
        ready.setTrigger(ReadyTrigger.INSTRUCTIONS);
        ready.setInstructions(1000);
        only(s, Problem.Severity.WARNING, "boot-to-ready phase", "pattern is ignored with trigger=\"instructions\"");
    }

    @Test
    public void readyPhaseTestsStartFromTheReadyMachineNotFromAProgram() throws Exception {
        TestSuite s = suite();
        ReadyPhase ready = MAKE.createReadyPhase();
        ready.setPattern("\\$ ");
        ready.setTimeoutInstructions(1_000_000);
        s.setReady(ready);
        error(s, "test case 'boot'", "has a program, but the suite has a ready phase");
        firstTest(s).setProgram(null);
        firstTest(s).setInput("echo hi\n");
        assertEquals("", all(Definitions.validate(s)));
        TestDiscovery discovery = MAKE.createTestDiscovery();
        discovery.setFolder("tests");
        discovery.setTimeoutSeconds(5);
        discovery.setResult(MAKE.createTapResult());
        s.getTests().add(discovery);
        error(s, "tests discovered in tests", "the suite has a ready phase");
    }

    @Test
    public void theSymbolAndInstructionTriggersNeedTheirValue() throws Exception {
        TestSuite s = suite();
        firstTest(s).setProgram(null);
        ReadyPhase ready = MAKE.createReadyPhase();
        ready.setTimeoutInstructions(1_000_000);
        ready.setTrigger(ReadyTrigger.SYMBOL);
        s.setReady(ready);
        error(s, "boot-to-ready phase", "the symbol trigger needs a symbol");
        ready.setSymbol("main");
        assertEquals("", all(Definitions.validate(s)));
        ready.setTrigger(ReadyTrigger.INSTRUCTIONS);
        error(s, "boot-to-ready phase", "the instructions trigger needs instructions=\"N\"");
        ready.setInstructions(5000);
        assertEquals("", all(Definitions.validate(s)));
    }

    @Test
    public void theSemihostingTriggerNeedsSemihostingOnTheMachine() throws Exception {
        TestSuite s = suite();
        firstTest(s).setProgram(null);
        ReadyPhase ready = MAKE.createReadyPhase();
        ready.setTimeoutInstructions(1_000_000);
        ready.setTrigger(ReadyTrigger.SEMIHOSTING);
        s.setReady(ready);
        error(s, "boot-to-ready phase", "the semihosting trigger needs semihosting on the suite's machine");
        Semihosting semihosting = MAKE.createSemihosting();
        semihosting.setRoot("."); // the suite's own folder
        s.getMachine().getDevices().add(semihosting);
        assertEquals("", all(Definitions.validate(s)));
    }

    @Test
    public void consolePatternsMustCompileAndIncludeAPass() throws Exception {
        TestSuite s = suite();
        ConsoleResult patterns = MAKE.createConsoleResult();
        firstTest(s).setResult(patterns);
        error(s, "result of test case 'boot'", "at least one pass pattern");
        patterns.getPass().add("OK");
        patterns.getFail().add("*panic");
        error(s, "result of test case 'boot'", "fail pattern '*panic' is not a valid regular expression");
    }

    @Test
    public void exitCodesMustFitTheirChannel() throws Exception {
        TestSuite s = suite();
        ExitCodeResult code = MAKE.createExitCodeResult();
        code.setVia(ExitChannel.SYSCON);
        code.setExpected(70000);
        firstTest(s).setResult(code);
        error(s, "result of test case 'boot'", "70000 cannot be reported through syscon (0..65535)");
        code.setVia(ExitChannel.HTIF);
        code.setExpected(-1);
        error(s, "result of test case 'boot'", "-1 cannot be reported through HTIF");
        code.setVia(ExitChannel.SEMIHOSTING);
        assertEquals("", all(Definitions.validate(s)));
    }

    @Test
    public void aReferencedMachineIsValidatedWithItsOwnFile() throws Exception {
        Machine m = machine();
        m.setHarts(9);
        Definitions.save(m, dir.resolve("m.machine"));
        TestSuite s = suite();
        s.setMachine(null);
        s.setMachineRef(m);
        Definitions.save(s, dir.resolve("s.testsuite"));
        TestSuite loaded = Definitions.loadTestSuite(dir.resolve("s.testsuite"));
        Problem p = error(loaded, "machine 'm'", "harts must be 1..8, got 9");
        assertEquals(dir.resolve("m.machine"), p.file());
    }

    @Test
    public void errorsComeBeforeWarnings() throws Exception {
        TestSuite s = suite();
        s.getTests().clear();
        s.setMachine(null);
        List<Problem> problems = Definitions.validate(s);
        assertEquals(all(problems), 2, problems.size());
        if (!problems.get(0).isError() || problems.get(1).isError()) {
            fail(all(problems));
        }
    }
}
