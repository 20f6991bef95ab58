package io.guestlab.emulator.board;

import io.guestlab.emulator.Machine;
import io.guestlab.emulator.MachineConfig;
import io.guestlab.emulator.StopEvent;
import io.guestlab.emulator.StopReason;
import io.guestlab.emulator.bus.Ram;
import io.guestlab.emulator.devices.ByteSink;
import io.guestlab.emulator.devices.DiskImage;
import io.guestlab.emulator.devices.DiskMode;
import io.guestlab.emulator.devices.GoldfishRtc;
import io.guestlab.emulator.devices.HostClock;
import io.guestlab.emulator.devices.MachineStop;
import io.guestlab.emulator.devices.VirtioBlk;
import io.guestlab.emulator.devices.VirtioDevice;
import io.guestlab.emulator.devices.VirtioRng;
import io.guestlab.emulator.htif.Htif;
import io.guestlab.emulator.loader.BootImage;
import io.guestlab.emulator.loader.BootImageException;
import io.guestlab.emulator.loader.ElfFile;
import io.guestlab.emulator.loader.LoadPlan;
import io.guestlab.emulator.semihosting.GuestEnvironment;
import io.guestlab.emulator.semihosting.Semihost;
import io.guestlab.emulator.snapshot.DiskOverlay;
import io.guestlab.emulator.snapshot.SnapshotException;
import io.guestlab.emulator.snapshot.StateHash;
import io.guestlab.emulator.snapshot.StateReader;
import io.guestlab.emulator.snapshot.StateWriter;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A complete virt machine, assembled like QEMU 7.2's {@code qemu-system-riscv64 -M virt}: the
 * engine's {@link Machine} (harts, DRAM, CLINT), the board's peripherals wired to it, the reset
 * ROM, and the boot images loaded where {@link BootLayout} places them. Every hart starts in the
 * ROM, which enters the firmware (or the kernel when there is none) with a0 = hart id, a1 = the
 * device tree, a2 = fw_dynamic information. An ELF with a {@code tohost} symbol also gets HTIF,
 * for bare-metal test programs.
 * <p>
 * A board can be {@link #snapshot() snapshotted}, {@link #restore restored} and {@link #fork
 * forked}; a fork shares unchanged RAM pages and disk sectors with its parent copy-on-write.
 */
public final class VirtBoard implements Closeable {

    /** What the reset ROM and the accessors need from booting; kept in snapshots, as the images may be gone. */
    private record Boot(long startAddress, byte[] deviceTree, long deviceTreeAddress, long kernelEntry,
                        List<LoadPlan.Region> regions) {
    }

    private final VirtBoardConfig config;
    private final Machine machine;
    private final VirtPeripherals peripherals;
    private final ByteSink console;
    private final List<DiskImage> disks;
    private final FlashBanks flash;
    private Boot boot;
    private Htif htif;
    /** Answers semihosting calls; null unless the configuration enables semihosting. */
    private Semihost semihost;
    private MachineStop stopRequest;
    private final Queue<byte[]> hostInput = new ConcurrentLinkedQueue<>();
    /** The host's clock in host time (null in virtual time); a recording wraps it, a replay replaces it. */
    private HostClock hostClock;
    /** In host time the RTC shows the host's date, set (a host input) when the board first runs. */
    private boolean wallClockPending;
    private InputLogWriter recorder;
    private List<InputLog.Uart> replay;
    private int replayNext;
    private List<InputLog.WallClock> replayedWallClock;
    private ReplayedHostAnswers replayedAnswers;
    /** What went differently from the recording being replayed; null while the replay follows it. */
    private String divergence;
    /** Every host input delivered, with its step: re-delivered after a restore to an earlier step. */
    private final List<InputLog.Uart> inputHistory = new ArrayList<>();
    /** See {@link #newInputStep()}. */
    private long newInputStep = -1;
    /** While >= 0, the index in inputHistory to re-deliver next; host input waits until it is done. */
    private int historyNext = -1;

    private VirtBoard(VirtBoardConfig config, BoardDescription board, List<DiskImage> disks, FlashBanks flash, Machine machine,
                      ByteSink console) throws IOException {
        this.config = config;
        this.disks = disks;
        this.flash = flash;
        this.machine = machine;
        this.console = console;
        machine.setStopWhenIdle(false); // host input can always wake a waiting guest
        if (config.hostTime()) {
            hostClock = new HostClock();
            machine.useHostTime(hostClock);
            wallClockPending = true;
        }
        long hostEpoch = config.hostTime() ? System.currentTimeMillis() * 1_000_000L : GoldfishRtc.VIRTUAL_EPOCH_NANOS;
        // The RTC starts at the fixed date even in host time, so the start state (and its hash)
        // does not depend on the host; the first run sets the host's date, as a recorded input.
        long rtcEpoch = GoldfishRtc.VIRTUAL_EPOCH_NANOS;

        // Devices without a bus take the highest free transport, as QEMU plugs them.
        VirtioSlots placement = VirtioSlots.of(config);
        VirtioDevice[] slots = new VirtioDevice[VirtMemoryMap.VIRTIO_COUNT];
        for (int i = 0; i < disks.size(); i++) {
            slots[placement.drive(i)] = new VirtioBlk(disks.get(i), config.drives().get(i).settings());
        }
        if (config.rngSeed() != null) {
            slots[placement.rng()] = config.hostTime() ? VirtioRng.hostEntropy() : VirtioRng.seeded(config.rngSeed());
        }
        peripherals = new VirtPeripherals(board, machine.clock(), rtcEpoch,
                machine.bus(), machine::interruptLine, console, this::stopRequested,
                Arrays.asList(slots), config.legacyVirtio());
        for (DeviceWindow w : peripherals.windows()) {
            machine.bus().map(w.base(), w.size(), w.device());
        }
        flash.map(machine.bus());
        machine.addTimedDevice(peripherals.rtc());
        if (config.semihosting().enabled()) {
            semihost = Semihost.attach(machine, config.semihosting(), console,
                    code -> exitRequested(MachineStop.Channel.SEMIHOSTING, code),
                    GuestEnvironment.forKernel(config.kernel(), config.append(), hostEpoch));
        }
    }

    /** Maps the reset ROM for {@code boot} and remembers it. */
    private void boot(Boot b) {
        boot = b;
        machine.bus().map(VirtMemoryMap.MROM_BASE, VirtMemoryMap.MROM_SIZE,
                new ResetRom(b.startAddress(), b.deviceTreeAddress(), b.kernelEntry()));
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
        FlashBanks flash = null;
        try {
            for (Drive drive : config.drives()) {
                disks.add(DiskImage.open(drive.file(), drive.mode()));
            }
            flash = FlashBanks.open(config);
            VirtBoard board = new VirtBoard(config, layout.board(), disks, flash, newMachine(config), console);
            board.boot(new Boot(layout.startAddress(), layout.deviceTree(), layout.deviceTreeAddress(),
                    layout.kernelEntry(), layout.plan().regions()));
            layout.plan().writeTo(board.machine.bus());
            for (int hart = 0; hart < config.harts(); hart++) {
                board.machine.setPc(hart, layout.hartStarts().getOrDefault(hart, VirtMemoryMap.MROM_BASE));
            }
            for (BootImage image : new BootImage[] {layout.kernel(), layout.firmware()}) {
                if (image != null && board.connectHtif(image)) {
                    break; // the kernel's tohost wins, as it is the program that runs last
                }
            }
            return board;
        } catch (IOException | BootImageException | RuntimeException e) {
            closeAll(disks, flash);
            throw e;
        }
    }

    private static Machine newMachine(VirtBoardConfig config) throws BootImageException {
        try {
            return new Machine(new MachineConfig(VirtMemoryMap.DRAM_BASE, config.memoryBytes(), config.harts(),
                    MachineConfig.DEFAULT_QUANTUM));
        } catch (OutOfMemoryError e) {
            throw new BootImageException("not enough host memory for " + (config.memoryBytes() >> 20)
                    + " MiB of guest RAM (raise the JVM's -Xmx)");
        }
    }

    /** HTIF for an ELF that defines {@code tohost}, as Spike and riscv-tests expect; false if it has none. */
    private boolean connectHtif(BootImage image) throws BootImageException {
        Optional<ElfFile> elf = image.elf();
        if (elf.isEmpty()) {
            return false;
        }
        try {
            htif = Htif.forProgram(machine.bus(), elf.get(), htifConsole(), this::htifExit);
            return htif != null;
        } catch (IllegalArgumentException e) {
            throw new BootImageException(String.format("%s %s: symbol tohost (0x%x) or fromhost lies outside RAM",
                    image.role(), image.file(), elf.get().symbol("tohost").get()));
        }
    }

    private OutputStream htifConsole() {
        return new OutputStream() {
            @Override
            public void write(int b) {
                console.write(b & 0xff);
            }
        };
    }

    private void htifExit(int code) {
        exitRequested(MachineStop.Channel.HTIF, code);
    }

    private void exitRequested(MachineStop.Channel channel, int code) {
        stopRequested(new MachineStop(code == 0 ? MachineStop.Kind.POWER_OFF : MachineStop.Kind.FAIL, code, channel));
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
        if (wallClockPending && divergence == null) {
            wallClockPending = false;
            setWallClock();
        }
        if (divergence != null) {
            return divergenceEvent();
        }
        long budget = maxSteps;
        if (replay != null) {
            while (replayNext < replay.size() && replay.get(replayNext).step() <= machine.steps()) {
                peripherals.uart().hostInput(replay.get(replayNext++).bytes());
            }
            if (replayNext < replay.size()) {
                budget = Math.min(budget, replay.get(replayNext).step() - machine.steps());
            }
        } else {
            if (historyNext >= 0) { // after a restore: the inputs of the run's future come again
                while (historyNext < inputHistory.size() && inputHistory.get(historyNext).step() <= machine.steps()) {
                    peripherals.uart().hostInput(inputHistory.get(historyNext++).bytes());
                }
                if (historyNext < inputHistory.size()) {
                    budget = Math.min(budget, inputHistory.get(historyNext).step() - machine.steps());
                } else {
                    historyNext = -1;
                }
            }
            byte[] bytes;
            while (historyNext < 0 && (bytes = hostInput.poll()) != null) {
                if (recorder != null) {
                    recorder.uart(machine.steps(), bytes);
                }
                inputHistory.add(new InputLog.Uart(machine.steps(), bytes));
                peripherals.uart().hostInput(bytes);
                newInputStep = machine.steps();
            }
        }
        peripherals.poll();
        StopEvent e = machine.run(budget);
        if (divergence != null) {
            return divergenceEvent();
        }
        return e.reason() == StopReason.EXIT && stopRequest != null ? exitEvent(e.hart()) : e;
    }

    /**
     * Host time: sets the RTC to the host's date (recorded), or to the recorded date in a replay.
     * Done through the goldfish registers, as a guest sets the clock: TIME_HIGH, then TIME_LOW
     * commits; the guest's latched high half is put back, so the date is all that changes.
     */
    private void setWallClock() {
        long nanos;
        if (replay != null) {
            if (replayedWallClock.isEmpty() || replayedWallClock.get(0).step() != machine.steps()) {
                diverged("the recording " + (replayedWallClock.isEmpty() ? "has no host date for the RTC"
                        : "set the RTC at step " + replayedWallClock.get(0).step()) + ", this run at step " + machine.steps());
                return;
            }
            nanos = replayedWallClock.get(0).epochNanos();
        } else {
            nanos = System.currentTimeMillis() * 1_000_000L;
            if (recorder != null) {
                recorder.wallClock(machine.steps(), nanos);
            }
        }
        GoldfishRtc rtc = peripherals.rtc();
        long latched = rtc.read(RTC_TIME_HIGH, 4);
        rtc.write(RTC_TIME_HIGH, 4, nanos >>> 32);
        rtc.write(RTC_TIME_LOW, 4, nanos & 0xFFFF_FFFFL);
        rtc.write(RTC_TIME_HIGH, 4, latched);
    }

    /** Goldfish RTC register offsets (Android goldfish RTC, as QEMU's google,goldfish-rtc). */
    private static final int RTC_TIME_LOW = 0x00, RTC_TIME_HIGH = 0x04;

    private void diverged(String what) {
        if (divergence == null) {
            divergence = what;
            machine.halt(); // the run stops within a quantum
        }
    }

    private StopEvent divergenceEvent() {
        return new StopEvent(StopReason.HALTED, 0, machine.pc(0), 0, 0, "the replay diverged from the recording: "
                + divergence);
    }

    /**
     * The step at which host input typed since the last restore last reached the guest (recorded
     * input handed over again after a restore does not count), or -1: where a debugger going
     * back in time sees the run leave its recorded course.
     */
    public long newInputStep() {
        return newInputStep;
    }

    /** Why the run being replayed no longer follows its recording, or null while it does. */
    public String replayDivergence() {
        return divergence;
    }

    private StopEvent exitEvent(int hart) {
        String what = switch (stopRequest.kind()) {
            case POWER_OFF -> "guest powered off";
            case REBOOT -> "guest asked for a reboot";
            case FAIL -> "guest reported failure " + stopRequest.exitCode();
        };
        return new StopEvent(StopReason.EXIT, hart, machine.pc(hart), stopRequest.exitCode(), 0, what);
    }

    /**
     * Queues bytes typed on the host for the UART; safe from any thread. They reach the guest at
     * the start of the next {@link #run}, the one place a run takes input (recorded there when
     * {@link #recordInput recording}); while {@link #replayInput replaying} they are ignored.
     */
    public void typeInput(byte[] bytes) {
        if (replay == null) {
            hostInput.add(bytes.clone());
        }
    }

    /**
     * Logs every input from now on to {@code writer}, with the machine step it arrives at:
     * console input, and in host time the host clock's readings and date, and the host's
     * answers to semihosting requests. Call before the board runs.
     */
    public void recordInput(InputLogWriter writer) {
        if (replay != null) {
            throw new IllegalStateException("the board replays a recording; it cannot record too");
        }
        recorder = writer;
        if (hostClock != null) {
            machine.useHostTime(new RecordingHostTime(hostClock, machine::steps, writer::clockReading));
        }
        if (semihost != null) {
            semihost.record(answer -> writer.semihostAnswer(machine.steps(), answer));
        }
    }

    /**
     * Takes input from a recording instead of the host: console input is delivered when the
     * machine reaches its step ({@link #run} stops there to do so) and host input is ignored; in
     * host time the clock and the RTC's date come from the recording and the run never sleeps;
     * semihosting answers come from the recording, and the shared folder is not touched. Where
     * the run goes another way than the recorded one, {@link #run} stops with
     * {@link StopReason#HALTED} and {@link #replayDivergence()} says what differed. Call before
     * the board runs.
     */
    public void replayInput(List<InputLog.Input> inputs) {
        if (recorder != null) {
            throw new IllegalStateException("the board records its input; it cannot replay a recording too");
        }
        replay = InputLog.only(inputs, InputLog.Uart.class);
        replayNext = 0;
        replayedWallClock = InputLog.only(inputs, InputLog.WallClock.class);
        List<InputLog.ClockReading> clock = InputLog.only(inputs, InputLog.ClockReading.class);
        if (config.hostTime()) {
            machine.useHostTime(new ReplayedHostTime(clock, machine::steps, this::diverged));
        } else if (!clock.isEmpty() || !replayedWallClock.isEmpty()) {
            diverged("the recording was made in host time; this machine's time is virtual");
        }
        List<InputLog.SemihostAnswer> answers = InputLog.only(inputs, InputLog.SemihostAnswer.class);
        replayedAnswers = new ReplayedHostAnswers(answers, machine::steps, this::diverged);
        if (semihost != null) {
            semihost.replay(replayedAnswers);
        } else if (!answers.isEmpty()) {
            diverged("the recording has semihosting answers; this machine has no semihosting");
        }
    }

    /** True once every recorded console input and semihosting answer has been delivered (or when not replaying). */
    public boolean replayDone() {
        return replay == null || (replayNext >= replay.size() && replayedAnswers.done());
    }

    /**
     * The hash of the board's whole state now (harts, devices, non-zero RAM pages, disk overlays),
     * without freezing anything; equal hashes mean equal machines.
     */
    public String stateHash() {
        StateWriter out = new StateWriter();
        saveState(out);
        List<DiskOverlay> overlays = new ArrayList<>();
        for (DiskImage disk : disks) {
            if (disk.mode() != DiskMode.PERSISTENT) {
                overlays.add(disk.freeze());
            }
        }
        Ram ram = machine.bus().ram();
        return StateHash.of(out.toByteArray(), ram::pageOrNull, ram.pageCount(), overlays);
    }

    /** What the guest asked for (power-off, failure, reboot, HTIF exit), or null while it runs on. */
    public MachineStop stopRequest() {
        return stopRequest;
    }

    /**
     * Tells {@code report} when the guest reports a breakpoint through semihosting (SYS_EXIT with
     * ADP_Stopped_BreakPoint) instead of exiting; see {@link Semihost#onBreakpointReport}.
     *
     * @return false: this board has no semihosting, so no guest can report one
     */
    public boolean onSemihostingBreakpoint(Runnable report) {
        if (semihost == null) {
            return false;
        }
        semihost.onBreakpointReport(report);
        return true;
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
        return boot.deviceTree().clone();
    }

    public long deviceTreeAddress() {
        return boot.deviceTreeAddress();
    }

    /** Where the reset ROM sends the harts: the firmware, or the kernel without firmware. */
    public long startAddress() {
        return boot.startAddress();
    }

    /** What was loaded where, in load order (firmware, kernel, initrd, device tree); empty for a restored board. */
    public List<LoadPlan.Region> loadedRegions() {
        return boot.regions();
    }

    // ---------------------------------------------------------------------------------------
    // Snapshots and forks

    /**
     * Freezes the whole board: harts, devices, RAM and disk overlays, sharing RAM pages and disk
     * sectors copy-on-write. Call between runs, on the thread that runs the board.
     *
     * @throws SnapshotException a drive is persistent (its file, which a snapshot cannot hold,
     *                           would be shared by both sides), or the guest holds a semihosting
     *                           host file open (the same)
     */
    public BoardSnapshot snapshot() throws SnapshotException {
        List<DiskOverlay> overlays = new ArrayList<>();
        for (int i = 0; i < disks.size(); i++) {
            DiskImage disk = disks.get(i);
            if (disk.mode() == DiskMode.PERSISTENT) {
                throw new SnapshotException("drive " + i + " (" + disk.file() + ") is persistent: snapshots and forks "
                        + "need drives that are copy-on-write or read-only");
            }
            overlays.add(disk.freeze());
        }
        StateWriter out = new StateWriter();
        saveState(out);
        if (semihost != null) {
            semihost.saveState(out); // not in stateHash: open console handles are not machine state
        }
        return new BoardSnapshot(config, out.toByteArray(), machine.bus().ram().freeze(), overlays);
    }

    /**
     * Puts this board back in the state of {@code snapshot}, taken of a board of the same
     * configuration. Host input that came after the snapshot's step comes again at the same
     * steps (then new input), so going back and running forward repeats the run: what reverse
     * debugging needs.
     */
    public void restore(BoardSnapshot snapshot) throws SnapshotException {
        if (!sameMachine(snapshot.config(), config)) {
            throw new SnapshotException("the snapshot is of another machine (" + describe(snapshot.config())
                    + ") than this one (" + describe(config) + ")");
        }
        for (int i = 0; i < disks.size(); i++) {
            try {
                disks.get(i).restore(snapshot.disks().get(i));
            } catch (IOException e) {
                throw new SnapshotException(e.getMessage(), e);
            }
        }
        StateReader in = new StateReader(snapshot.state());
        restoreState(in);
        in.expectEnd();
        machine.restoreRam(snapshot.ram());
        historyNext = -1;
        for (int i = 0; i < inputHistory.size(); i++) {
            if (inputHistory.get(i).step() >= machine.steps()) {
                historyNext = i;
                break;
            }
        }
    }

    /**
     * Why running again from a snapshot of this board may not repeat the first run, or null when
     * it does. Re-execution (reverse debugging, checkpoints) needs null: with the host's clock the
     * times differ, and with a semihosting shared folder the guest's file writes would reach the
     * host a second time.
     */
    public String nonRepeatableReason() {
        if (config.hostTime()) {
            return "time follows the host's clock, so a run does not repeat";
        }
        if (config.semihosting().enabled() && config.semihosting().root() != null) {
            return "semihosting shares the folder " + config.semihosting().root()
                    + " with the guest: running again would repeat its file writes on the host";
        }
        return null;
    }

    /**
     * A new, independent board in this one's exact state. Unchanged RAM pages and disk sectors
     * are shared copy-on-write: neither board ever sees the other's later writes.
     */
    public VirtBoard fork(ByteSink forkConsole) throws SnapshotException, IOException {
        return fromSnapshot(snapshot(), forkConsole);
    }

    /**
     * Rebuilds a board from a snapshot, in-process or loaded from a file; the boot images are
     * not needed (RAM holds what was loaded), the drives' base images are.
     *
     * @throws IOException       a base disk image is missing or changed since the snapshot
     * @throws SnapshotException the state does not fit the configuration it came with
     */
    public static VirtBoard fromSnapshot(BoardSnapshot snapshot, ByteSink console) throws IOException, SnapshotException {
        VirtBoardConfig config = snapshot.config();
        if (snapshot.disks().size() != config.drives().size()) {
            throw new SnapshotException("the snapshot has " + snapshot.disks().size() + " disk overlays for "
                    + config.drives().size() + " drives");
        }
        List<DiskImage> disks = new ArrayList<>();
        FlashBanks flash = null;
        try {
            for (int i = 0; i < config.drives().size(); i++) {
                Drive drive = config.drives().get(i);
                disks.add(DiskImage.open(drive.file(), drive.mode(), snapshot.disks().get(i)));
            }
            flash = FlashBanks.open(config);
            Machine machine;
            try {
                machine = newMachine(config);
            } catch (BootImageException e) {
                throw new SnapshotException(e.getMessage());
            }
            VirtBoard board = new VirtBoard(config, BoardDescription.of(config.harts(), config.memoryBytes()),
                    disks, flash, machine, console);
            StateReader in = new StateReader(snapshot.state());
            board.restoreState(in);
            in.expectEnd();
            machine.restoreRam(snapshot.ram());
            return board;
        } catch (IOException | SnapshotException | RuntimeException e) {
            closeAll(disks, flash);
            throw e;
        }
    }

    private void saveState(StateWriter out) {
        out.section("board");
        out.putLong("startAddress", boot.startAddress());
        out.putBytes("deviceTree", boot.deviceTree());
        out.putLong("deviceTreeAddress", boot.deviceTreeAddress());
        out.putLong("kernelEntry", boot.kernelEntry());
        out.putBoolean("htif", htif != null);
        out.putLong("tohost", htif == null ? 0 : htif.tohost());
        out.putLong("fromhost", htif == null ? 0 : htif.fromhost());
        // KIND, or KIND:CHANNEL when not through syscon: snapshots of older builds read the same.
        out.putString("stopKind", stopRequest == null ? null : stopRequest.kind().name()
                + (stopRequest.channel() == MachineStop.Channel.SYSCON ? "" : ":" + stopRequest.channel().name()));
        out.putInt("stopCode", stopRequest == null ? 0 : stopRequest.exitCode());
        machine.saveState(out);
        peripherals.saveState(out);
        flash.saveState(out);
    }

    /** Restores board, machine and device state; a board built by fromSnapshot also gets its ROM and HTIF here. */
    private void restoreState(StateReader in) throws SnapshotException {
        in.section("board");
        long start = in.getLong("startAddress");
        byte[] dtb = in.getBytes("deviceTree");
        long dtbAddress = in.getLong("deviceTreeAddress");
        long kernelEntry = in.getLong("kernelEntry");
        boolean hasHtif = in.getBoolean("htif");
        long tohost = in.getLong("tohost");
        long fromhost = in.getLong("fromhost");
        String stopKind = in.getString("stopKind");
        int stopCode = in.getInt("stopCode");
        if (dtb == null) {
            throw new SnapshotException("board state has no device tree");
        }
        if (boot == null) {
            boot(new Boot(start, dtb, dtbAddress, kernelEntry, List.of()));
            if (hasHtif) {
                try {
                    htif = new Htif(machine.bus(), tohost, fromhost, htifConsole(), this::htifExit);
                } catch (IllegalArgumentException e) {
                    throw new SnapshotException("board state: " + e.getMessage());
                }
            }
        } else if (boot.startAddress() != start || boot.deviceTreeAddress() != dtbAddress
                || boot.kernelEntry() != kernelEntry || hasHtif != (htif != null)
                || (htif != null && (htif.tohost() != tohost || htif.fromhost() != fromhost))) {
            throw new SnapshotException("the snapshot was booted from other images than this board");
        }
        try {
            int colon = stopKind == null ? -1 : stopKind.indexOf(':');
            stopRequest = stopKind == null ? null : new MachineStop(
                    MachineStop.Kind.valueOf(colon < 0 ? stopKind : stopKind.substring(0, colon)), stopCode,
                    colon < 0 ? MachineStop.Channel.SYSCON : MachineStop.Channel.valueOf(stopKind.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            throw new SnapshotException("board state has an unknown stop kind '" + stopKind + "'");
        }
        machine.restoreState(in);
        peripherals.restoreState(in);
        flash.restoreState(in);
        if (semihost != null) {
            semihost.restoreState(in);
        }
    }

    private static boolean sameMachine(VirtBoardConfig a, VirtBoardConfig b) {
        return a.harts() == b.harts() && a.memoryBytes() == b.memoryBytes() && a.drives().equals(b.drives())
                && java.util.Objects.equals(a.rngSeed(), b.rngSeed()) && java.util.Objects.equals(a.rngBus(), b.rngBus())
                && a.legacyVirtio() == b.legacyVirtio() && a.hostTime() == b.hostTime()
                && java.util.Objects.equals(a.flash0(), b.flash0()) && java.util.Objects.equals(a.flash1(), b.flash1());
    }

    private static String describe(VirtBoardConfig c) {
        return c.harts() + " harts, " + (c.memoryBytes() >> 20) + " MiB, " + c.drives().size() + " drives";
    }

    /** Writes back persistent disks and releases their files and the flash images. */
    @Override
    public void close() throws IOException {
        IOException first = null;
        if (semihost != null) {
            try {
                semihost.close();
            } catch (IOException e) {
                first = e;
            }
        }
        for (DiskImage disk : disks) {
            try {
                disk.flush();
                disk.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        try {
            flash.close();
        } catch (IOException e) {
            first = first == null ? e : first;
        }
        if (first != null) {
            throw first;
        }
    }

    private static void closeAll(List<DiskImage> disks, FlashBanks flash) {
        if (flash != null) {
            try {
                flash.close();
            } catch (IOException e) {
                // already failing: the first error is the one reported
            }
        }
        for (DiskImage disk : disks) {
            try {
                disk.close();
            } catch (IOException e) {
                // already failing: the first error is the one reported
            }
        }
    }
}
