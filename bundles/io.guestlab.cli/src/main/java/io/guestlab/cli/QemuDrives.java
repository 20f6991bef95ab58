package io.guestlab.cli;

import io.guestlab.emulator.board.VirtMemoryMap;
import io.guestlab.emulator.devices.BlockSettings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The block devices of a QEMU command line as QEMU 7.2 builds them: {@code -drive} (a disk, or a
 * flash image with {@code if=pflash}), {@code -blockdev} nodes (a file, or raw over a file) and
 * {@code -machine virt,pflashN=NODE}, turned into {@code guestlab run}'s {@code --drive} and
 * {@code --flash}. A disk reaches the guest through a {@code -device virtio-blk-device,drive=NAME}
 * ({@link #attach}) or, with {@code if=virtio}, by itself ({@link #placeVirtioDrives}).
 */
final class QemuDrives {

    private static final String DRIVE_ADVICE = "use -drive file=IMG,if=none,format=raw,id=ID with"
            + " -device virtio-blk-device,drive=ID[,bus=virtio-mmio-bus.N]";

    private static final String BLOCKDEV_ADVICE = "use -blockdev driver=file,node-name=NAME,filename=IMG"
            + "[,read-only=on][,discard=unmap] (or driver=raw,node-name=NAME,file=FILE-NODE over it)";

    /**
     * What a disk is made from: a -drive, or a -blockdev node ({@code blockdev}), which QEMU's
     * -snapshot leaves alone. {@code discardUnmap} is {@code discard=unmap}, {@code writeCache}
     * what {@code cache=} sets (a node's is on).
     */
    private record Backend(String name, String file, boolean readOnly, Boolean snapshot, boolean onPci,
            boolean discardUnmap, boolean writeCache, boolean blockdev) {
    }

    /**
     * A -blockdev node: its image, and whether a discard reaches it as an unmap, which needs
     * {@code discard=unmap} on the node and on every node below it (QEMU's BDRV_O_UNMAP per node).
     */
    private record Node(String file, boolean readOnly, boolean discardUnmap) {
    }

    /** A flash image: {@code snapshot} is whether QEMU would keep the guest's writes out of the file. */
    private record Flash(String file, boolean readOnly, Boolean snapshot, String source) {
    }

    /** A disk on its virtio-mmio bus; {@code writeCache} is the device's write-cache= (null: auto, the backend's). */
    private record Attached(Backend backend, int bus, String serial, Boolean writeCache) {
    }

    private final Consumer<String> notice;
    private final Map<String, Backend> drives = new LinkedHashMap<>();
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    /** Who uses each node: QEMU gives a node's write permission to one user only. */
    private final Map<String, String> nodeUsers = new LinkedHashMap<>();
    private final List<Attached> attached = new ArrayList<>();
    /** The flash banks' images (QEMU's units 0 and 1). */
    private final Flash[] pflash = new Flash[VirtMemoryMap.FLASH_BANKS];
    private final String[] machineFlash = new String[VirtMemoryMap.FLASH_BANKS];
    private String machineFlashOption;
    private boolean snapshotAll;
    private int anonymousNoneDrives;
    private int anonymousVirtioDrives;

    /** @param notice where what Guestlab does differently from QEMU on purpose is said */
    QemuDrives(Consumer<String> notice) {
        this.notice = notice;
    }

    /** QEMU's -snapshot: every -drive (not a -blockdev node) as if given snapshot=on. */
    void snapshotAll() {
        snapshotAll = true;
    }

    void drive(String spec) {
        QemuOptionList d = new QemuOptionList("-drive", spec, "file");
        if (d.get("serial") != null) {
            throw new UsageException("-drive " + spec + ": serial= belongs to the device, as in QEMU 7.2: use -device"
                    + " virtio-blk-device,drive=ID,serial=" + d.get("serial"));
        }
        d.allowOnly("file if format id readonly snapshot media cache aio discard detect-zeroes werror rerror unit"
                + " cache.direct cache.no-flush file.locking", DRIVE_ADVICE);
        hostSide(d, "aio", "cache.direct", "cache.no-flush", "file.locking");
        String file = d.get("file");
        if (file == null || file.isEmpty()) {
            throw new UsageException("-drive " + spec + ": names no file: " + DRIVE_ADVICE);
        }
        image("-drive " + spec, file);
        String format = d.get("format");
        if (format != null && !format.equals("raw")) {
            throw new UsageException("-drive " + spec + ": format=" + format + " is not supported: Guestlab reads raw"
                    + " images only (convert: qemu-img convert -O raw IMG IMG.raw, then format=raw)");
        }
        if (d.get("media") != null && !d.get("media").equals("disk")) {
            throw new UsageException("-drive " + spec + ": media=" + d.get("media") + " is not supported: Guestlab's"
                    + " drives are disks (media=disk)");
        }
        boolean writeCache = cache(d);
        boolean discardUnmap = discard(d, "discard", false);
        String detectZeroes = d.oneOf("detect-zeroes", "off on unmap");
        if (detectZeroes != null) {
            notice.accept("-drive detect-zeroes=" + detectZeroes + ": no effect a guest can see: written zeroes read"
                    + " back as zeroes either way");
        }
        for (String onError : new String[] {"werror", "rerror"}) {
            String action = d.oneOf(onError, onError.equals("werror") ? "report ignore enospc stop" : "report ignore stop");
            if (action != null) {
                notice.accept("-drive " + onError + "=" + action + ": Guestlab answers a failed host read or write with"
                        + " an I/O error to the guest (QEMU's " + onError + "=report); writes to the in-memory overlay"
                        + " cannot fail");
            }
        }
        // QEMU 7.2's riscv virt leaves a -drive without if= unattached (if=none) for a -device to use.
        String bus = d.get("if") == null ? "none" : d.get("if");
        if (bus.equals("pflash")) {
            pflash(d, spec, file);
            return;
        }
        if (d.get("unit") != null) {
            throw new UsageException("-drive " + spec + ": unit= is not supported for if=" + bus + ": choose the disk's"
                    + " place with -device virtio-blk-device,drive=ID,bus=virtio-mmio-bus.N");
        }
        if (!bus.equals("none") && !bus.equals("virtio")) {
            throw new UsageException("-drive " + spec + ": if=" + bus + " is not supported: Guestlab's virt board has"
                    + " no " + bus + " controller: " + DRIVE_ADVICE);
        }
        String id = d.get("id");
        boolean onPci = bus.equals("virtio");
        if (id == null) { // QEMU's names: the interface and its count, e.g. none0 or virtio1
            id = bus + (onPci ? anonymousVirtioDrives++ : anonymousNoneDrives++);
        }
        Boolean snapshot = d.get("snapshot") == null ? null : d.flag("snapshot", false);
        if (nodes.containsKey(id) || drives.put(id, new Backend(id, file, d.flag("readonly", false), snapshot, onPci,
                discardUnmap, writeCache, false)) != null) {
            throw new UsageException("-drive " + spec + ": id " + id + " is used by another -drive or -blockdev: give"
                    + " each its own id");
        }
    }

    /** -drive if=pflash: unit 0 or 1, or the first free one, as QEMU numbers them. */
    private void pflash(QemuOptionList d, String spec, String file) {
        int unit;
        if (d.get("unit") != null) {
            unit = (int) OptionValues.number(d.get("unit"), "-drive " + spec + ": unit", 0, Long.MAX_VALUE);
        } else {
            unit = pflash[0] == null ? 0 : 1;
        }
        if (unit >= pflash.length) {
            throw new UsageException("-drive " + spec + ": the virt machine has flash units 0 and 1 only (QEMU refuses"
                    + " unit " + unit + " too)");
        }
        if (pflash[unit] != null) {
            throw new UsageException("-drive " + spec + ": flash unit " + unit + " already has " + pflash[unit].file()
                    + ": give each image its own unit");
        }
        Boolean snapshot = d.get("snapshot") == null ? null : d.flag("snapshot", false);
        pflash[unit] = new Flash(file, d.flag("readonly", false), snapshot, "-drive file=" + file + ",if=pflash");
    }

    /**
     * QEMU's cache modes: writeback, none and unsafe start the disk's write cache enabled (the
     * writeback byte a guest reads), writethrough and directsync disabled; what they ask of the
     * host's page cache has no counterpart in Guestlab's in-memory overlay.
     */
    private boolean cache(QemuOptionList d) {
        String cache = d.oneOf("cache", "writeback none unsafe writethrough directsync");
        if (cache == null) {
            return true;
        }
        boolean writeCache = BlockSettings.writeCacheOf(cache);
        notice.accept("-drive cache=" + cache + ": the guest sees the write cache " + (writeCache ? "enabled" : "disabled")
                + " as on QEMU; the host caching it asks for has no effect on Guestlab's in-memory overlay");
        return writeCache;
    }

    /**
     * Options that say how QEMU uses the host (its I/O, page cache, flushes, image locks): checked as QEMU
     * checks them, and taken with a notice, since Guestlab reads images directly, writes an in-memory
     * overlay and locks nothing (the guest's write cache follows cache= alone, as on QEMU).
     */
    private void hostSide(QemuOptionList o, String... keys) {
        for (String key : keys) {
            if (o.get(key) != null) {
                String value = key.equals("aio") ? o.oneOf(key, "threads native io_uring")
                        : key.endsWith("locking") ? o.oneOf(key, "on off auto") : o.flag(key, false) ? "on" : "off";
                notice.accept(o.option() + " " + key + "=" + value + ": no effect a"
                        + " guest can see: Guestlab reads images directly, writes to an in-memory overlay and takes no"
                        + " image locks");
            }
        }
    }

    /** {@code discard=ignore|unmap} (QEMU also takes off and on); {@code otherwise} when absent. */
    private static boolean discard(QemuOptionList o, String key, boolean otherwise) {
        String value = o.get(key);
        if (value == null) {
            return otherwise;
        }
        try {
            return BlockSettings.unmaps(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException(o.where() + ": " + key + "=" + value + " is not ignore or unmap");
        }
    }

    /** An image name as --drive and --flash can carry it. */
    private static String image(String where, String file) {
        if (file.contains(",")) {
            throw new UsageException(where + ": Guestlab cannot take an image whose name has a comma: rename or link"
                    + " the image");
        }
        return file;
    }

    /**
     * -blockdev driver=file,node-name=NAME,filename=IMG, or driver=raw over such a node
     * ({@code file=NODE}, an earlier -blockdev, or {@code file.driver=file,file.filename=IMG}, a
     * child that takes the raw node's read-only and discard unless it sets its own): what
     * -device virtio-blk-device,drive=NAME and -machine virt,pflashN=NAME use.
     */
    void blockdev(String spec) {
        if (spec.startsWith("{")) {
            throw new UsageException("-blockdev " + spec + ": the JSON form is not supported: write it as"
                    + " driver=file,node-name=NAME,filename=IMG (QEMU's key=value form)");
        }
        QemuOptionList b = new QemuOptionList("-blockdev", spec, null);
        String driver = b.get("driver");
        String name = b.get("node-name");
        if (driver == null) {
            throw new UsageException("-blockdev " + spec + ": needs driver=file or driver=raw: " + BLOCKDEV_ADVICE);
        }
        Node node = switch (driver) {
            case "file" -> {
                b.allowOnly("driver node-name filename read-only discard aio cache.direct cache.no-flush locking",
                        BLOCKDEV_ADVICE);
                hostSide(b, "aio", "cache.direct", "cache.no-flush", "locking");
                String file = b.get("filename");
                if (file == null || file.isEmpty()) {
                    throw new UsageException("-blockdev " + spec + ": names no file: " + BLOCKDEV_ADVICE);
                }
                yield new Node(image("-blockdev " + spec, file), b.flag("read-only", false), discard(b, "discard", false));
            }
            case "raw" -> raw(b, spec);
            default -> throw new UsageException("-blockdev " + spec + ": driver=" + driver + " is not supported: Guestlab"
                    + " reads raw images only (driver=file, or driver=raw over it; convert others with qemu-img convert"
                    + " -O raw IMG IMG.raw)");
        };
        if (name == null || name.isEmpty()) {
            throw new UsageException("-blockdev " + spec + ": needs node-name=NAME, the name -device"
                    + " virtio-blk-device,drive=NAME or -machine virt,pflash0=NAME uses");
        }
        if (drives.containsKey(name) || nodes.put(name, node) != null) {
            throw new UsageException("-blockdev " + spec + ": node-name " + name + " is used by another -blockdev or"
                    + " -drive: give each its own name");
        }
    }

    private Node raw(QemuOptionList b, String spec) {
        b.allowOnly("driver node-name file read-only discard file.driver file.filename file.discard", BLOCKDEV_ADVICE);
        boolean readOnly = b.flag("read-only", false);
        boolean unmap = discard(b, "discard", false);
        String child = b.get("file");
        if (child != null && (b.get("file.driver") != null || b.get("file.filename") != null)) {
            throw new UsageException("-blockdev " + spec + ": give file=NODE or file.driver=file,file.filename=IMG, not"
                    + " both");
        }
        if (child == null) {
            String file = b.get("file.filename");
            if (!"file".equals(b.get("file.driver")) || file == null || file.isEmpty()) {
                throw new UsageException("-blockdev " + spec + ": a raw node needs file=NODE (an earlier -blockdev"
                        + " driver=file) or file.driver=file,file.filename=IMG");
            }
            return new Node(image("-blockdev " + spec, file), readOnly, unmap && discard(b, "file.discard", unmap));
        }
        if (b.get("file.discard") != null) {
            throw new UsageException("-blockdev " + spec + ": file.discard= sets a child given here: with file=" + child
                    + " give discard= on that -blockdev");
        }
        Node file = nodes.get(child);
        if (file == null) {
            throw new UsageException("-blockdev " + spec + ": no earlier -blockdev has node-name=" + child + " (QEMU opens"
                    + " them in order): put -blockdev driver=file,node-name=" + child + ",filename=IMG before it");
        }
        if (file.readOnly() && !readOnly) {
            throw new UsageException("-blockdev " + spec + ": node " + child + " is read-only, so this node must be too"
                    + " (QEMU: Block node is read-only): add read-only=on");
        }
        use(child, "-blockdev " + spec);
        return new Node(file.file(), readOnly, unmap && file.discardUnmap());
    }

    /** Takes node {@code name} for {@code user}; QEMU refuses a second user's write permission, Guestlab any. */
    private void use(String name, String user) {
        String first = nodeUsers.putIfAbsent(name, user);
        if (first != null) {
            throw new UsageException(user + ": node " + name + " is already used by " + first + ": give each its own"
                    + " -blockdev");
        }
    }

    /** -machine virt,pflash0=NAME,pflash1=NAME: the -blockdev nodes shown in the flash banks. */
    void machineFlash(String option, QemuOptionList m) {
        for (int unit = 0; unit < pflash.length; unit++) {
            String name = m.get("pflash" + unit);
            if (name != null) {
                machineFlash[unit] = name;
                machineFlashOption = option;
            }
        }
    }

    /**
     * Puts the -blockdev nodes -machine virt,pflashN= names in their banks (and marks them used),
     * once every option is read and before any arguments are made from the banks or the nodes.
     */
    void resolveMachineFlash() {
        for (int unit = 0; unit < pflash.length; unit++) {
            String name = machineFlash[unit];
            if (name != null) {
                Node node = nodes.get(name);
                if (node == null) {
                    throw new UsageException(machineFlashOption + ": no -blockdev has node-name=" + name + ": add"
                            + " -blockdev driver=file,node-name=" + name + ",filename=IMG");
                }
                if (pflash[unit] != null) {
                    throw new UsageException(machineFlashOption + ": flash unit " + unit + " already has "
                            + pflash[unit].file() + " from -drive if=pflash: give it one image");
                }
                use(name, machineFlashOption);
                pflash[unit] = new Flash(node.file(), node.readOnly(), false, "-blockdev node-name=" + name);
            }
        }
    }

    /** The flash banks as --flash arguments (after {@link #resolveMachineFlash()}). */
    List<String> flashArguments() {
        List<String> run = new ArrayList<>();
        for (int unit = 0; unit < pflash.length; unit++) {
            Flash image = pflash[unit];
            if (image != null) {
                run.addAll(List.of("--flash", "file=" + image.file() + ",unit=" + unit + (image.readOnly() ? ",readonly" : "")));
                boolean qemuKeepsTheFile = image.readOnly() || (image.snapshot() == null ? snapshotAll : image.snapshot());
                if (!qemuKeepsTheFile) {
                    notice.accept(image.source() + ": the guest's flash writes stay in memory (QEMU writes them to the"
                            + " image)");
                }
            }
        }
        return run;
    }

    /**
     * The disk a {@code -device virtio-blk-device,drive=NAME} shows on {@code bus}: a -drive with
     * if=none, or a -blockdev node.
     *
     * @param writeCache the device's write-cache=on|off, or null for auto (the drive's cache=)
     */
    void attach(String name, int bus, String serial, Boolean writeCache, String deviceSpec) {
        Backend backend = drives.get(name);
        Node node = nodes.get(name);
        if (node != null) {
            use(name, "-device " + deviceSpec);
            backend = new Backend(name, node.file(), node.readOnly(), null, false, node.discardUnmap(), true, true);
        }
        if (backend == null || backend.onPci()) {
            throw new UsageException("-device " + deviceSpec + ": no -drive has id=" + name
                    + (backend != null ? " and if=none" : " and no -blockdev node-name=" + name) + ": " + DRIVE_ADVICE);
        }
        if (attached.stream().anyMatch(a -> a.backend().name().equals(name))) {
            throw new UsageException("-device " + deviceSpec + ": drive " + name + " is already used by another -device");
        }
        attached.add(new Attached(backend, bus, serial, writeCache));
    }

    /**
     * QEMU puts if=virtio drives on PCI (virtio-blk-pci); Guestlab has none, so they go on the
     * buses {@code freeBus} gives, after the -devices' disks. Says so, and which drives and nodes
     * no device uses.
     */
    void placeVirtioDrives(Function<String, Integer> freeBus) {
        for (Backend drive : drives.values()) {
            if (drive.onPci()) {
                int bus = freeBus.apply("-drive file=" + drive.file());
                attached.add(new Attached(drive, bus, "", null));
                notice.accept("-drive file=" + drive.file() + ": QEMU attaches if=virtio disks to PCI; Guestlab has no"
                        + " PCI yet, so this one is a virtio-blk-device on " + RunOptions.VIRTIO_MMIO_BUS + bus
                        + " (a guest that looks for disks only on PCI will not find it)");
            } else if (attached.stream().noneMatch(a -> a.backend() == drive)) {
                notice.accept("-drive id=" + drive.name() + ": no -device uses it, so the guest does not see it (as in"
                        + " QEMU)");
            }
        }
        for (String name : nodes.keySet()) {
            if (!nodeUsers.containsKey(name)) { // the flash banks took theirs in resolveMachineFlash()
                notice.accept("-blockdev node-name=" + name + ": no -device or flash bank uses it, so the guest does not"
                        + " see it (as in QEMU)");
            }
        }
    }

    /** The attached disks as --drive arguments, in the order the guest's buses were given them. */
    List<String> driveArguments() {
        List<String> run = new ArrayList<>();
        for (Attached disk : attached) {
            Backend b = disk.backend();
            String mode = "";
            if (b.readOnly()) {
                mode = ",readonly";
            } else if (b.blockdev()) {
                notice.accept("-blockdev node-name=" + b.name() + ": the guest's writes stay in memory (Guestlab opens"
                        + " disks copy-on-write; QEMU writes to the image): use -drive file=" + b.file() + ",if=none,"
                        + "format=raw,id=" + b.name() + ",snapshot=off to write to the file");
            } else if (Boolean.FALSE.equals(b.snapshot()) && !snapshotAll) {
                mode = ",persistent";
            } else if (b.snapshot() == null && !snapshotAll) {
                notice.accept("-drive file=" + b.file() + ": the guest's writes stay in memory (Guestlab opens disks"
                        + " copy-on-write; QEMU writes to the image): add snapshot=off to write to the file");
            }
            run.addAll(List.of("--drive", "file=" + b.file() + ",bus=" + disk.bus() + mode + settings(disk)));
        }
        return run;
    }

    /**
     * The disk's device settings as --drive parts. Under QEMU's snapshot (snapshot=on, -snapshot)
     * a discard goes to its temporary qcow2 overlay, which unmaps only whole clusters.
     */
    private String settings(Attached disk) {
        Backend b = disk.backend();
        StringBuilder parts = new StringBuilder();
        if (!disk.serial().isEmpty()) {
            parts.append(",serial=").append(disk.serial());
        }
        if (b.discardUnmap()) {
            boolean qemuOverlay = !b.blockdev() && (snapshotAll || Boolean.TRUE.equals(b.snapshot()));
            parts.append(qemuOverlay ? ",discard=unmap-clusters" : ",discard=unmap");
        }
        if (!(disk.writeCache() != null ? disk.writeCache() : b.writeCache())) {
            parts.append(",writethrough");
        }
        return parts.toString();
    }
}
