package io.guestlab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.guestlab.emulator.board.Drive;
import io.guestlab.emulator.board.FlashImage;
import io.guestlab.emulator.board.GenericLoader;
import io.guestlab.emulator.board.Semihosting;
import io.guestlab.emulator.board.VirtBoardConfig;
import io.guestlab.emulator.board.VirtMemoryMap;
import io.guestlab.emulator.devices.BlockSettings;
import io.guestlab.model.Console;
import io.guestlab.model.DefinitionException;
import io.guestlab.model.Definitions;
import io.guestlab.model.Device;
import io.guestlab.model.DiscardMode;
import io.guestlab.model.DeviceTree;
import io.guestlab.model.Disk;
import io.guestlab.model.Flash;
import io.guestlab.model.GuestlabFactory;
import io.guestlab.model.Machine;
import io.guestlab.model.MemorySize;
import io.guestlab.model.Problem;
import io.guestlab.model.Rng;
import io.guestlab.model.TimeMode;
import io.guestlab.model.VirtioTransport;

/**
 * Turns a machine definition ({@code *.machine}) into what {@code guestlab run} boots, and a
 * {@code run} command line back into a definition ({@code --machine} / {@code --save-machine}).
 *
 * <p>The two directions are inverses: a configuration saved and read back is equal to the original
 * with its paths made absolute. What one side can say and the other cannot is refused with a
 * message naming the element, never dropped.
 */
public final class MachineDefinitions {

    /** How refusals end, so a user knows this is a gap of the tool and not of their file. */
    private static final String NOT_SUPPORTED = " is not supported by `guestlab run` yet";

    private MachineDefinitions() {
    }

    /**
     * Loads, validates and maps a machine definition. Paths in it are resolved against the file's
     * folder, so the result holds absolute paths only.
     *
     * @throws DefinitionException when the file cannot be read, breaks a rule of the model (the
     *         message lists every error, one per line), or uses an element the board cannot honour
     */
    public static VirtBoardConfig toBoardConfig(Path file) throws DefinitionException {
        return toBoardConfig(Definitions.loadMachine(file), file);
    }

    /** The same for a machine already loaded from {@code file} (a test suite's, for guestlab test). */
    public static VirtBoardConfig toBoardConfig(Machine machine, Path file) throws DefinitionException {
        List<Problem> errors = Definitions.validate(machine).stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            StringBuilder message = new StringBuilder("is not valid (" + errors.size()
                    + (errors.size() == 1 ? " error):" : " errors):"));
            errors.forEach(problem -> message.append('\n').append(problem));
            throw new DefinitionException(file, 0, message.toString());
        }
        List<Problem> unsupported = unsupported(file, machine);
        if (!unsupported.isEmpty()) {
            // The exception puts the file before the first line; the others get it too, like compiler output.
            throw new DefinitionException(file, 0, String.join("\n" + file + ": ",
                    unsupported.stream().map(p -> p.element() + ": " + p.message()).toList()));
        }

        List<Drive> drives = new ArrayList<>();
        FlashImage[] flash = new FlashImage[VirtMemoryMap.FLASH_BANKS];
        Semihosting semihosting = Semihosting.OFF;
        Long rngSeed = null;
        Integer rngBus = null;
        List<GenericLoader> loaders = new ArrayList<>();
        for (Device device : machine.getDevices()) {
            if (device instanceof Disk disk) {
                drives.add(new Drive(Definitions.resolve(disk, disk.getImage()), boardMode(disk.getMode()),
                        disk.isSetBus() ? disk.getBus() : null, settings(disk)));
            } else if (device instanceof Flash bank) {
                flash[bank.getUnit()] = new FlashImage(Definitions.resolve(bank, bank.getImage()), bank.isReadOnly());
            } else if (device instanceof io.guestlab.model.GenericLoader l) {
                loaders.add(loader(file, machine, l));
            } else if (device instanceof io.guestlab.model.Semihosting s) {
                semihosting = new Semihosting(true, s.getRoot() == null ? null : Definitions.resolve(s, s.getRoot()));
            } else if (device instanceof Rng rng) {
                rngSeed = rng.getSeed();
                rngBus = rng.isSetBus() ? rng.getBus() : null;
            }
            // Console: the board's UART is always there and talks to the terminal; redirections
            // were refused above.
        }
        try {
            VirtBoardConfig config = new VirtBoardConfig(machine.getHarts(), machine.getMemory().bytes(),
                    path(machine, machine.getFirmware()), path(machine, machine.getKernel()),
                    path(machine, machine.getInitrd()), machine.getBootargs(), drives,
                    machine.getVirtioTransport() == VirtioTransport.LEGACY, machine.getTimeMode() == TimeMode.WALLCLOCK,
                    semihosting, rngSeed, rngBus, machine.getDeviceTree() == null ? null
                    : path(machine, machine.getDeviceTree().getDtb()), flash[0], flash[1], loaders);
            config.checkBootable();
            return config;
        } catch (IllegalArgumentException e) {
            // The model allows a little more than the board (memory from 1M, a machine with nothing to boot).
            throw new DefinitionException(file, 0, label(machine) + ": " + e.getMessage());
        }
    }

    /** A generic loader element as the board takes it; its numbers are written as QEMU's (0x...). */
    private static GenericLoader loader(Path file, Machine machine, io.guestlab.model.GenericLoader l)
            throws DefinitionException {
        String where = label(machine) + ": loader";
        try {
            return new GenericLoader(l.getFile() == null ? null : Definitions.resolve(l, l.getFile()),
                    number(l.getAddress()), number(l.getData()), l.getDataLength(), l.isBigEndian(), l.isForceRaw(),
                    l.getHart());
        } catch (NumberFormatException e) {
            throw new DefinitionException(file, 0, where + ": address and data must be numbers, e.g. 0x80200000");
        } catch (IllegalArgumentException e) {
            throw new DefinitionException(file, 0, where + ": " + e.getMessage());
        }
    }

    /** A number as QEMU writes it: 0x hexadecimal, or decimal; null is 0. */
    private static long number(String text) {
        if (text == null) {
            return 0;
        }
        String t = text.strip();
        return t.startsWith("0x") || t.startsWith("0X") ? Long.parseUnsignedLong(t.substring(2), 16) : Long.parseUnsignedLong(t);
    }

    private static String hex(long value) {
        return "0x" + Long.toHexString(value);
    }

    /**
     * Writes a machine definition equivalent to {@code config}. Paths become relative to the
     * file's folder when both lie under a common folder below the file-system root (an image next to
     * the project moves with it, a system firmware stays absolute); attributes at their model
     * default are left out.
     *
     * @param name the machine's name, or null for the file's name without extension
     * @throws DefinitionException when the configuration has something a definition cannot express
     *         (nothing is written then), or the file cannot be written
     */
    static void save(VirtBoardConfig config, String name, Path file) throws DefinitionException {
        Path folder = file.toAbsolutePath().normalize().getParent();
        GuestlabFactory factory = GuestlabFactory.eINSTANCE;
        Machine machine = factory.createMachine();
        machine.setName(name != null && !name.isBlank() ? name : stem(file));
        // EMF writes no attribute that equals its default (harts 1, memory 128M, virtual time).
        machine.setHarts(config.harts());
        machine.setMemory(MemorySize.ofBytes(config.memoryBytes()));
        machine.setTimeMode(config.hostTime() ? TimeMode.WALLCLOCK : TimeMode.VIRTUAL);
        machine.setVirtioTransport(config.legacyVirtio() ? VirtioTransport.LEGACY : VirtioTransport.MODERN);
        machine.setFirmware(written(folder, config.bios()));
        machine.setKernel(written(folder, config.kernel()));
        machine.setInitrd(written(folder, config.initrd()));
        machine.setBootargs(config.append().isEmpty() ? null : config.append());
        if (config.dtb() != null) {
            DeviceTree tree = factory.createDeviceTree();
            tree.setDtb(written(folder, config.dtb()));
            machine.setDeviceTree(tree);
        }
        // The UART is always on the board and on the terminal; say so, as hand-written files do.
        machine.getDevices().add(factory.createConsole());
        for (Drive drive : config.drives()) {
            Disk disk = factory.createDisk();
            disk.setImage(written(folder, drive.file()));
            disk.setMode(modelMode(drive.mode()));
            if (drive.bus() != null) {
                disk.setBus(drive.bus());
            }
            BlockSettings settings = drive.settings();
            disk.setSerial(settings.serial().isEmpty() ? null : settings.serial());
            disk.setDiscard(switch (settings.discard()) {
                case IGNORE -> DiscardMode.IGNORE;
                case UNMAP -> DiscardMode.UNMAP;
                case UNMAP_CLUSTERS -> DiscardMode.UNMAP_CLUSTERS;
            });
            disk.setWriteCache(settings.writeCache());
            machine.getDevices().add(disk);
        }
        for (int unit = 0; unit < VirtMemoryMap.FLASH_BANKS; unit++) {
            FlashImage image = config.flash(unit);
            if (image != null) {
                Flash bank = factory.createFlash();
                bank.setImage(written(folder, image.file()));
                bank.setUnit(unit);
                bank.setReadOnly(image.readOnly());
                machine.getDevices().add(bank);
            }
        }
        for (GenericLoader loader : config.loaders()) {
            io.guestlab.model.GenericLoader l = factory.createGenericLoader();
            l.setFile(written(folder, loader.file()));
            l.setAddress(loader.address() != 0 || loader.file() == null ? hex(loader.address()) : null);
            if (loader.dataLength() > 0) {
                l.setData(hex(loader.data()));
                l.setDataLength(loader.dataLength());
            }
            l.setBigEndian(loader.bigEndian());
            l.setForceRaw(loader.forceRaw());
            l.setHart(loader.hart());
            machine.getDevices().add(l);
        }
        if (config.rngSeed() != null) {
            Rng rng = factory.createRng();
            rng.setSeed(config.rngSeed());
            if (config.rngBus() != null) {
                rng.setBus(config.rngBus());
            }
            machine.getDevices().add(rng);
        }
        if (config.semihosting().enabled()) {
            io.guestlab.model.Semihosting semihosting = factory.createSemihosting();
            semihosting.setRoot(written(folder, config.semihosting().root()));
            machine.getDevices().add(semihosting);
        }
        Definitions.save(machine, file);
    }

    /**
     * Every element the board cannot honour, as errors, so the user fixes them in one go and
     * {@code guestlab machine check} says what {@code guestlab run --machine} would refuse.
     */
    static List<Problem> unsupported(Path file, Machine machine) {
        List<Problem> refusals = new ArrayList<>();
        DeviceTree tree = machine.getDeviceTree();
        int properties = tree == null ? 0 : tree.getProperties().size();
        if (properties > 0) { // a whole blob (dtb) is booted as QEMU's -dtb
            refusals.add(error(file, "device tree", "setting device tree properties (" + properties
                    + (properties == 1 ? " property)" : " properties)") + NOT_SUPPORTED
                    + ": remove the <properties> (a whole dtb=\"FILE\" is supported)"));
        }
        for (Device device : machine.getDevices()) {
            if (device instanceof Console console) {
                if (console.getInput() != null) {
                    refusals.add(error(file, "console", "input from a file (input=\"" + console.getInput() + "\")"
                            + NOT_SUPPORTED + ": remove input (the console reads the terminal)"));
                }
                if (console.getOutput() != null) {
                    refusals.add(error(file, "console", "output to a file (output=\"" + console.getOutput() + "\")"
                            + NOT_SUPPORTED + ": remove output (the console writes to the terminal)"));
                }
            }
        }
        return refusals;
    }

    /** A disk's serial, discard and write cache as the board's virtio-blk device answers them. */
    private static BlockSettings settings(Disk disk) {
        return new BlockSettings(disk.getSerial() == null ? "" : disk.getSerial(), switch (disk.getDiscard()) {
            case IGNORE -> BlockSettings.Discard.IGNORE;
            case UNMAP -> BlockSettings.Discard.UNMAP;
            case UNMAP_CLUSTERS -> BlockSettings.Discard.UNMAP_CLUSTERS;
        }, disk.isWriteCache());
    }

    private static Problem error(Path file, String element, String message) {
        return new Problem(Problem.Severity.ERROR, file, element, message);
    }

    private static Path path(Machine machine, String written) {
        return written == null ? null : Definitions.resolve(machine, written);
    }

    /**
     * A host path as a definition in {@code folder} should hold it: relative when the two share a
     * folder other than the root, with '/' separators so the file reads the same on every host.
     */
    private static String written(Path folder, Path path) {
        if (path == null) {
            return null;
        }
        Path absolute = path.toAbsolutePath().normalize();
        if (folder == null || !absolute.getRoot().equals(folder.getRoot()) || absolute.getNameCount() == 0
                || folder.getNameCount() == 0 || !absolute.getName(0).equals(folder.getName(0))) {
            return absolute.toString();
        }
        Path relative = folder.relativize(absolute);
        if (relative.toString().isEmpty()) {
            return ".";
        }
        List<String> names = new ArrayList<>();
        relative.forEach(name -> names.add(name.toString()));
        return String.join("/", names);
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String label(Machine machine) {
        return machine.getName() != null && !machine.getName().isBlank() ? "machine '" + machine.getName() + "'"
                : "machine";
    }

    private static io.guestlab.emulator.devices.DiskMode boardMode(io.guestlab.model.DiskMode mode) {
        return switch (mode) {
            case COPY_ON_WRITE -> io.guestlab.emulator.devices.DiskMode.COPY_ON_WRITE;
            case READ_ONLY -> io.guestlab.emulator.devices.DiskMode.READ_ONLY;
            case PERSISTENT -> io.guestlab.emulator.devices.DiskMode.PERSISTENT;
        };
    }

    private static io.guestlab.model.DiskMode modelMode(io.guestlab.emulator.devices.DiskMode mode) {
        return switch (mode) {
            case COPY_ON_WRITE -> io.guestlab.model.DiskMode.COPY_ON_WRITE;
            case READ_ONLY -> io.guestlab.model.DiskMode.READ_ONLY;
            case PERSISTENT -> io.guestlab.model.DiskMode.PERSISTENT;
        };
    }
}
