package io.guestlab.emulator.board;

import io.guestlab.emulator.Machine;
import io.guestlab.emulator.MachineConfig;
import io.guestlab.emulator.StopEvent;
import io.guestlab.emulator.StopReason;
import io.guestlab.emulator.devices.ByteSink;
import io.guestlab.emulator.devices.Clint;
import io.guestlab.emulator.devices.DiskImage;
import io.guestlab.emulator.devices.GoldfishRtc;
import io.guestlab.emulator.devices.MachineStop;
import io.guestlab.emulator.devices.VirtioBlk;
import io.guestlab.emulator.devices.VirtioDevice;
import io.guestlab.emulator.htif.Htif;
import io.guestlab.emulator.loader.BootImage;
import io.guestlab.emulator.loader.BootImageException;
import io.guestlab.emulator.loader.ElfFile;
import io.guestlab.emulator.loader.LoadPlan;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A complete virt machine, assembled like QEMU 7.2's {@code qemu-system-riscv64 -M virt}: the
 * engine's {@link Machine} (harts, DRAM, CLINT), the board's peripherals wired to it, the reset
 * ROM, and the boot images loaded where {@link BootLayout} places them. Every hart starts in the
 * ROM, which enters the firmware (or the kernel when there is none) with a0 = hart id, a1 = the
 * device tree, a2 = fw_dynamic information. An ELF with a {@code tohost} symbol also gets HTIF,
 * for bare-metal test programs.
 */
public final class VirtBoard implements Closeable {

    private final VirtBoardConfig config;
    private final Machine machine;
    private final VirtPeripherals peripherals;
    private final BootLayout layout;
    private final List<DiskImage> disks;
    private MachineStop stopRequest;

    private VirtBoard(VirtBoardConfig config, BootLayout layout, List<DiskImage> disks, Machine machine,
                      ByteSink console) throws BootImageException {
        this.config = config;
        this.layout = layout;
        this.disks = disks;
        this.machine = machine;
        machine.setStopWhenIdle(false); // host input can always wake a waiting guest
        if (config.hostTime()) {
            machine.useHostTime();
        }
        long rtcEpoch = config.hostTime() ? System.currentTimeMillis() * 1_000_000L : GoldfishRtc.VIRTUAL_EPOCH_NANOS;

        // QEMU plugs the first virtio device into the highest transport; the guest sees it first.
        VirtioDevice[] slots = new VirtioDevice[VirtMemoryMap.VIRTIO_COUNT];
        for (int i = 0; i < disks.size(); i++) {
            slots[VirtMemoryMap.VIRTIO_COUNT - 1 - i] = new VirtioBlk(disks.get(i), "disk" + i);
        }
        peripherals = new VirtPeripherals(layout.board(), machine.clock(), rtcEpoch,
                machine.bus(), machine::interruptLine, console, this::stopRequested,
                Arrays.asList(slots), config.legacyVirtio());
        for (DeviceWindow w : peripherals.windows()) {
            if (!(w.device() instanceof Clint)) { // the Machine has its own CLINT at the same address
                machine.bus().map(w.base(), w.size(), w.device());
            }
        }
        machine.addTimedDevice(peripherals.rtc());
        machine.bus().map(VirtMemoryMap.MROM_BASE, VirtMemoryMap.MROM_SIZE,
                new ResetRom(layout.startAddress(), layout.deviceTreeAddress(), layout.kernelEntry()));

        layout.plan().writeTo(machine.bus());
        for (int hart = 0; hart < config.harts(); hart++) {
            machine.setPc(hart, VirtMemoryMap.MROM_BASE);
        }
        for (BootImage image : new BootImage[] {layout.kernel(), layout.firmware()}) {
            if (image != null && connectHtif(image, console)) {
                break; // the kernel's tohost wins, as it is the program that runs last
            }
        }
    }

    /**
     * Builds the board and loads its images. Guest UART output (and HTIF console output) goes
     * to {@code console}.
     *
     * @throws IllegalArgumentException a combination QEMU refuses (see {@link VirtBoardConfig#checkBootable()})
     * @throws BootImageException       an image is missing, malformed, too big or overlaps another
     * @throws IOException              a drive's image cannot be opened (the message names it)
     */
    public static VirtBoard create(VirtBoardConfig config, ByteSink console) throws BootImageException, IOException {
        BootLayout layout = BootLayout.of(config); // bad images are reported before memory is committed
        List<DiskImage> disks = new ArrayList<>();
        try {
            for (Drive drive : config.drives()) {
                disks.add(DiskImage.open(drive.file(), drive.mode()));
            }
            Machine machine;
            try {
                machine = new Machine(new MachineConfig(VirtMemoryMap.DRAM_BASE, config.memoryBytes(), config.harts(),
                        MachineConfig.DEFAULT_QUANTUM));
            } catch (OutOfMemoryError e) {
                throw new BootImageException("not enough host memory for " + (config.memoryBytes() >> 20)
                        + " MiB of guest RAM (raise the JVM's -Xmx)");
            }
            return new VirtBoard(config, layout, disks, machine, console);
        } catch (IOException | BootImageException | RuntimeException e) {
            closeAll(disks);
            throw e;
        }
    }

    /** HTIF for an ELF that defines {@code tohost}, as Spike and riscv-tests expect; false if it has none. */
    private boolean connectHtif(BootImage image, ByteSink console) throws BootImageException {
        Optional<ElfFile> elf = image.elf();
        if (elf.isEmpty()) {
            return false;
        }
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {
                console.write(b & 0xff);
            }
        };
        try {
            return Htif.forProgram(machine.bus(), elf.get(), out, code -> stopRequested(
                    new MachineStop(code == 0 ? MachineStop.Kind.POWER_OFF : MachineStop.Kind.FAIL, code))) != null;
        } catch (IllegalArgumentException e) {
            throw new BootImageException(String.format("%s %s: symbol tohost (0x%x) or fromhost lies outside RAM",
                    image.role(), image.file(), elf.get().symbol("tohost").get()));
        }
    }

    private void stopRequested(MachineStop request) {
        if (stopRequest == null) {
            stopRequest = request;
        }
        machine.exit(request.exitCode());
    }

    /**
     * Runs up to {@code maxSteps} steps, first handing pending host input to the guest. When the
     * guest powers off, fails or reboots (test device) or exits through HTIF, the result is an
     * {@link StopReason#EXIT} event; {@link #stopRequest()} says which.
     */
    public StopEvent run(long maxSteps) {
        peripherals.poll();
        StopEvent e = machine.run(maxSteps);
        return e.reason() == StopReason.EXIT && stopRequest != null ? exitEvent(e.hart()) : e;
    }

    private StopEvent exitEvent(int hart) {
        String what = switch (stopRequest.kind()) {
            case POWER_OFF -> "guest powered off";
            case REBOOT -> "guest asked for a reboot";
            case FAIL -> "guest reported failure " + stopRequest.exitCode();
        };
        return new StopEvent(StopReason.EXIT, hart, machine.pc(hart), stopRequest.exitCode(), 0, what);
    }

    /** Queues bytes typed on the host for the UART; safe from any thread. */
    public void typeInput(byte[] bytes) {
        peripherals.uart().hostInput(bytes);
    }

    /** What the guest asked for (power-off, failure, reboot, HTIF exit), or null while it runs on. */
    public MachineStop stopRequest() {
        return stopRequest;
    }

    public Machine machine() {
        return machine;
    }

    public VirtPeripherals peripherals() {
        return peripherals;
    }

    public VirtBoardConfig config() {
        return config;
    }

    /** The device tree blob the guest receives in a1. */
    public byte[] deviceTree() {
        return layout.deviceTree().clone();
    }

    public long deviceTreeAddress() {
        return layout.deviceTreeAddress();
    }

    /** Where the reset ROM sends the harts: the firmware, or the kernel without firmware. */
    public long startAddress() {
        return layout.startAddress();
    }

    /** What was loaded where, in load order (firmware, kernel, initrd, device tree). */
    public List<LoadPlan.Region> loadedRegions() {
        return layout.plan().regions();
    }

    /** Writes back persistent disks and releases their files. */
    @Override
    public void close() throws IOException {
        IOException first = null;
        for (DiskImage disk : disks) {
            try {
                disk.flush();
                disk.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private static void closeAll(List<DiskImage> disks) {
        for (DiskImage disk : disks) {
            try {
                disk.close();
            } catch (IOException e) {
                // already failing: the first error is the one reported
            }
        }
    }
}
