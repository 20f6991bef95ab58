package io.guestlab.model;

/** Definitions that set every feature of every model class, for round-trip tests. */
final class Samples {

    private static final GuestlabFactory MAKE = GuestlabFactory.eINSTANCE;

    private Samples() {
    }

    static Machine fullMachine() {
        Machine m = MAKE.createMachine();
        m.setName("linux");
        m.setHarts(4);
        m.setMemory(MemorySize.valueOf("1.5G"));
        m.setTimeMode(TimeMode.WALLCLOCK);
        m.setVirtioTransport(VirtioTransport.LEGACY);
        m.setFirmware("firmware/fw_jump.bin");
        m.setKernel("Image");
        m.setInitrd("rootfs.cpio");
        m.setBootargs("console=ttyS0 root=/dev/vda rw");
        DeviceTree tree = MAKE.createDeviceTree();
        tree.setDtb("board.dtb");
        DeviceTreeProperty property = MAKE.createDeviceTreeProperty();
        property.setNode("/chosen");
        property.setName("stdout-path");
        property.setValue("\"/soc/serial@10000000\"");
        tree.getProperties().add(property);
        m.setDeviceTree(tree);
        Disk root = MAKE.createDisk();
        root.setImage("root.img");
        root.setMode(DiskMode.PERSISTENT);
        m.getDevices().add(root);
        Disk data = MAKE.createDisk();
        data.setImage("data.img");
        data.setMode(DiskMode.READ_ONLY);
        data.setBus(0);
        data.setSerial("DATA-0001");
        data.setDiscard(DiscardMode.UNMAP);
        data.setWriteCache(false);
        m.getDevices().add(data);
        Flash code = MAKE.createFlash();
        code.setImage("code.fd");
        code.setUnit(1);
        code.setReadOnly(true);
        m.getDevices().add(code);
        GenericLoader loader = MAKE.createGenericLoader();
        loader.setFile("os.bin");
        loader.setAddress("0x80200000");
        loader.setData("0x1122");
        loader.setDataLength(2);
        loader.setBigEndian(true);
        loader.setForceRaw(true);
        loader.setHart(1);
        m.getDevices().add(loader); // every feature set (as a machine file may say), not a loader QEMU takes
        Console console = MAKE.createConsole();
        console.setInput("keys.txt");
        console.setOutput("console.log");
        m.getDevices().add(console);
        Rng rng = MAKE.createRng();
        rng.setSeed(0x5eed);
        rng.setBus(7);
        m.getDevices().add(rng);
        Semihosting semihosting = MAKE.createSemihosting();
        semihosting.setRoot("share");
        m.getDevices().add(semihosting);
        return m;
    }

    static TestSuite fullSuite() {
        TestSuite s = MAKE.createTestSuite();
        s.setName("kernel tests");
        s.setMachine(fullMachine());
        ReadyPhase ready = MAKE.createReadyPhase();
        // Not the default trigger, so that it is written; the pattern then only tests the round trip.
        ready.setTrigger(ReadyTrigger.SEMIHOSTING);
        ready.setPattern("login: $");
        ready.setSymbol("start_kernel");
        ready.setInstructions(123_456);
        ready.setTimeoutInstructions(2_000_000_000L);
        ready.setTimeoutSeconds(60);
        s.setReady(ready);
        s.setTimeoutInstructions(500_000_000L);
        s.setTimeoutSeconds(20.5);
        s.setResult(MAKE.createKtapResult());

        TestCase exit = MAKE.createTestCase();
        exit.setName("exit code");
        exit.setProgram("tests/exit.elf");
        exit.getArguments().add("--quick");
        exit.getArguments().add("two words");
        exit.setTimeoutInstructions(1000);
        exit.setTimeoutSeconds(1.5);
        ExitCodeResult code = MAKE.createExitCodeResult();
        code.setVia(ExitChannel.SYSCON);
        code.setExpected(3);
        exit.setResult(code);
        s.getTests().add(exit);

        TestCase tap = MAKE.createTestCase();
        tap.setName("tap");
        tap.setProgram("tests/tap.elf");
        tap.setResult(MAKE.createTapResult());
        s.getTests().add(tap);

        TestCase console = MAKE.createTestCase();
        console.setName("console");
        console.setProgram("tests/console.elf");
        console.setInput("run all\n\"<&>\"");
        ConsoleResult patterns = MAKE.createConsoleResult();
        patterns.getPass().add("^ALL OK$");
        patterns.getFail().add("panic|oops");
        patterns.getFail().add("<&>\"'");
        console.setResult(patterns);
        s.getTests().add(console);

        TestDiscovery discovery = MAKE.createTestDiscovery();
        discovery.setFolder("selftests");
        discovery.setGlob("test_*.elf");
        discovery.getArguments().add("-v");
        discovery.setTimeoutSeconds(5);
        discovery.setTimeoutInstructions(7);
        discovery.setResult(MAKE.createTapResult());
        s.getTests().add(discovery);
        return s;
    }
}
