package io.guestlab.emulator.semihosting;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.guestlab.emulator.Machine;
import io.guestlab.emulator.MachineConfig;
import io.guestlab.emulator.StopEvent;
import io.guestlab.emulator.StopReason;
import io.guestlab.emulator.TrapCause;
import io.guestlab.emulator.board.Semihosting;
import io.guestlab.emulator.isa.Csr;
import io.guestlab.emulator.support.Asm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Semihosting calls made the way a guest makes them (the three-instruction sequence, a0/a1) on a
 * machine built here, with parameter blocks written into its RAM: console, exit codes, files in
 * the shared folder, every way out of that folder refused, and ebreaks that are not calls.
 */
public class SemihostTest {

    private static final long RAM = MachineConfig.DEFAULT_RAM_BASE;
    private static final long TRAP_HANDLER = RAM + 0x800;
    private static final long CALL = RAM + 0x1000;
    private static final long BLOCK = RAM + 0x10000, NAME = RAM + 0x11000, NAME2 = RAM + 0x12000, BUFFER = RAM + 0x20000;
    private static final long EPOCH_NANOS = 1_700_000_000_000_000_000L;

    @Rule
    public final TemporaryFolder temporary = new TemporaryFolder();

    private final StringBuilder console = new StringBuilder();
    private Machine machine;
    private Path root;
    private Path outside;

    @Before
    public void makeFolders() throws IOException {
        root = temporary.newFolder("shared").toPath();
        outside = temporary.newFolder("outside").toPath();
        Files.writeString(outside.resolve("secret"), "not for the guest");
        makeMachine();
    }

    private void makeMachine() {
        machine = new Machine(MachineConfig.defaults().withRamSize(1 << 20));
        new Asm().word(Semihost.SLLI_X0_X0_31).word(Semihost.EBREAK).word(Semihost.SRAI_X0_X0_7).spin()
                .loadAt(machine, CALL);
        new Asm().spin().loadAt(machine, TRAP_HANDLER);
        machine.setCsr(0, Csr.MTVEC, TRAP_HANDLER);
        machine.addBreakpoint(CALL + 12); // right after the sequence: the call has returned
        machine.catchTrap(TrapCause.BREAKPOINT, false, true);
    }

    private Semihost attach(Path folder) throws IOException {
        return Semihost.attach(machine, new Semihosting(true, folder), b -> console.append((char) b), machine::exit,
                new GuestEnvironment("demo.elf 7 eight", EPOCH_NANOS, 0));
    }

    /** Makes semihosting call {@code operation} with a1 = {@code parameter}; returns a0. */
    private long call(int operation, long parameter) {
        machine.setRegister(0, 10, operation);
        machine.setRegister(0, 11, parameter);
        machine.setPc(0, CALL);
        StopEvent e = machine.run(1000);
        assertEquals(e.toString(), StopReason.BREAKPOINT, e.reason());
        return machine.register(0, 10);
    }

    private long block(long... fields) {
        byte[] bytes = new byte[8 * fields.length];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (fields[i / 8] >>> (8 * (i % 8)));
        }
        assertTrue(machine.writePhysical(BLOCK, bytes));
        return BLOCK;
    }

    private long word(long address) {
        byte[] b = new byte[8];
        assertTrue(machine.readPhysical(address, b));
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = v << 8 | (b[i] & 0xff);
        }
        return v;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private long put(long address, String s) {
        byte[] text = bytes(s);
        byte[] terminated = new byte[text.length + 1];
        System.arraycopy(text, 0, terminated, 0, text.length);
        assertTrue(machine.writePhysical(address, terminated));
        return address;
    }

    private long open(String name, int mode) {
        return call(Operation.SYS_OPEN, block(put(NAME, name), mode, bytes(name).length));
    }

    private long write(long handle, String text) {
        byte[] data = bytes(text);
        assertTrue(machine.writePhysical(BUFFER, data));
        return call(Operation.SYS_WRITE, block(handle, BUFFER, data.length));
    }

    /** SYS_READ of up to {@code length} bytes; returns what arrived. */
    private String read(long handle, int length) {
        long notRead = call(Operation.SYS_READ, block(handle, BUFFER, length));
        byte[] data = new byte[(int) (length - notRead)];
        assertTrue(machine.readPhysical(BUFFER, data));
        return new String(data, StandardCharsets.UTF_8);
    }

    private long errno() {
        return call(Operation.SYS_ERRNO, 0);
    }

    private void assertRefused(String name, int mode, long errno) {
        assertEquals(name + " mode " + mode, -1, open(name, mode));
        assertEquals(name + " mode " + mode, errno, errno());
    }

    @Test
    public void consoleOutputGoesToTheSink() throws IOException {
        attach(null);
        call(Operation.SYS_WRITE0, put(NAME, "hello, host\n"));
        assertTrue(machine.writePhysical(BUFFER, new byte[] {'!'}));
        call(Operation.SYS_WRITEC, BUFFER);
        long stdout = open(":tt", 4);
        long stderr = open(":tt", 8);
        assertTrue(stdout > 0 && stderr > 0 && stdout != stderr);
        assertEquals("all bytes written", 0, write(stdout, " out"));
        assertEquals(0, write(stderr, " err"));
        assertEquals(1, call(Operation.SYS_ISTTY, block(stdout)));
        assertEquals("hello, host\n! out err", console.toString());
        long stdin = open(":tt", 0);
        assertEquals("console input is not connected: end of file", "", read(stdin, 16));
        assertEquals(-1, call(Operation.SYS_READC, 0));
        assertEquals(0, call(Operation.SYS_CLOSE, block(stdout)));
        assertEquals(-1, call(Operation.SYS_CLOSE, block(stdout)));
        assertEquals(Errno.EBADF, errno());
    }

    @Test
    public void aStringMayEndRightAtTheEndOfRam() throws IOException {
        attach(null);
        long ramEnd = RAM + (1 << 20);
        String text = "x".repeat(5000) + " the end";
        long start = put(ramEnd - bytes(text).length - 1, text);
        call(Operation.SYS_WRITE0, start);
        assertEquals(text, console.toString());
        assertTrue(machine.writePhysical(ramEnd - 4, new byte[] {'a', 'b', 'c', 'd'})); // no NUL before the end
        call(Operation.SYS_WRITE0, ramEnd - 4);
        assertEquals("nothing is written without the end of the string", text, console.toString());
    }

    @Test
    public void theCommandLineIsTheKernelAndItsArgumentsAsInQemu() {
        assertEquals("/boot/k.elf console=ttyS0", GuestEnvironment.forKernel(Path.of("/boot/k.elf"), "console=ttyS0", 0).commandLine());
        assertEquals("/boot/k.elf", GuestEnvironment.forKernel(Path.of("/boot/k.elf"), "", 0).commandLine());
        assertEquals("", GuestEnvironment.forKernel(null, null, 0).commandLine());
    }

    @Test
    public void exitExtendedEndsTheRunWithTheSubcode() throws IOException {
        attach(null);
        machine.setRegister(0, 10, Operation.SYS_EXIT_EXTENDED);
        machine.setRegister(0, 11, block(Operation.ADP_STOPPED_APPLICATION_EXIT, 42));
        machine.setPc(0, CALL);
        StopEvent e = machine.run(1000);
        assertEquals(StopReason.EXIT, e.reason());
        assertEquals(Integer.valueOf(42), machine.exitCode());
    }

    private int exitCode(int operation, long reason, long subcode) throws IOException {
        makeMachine();
        attach(null);
        machine.setRegister(0, 10, operation);
        machine.setRegister(0, 11, block(reason, subcode));
        machine.setPc(0, CALL);
        assertEquals(StopReason.EXIT, machine.run(1000).reason());
        return machine.exitCode();
    }

    @Test
    public void exitCodesFollowQemu() throws IOException {
        assertEquals(0, exitCode(Operation.SYS_EXIT, Operation.ADP_STOPPED_APPLICATION_EXIT, 0));
        assertEquals(5, exitCode(Operation.SYS_EXIT, Operation.ADP_STOPPED_APPLICATION_EXIT, 5));
        assertEquals(0, exitCode(Operation.SYS_EXIT_EXTENDED, Operation.ADP_STOPPED_APPLICATION_EXIT, 0));
        assertEquals("ADP_Stopped_RunTimeErrorUnknown is a failure", 1, exitCode(Operation.SYS_EXIT, 0x20023, 0));
        assertEquals("ADP_Stopped_InternalError", 1, exitCode(Operation.SYS_EXIT_EXTENDED, 0x20024, 7));
        assertEquals("a breakpoint report nobody listens to", 1, exitCode(Operation.SYS_EXIT, Operation.ADP_STOPPED_BREAKPOINT, 0));
    }

    /** With a listener (a test suite's ready phase), a breakpoint report is told and the guest runs on after the call. */
    @Test
    public void aBreakpointReportIsToldAndTheGuestRunsOn() throws IOException {
        Semihost host = attach(null);
        int[] reports = {0};
        host.onBreakpointReport(() -> reports[0]++);
        machine.setRegister(0, 10, Operation.SYS_EXIT);
        machine.setRegister(0, 11, block(Operation.ADP_STOPPED_BREAKPOINT, 0));
        machine.setPc(0, CALL);
        StopEvent e = machine.run(1000);
        assertEquals(1, reports[0]);
        assertEquals("the call returned: " + e, StopReason.BREAKPOINT, e.reason());
        assertEquals(CALL + 12, e.pc());
        assertEquals(null, machine.exitCode());
    }

    @Test
    public void filesMakeARoundTripInsideTheRoot() throws IOException {
        attach(root);
        long out = open("notes.txt", 4); // "w"
        assertTrue(out > 0);
        assertEquals(0, call(Operation.SYS_ISTTY, block(out)));
        assertEquals(0, write(out, "first line\nsecond line\n"));
        assertEquals(0, call(Operation.SYS_CLOSE, block(out)));
        assertEquals("first line\nsecond line\n", Files.readString(root.resolve("notes.txt")));

        long append = open("notes.txt", 8); // "a"
        call(Operation.SYS_SEEK, block(append, 0));
        assertEquals(0, write(append, "third\n"));
        call(Operation.SYS_CLOSE, block(append));
        assertEquals("first line\nsecond line\nthird\n", Files.readString(root.resolve("notes.txt")));

        Files.createDirectory(root.resolve("sub"));
        Files.writeString(root.resolve("sub/from-host.txt"), "0123456789");
        long in = open("sub/from-host.txt", 1); // "rb"
        assertEquals(10, call(Operation.SYS_FLEN, block(in)));
        assertEquals(0, call(Operation.SYS_SEEK, block(in, 4)));
        assertEquals("4567", read(in, 4));
        assertEquals("89", read(in, 100));
        assertEquals("end of file", "", read(in, 100));
        assertEquals("a read-only handle", (long) 4, write(in, "nope"));
        assertEquals(Errno.EBADF, errno());
        call(Operation.SYS_CLOSE, block(in));

        assertEquals(0, call(Operation.SYS_RENAME, block(put(NAME, "notes.txt"), 9, put(NAME2, "sub/moved.txt"), 13)));
        assertTrue(Files.exists(root.resolve("sub/moved.txt")));
        assertFalse(Files.exists(root.resolve("notes.txt")));
        assertEquals(0, call(Operation.SYS_REMOVE, block(put(NAME, "sub/moved.txt"), 13)));
        assertFalse(Files.exists(root.resolve("sub/moved.txt")));
        assertRefused("missing.txt", 0, Errno.ENOENT);
        assertRefused("sub", 0, Errno.EISDIR);
    }

    @Test
    public void pathsCannotLeaveTheRoot() throws IOException {
        attach(root);
        Files.writeString(root.resolve("inside.txt"), "in");
        assertRefused("../outside/secret", 0, Errno.EACCES);
        assertRefused("../outside/new", 4, Errno.EACCES);
        assertRefused("./a/../../outside/secret", 0, Errno.EACCES);
        assertRefused(outside.resolve("secret").toString(), 0, Errno.EACCES);
        assertRefused("/etc/passwd", 0, Errno.EACCES);
        Files.createSymbolicLink(root.resolve("door"), outside);
        Files.createSymbolicLink(root.resolve("secret-link"), outside.resolve("secret"));
        Files.createSymbolicLink(root.resolve("dangling"), outside.resolve("created-through-link"));
        assertRefused("door/secret", 0, Errno.EACCES);
        assertRefused("door/new", 4, Errno.EACCES);
        assertRefused("secret-link", 0, Errno.EACCES);
        assertRefused("secret-link", 4, Errno.EACCES);
        assertEquals(-1, open("dangling", 4));
        assertFalse("nothing created through a dangling link", Files.exists(outside.resolve("created-through-link")));
        assertEquals(-1, call(Operation.SYS_REMOVE, block(put(NAME, "../outside/secret"), 17)));
        assertEquals(-1, call(Operation.SYS_RENAME, block(put(NAME, "inside.txt"), 10, put(NAME2, "../outside/x"), 12)));
        assertEquals(-1, call(Operation.SYS_RENAME, block(put(NAME, "door/secret"), 11, put(NAME2, "stolen"), 6)));
        assertEquals(-1, call(Operation.SYS_REMOVE, block(put(NAME, "."), 1)));
        assertEquals("not for the guest", Files.readString(outside.resolve("secret")));
        assertEquals(1, Files.list(outside).count());
        assertEquals("in", Files.readString(root.resolve("inside.txt")));
    }

    @Test
    public void withoutARootThereAreNoFiles() throws IOException {
        Files.writeString(root.resolve("there.txt"), "x");
        attach(null);
        assertRefused("there.txt", 0, Errno.EACCES);
        assertRefused("new.txt", 4, Errno.EACCES);
        assertTrue("the console still opens", open(":tt", 4) > 0);
        long features = open(":semihosting-features", 0);
        assertTrue(features > 0);
        assertEquals("SHFB\u0003", read(features, 16));
    }

    @Test
    public void badArgumentsFailWithAnErrno() throws IOException {
        attach(root);
        assertRefused("x", 12, Errno.EINVAL);
        assertEquals(-1, call(Operation.SYS_FLEN, block(77)));
        assertEquals(Errno.EBADF, errno());
        assertEquals(-1, call(0x99, 0));
        assertEquals(Errno.ENOSYS, errno());
        assertEquals(-1, call(Operation.SYS_SYSTEM, block(put(NAME, "rm -rf /"), 8)));
        assertEquals(Errno.EPERM, errno());
        assertEquals("a block outside RAM", -1, call(Operation.SYS_OPEN, 0x1000));
        assertEquals(Errno.EFAULT, errno());
        assertEquals(1, call(Operation.SYS_ISERROR, block(-5)));
        assertEquals(0, call(Operation.SYS_ISERROR, block(3)));
    }

    @Test
    public void commandLineAndHeapInfo() throws IOException {
        attach(null);
        assertEquals(0, call(Operation.SYS_GET_CMDLINE, block(BUFFER, 100)));
        assertEquals(16, word(BLOCK + 8));
        byte[] text = new byte[17];
        assertTrue(machine.readPhysical(BUFFER, text));
        assertArrayEquals(bytes("demo.elf 7 eight\0"), text);
        assertEquals("a buffer too small", -1, call(Operation.SYS_GET_CMDLINE, block(BUFFER, 16)));

        assertTrue(machine.writePhysical(BLOCK + 64, new byte[0]));
        block(BLOCK + 64); // a1 -> a word holding the address of the four-field block
        assertEquals(0, call(Operation.SYS_HEAPINFO, BLOCK));
        long ramEnd = RAM + (1 << 20);
        assertEquals(RAM + (1 << 19), word(BLOCK + 64));
        assertEquals(ramEnd, word(BLOCK + 72));
        assertEquals(ramEnd, word(BLOCK + 80));
        assertEquals(RAM + (1 << 19), word(BLOCK + 88));
    }

    @Test
    public void timeIsTheMachinesVirtualTime() throws IOException {
        attach(null);
        assertEquals(10_000_000, call(Operation.SYS_TICKFREQ, 0));
        assertEquals(0, call(Operation.SYS_ELAPSED, BLOCK));
        long first = word(BLOCK);
        machine.setPc(0, RAM + 0x4000);
        new Asm().spin().loadAt(machine, RAM + 0x4000);
        machine.run(5_000_000); // 50,000 ticks: 5 ms, half a centisecond
        assertEquals(0, call(Operation.SYS_ELAPSED, BLOCK));
        assertTrue(word(BLOCK) - first >= 50_000);
        assertEquals(machine.time() / 100_000, call(Operation.SYS_CLOCK, 0));
        assertEquals(1_700_000_000, call(Operation.SYS_TIME, 0));
    }

    @Test
    public void withoutSemihostingTheSequenceIsABreakpoint() {
        machine.setPc(0, CALL);
        StopEvent e = machine.run(1000);
        assertEquals(StopReason.TRAP, e.reason());
        assertEquals(TrapCause.BREAKPOINT, e.cause());
        assertEquals(CALL + 4, (long) machine.csr(0, Csr.MEPC));
    }

    @Test
    public void aLoneEbreakStaysABreakpoint() throws IOException {
        attach(root);
        new Asm().addi(10, 0, Operation.SYS_WRITE0).ebreak().word(Semihost.SRAI_X0_X0_7).loadAt(machine, RAM + 0x3000);
        StopEvent e = machine.run(1000);
        assertEquals(StopReason.TRAP, e.reason());
        assertEquals(RAM + 0x3004, (long) machine.csr(0, Csr.MEPC));
        assertEquals("", console.toString());
    }

    @Test
    public void userModeEbreaksStayBreakpoints() throws IOException {
        attach(root);
        machine.setCsr(0, Csr.PMPADDR0, -1L >>> 10); // one NAPOT region over everything, RWX for U
        machine.setCsr(0, Csr.PMPCFG0, 0x1f);
        machine.setPrivilege(0, 0);
        machine.setRegister(0, 10, Operation.SYS_WRITE0);
        machine.setRegister(0, 11, put(NAME, "from user mode"));
        machine.setPc(0, CALL);
        StopEvent e = machine.run(1000);
        assertEquals(e.toString(), StopReason.TRAP, e.reason());
        assertEquals(TrapCause.BREAKPOINT, e.cause());
        assertEquals("", console.toString());
        machine.setPrivilege(0, 1);
        call(Operation.SYS_WRITE0, NAME);
        assertEquals("S mode may call", "from user mode", console.toString());
    }

    @Test
    public void aMissingRootIsReportedByName() {
        Path missing = root.resolve("no-such-folder");
        try {
            attach(missing);
            fail("expected the missing folder to be refused");
        } catch (IOException e) {
            assertEquals("semihosting root " + missing + " is not an existing folder", e.getMessage());
        }
    }
}
