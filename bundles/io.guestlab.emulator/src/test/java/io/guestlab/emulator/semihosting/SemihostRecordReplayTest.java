package io.guestlab.emulator.semihosting;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.guestlab.emulator.Machine;
import io.guestlab.emulator.MachineConfig;
import io.guestlab.emulator.StopEvent;
import io.guestlab.emulator.StopReason;
import io.guestlab.emulator.board.Semihosting;
import io.guestlab.emulator.devices.HostTime;
import io.guestlab.emulator.loader.ElfFile;
import io.guestlab.emulator.support.Asm;
import io.guestlab.emulator.support.GuestTools;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Recording the host's semihosting answers and replaying them: picolibc's demo (examples/
 * semihosting) recorded with a shared folder replays identically after the folder is deleted,
 * and never recreates it; SYS_TIME is a host answer only when time is the host's.
 */
public class SemihostRecordReplayTest {

    private static final long MAX_STEPS = 50_000_000;
    private static final long RAM_SIZE = 4 << 20;

    @Rule
    public final TemporaryFolder temporary = new TemporaryFolder();

    /** A recording's answers handed back in order, each only to the call it answered. */
    private static final class Answers implements HostAnswers {
        final List<HostAnswer> recorded;
        int next;
        String divergence;

        Answers(List<HostAnswer> recorded) {
            this.recorded = recorded;
        }

        @Override
        public HostAnswer next(String call) {
            if (next >= recorded.size() || !recorded.get(next).call().equals(call)) {
                diverged("no recorded answer to " + call + " at answer " + next);
                return null;
            }
            return recorded.get(next++);
        }

        @Override
        public void diverged(String what) {
            if (divergence == null) {
                divergence = what;
            }
        }
    }

    /** A run of the demo: its console, how it stopped, and its machine afterwards. */
    private record Run(String console, StopEvent end, Machine machine) {
    }

    private static Machine demoMachine() throws Exception {
        Path elf = GuestTools.elfs("semihosting").stream()
                .filter(p -> p.getFileName().toString().equals("semihost-demo.elf")).findFirst()
                .orElseThrow(() -> new AssertionError("examples/semihosting/build/semihost-demo.elf is missing"));
        Machine machine = new Machine(MachineConfig.defaults().withRamSize(RAM_SIZE));
        machine.load(ElfFile.read(elf), OutputStream.nullOutputStream());
        return machine;
    }

    private static GuestEnvironment environment() {
        return new GuestEnvironment("semihost-demo.elf 7", 0, 0);
    }

    private static Run record(Path root, List<HostAnswer> answers) throws Exception {
        Machine machine = demoMachine();
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try (Semihost host = Semihost.attach(machine, new Semihosting(true, root), console::write, machine::exit,
                environment())) {
            host.record(answers::add);
            StopEvent end = machine.run(MAX_STEPS);
            return new Run(console.toString(StandardCharsets.UTF_8), end, machine);
        }
    }

    private static Run replay(Path root, Answers answers) throws Exception {
        Machine machine = demoMachine();
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try (Semihost host = Semihost.attachReplaying(machine, new Semihosting(true, root), console::write, machine::exit,
                environment(), answers)) {
            StopEvent end = machine.run(MAX_STEPS);
            return new Run(console.toString(StandardCharsets.UTF_8), end, machine);
        }
    }

    private static byte[] ram(Machine machine) {
        byte[] bytes = new byte[(int) RAM_SIZE];
        assertTrue(machine.readPhysical(MachineConfig.DEFAULT_RAM_BASE, bytes));
        return bytes;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    public void theDemoReplaysIdenticallyWithItsFolderGone() throws Exception {
        Path root = temporary.newFolder("shared").toPath();
        Files.writeString(root.resolve("from-host.txt"), "hello from the host\n");
        List<HostAnswer> answers = new ArrayList<>();
        Run recorded = record(root, answers);
        assertEquals(recorded.console(), StopReason.EXIT, recorded.end().reason());
        assertEquals(recorded.console(), 7, recorded.end().exitCode());
        assertTrue(recorded.console(), recorded.console().contains("from-host.txt says: hello from the host\n"));
        assertTrue(answers.stream().anyMatch(a -> a.call().equals("write")));
        assertTrue(answers.stream().anyMatch(a -> a.call().equals("read") && a.data().length > 0));
        assertTrue("the refused ../outside is an answer too", answers.stream().anyMatch(HostAnswer::failed));

        deleteTree(root);
        Answers replayed = new Answers(answers);
        Run again = replay(root, replayed);
        assertNull(replayed.divergence);
        assertEquals(answers.size(), replayed.next);
        assertEquals(recorded.console(), again.console());
        assertEquals(recorded.end().reason(), again.end().reason());
        assertEquals(7, again.end().exitCode());
        assertEquals(recorded.machine().steps(), again.machine().steps());
        assertEquals(recorded.machine().pc(0), again.machine().pc(0));
        assertArrayEquals(ram(recorded.machine()), ram(again.machine()));
        assertFalse("a replay writes nothing to the host", Files.exists(root));
    }

    @Test
    public void aReplayedReadLongerThanTheGuestAsksForIsADivergence() throws Exception {
        Path root = temporary.newFolder("shared").toPath();
        Files.writeString(root.resolve("from-host.txt"), "x\n");
        List<HostAnswer> answers = new ArrayList<>();
        record(root, answers);
        int read = 0;
        while (!answers.get(read).call().equals("read")) {
            read++;
        }
        answers.set(read, new HostAnswer("read", 1 << 20, new byte[1 << 20]));
        Answers replayed = new Answers(answers);
        Run again = replay(root, replayed);
        assertTrue(replayed.divergence, replayed.divergence.matches(
                "the guest reads up to \\d+ bytes where the recording read 1048576"));
        assertTrue(again.console(), again.console().contains("FAILED: read guest-wrote.txt back"));
    }

    /** A host clock that stands still at {@code ticks}. */
    private record FixedHostTime(long ticks) implements HostTime {
        @Override
        public void idle(long t) {
        }
    }

    private static final long CALL = MachineConfig.DEFAULT_RAM_BASE + 0x1000;

    /** A machine that makes one semihosting call at {@link #CALL} and stops at a breakpoint after it. */
    private static Machine callingMachine() {
        Machine machine = new Machine(MachineConfig.defaults().withRamSize(1 << 20));
        new Asm().word(Semihost.SLLI_X0_X0_31).word(Semihost.EBREAK).word(Semihost.SRAI_X0_X0_7).spin()
                .loadAt(machine, CALL);
        machine.addBreakpoint(CALL + 12);
        return machine;
    }

    private static long call(Machine machine, int operation) {
        machine.setRegister(0, 10, operation);
        machine.setRegister(0, 11, 0);
        machine.setPc(0, CALL);
        StopEvent e = machine.run(1000);
        assertEquals(e.toString(), StopReason.BREAKPOINT, e.reason());
        return machine.register(0, 10);
    }

    @Test
    public void inHostTimeSysTimeIsRecordedAndReplayed() throws Exception {
        Machine machine = callingMachine();
        machine.useHostTime(new FixedHostTime(30_000_000)); // 3 s after the epoch below
        List<HostAnswer> answers = new ArrayList<>();
        try (Semihost host = Semihost.attach(machine, new Semihosting(true, null), b -> { }, machine::exit,
                new GuestEnvironment("", 1_800_000_000_000_000_000L, 0))) {
            host.record(answers::add);
            assertEquals(1_800_000_003, call(machine, Operation.SYS_TIME));
        }
        assertEquals(List.of("time"), answers.stream().map(HostAnswer::call).toList());
        assertEquals(1_800_000_003, answers.get(0).result());

        Machine replaying = callingMachine();
        replaying.useHostTime(new FixedHostTime(0)); // another host, another day: the recording decides
        Answers replayed = new Answers(answers);
        try (Semihost host = Semihost.attachReplaying(replaying, new Semihosting(true, null), b -> { }, replaying::exit,
                new GuestEnvironment("", 0, 0), replayed)) {
            assertEquals(1_800_000_003, call(replaying, Operation.SYS_TIME));
        }
        assertNull(replayed.divergence);
    }

    @Test
    public void inVirtualTimeSysTimeIsNoHostAnswer() throws Exception {
        Machine machine = callingMachine();
        List<HostAnswer> answers = new ArrayList<>();
        try (Semihost host = Semihost.attach(machine, new Semihosting(true, null), b -> { }, machine::exit,
                new GuestEnvironment("", 1_800_000_000_000_000_000L, 0))) {
            host.record(answers::add);
            assertEquals(1_800_000_000, call(machine, Operation.SYS_TIME));
        }
        assertEquals(List.of(), answers);
    }
}
