package io.guestlab.emulator.history;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.guestlab.emulator.Machine;
import io.guestlab.emulator.StopEvent;
import io.guestlab.emulator.StopReason;
import io.guestlab.emulator.Translation;
import io.guestlab.emulator.board.BoardSnapshot;
import io.guestlab.emulator.board.VirtBoard;
import io.guestlab.emulator.board.VirtBoardConfig;
import io.guestlab.emulator.loader.ElfFile;
import io.guestlab.emulator.support.GuestTools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

/**
 * A debugger's history starts at boot, before the first instruction: going back there and
 * running again repeats the first run exactly (every trap and interrupt at the same step of the
 * same hart, the same final state), although the first run was cut by a breakpoint the guest
 * keeps hitting and by the history's checkpoints, and the replay is not. Both equal a plain run.
 * Translated and interpreted alike.
 */
public class ReplayFromBootTest {

    private static final List<Translation> TRANSLATIONS = List.of(Translation.OFF, Translation.after(1), Translation.DEFAULT);

    /** The timer-interrupt example (examples/debug-kernel): one hart, ticks while it waits in wfi. */
    @Test
    public void theDebugKernelTicksAtTheSameStepsAfterGoingBackToBoot() throws Exception {
        Path elf = GuestTools.elfs("debug-kernel").stream().filter(p -> p.getFileName().toString().equals("kernel.elf"))
                .findFirst().orElseThrow(() -> new AssertionError("examples/debug-kernel/build/kernel.elf is missing"));
        VirtBoardConfig config = VirtBoardConfig.defaults().withBios(null).withKernel(elf).withMemory(64L << 20);
        for (Translation t : TRANSLATIONS) {
            assertReplaysExactly("debug-kernel, " + t, config, t, symbol(elf, "run_task"), Long.MAX_VALUE, 5);
        }
    }

    /** The example Linux on 4 harts to its power-off, cut at every entry to the idle loop. */
    @Test
    public void linuxOnFourHartsTrapsAtTheSameStepsAfterGoingBackToBoot() throws Exception {
        Path build = GuestTools.repositoryRoot().resolve("examples/linux/build");
        if (!Files.isRegularFile(build.resolve("Image")) || !Files.isRegularFile(build.resolve("vmlinux"))) {
            GuestTools.missing(build + "/Image and vmlinux (examples/linux/build-kernel)");
        }
        Path fw = GuestTools.file("/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_jump.bin", "opensbi");
        VirtBoardConfig config = VirtBoardConfig.defaults().withBios(fw).withKernel(build.resolve("Image"))
                .withInitrd(build.resolve("initramfs.cpio")).withAppend("console=ttyS0").withMemory(256L << 20).withHarts(4);
        long idle = symbol(build.resolve("vmlinux"), "arch_cpu_idle");
        for (Translation t : List.of(Translation.OFF, Translation.DEFAULT)) {
            assertReplaysExactly("Linux, " + t, config, t, idle, 2_000_000_000L, 1000);
        }
    }

    private static long symbol(Path elf, String name) throws Exception {
        return ElfFile.read(elf).symbol(name).orElseThrow(() -> new AssertionError(elf + " has no symbol " + name));
    }

    /**
     * Runs a plain board of {@code config} to its exit (at most {@code limit} steps), then a second
     * one under a history from boot with a breakpoint at {@code breakpoint} (hit at least
     * {@code minHits} times), then goes back to boot and runs again without it.
     */
    private static void assertReplaysExactly(String what, VirtBoardConfig config, Translation t, long breakpoint, long limit,
            int minHits) throws Exception {
        List<String> plain;
        String plainHash;
        long end;
        try (VirtBoard board = VirtBoard.create(config, b -> { })) {
            board.machine().setTranslation(t);
            plain = traps(board.machine());
            StopEvent e = runTo(board, limit, 500_000_000);
            assertEquals(what + ": " + e, StopReason.EXIT, e.reason());
            plainHash = board.stateHash();
            end = board.machine().steps();
        }
        try (VirtBoard board = VirtBoard.create(config, b -> { })) {
            Machine m = board.machine();
            m.setTranslation(t);
            List<String> log = traps(m);
            History<BoardSnapshot> history = History.start(m, board::run, CheckpointProvider.of(board, on -> { }),
                    History.DEFAULT_INTERVAL);
            m.addBreakpoint(breakpoint);
            int hits = 0;
            StopEvent e;
            do {
                e = board.run(history.beforeForwardRun(1_999_999));
                history.afterForwardRun();
                hits += e.reason() == StopReason.BREAKPOINT ? 1 : 0;
            } while (e.reason() == StopReason.BUDGET_EXHAUSTED || e.reason() == StopReason.BREAKPOINT);
            assertEquals(what + ": " + e, StopReason.EXIT, e.reason());
            assertTrue(what + ": " + hits + " breakpoint hits", hits >= minHits);
            assertEquals(what + ": the run cut by a debugger", plain, log);
            assertEquals(what + ": the run cut by a debugger", plainHash, board.stateHash());
            assertEquals(end, m.steps());

            m.removeBreakpoint(breakpoint);
            log.clear();
            history.reset();
            assertEquals(0, m.steps());
            e = runTo(board, end, end);
            assertEquals(what + ": " + e, StopReason.EXIT, e.reason());
            assertEquals(what + ": the replay from the boot checkpoint", plain, log);
            assertEquals(what + ": the replay from the boot checkpoint", plainHash, board.stateHash());
        }
    }

    /** Runs in budgets of {@code budget} steps until an event other than an exhausted budget, or {@code limit} steps. */
    private static StopEvent runTo(VirtBoard board, long limit, long budget) {
        StopEvent e;
        do {
            e = board.run(Math.min(budget, limit - board.machine().steps()));
        } while (e.reason() == StopReason.BUDGET_EXHAUSTED && board.machine().steps() < limit);
        return e;
    }

    /** Every trap from now on: hart, that hart's step, cause, epc. */
    private static List<String> traps(Machine m) {
        List<String> log = new ArrayList<>();
        m.setTrapListener((hart, step, cause, epc, tval, from, to) -> log.add(
                String.format("hart %d step %d cause %x epc %x", hart, step, cause, epc)));
        return log;
    }
}
