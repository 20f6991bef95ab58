package io.guestlab.gdbserver;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.guestlab.emulator.history.CheckpointProvider;
import io.guestlab.emulator.Machine;
import io.guestlab.emulator.MachineConfig;
import io.guestlab.emulator.StopEvent;
import io.guestlab.emulator.StopReason;
import io.guestlab.emulator.loader.ElfFile;
import io.guestlab.emulator.snapshot.SnapshotException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.Test;

/** The public entry point: listening, --wait-gdb, the end of the machine, bad addresses. */
public class GdbServerTest {

    private static final long RAM = MachineConfig.DEFAULT_RAM_BASE;
    private final PrintStream log = new PrintStream(new ByteArrayOutputStream(), true);

    private static Machine spinning() {
        Machine m = new Machine(MachineConfig.defaults());
        m.writePhysical(RAM, new byte[] {(byte) 0x93, (byte) 0x80, 0x10, 0x00, 0x6f, (byte) 0xf0, (byte) 0xdf, (byte) 0xff});
        m.setPc(0, RAM); // addi x1, x1, 1; j .-4
        return m;
    }

    @Test
    public void waitForDebuggerHoldsTheMachineUntilOneAttaches() throws Exception {
        Machine m = spinning();
        try (GdbServer server = GdbServer.start(m, "tcp:127.0.0.1:0", true, log)) {
            Thread.sleep(100);
            assertEquals("no instruction before a debugger attaches", 0, m.instructionsRetired());
            try (RspClient gdb = new RspClient(new Socket("127.0.0.1", server.port()))) {
                assertEquals("T05thread:1;", gdb.ask("?"));
                assertEquals("0000008000000000", gdb.ask("p20"));
                assertEquals("OK", gdb.ask("D"));
            }
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (m.instructionsRetired() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertTrue("the machine runs after the detach", m.instructionsRetired() > 0);
            assertNull("and has not ended", server.awaitEnd(Duration.ofMillis(50)));
        }
    }

    @Test
    public void aProbeConnectionLeavesAWaitingMachineStoppedAsInQemu() throws Exception {
        Machine m = spinning();
        try (GdbServer server = GdbServer.start(m, "tcp:127.0.0.1:0", true, log)) {
            new Socket("127.0.0.1", server.port()).close(); // a port probe: connect, close, no detach
            Thread.sleep(300);
            assertEquals("still at reset after the probe", 0, m.instructionsRetired());
            try (RspClient gdb = new RspClient(new Socket("127.0.0.1", server.port()))) {
                assertEquals("the next debugger finds it where it was", "0000008000000000", gdb.ask("p20"));
                gdb.close(); // a debugger that crashed while the machine was stopped
            }
            Thread.sleep(300);
            assertEquals("still stopped", 0, m.instructionsRetired());
            try (RspClient gdb = new RspClient(new Socket("127.0.0.1", server.port()))) {
                gdb.send("vCont;c"); // only a continue (or a detach) lets it run
                long deadline = System.nanoTime() + 5_000_000_000L;
                while (m.instructionsRetired() == 0 && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
            }
            long before = m.instructionsRetired();
            assertTrue("it runs after the continue", before > 0);
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (m.instructionsRetired() == before && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertTrue("and keeps running when that debugger goes away mid-continue", m.instructionsRetired() > before);
        }
    }

    @Test
    public void withoutWaitingTheMachineRunsAndAnAttachInterruptsIt() throws Exception {
        Machine m = spinning();
        try (GdbServer server = GdbServer.start(m, "tcp::0", false, log)) {
            assertTrue(server.address(), server.address().startsWith("tcp:127.0.0.1:"));
            // the free run starts on another thread: attach only once it has really run (a busy CI host may lag)
            for (int i = 0; i < 1000 && m.instructionsRetired() < 1000; i++) {
                Thread.sleep(10);
            }
            try (RspClient gdb = new RspClient(new Socket("127.0.0.1", server.port()))) {
                assertEquals("T02thread:1;", gdb.ask("?"));
                long x1 = Long.reverseBytes(Long.parseUnsignedLong(gdb.ask("p1"), 16));
                assertTrue("it ran before the attach", x1 > 0);
                assertEquals("stopped while attached", x1, Long.reverseBytes(Long.parseUnsignedLong(gdb.ask("p1"), 16)));
            }
        }
    }

    @Test
    public void aBareMachineOffersReverseExecution() throws Exception {
        Machine m = spinning();
        try (GdbServer server = GdbServer.start(m, "tcp:127.0.0.1:0", true, log);
             RspClient gdb = new RspClient(new Socket("127.0.0.1", server.port()))) {
            assertTrue(gdb.ask("qSupported:swbreak+").contains(";ReverseStep+;ReverseContinue+"));
            assertEquals("T05thread:1;", gdb.ask("vCont;s:1"));
            assertEquals(1, Long.reverseBytes(Long.parseUnsignedLong(gdb.ask("p1"), 16)));
            assertEquals("T05thread:1;", gdb.ask("bs"));
            assertEquals(0, Long.reverseBytes(Long.parseUnsignedLong(gdb.ask("p1"), 16)));
            assertEquals("T05replaylog:begin;thread:1;", gdb.ask("bs"));
        }
    }

    @Test
    public void aMachineThatRefusesCheckpointsIsServedWithoutAndTheLogSaysWhy() throws Exception {
        Machine m = spinning();
        CheckpointProvider<Object> refusing = new CheckpointProvider<>() {
            @Override
            public Object take() throws SnapshotException {
                throw new SnapshotException("drive 0 (disk.img) is persistent");
            }

            @Override
            public void restore(Object checkpoint) {
                fail("nothing was taken to restore");
            }
        };
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        try (GdbServer server = GdbServer.start(m, m::run, refusing, "tcp:127.0.0.1:0", true, new PrintStream(logged, true));
             RspClient gdb = new RspClient(new Socket("127.0.0.1", server.port()))) {
            assertTrue(logged.toString(), logged.toString().startsWith(
                    "gdb: no reverse execution, reset or snapshots: drive 0 (disk.img) is persistent\n"));
            assertFalse(gdb.ask("qSupported:swbreak+").contains("Reverse"));
            assertEquals("", gdb.ask("bs"));
            gdb.send("qRcmd," + Hex.text("reset"));
            assertEquals("O" + Hex.text("monitor reset needs checkpoints of the machine, which it cannot take: "
                    + "drive 0 (disk.img) is persistent\n"), gdb.receive());
            assertEquals("OK", gdb.receive());
        }
    }

    @Test
    public void awaitEndReturnsTheGuestExit() throws Exception {
        Path elf = ExternalTools.guest("gdb", "debuggee-O2.elf");
        Machine m = new Machine(MachineConfig.defaults());
        m.load(ElfFile.read(elf), new ByteArrayOutputStream());
        try (GdbServer server = GdbServer.start(m, "tcp:127.0.0.1:0", false, log)) {
            StopEvent end = server.awaitEnd(Duration.ofSeconds(30));
            assertEquals(StopReason.EXIT, end.reason());
            assertEquals(0, end.exitCode());
        }
    }

    @Test
    public void addressesThatCannotBeServedAreNamed() throws Exception {
        Machine m = spinning();
        try {
            GdbServer.start(m, "tcp:1234", true, log);
            fail("accepted tcp:1234");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("'tcp:1234'"));
        }
        try (GdbServer first = GdbServer.start(m, "tcp:127.0.0.1:0", true, log)) {
            try {
                GdbServer.start(m, "tcp:127.0.0.1:" + first.port(), true, log).close();
                fail("listened twice on one port");
            } catch (IOException e) {
                assertTrue(e.getMessage(), e.getMessage().startsWith("tcp:127.0.0.1:" + first.port() + ": cannot listen there"));
            }
        }
        Path file = Files.createTempFile("gdbserver", ".sock");
        try {
            GdbServer.start(m, "unix:" + file, true, log).close();
            fail("replaced an existing file with a socket");
        } catch (IOException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("already exists"));
            assertTrue("the file is left alone", Files.exists(file));
        } finally {
            Files.delete(file);
        }
    }
}
