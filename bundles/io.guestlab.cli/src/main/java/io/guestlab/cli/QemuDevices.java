package io.guestlab.cli;

import io.guestlab.emulator.board.GenericLoader;
import io.guestlab.emulator.board.VirtMemoryMap;
import io.guestlab.emulator.devices.BlockSettings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The virtio-mmio devices of a QEMU command line: {@code -device virtio-blk-device} (whose disks
 * {@link QemuDrives} makes), {@code -device virtio-rng-device} with its {@code -object}, {@code -device loader}
 * and {@code -global virtio-mmio.force-legacy}; every other device is refused in one line saying what
 * to use instead.
 */
final class QemuDevices {

    /**
     * A virtio-mmio device: a disk (drive name, with its serial and write-cache=, null for auto) or
     * the entropy device (drive null), on a bus or the highest free one.
     */
    private record MmioDevice(String driveId, Integer bus, String serial, Boolean writeCache, String spec) {
    }

    private final Consumer<String> notice;
    private final QemuDrives drives;
    private final List<MmioDevice> devices = new ArrayList<>();
    private final Set<String> rngObjects = new HashSet<>();
    /** The -device loader specs, in order, with what they load. */
    private final Map<String, GenericLoader> loaders = new LinkedHashMap<>();
    private boolean legacy = true; // QEMU 7.2: virtio-mmio.force-legacy defaults to true

    QemuDevices(Consumer<String> notice, QemuDrives drives) {
        this.notice = notice;
        this.drives = drives;
    }

    /** -object rng-random|rng-builtin,id=ID: an entropy source for -device virtio-rng-device,rng=ID. */
    void object(String spec) {
        QemuOptionList o = new QemuOptionList("-object", spec, "type");
        String type = o.get("type");
        if (!type.equals("rng-random") && !type.equals("rng-builtin")) {
            throw new UsageException("-object " + spec + ": Guestlab has no " + type + " object: remove it (only"
                    + " rng-random and rng-builtin, for -device virtio-rng-device,rng=ID, are taken)");
        }
        o.allowOnly("type id filename", "use -object " + type + ",id=ID");
        if (o.get("id") == null) {
            throw new UsageException("-object " + spec + ": needs id=ID for -device virtio-rng-device,rng=ID");
        }
        rngObjects.add(o.get("id"));
    }

    void device(String spec) {
        QemuOptionList d = new QemuOptionList("-device", spec, "driver");
        String driver = d.get("driver");
        switch (driver) {
            case "virtio-blk-device" -> {
                d.allowOnly("driver id drive bus serial write-cache", "use -device virtio-blk-device,drive=ID"
                        + "[,bus=virtio-mmio-bus.N][,serial=S][,write-cache=on|off]");
                String drive = d.get("drive");
                if (drive == null) {
                    throw new UsageException("-device " + spec + ": needs drive=ID naming a -drive ...,if=none,id=ID");
                }
                String serial = d.get("serial") == null ? "" : d.get("serial");
                if (!BlockSettings.isPrintable(serial) || serial.contains(",")) {
                    throw new UsageException("-device " + spec + ": serial=" + serial + " is not supported: give a serial"
                            + " of printable ASCII without commas");
                }
                // write-cache=auto (QEMU's default) takes the drive's cache= mode.
                String writeCache = d.oneOf("write-cache", "on off auto");
                devices.add(new MmioDevice(drive, bus(d.get("bus"), spec), serial, writeCache == null
                        || writeCache.equals("auto") ? null : d.flag("write-cache", true), spec));
            }
            case "virtio-rng-device" -> {
                d.allowOnly("driver id bus rng", "use -device virtio-rng-device[,bus=virtio-mmio-bus.N]");
                if (d.get("rng") != null && !rngObjects.contains(d.get("rng"))) {
                    throw new UsageException("-device " + spec + ": no -object rng-random or rng-builtin has id="
                            + d.get("rng") + ": add one before the -device, or leave rng= out");
                }
                devices.add(new MmioDevice(null, bus(d.get("bus"), spec), null, null, spec));
            }
            case "loader" -> loaders.put(spec, LoaderOption.parse(d));
            case "virtio-gpu-device", "virtio-keyboard-device", "virtio-mouse-device", "virtio-tablet-device",
                 "ramfb" -> throw new UsageException("-device " + spec + ": Guestlab has no graphical display or input"
                    + " devices: remove it (the guest's console is the UART on this terminal)");
            case "virtio-9p-device" -> throw new UsageException("-device " + spec + ": Guestlab has no 9p file"
                    + " sharing: remove it and its -fsdev; give the files on a disk image (-drive) or through"
                    + " semihosting (guestlab run --semihosting-root DIR)");
            default -> {
                if (driver.startsWith("virtio-net") || driver.endsWith("-net") || driver.equals("e1000")) {
                    throw new UsageException("-device " + spec + ": Guestlab has no networking yet: remove it and its"
                            + " -netdev (the guest then sees no network card)");
                }
                if (driver.endsWith("-pci")) {
                    throw new UsageException("-device " + spec + ": Guestlab's virt board has no PCI bus yet: use "
                            + driver.substring(0, driver.length() - "-pci".length()) + "-device (on virtio-mmio)");
                }
                throw new UsageException("-device " + driver + ": Guestlab has no such device: it has"
                        + " virtio-blk-device and virtio-rng-device (on virtio-mmio-bus.0..7)");
            }
        }
    }

    private static Integer bus(String bus, String spec) {
        return bus == null ? null : RunOptions.bus(bus, "-device " + spec);
    }

    void global(String spec) {
        QemuOptionList global = new QemuOptionList("-global", spec, null);
        global.allowOnly("virtio-mmio.force-legacy", "the only -global Guestlab takes is"
                + " virtio-mmio.force-legacy=true|false: remove it");
        legacy = global.flag("virtio-mmio.force-legacy", legacy);
    }

    /**
     * The devices as run arguments, placed as QEMU 7.2's virt does: in command-line order, each on
     * its bus or the highest free, then the if=virtio drives; and the transports' version.
     */
    List<String> arguments(int harts) {
        List<String> run = new ArrayList<>();
        String[] owner = new String[VirtMemoryMap.VIRTIO_COUNT];
        Integer rngBus = null;
        for (MmioDevice device : devices) {
            int bus = device.bus() != null ? device.bus() : highestFree(owner, device.spec());
            if (owner[bus] != null) {
                throw new UsageException("-device " + device.spec() + ": " + RunOptions.VIRTIO_MMIO_BUS + bus
                        + " already has -device " + owner[bus] + ": give each device its own bus");
            }
            owner[bus] = device.spec();
            if (device.driveId() != null) {
                drives.attach(device.driveId(), bus, device.serial(), device.writeCache(), device.spec());
            } else if (rngBus != null) {
                throw new UsageException("-device " + device.spec() + ": Guestlab's board has one entropy device");
            } else {
                rngBus = bus;
            }
        }
        drives.placeVirtioDrives(who -> {
            int bus = highestFree(owner, who);
            owner[bus] = who;
            return bus;
        });
        run.addAll(drives.driveArguments());
        if (rngBus != null) {
            run.addAll(List.of("--rng", "--rng-bus", Integer.toString(rngBus)));
            notice.accept("-device virtio-rng-device: its bytes come from a seed (0; --rng-seed N for another), the same"
                    + " in every run, not from the host's entropy");
        }
        run.addAll(List.of("--virtio", legacy ? "legacy" : "modern"));
        loaders.forEach((spec, loader) -> {
            if (loader.hart() >= harts) { // QEMU: "Specified boot CPU#N is nonexistent"
                throw new UsageException("-device " + spec + ": there is no hart " + loader.hart() + ": -smp gives "
                        + harts + " (0 to " + (harts - 1) + ")");
            }
            run.addAll(List.of("--loader", loader.toString()));
        });
        return run;
    }

    private static int highestFree(String[] owner, String who) {
        for (int bus = owner.length - 1; bus >= 0; bus--) {
            if (owner[bus] == null) {
                return bus;
            }
        }
        throw new UsageException(who + ": all " + owner.length + " virtio-mmio buses are taken");
    }
}
