package io.guestlab.debug.core.session;

import static org.junit.Assert.assertEquals;

import io.guestlab.debug.core.LaunchAttributes;
import io.guestlab.emulator.StopEvent;
import io.guestlab.emulator.StopReason;
import io.guestlab.emulator.board.SnapshotFile;
import io.guestlab.emulator.board.VirtBoard;
import io.guestlab.emulator.board.VirtBoardConfig;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * A debug launch of a replay (what "Debug this test" launches) stops at exactly the step its
 * attributes name: here the step before a caught trap, so the hart stands on the trapping
 * instruction, in the function that executes it.
 */
public class ReplaySessionTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private final Recorder events = new Recorder();
    private MachineSession session;

    @After
    public void end() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    public void stopsAtTheStepItNames() throws Exception {
        Path elf = DebugKernel.root().resolve("examples/tests/build/trap.elf");
        org.junit.Assume.assumeTrue(elf + " (make -C examples)", elf.toFile().isFile());
        VirtBoardConfig config = VirtBoardConfig.defaults().withBios(null).withKernel(elf);
        Path snapshot = tmp.getRoot().toPath().resolve("start.snap");
        long trapStep;
        long trapPc;
        try (VirtBoard board = VirtBoard.create(config, b -> { })) {
            SnapshotFile.save(board.snapshot(), snapshot);
            board.machine().catchTrap(2, false, true); // illegal instruction
            StopEvent e;
            do {
                e = board.run(1_000_000);
            } while (e.reason() == StopReason.BUDGET_EXHAUSTED);
            assertEquals(StopReason.TRAP, e.reason());
            trapStep = board.machine().steps() - 1;
            trapPc = board.machine().csr(0, 0x341); // mepc
        }
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(LaunchAttributes.FIRMWARE, LaunchAttributes.FIRMWARE_NONE);
        attributes.put(LaunchAttributes.KERNEL, elf.toString());
        attributes.put(LaunchAttributes.REPLAY_SNAPSHOT, snapshot.toString());
        attributes.put(LaunchAttributes.STOP_AT_STEP, Long.toString(trapStep));
        session = MachineSession.start(DebugKernel.setup(attributes), events, true);
        Stop stop = events.stop();
        assertEquals(stop.detail(), Stop.Kind.ENTRY, stop.kind());
        assertEquals(trapPc, stop.pc());
        assertEquals("main", session.frames(0).get(0).function());
    }
}
