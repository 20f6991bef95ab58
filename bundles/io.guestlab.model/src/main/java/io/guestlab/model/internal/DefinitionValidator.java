package io.guestlab.model.internal;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;

import io.guestlab.model.Console;
import io.guestlab.model.Definitions;
import io.guestlab.model.Device;
import io.guestlab.model.DeviceTree;
import io.guestlab.model.DeviceTreeProperty;
import io.guestlab.model.Disk;
import io.guestlab.model.DiskMode;
import io.guestlab.model.ExitChannel;
import io.guestlab.model.ExitCodeResult;
import io.guestlab.model.Flash;
import io.guestlab.model.GenericLoader;
import io.guestlab.model.GuestlabPackage;
import io.guestlab.model.ConsoleResult;
import io.guestlab.model.Machine;
import io.guestlab.model.MemorySize;
import io.guestlab.model.Problem;
import io.guestlab.model.ReadyPhase;
import io.guestlab.model.ReadyTrigger;
import io.guestlab.model.Rng;
import io.guestlab.model.Semihosting;
import io.guestlab.model.TestCase;
import io.guestlab.model.TestDiscovery;
import io.guestlab.model.TestSource;
import io.guestlab.model.TestSuite;

/**
 * Guestlab's rules for definitions, as an EMF validator: every diagnostic names the element and
 * says how to fix it. Its data are the element, its label and the bare message.
 */
public final class DefinitionValidator implements EValidator {

    /** The source of every diagnostic this validator reports. */
    public static final String DIAGNOSTIC_SOURCE = "io.guestlab.model";

    public static final DefinitionValidator INSTANCE = new DefinitionValidator();

    /** The virt board's RAM starts here (QEMU hw/riscv/virt.c memmap, VIRT_DRAM). */
    static final long DRAM_BASE = 0x8000_0000L;
    /** QEMU loads the kernel 2 MiB into RAM when firmware occupies its start (riscv_compute_fw_end). */
    static final long KERNEL_OFFSET_AFTER_FIRMWARE = 2L << 20;
    static final int MAX_HARTS = 8;
    /** Eight virtio-mmio slots from 0x10001000 (DESIGN.md, the board). */
    static final int VIRTIO_SLOTS = 8;
    static final MemorySize MIN_MEMORY = MemorySize.ofMiB(1);
    /** The most RAM the engine's virt board holds (io.guestlab.emulator.MachineConfig.MAX_RAM_SIZE). */
    static final MemorySize MAX_MEMORY = MemorySize.ofMiB(4096);
    /** The virt board's flash banks: two of 32 MiB each (QEMU hw/riscv/virt.c, VIRT_FLASH). */
    static final int FLASH_BANKS = 2;
    static final long FLASH_BANK_SIZE = 32L << 20;
    /** GET_ID answers at most 20 bytes (virtio 1.2, 5.2.6: VIRTIO_BLK_ID_BYTES). */
    static final int SERIAL_BYTES = 20;
    /** Device-tree property names (Devicetree Specification 0.4, section 2.2.4). */
    private static final Pattern PROPERTY_NAME = Pattern.compile("[0-9a-zA-Z,._+?#-]{1,31}");

    private DefinitionValidator() {
    }

    /** Validates an element and everything it contains. */
    public static List<Problem> check(EObject root) {
        EValidatorRegistryImpl registry = new EValidatorRegistryImpl();
        registry.put(GuestlabPackage.eINSTANCE, INSTANCE);
        Diagnostician diagnostician = new Diagnostician(registry);
        BasicDiagnostic all = diagnostician.createDefaultDiagnostic(root);
        diagnostician.validate(root, all, diagnostician.createDefaultContext());
        List<Problem> problems = new ArrayList<>();
        for (Diagnostic d : all.getChildren()) {
            List<?> data = d.getData();
            EObject element = (EObject) data.get(0);
            problems.add(new Problem(d.getSeverity() == Diagnostic.ERROR ? Problem.Severity.ERROR : Problem.Severity.WARNING,
                    Definitions.fileOf(element), (String) data.get(1), (String) data.get(2)));
        }
        return problems;
    }

    @Override
    public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate(eObject.eClass(), eObject, diagnostics, context);
    }

    @Override
    public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Report report = new Report(eObject, diagnostics);
        switch (eObject) {
            case Machine m -> machine(m, report);
            case Disk d -> disk(d, report);
            case Flash f -> flash(f, report);
            case GenericLoader l -> existingFile(l, "loader file", l.getFile(), report);
            case Console c -> console(c, report);
            case Semihosting s -> semihosting(s, report);
            case DeviceTree t -> deviceTree(t, report);
            case DeviceTreeProperty p -> property(p, report);
            case TestSuite s -> testSuite(s, report);
            case ReadyPhase r -> readyPhase(r, report);
            case TestSource t -> testSource(t, report);
            case ConsoleResult r -> consoleResult(r, report);
            case ExitCodeResult r -> exitCodeResult(r, report);
            default -> {
                // Rng, TAP and KTAP checks have nothing to get wrong.
            }
        }
        return report.ok;
    }

    @Override
    public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return true;
    }

    // ----- the machine -----

    private static void machine(Machine m, Report report) {
        if (m.getHarts() < 1 || m.getHarts() > MAX_HARTS) {
            report.error("harts must be 1.." + MAX_HARTS + ", got " + m.getHarts());
        }
        MemorySize memory = m.getMemory();
        if (memory == null) {
            report.error("memory is not set: write memory=\"128M\" (QEMU syntax)");
        } else if (memory.compareTo(MIN_MEMORY) < 0) {
            report.error("memory " + memory + " is too small: set memory to at least " + MIN_MEMORY);
        } else if (memory.compareTo(MAX_MEMORY) > 0) {
            report.error("memory " + memory + " is too large: Guestlab's virt board holds at most " + MAX_MEMORY);
        } else {
            imagesFit(m, memory, report);
        }
        devices(m, report);
    }

    /** The boot images must lie in RAM: firmware at its start, the kernel after it, the initrd above both. */
    private static void imagesFit(Machine m, MemorySize memory, Report report) {
        BootImage firmware = image(m, "firmware", m.getFirmware(), DRAM_BASE, report);
        BootImage kernel = image(m, "kernel", m.getKernel(),
                m.getFirmware() != null ? DRAM_BASE + KERNEL_OFFSET_AFTER_FIRMWARE : DRAM_BASE, report);
        long used = DRAM_BASE;
        if (firmware != null && fits(memory, "firmware", m.getFirmware(), firmware, report)) {
            used = firmware.end();
        }
        if (kernel != null && fits(memory, "kernel", m.getKernel(), kernel, report)) {
            if (firmware != null && kernel.start() < firmware.end() && firmware.start() < kernel.end()) {
                report.error(String.format("kernel %s (at 0x%x) overlaps firmware %s (up to 0x%x): link the kernel at"
                        + " 0x%x or above", m.getKernel(), kernel.start(), m.getFirmware(), firmware.end(), firmware.end()));
            }
            used = Math.max(used, kernel.end());
        }
        Path initrd = existingFile(m, "initrd", m.getInitrd(), report);
        if (initrd != null) {
            try {
                long need = used - DRAM_BASE + Files.size(initrd);
                if (need > memory.bytes()) {
                    report.error("memory " + memory + " is smaller than the boot images plus initrd " + m.getInitrd()
                            + " (" + MemorySize.ofBytes(need).approximate() + "): set memory to at least "
                            + MemorySize.ofBytes(need).roundUpToMiB());
                }
            } catch (IOException e) {
                report.error("initrd " + m.getInitrd() + " cannot be read: " + e.getMessage());
            }
        }
    }

    private static BootImage image(EObject owner, String role, String path, long rawLoadAddress, Report report) {
        Path file = existingFile(owner, role, path, report);
        if (file == null) {
            return null;
        }
        try {
            return BootImage.of(file, rawLoadAddress);
        } catch (IOException e) {
            report.error(role + " " + path + " " + e.getMessage());
            return null;
        }
    }

    private static boolean fits(MemorySize memory, String role, String path, BootImage image, Report report) {
        if (image.start() < DRAM_BASE) {
            report.error(String.format("%s %s loads at 0x%x, below RAM (0x%x): link it for the virt board's RAM",
                    role, path, image.start(), DRAM_BASE));
            return false;
        }
        long needed = image.end() - DRAM_BASE;
        if (needed > memory.bytes()) {
            report.error("memory " + memory + " is smaller than " + role + " " + path + " ("
                    + MemorySize.ofBytes(image.size()).approximate() + (needed != image.size()
                            ? String.format(", ending 0x%x into RAM", needed) : "")
                    + "): set memory to at least " + MemorySize.ofBytes(needed).roundUpToMiB());
            return false;
        }
        return true;
    }

    private static void devices(Machine m, Report report) {
        int virtio = 0;
        Map<Class<?>, Integer> singles = new HashMap<>();
        Map<Path, Disk> images = new HashMap<>();
        Map<Integer, Device> buses = new HashMap<>();
        Map<Integer, Flash> banks = new HashMap<>();
        for (Device device : m.getDevices()) {
            if (device instanceof Flash flash && flash.getUnit() >= 0 && flash.getUnit() < FLASH_BANKS
                    && banks.putIfAbsent(flash.getUnit(), flash) != null) {
                new Report(flash, report.diagnostics).error("flash unit " + flash.getUnit() + " already has "
                        + Labels.of(banks.get(flash.getUnit())) + ": give each image its own unit (0 or 1)");
            }
            if (device instanceof Disk || device instanceof Rng) {
                virtio++;
                bus(device, buses, new Report(device, report.diagnostics));
            }
            if (device instanceof Console || device instanceof Rng || device instanceof Semihosting) {
                singles.merge(device.eClass().getInstanceClass(), 1, Integer::sum);
            }
            if (device instanceof Disk disk && disk.getImage() != null && !disk.getImage().isBlank()) {
                Disk first = images.putIfAbsent(Definitions.resolve(disk, disk.getImage()), disk);
                if (first != null) {
                    new Report(disk, report.diagnostics).error("image " + disk.getImage()
                            + " is already used by another disk: give each disk its own image");
                }
            }
        }
        if (virtio > VIRTIO_SLOTS) {
            report.error(virtio + " virtio devices (disks and rng) but the virt board has " + VIRTIO_SLOTS
                    + " slots: remove " + (virtio - VIRTIO_SLOTS));
        }
        singles.forEach((type, count) -> {
            if (count > 1) {
                String kind = type.getSimpleName().toLowerCase(Locale.ROOT);
                report.error(count + " " + kind + " devices, but a machine has at most one: remove " + (count - 1));
            }
        });
    }

    /** A virtio device's bus=virtio-mmio-bus.N: on the board, and not taken by another device. */
    private static void bus(Device device, Map<Integer, Device> buses, Report report) {
        Integer chosen = switch (device) {
            case Disk d -> d.isSetBus() ? d.getBus() : null;
            case Rng r -> r.isSetBus() ? r.getBus() : null;
            default -> null;
        };
        if (chosen == null) {
            return; // the highest free transport, as QEMU chooses
        }
        int bus = chosen;
        if (bus < 0 || bus >= VIRTIO_SLOTS) {
            report.error("bus " + bus + " does not exist: the virt board has virtio-mmio buses 0.." + (VIRTIO_SLOTS - 1));
            return;
        }
        Device first = buses.putIfAbsent(bus, device);
        if (first != null) {
            report.error("bus " + bus + " is already taken by " + Labels.of(first) + ": give each device its own bus");
        }
    }

    private static void disk(Disk d, Report report) {
        diskSettings(d, report);
        if (d.getImage() == null || d.getImage().isBlank()) {
            report.error("has no image: set image=\"PATH\"");
            return;
        }
        Path image = existingFile(d, "disk image", d.getImage(), report);
        if (image == null) {
            return;
        }
        if (!Files.isReadable(image)) {
            report.error("disk image " + d.getImage() + " is not readable: fix its permissions");
        } else if (d.getMode() == DiskMode.PERSISTENT && !Files.isWritable(image)) {
            report.error("disk image " + d.getImage() + " is not writable but mode is persistent: make it writable or"
                    + " use mode=\"copyOnWrite\"");
        }
    }

    /** What the device answers beyond its image: the serial must be what GET_ID can carry. */
    private static void diskSettings(Disk d, Report report) {
        String serial = d.getSerial();
        if (serial == null) {
            return;
        }
        if (!serial.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
            report.error("serial '" + serial + "' has a character that is not printable ASCII: GET_ID answers bytes"
                    + " of a string (virtio 1.2, 5.2.6)");
        } else if (serial.length() > SERIAL_BYTES) {
            report.warning("serial '" + serial + "' is longer than " + SERIAL_BYTES + " bytes: the guest reads '"
                    + serial.substring(0, SERIAL_BYTES) + "' (GET_ID answers " + SERIAL_BYTES + ", as on QEMU)");
        }
    }

    /** A flash bank's image: unit 0 or 1 and exactly a bank's size, as QEMU requires. */
    private static void flash(Flash f, Report report) {
        if (f.getUnit() < 0 || f.getUnit() >= FLASH_BANKS) {
            report.error("unit " + f.getUnit() + " does not exist: the virt board has flash units 0 and 1");
        }
        if (f.getImage() == null || f.getImage().isBlank()) {
            report.error("has no image: set image=\"PATH\" (a 32 MiB file)");
            return;
        }
        Path image = existingFile(f, "flash image", f.getImage(), report);
        if (image == null) {
            return;
        }
        try {
            long size = Files.size(image);
            if (size != FLASH_BANK_SIZE) {
                report.error("flash image " + f.getImage() + " is " + size + " bytes; a virt flash bank needs exactly "
                        + FLASH_BANK_SIZE + " (32 MiB): pad it with truncate -s 32M");
            } else if (!Files.isReadable(image)) {
                report.error("flash image " + f.getImage() + " is not readable: fix its permissions");
            }
        } catch (IOException e) {
            report.error("flash image " + f.getImage() + " cannot be read: " + e.getMessage());
        }
    }

    private static void console(Console c, Report report) {
        if (c.getInput() != null) {
            existingFile(c, "console input", c.getInput(), report);
        }
        if (c.getOutput() != null) {
            Path folder = Definitions.resolve(c, c.getOutput()).getParent();
            if (folder != null && !Files.isDirectory(folder)) {
                report.error("console output " + c.getOutput() + " cannot be written: folder " + folder
                        + " does not exist");
            }
        }
    }

    private static void semihosting(Semihosting s, Report report) {
        if (s.getRoot() == null) {
            return; // no host files, as guestlab run --semihosting without --semihosting-root
        }
        if (s.getRoot().isBlank()) {
            report.error("root is empty: remove it (no host files) or set root=\"PATH\" (the guest's files are"
                    + " confined to it)");
            return;
        }
        Path root = Definitions.resolve(s, s.getRoot());
        if (!Files.isDirectory(root)) {
            report.error("semihosting root " + s.getRoot() + " is not an existing folder (looked for " + root + ")");
        }
    }

    private static void deviceTree(DeviceTree t, Report report) {
        if (t.getDtb() != null) {
            existingFile(t, "device-tree blob", t.getDtb(), report);
        }
    }

    private static void property(DeviceTreeProperty p, Report report) {
        if (p.getNode() == null || !p.getNode().startsWith("/")) {
            report.error("node must be an absolute node path such as /chosen, got '" + p.getNode() + "'");
        }
        if (p.getName() == null || p.getName().isBlank()) {
            report.error("has no name: set name=\"...\"");
        } else if (!PROPERTY_NAME.matcher(p.getName()).matches()) {
            report.error("'" + p.getName() + "' is not a valid property name: use 1..31 letters, digits and , . _ + ? # -"
                    + " (Devicetree Specification 2.2.4)");
        }
    }

    // ----- the test suite -----

    private static void testSuite(TestSuite s, Report report) {
        if (s.getMachine() == null && s.getMachineRef() == null) {
            report.error("has no machine: add a <machine> element or machineRef=\"FILE.machine#/\"");
        } else if (s.getMachine() != null && s.getMachineRef() != null) {
            report.error("has both a <machine> and machineRef: keep one");
        } else if (s.getMachineRef() != null && s.getMachineRef().eIsProxy()) {
            report.error("machineRef " + ((InternalEObject) s.getMachineRef()).eProxyURI()
                    + " cannot be loaded: the path is relative to the test-suite file");
        }
        timeouts(s.isSetTimeoutInstructions(), s.getTimeoutInstructions(), s.isSetTimeoutSeconds(), s.getTimeoutSeconds(),
                report);
        if (s.getTests().isEmpty()) {
            report.warning("has no tests: add a <tests xsi:type=\"guestlab:TestCase\" .../> or a"
                    + " guestlab:TestDiscovery");
        }
        Map<String, TestCase> names = new HashMap<>();
        for (TestSource source : s.getTests()) {
            if (source instanceof TestCase test && test.getName() != null
                    && names.putIfAbsent(test.getName(), test) != null) {
                new Report(test, report.diagnostics).error("another test case is also named '" + test.getName()
                        + "': test names must be unique");
            }
        }
    }

    private static void readyPhase(ReadyPhase r, Report report) {
        if (r.getTrigger() == ReadyTrigger.CONSOLE) {
            if (r.getPattern() == null || r.getPattern().isEmpty()) {
                report.error("the console trigger needs a pattern: set pattern=\"REGEX\" (e.g. \"login:\")");
            } else {
                regex("ready", r.getPattern(), report);
            }
        } else if (r.getPattern() != null) {
            report.warning("pattern is ignored with trigger=\"" + r.getTrigger() + "\": remove it or use"
                    + " trigger=\"console\"");
        }
        if (r.getTrigger() == ReadyTrigger.SYMBOL && (r.getSymbol() == null || r.getSymbol().isBlank())) {
            report.error("the symbol trigger needs a symbol: set symbol=\"NAME\" (a function of the kernel ELF)");
        }
        if (r.getTrigger() == ReadyTrigger.SEMIHOSTING && r.eContainer() instanceof TestSuite suite) {
            Machine m = suite.getMachine() != null ? suite.getMachine() : suite.getMachineRef();
            if (m != null && !m.eIsProxy() && m.getDevices().stream().noneMatch(Semihosting.class::isInstance)) {
                report.error("the semihosting trigger needs semihosting on the suite's machine: add"
                        + " <devices xsi:type=\"guestlab:Semihosting\"/>");
            }
        }
        if (r.getTrigger() == ReadyTrigger.INSTRUCTIONS && r.getInstructions() <= 0) {
            report.error("the instructions trigger needs instructions=\"N\" (more than 0), got " + r.getInstructions());
        }
        if (!r.isSetTimeoutInstructions() && !r.isSetTimeoutSeconds()) {
            report.error("has no timeout: set timeoutInstructions or timeoutSeconds");
        }
        timeouts(r.isSetTimeoutInstructions(), r.getTimeoutInstructions(), r.isSetTimeoutSeconds(), r.getTimeoutSeconds(),
                report);
    }

    private static void testSource(TestSource t, Report report) {
        TestSuite suite = t.eContainer() instanceof TestSuite s ? s : null;
        timeouts(t.isSetTimeoutInstructions(), t.getTimeoutInstructions(), t.isSetTimeoutSeconds(), t.getTimeoutSeconds(),
                report);
        boolean timeout = t.isSetTimeoutInstructions() || t.isSetTimeoutSeconds()
                || suite != null && (suite.isSetTimeoutInstructions() || suite.isSetTimeoutSeconds());
        if (!timeout) {
            report.error("has no timeout: set timeoutInstructions or timeoutSeconds on it or on the test suite");
        }
        if (t.getResult() == null && (suite == null || suite.getResult() == null)) {
            report.error("has no result check: add a <result> (exit code, TAP, KTAP or console patterns)"
                    + " to it or to the test suite");
        }
        if (t instanceof TestCase test) {
            testCase(test, report);
        } else if (t instanceof TestDiscovery discovery) {
            discovery(discovery, report);
        }
    }

    private static void testCase(TestCase t, Report report) {
        if (t.getName() == null || t.getName().isBlank()) {
            report.error("has no name: set name=\"...\"");
        }
        boolean ready = t.eContainer() instanceof TestSuite suite && suite.getReady() != null;
        if (ready) {
            // Every test of a ready-phase suite is a fork of the one booted machine.
            if (t.getProgram() != null) {
                report.error("has a program, but the suite has a ready phase: its tests start from the ready"
                        + " machine; remove program and give input=\"COMMAND&#10;\"");
            }
        } else if (t.getProgram() == null || t.getProgram().isBlank()) {
            report.error("has no program: set program=\"PATH\" (a guest ELF)");
        } else {
            existingFile(t, "program", t.getProgram(), report);
        }
    }

    private static void discovery(TestDiscovery t, Report report) {
        if (t.eContainer() instanceof TestSuite suite && suite.getReady() != null) {
            report.error("discovers programs, but the suite has a ready phase, whose tests start from the ready"
                    + " machine: use test cases with input=\"...\"");
            return;
        }
        if (t.getFolder() == null || t.getFolder().isBlank()) {
            report.error("has no folder: set folder=\"PATH\"");
            return;
        }
        PathMatcher matcher;
        try {
            matcher = FileSystems.getDefault().getPathMatcher("glob:" + (t.getGlob() != null ? t.getGlob() : "*"));
        } catch (IllegalArgumentException e) {
            report.error("glob '" + t.getGlob() + "' is not valid: " + e.getMessage());
            return;
        }
        Path folder = Definitions.resolve(t, t.getFolder());
        if (!Files.isDirectory(folder)) {
            report.error("test folder " + t.getFolder() + " does not exist (looked for " + folder + ")");
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            if (files.noneMatch(f -> Files.isRegularFile(f) && matcher.matches(f.getFileName()))) {
                report.warning("no file in " + t.getFolder() + " matches '" + t.getGlob() + "': nothing will run");
            }
        } catch (IOException e) {
            report.error("test folder " + t.getFolder() + " cannot be listed: " + e.getMessage());
        }
    }

    private static void consoleResult(ConsoleResult r, Report report) {
        if (r.getPass().isEmpty()) {
            report.error("console patterns need at least one pass pattern: add <pass>REGEX</pass>");
        }
        r.getPass().forEach(p -> regex("pass", p, report));
        r.getFail().forEach(p -> regex("fail", p, report));
    }

    private static void exitCodeResult(ExitCodeResult r, Report report) {
        int expected = r.getExpected();
        // The syscon exit code is the upper 16 bits of the value written (QEMU hw/misc/sifive_test.c).
        if (r.getVia() == ExitChannel.SYSCON && (expected < 0 || expected > 0xFFFF)) {
            report.error("expected exit code " + expected + " cannot be reported through syscon (0..65535)");
        } else if (r.getVia() == ExitChannel.HTIF && expected < 0) {
            // HTIF reports (code << 1) | 1 in tohost: the code is unsigned (riscv-tests, Spike htif).
            report.error("expected exit code " + expected + " cannot be reported through HTIF (0 or more)");
        }
    }

    // ----- shared checks -----

    private static void timeouts(boolean instructionsSet, long instructions, boolean secondsSet, double seconds,
            Report report) {
        if (instructionsSet && instructions <= 0) {
            report.error("timeoutInstructions must be more than 0, got " + instructions);
        }
        if (secondsSet && !(seconds > 0 && Double.isFinite(seconds))) {
            report.error("timeoutSeconds must be more than 0, got " + seconds);
        }
    }

    private static void regex(String role, String pattern, Report report) {
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            report.error(role + " pattern '" + pattern + "' is not a valid regular expression: " + e.getDescription());
        }
    }

    /** Returns the resolved file, or null after reporting why it cannot be used. */
    private static Path existingFile(EObject owner, String role, String path, Report report) {
        if (path == null) {
            return null;
        }
        if (path.isBlank()) {
            report.error(role + " is empty: remove the attribute or give a path");
            return null;
        }
        Path file = Definitions.resolve(owner, path);
        if (!Files.exists(file)) {
            report.error(role + " " + path + " does not exist (looked for " + file + ")");
            return null;
        }
        if (!Files.isRegularFile(file)) {
            report.error(role + " " + path + " is not a file (" + file + ")");
            return null;
        }
        return file;
    }

    /** Collects the diagnostics of one element. */
    private static final class Report {
        final EObject element;
        final DiagnosticChain diagnostics;
        boolean ok = true;

        Report(EObject element, DiagnosticChain diagnostics) {
            this.element = element;
            this.diagnostics = diagnostics;
        }

        void error(String message) {
            add(Diagnostic.ERROR, message);
            ok = false;
        }

        void warning(String message) {
            add(Diagnostic.WARNING, message);
        }

        private void add(int severity, String message) {
            if (diagnostics != null) {
                String label = Labels.of(element);
                diagnostics.add(new BasicDiagnostic(severity, DIAGNOSTIC_SOURCE, 0, label + ": " + message,
                        new Object[] { element, label, message }));
            }
        }
    }
}
