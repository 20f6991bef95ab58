package io.guestlab.emulator.semihosting;

import io.guestlab.emulator.EbreakHandler;
import io.guestlab.emulator.Machine;
import io.guestlab.emulator.board.Semihosting;
import io.guestlab.emulator.devices.ByteSink;
import io.guestlab.emulator.snapshot.SnapshotException;
import io.guestlab.emulator.snapshot.StateReader;
import io.guestlab.emulator.snapshot.StateWriter;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Answers a machine's semihosting calls. A call is an {@code ebreak} between
 * {@code slli x0,x0,0x1f} and {@code srai x0,x0,7}, all three uncompressed and in one page (RISC-V
 * semihosting, binary interface); a0 holds the operation number, a1 its parameter (a value or the
 * address of a block of XLEN-wide fields), and the result goes back in a0. Every other ebreak
 * stays a breakpoint exception.
 * <p>
 * Privilege: calls are answered from M and S mode, and a U-mode ebreak stays a breakpoint. The
 * RISC-V specification does not restrict the mode, and the Arm one leaves calls from unprivileged
 * code to the implementation; QEMU answers U mode only with {@code userspace=on}. Keeping the
 * default means a user program under a guest kernel can reach neither the host's files nor its
 * exit, and the kernel keeps seeing its users' breakpoints.
 * <p>
 * Record and replay: what the host answers that the guest's state cannot reproduce (file
 * operations in the shared folder, and SYS_TIME when time is the host's) can be
 * {@link #record recorded} as {@link HostAnswer}s, and {@link #replay replayed} from them without
 * touching the host. Console output still goes to the console; the rest depends on the guest alone.
 */
public final class Semihost implements EbreakHandler, Closeable {

    static final int SLLI_X0_X0_31 = 0x01f01013, EBREAK = 0x00100073, SRAI_X0_X0_7 = 0x40705013;
    /** SYS_TICKFREQ: SYS_ELAPSED counts ticks of the machine's 10 MHz timebase. */
    static final long TICKS_PER_SECOND = 10_000_000;
    private static final long TICKS_PER_CENTISECOND = TICKS_PER_SECOND / 100;
    private static final int USER_MODE = 0;
    private static final int MAX_OPEN_MODE = 11;

    private final Machine machine;
    private HostFolder folder; // null: console, clock and exit only
    private final ByteSink console;
    private final IntConsumer exit;
    private final GuestEnvironment environment;
    private final FileTable files = new FileTable();
    private long startTicks;
    private int errno;
    /** Told every host answer while recording; null otherwise. */
    private Consumer<HostAnswer> recording;
    /** The recorded answers while replaying; null otherwise. */
    private HostAnswers replaying;
    /** Told when the guest reports a breakpoint (SYS_EXIT with ADP_Stopped_BreakPoint); null: that exits as QEMU does. */
    private Runnable breakpointReport;
    /** Set by close: closing the guest's leftover files is not the guest's doing, so neither recorded nor replayed. */
    private boolean shuttingDown;

    private Semihost(Machine machine, HostFolder folder, ByteSink console, IntConsumer exit,
                     GuestEnvironment environment) {
        this.machine = machine;
        this.folder = folder;
        this.console = console;
        this.exit = exit;
        this.environment = environment;
        this.startTicks = machine.time();
    }

    /**
     * Makes {@code machine} answer semihosting calls as {@code config} says.
     *
     * @param console     where console output (SYS_WRITEC, SYS_WRITE0, writes to {@code :tt}) goes
     * @param exit        told the exit code when the guest calls SYS_EXIT or SYS_EXIT_EXTENDED;
     *                    it should stop the machine (e.g. {@link Machine#exit})
     * @param environment the command line, wall-clock epoch and heap the guest is told about
     * @throws IllegalArgumentException {@code config} does not enable semihosting
     * @throws IOException              the root folder is not an existing folder (the message names it)
     */
    public static Semihost attach(Machine machine, Semihosting config, ByteSink console, IntConsumer exit,
                                  GuestEnvironment environment) throws IOException {
        if (!config.enabled()) {
            throw new IllegalArgumentException("semihosting is not enabled");
        }
        SharedFolder folder = config.root() == null ? null : new SharedFolder(config.root());
        Semihost host = new Semihost(machine, folder, console, exit, environment);
        machine.setEbreakHandler(host);
        return host;
    }

    /**
     * Makes {@code machine} answer semihosting calls as {@code config} says, with every host
     * answer taken from {@code answers} (see {@link #replay}): {@code config.root()} is never
     * touched and need not exist any more.
     */
    public static Semihost attachReplaying(Machine machine, Semihosting config, ByteSink console, IntConsumer exit,
                                           GuestEnvironment environment, HostAnswers answers) {
        if (!config.enabled()) {
            throw new IllegalArgumentException("semihosting is not enabled");
        }
        Semihost host = new Semihost(machine, null, console, exit, environment);
        host.replaying = answers;
        host.folder = config.root() == null ? null : new ReplayedFolder(host.replayedAnswers());
        host.restartClockForHostTime();
        machine.setEbreakHandler(host);
        return host;
    }

    /**
     * Makes a SYS_EXIT (or SYS_EXIT_EXTENDED) with reason ADP_Stopped_BreakPoint a report rather
     * than an exit: {@code report} is told, the call returns, and the guest continues after it
     * when the machine runs again, as a debugger resumes a program that reported a breakpoint.
     * Without a report (the default) such a call exits with status 1, as in QEMU.
     */
    public void onBreakpointReport(Runnable report) {
        breakpointReport = report;
    }

    /**
     * From now on also tells {@code recording} every answer the host gives (in order). Call
     * before the guest runs, after the machine's time source is the one being recorded.
     */
    public void record(Consumer<HostAnswer> recording) {
        if (replaying != null) {
            throw new IllegalStateException("semihosting is replaying; it cannot record too");
        }
        this.recording = recording;
        if (folder != null) {
            folder = new RecordingFolder(folder, this::recorded);
        }
        restartClockForHostTime();
    }

    /**
     * From now on takes every host answer from {@code answers} instead of the host: the shared
     * folder is neither read nor written. Call before the guest runs (no host file open), after
     * the machine's time source is the replayed one.
     */
    public void replay(HostAnswers answers) {
        if (recording != null) {
            throw new IllegalStateException("semihosting is recording; it cannot replay too");
        }
        replaying = answers;
        if (folder != null) {
            folder = new ReplayedFolder(replayedAnswers());
        }
        restartClockForHostTime();
    }

    /**
     * In host time, SYS_CLOCK and SYS_ELAPSED count from the first reading of the recorded (or
     * replayed) clock, so that they too depend on the recording alone.
     */
    private void restartClockForHostTime() {
        if (machine.usesHostTime()) {
            startTicks = machine.time();
        }
    }

    private void recorded(HostAnswer answer) {
        if (recording != null) {
            recording.accept(answer);
        }
    }

    private HostAnswers replayedAnswers() {
        return new HostAnswers() {
            @Override
            public HostAnswer next(String call) {
                return shuttingDown ? new HostAnswer(call, 0) : replaying.next(call);
            }

            @Override
            public void diverged(String what) {
                replaying.diverged(what);
            }
        };
    }

    /** An answer only the host can give: recorded, or taken from the recording when replaying. */
    private long hostAnswer(String call, long live) throws CallFailed {
        if (replaying != null) {
            HostAnswer a = replaying.next(call);
            if (a == null) {
                throw new CallFailed(Errno.EIO);
            }
            return a.result();
        }
        recorded(new HostAnswer(call, live));
        return live;
    }

    @Override
    public boolean handle(int hart, long pc) {
        if (machine.privilege(hart) == USER_MODE || !isCallSequence(hart, pc)) {
            return false;
        }
        GuestMemory memory = new GuestMemory(machine, hart);
        long operation = machine.register(hart, 10);
        long parameter = machine.register(hart, 11);
        try {
            Long result = call(operation, parameter, memory);
            if (result != null) {
                machine.setRegister(hart, 10, result);
            }
        } catch (CallFailed e) {
            errno = e.errno;
            machine.setRegister(hart, 10, -1);
        }
        return true;
    }

    /** The three instruction words around {@code pc}, read without side effects, mark a call. */
    private boolean isCallSequence(int hart, long pc) {
        long offset = pc & 0xfff;
        if (offset < 4 || offset > 0x1000 - 8) {
            return false; // the sequence must not cross a page (the hart cannot fault mid-check)
        }
        byte[] words = new byte[12];
        if (!machine.readVirtual(hart, pc - 4, words)) {
            return false;
        }
        return word(words, 0) == SLLI_X0_X0_31 && word(words, 4) == EBREAK && word(words, 8) == SRAI_X0_X0_7;
    }

    private static int word(byte[] b, int i) {
        return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8 | (b[i + 2] & 0xff) << 16 | (b[i + 3] & 0xff) << 24;
    }

    /** Performs one operation; the value for a0, or null where the specification leaves a0 as it is. */
    private Long call(long operation, long p, GuestMemory memory) throws CallFailed {
        if (operation < 0 || operation > Integer.MAX_VALUE) {
            throw new CallFailed(Errno.ENOSYS);
        }
        return switch ((int) operation) {
            case Operation.SYS_OPEN -> open(memory.field(p, 0), memory.field(p, 1), memory.field(p, 2), memory);
            case Operation.SYS_CLOSE -> {
                try {
                    files.close(memory.field(p, 0));
                } catch (IOException e) {
                    throw new CallFailed(Errno.of(e));
                }
                yield 0L;
            }
            case Operation.SYS_WRITEC -> {
                console.write(memory.read(p, 1)[0] & 0xff);
                yield null;
            }
            case Operation.SYS_WRITE0 -> {
                for (byte b : memory.cString(p)) {
                    console.write(b & 0xff);
                }
                yield null;
            }
            case Operation.SYS_WRITE -> write(files.get(memory.field(p, 0)), memory.field(p, 1), memory.field(p, 2), memory);
            case Operation.SYS_READ -> read(files.get(memory.field(p, 0)), memory.field(p, 1), memory.field(p, 2), memory);
            case Operation.SYS_READC -> -1L; // console input belongs to the UART: semihosting sees end of file
            case Operation.SYS_ISERROR -> memory.field(p, 0) < 0 ? 1L : 0L;
            case Operation.SYS_ISTTY -> files.get(memory.field(p, 0)).isTty() ? 1L : 0L;
            case Operation.SYS_SEEK -> {
                OpenFile file = files.get(memory.field(p, 0));
                long position = memory.field(p, 1);
                try {
                    file.seek(position);
                } catch (IOException e) {
                    throw new CallFailed(Errno.of(e));
                }
                yield 0L;
            }
            case Operation.SYS_FLEN -> {
                try {
                    yield files.get(memory.field(p, 0)).length();
                } catch (IOException e) {
                    throw new CallFailed(Errno.of(e));
                }
            }
            case Operation.SYS_TMPNAM -> temporaryName(memory.field(p, 0), memory.field(p, 1), memory.field(p, 2), memory);
            case Operation.SYS_REMOVE -> remove(guestPath(memory.field(p, 0), memory.field(p, 1), memory));
            case Operation.SYS_RENAME -> rename(guestPath(memory.field(p, 0), memory.field(p, 1), memory),
                    guestPath(memory.field(p, 2), memory.field(p, 3), memory));
            case Operation.SYS_CLOCK -> (machine.time() - startTicks) / TICKS_PER_CENTISECOND;
            case Operation.SYS_TIME -> {
                long seconds = Math.floorDiv(environment.epochNanos() + machine.time() * (1_000_000_000L / TICKS_PER_SECOND),
                        1_000_000_000L);
                yield machine.usesHostTime() ? hostAnswer("time", seconds) : seconds; // the epoch is the host's then
            }
            case Operation.SYS_SYSTEM -> throw new CallFailed(Errno.EPERM); // a guest never runs host commands
            case Operation.SYS_ERRNO -> (long) errno;
            case Operation.SYS_GET_CMDLINE -> commandLine(p, memory);
            case Operation.SYS_HEAPINFO -> heapInfo(memory.word(p), memory);
            case Operation.SYS_EXIT, Operation.SYS_EXIT_EXTENDED -> {
                // RV64 passes a block {reason, subcode} to both (section 6.5, the 64-bit form);
                // QEMU's mapping: a normal application exit gives the subcode, anything else 1.
                long reason = memory.field(p, 0);
                long subcode = memory.field(p, 1);
                if (reason == Operation.ADP_STOPPED_BREAKPOINT && breakpointReport != null) {
                    breakpointReport.run(); // the call returns; the guest runs on when resumed
                    yield null;
                }
                exit.accept(reason == Operation.ADP_STOPPED_APPLICATION_EXIT ? (int) subcode : 1);
                yield null;
            }
            case Operation.SYS_ELAPSED -> {
                memory.setWord(p, machine.time() - startTicks); // one 64-bit field when XLEN is 64
                yield 0L;
            }
            case Operation.SYS_TICKFREQ -> TICKS_PER_SECOND;
            default -> throw new CallFailed(Errno.ENOSYS);
        };
    }

    private long open(long name, long mode, long length, GuestMemory memory) throws CallFailed {
        if (mode < 0 || mode > MAX_OPEN_MODE) {
            throw new CallFailed(Errno.EINVAL);
        }
        String path = guestPath(name, length, memory);
        OpenFile file;
        if (path.equals(":tt")) {
            // section 6.1: ":tt" in a read mode is stdin, in a write mode stdout, appending stderr
            file = new ConsoleFile(console, mode < 4);
        } else if (path.equals(FeaturesFile.NAME)) {
            if (mode > 1) {
                throw new CallFailed(Errno.EACCES);
            }
            file = new FeaturesFile();
        } else {
            file = sharedFolder().open(path, (int) mode);
        }
        try {
            return files.add(file, path);
        } catch (IOException e) {
            throw new CallFailed(Errno.of(e));
        }
    }

    /** SYS_WRITE: the result is the number of bytes NOT written (0: all of them). */
    private long write(OpenFile file, long buffer, long length, GuestMemory memory) throws CallFailed {
        if (length < 0) {
            throw new CallFailed(Errno.EINVAL);
        }
        long done = 0;
        try {
            while (done < length) {
                int n = (int) Math.min(GuestMemory.CHUNK, length - done);
                file.write(memory.read(buffer + done, n));
                done += n;
            }
        } catch (CallFailed | IOException e) {
            errno = e instanceof CallFailed c ? c.errno : Errno.of((IOException) e);
        }
        return length - done;
    }

    /** SYS_READ: the result is the number of bytes NOT read (all of them at end of file). */
    private long read(OpenFile file, long buffer, long length, GuestMemory memory) throws CallFailed {
        if (length < 0) {
            throw new CallFailed(Errno.EINVAL);
        }
        long done = 0;
        try {
            while (done < length) {
                int wanted = (int) Math.min(GuestMemory.CHUNK, length - done);
                byte[] bytes = file.read(wanted);
                memory.write(buffer + done, bytes);
                done += bytes.length;
                if (bytes.length < wanted) {
                    break;
                }
            }
        } catch (CallFailed | IOException e) {
            if (done == 0) {
                throw e instanceof CallFailed c ? c : new CallFailed(Errno.of((IOException) e));
            }
            errno = e instanceof CallFailed c ? c.errno : Errno.of((IOException) e);
        }
        return length - done;
    }

    private long remove(String path) throws CallFailed {
        sharedFolder().remove(path);
        return 0;
    }

    private long rename(String from, String to) throws CallFailed {
        sharedFolder().rename(from, to);
        return 0;
    }

    /** SYS_TMPNAM: a name for temporary file {@code id} (0..255), inside the shared folder. */
    private long temporaryName(long buffer, long id, long length, GuestMemory memory) throws CallFailed {
        sharedFolder();
        if (id < 0 || id > 255) {
            throw new CallFailed(Errno.EINVAL);
        }
        byte[] name = String.format("guestlab-tmp-%03d", id).getBytes(StandardCharsets.US_ASCII);
        if (length < name.length + 1) {
            throw new CallFailed(Errno.ENAMETOOLONG);
        }
        byte[] terminated = new byte[name.length + 1];
        System.arraycopy(name, 0, terminated, 0, name.length);
        memory.write(buffer, terminated);
        return 0;
    }

    /** SYS_GET_CMDLINE: block {buffer, size}; the size field is set to the length written. */
    private long commandLine(long block, GuestMemory memory) throws CallFailed {
        byte[] text = environment.commandLine().getBytes(StandardCharsets.UTF_8);
        long buffer = memory.field(block, 0);
        long size = memory.field(block, 1);
        if (size < text.length + 1) {
            throw new CallFailed(Errno.EINVAL);
        }
        byte[] terminated = new byte[text.length + 1];
        System.arraycopy(text, 0, terminated, 0, text.length);
        memory.write(buffer, terminated);
        memory.setWord(block + 8, text.length);
        return 0;
    }

    /**
     * SYS_HEAPINFO: fills the block a1 points at with heap base, heap limit, stack base and stack
     * limit. The heap runs from above the program to the end of RAM and the stack down from the
     * end of RAM: they share the space, as a C library's sbrk and stack do.
     */
    private long heapInfo(long block, GuestMemory memory) throws CallFailed {
        long ramBase = machine.config().ramBase();
        long ramEnd = ramBase + machine.config().ramSize();
        long heapBase = environment.heapBase() != 0 ? environment.heapBase() : ramBase + machine.config().ramSize() / 2;
        memory.setWord(block, heapBase);
        memory.setWord(block + 8, ramEnd);
        memory.setWord(block + 16, ramEnd);
        memory.setWord(block + 24, heapBase);
        return 0;
    }

    private String guestPath(long address, long length, GuestMemory memory) throws CallFailed {
        if (length < 0 || length > SharedFolder.MAX_PATH) {
            throw new CallFailed(Errno.ENAMETOOLONG);
        }
        return new String(memory.read(address, (int) length), StandardCharsets.UTF_8);
    }

    private HostFolder sharedFolder() throws CallFailed {
        if (folder == null) {
            throw new CallFailed(Errno.EACCES); // no root folder given: no host files at all
        }
        return folder;
    }

    /**
     * Writes what the guest can observe of semihosting: its open handles, the last error number
     * and the clock's origin. The shared folder's files are the host's and are not part of it.
     *
     * @throws SnapshotException the guest holds a host file open (the message names it)
     */
    public void saveState(StateWriter out) throws SnapshotException {
        out.section("semihosting");
        out.putInt("errno", errno);
        out.putLong("startTicks", startTicks);
        files.saveState(out);
    }

    /** Restores what {@link #saveState} wrote; handles the guest held open before are closed. */
    public void restoreState(StateReader in) throws SnapshotException {
        in.section("semihosting");
        int savedErrno = in.getInt("errno");
        long savedStart = in.getLong("startTicks");
        files.restoreState(in, console);
        errno = savedErrno;
        startTicks = savedStart;
    }

    /** Closes every file the guest left open. */
    @Override
    public void close() throws IOException {
        recording = null;
        shuttingDown = true;
        IOException failure = files.closeAll();
        if (failure != null) {
            throw failure;
        }
    }
}
