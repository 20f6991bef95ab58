package io.guestlab.gdbserver;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.guestlab.emulator.Machine;
import io.guestlab.emulator.MachineConfig;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.junit.Test;

/**
 * Random and mutated packets for a bounded time: the server must answer every well-framed
 * packet (an interrupt ends a resume), never report a defect, and keep accepting debuggers.
 */
public class GdbSessionFuzzTest {

    private static final long RUN_NANOS = 3_000_000_000L;
    private static final List<String> CORPUS = List.of("?", "g", "G" + "11".repeat(33 * 8), "p20", "p1041",
            "P20=0010000000000000", "P41=00000000", "m1000,10", "m0,ffffffffffffffff", "M1000,2:abcd", "X1000,2:ab",
            "Z0,1000,4", "z0,1000,4", "Z1,1002,2", "Z2,1000,8", "z2,1000,8", "Z4,1000,1", "qSupported:swbreak+;hwbreak+",
            "qXfer:features:read:target.xml:0,100", "qfThreadInfo", "qsThreadInfo", "qThreadExtraInfo,1", "qC",
            "qRcmd,68656c70", "qAttached", "Hg1", "Hg0", "Hc-1", "T1", "vCont;s:1", "vCont;s:2;c", "vCont;c", "vCont?",
            "s", "c", "C05", "S05;1000", "D", "k", "vKill;1", "vMustReplyEmpty", "QStartNoAckMode", "qOffsets");

    @Test
    public void randomAndMutatedPacketsNeverCrashOrHang() throws Exception {
        fuzz(new FakeTarget(), null, CORPUS);
    }

    /** The same against a real machine running a loop: the engine must stay sane too. */
    @Test
    public void aRealMachineSurvivesTheSameTreatment() throws Exception {
        Machine machine = new Machine(MachineConfig.defaults().withHarts(2).withRamSize(1 << 20));
        byte[] loop = {(byte) 0x93, (byte) 0x80, 0x10, 0x00, 0x6f, (byte) 0xf0, (byte) 0xdf, (byte) 0xff}; // addi x1,x1,1; j .-4
        machine.writePhysical(MachineConfig.DEFAULT_RAM_BASE, loop);
        for (int h = 0; h < 2; h++) {
            machine.setPc(h, MachineConfig.DEFAULT_RAM_BASE);
        }
        MachineTarget target = new MachineTarget(machine);
        List<String> corpus = CORPUS.stream().map(p -> p.replace("1000", "80000000")).toList();
        fuzz(target, target, corpus);
    }

    private static void fuzz(GdbTarget target, MachineTarget machineTarget, List<String> corpus) throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        int packets = 0;
        try (GdbServer server = new GdbServer(target, machineTarget, GdbAddress.parse("tcp:127.0.0.1:0"),
                new PrintStream(log, true))) {
            RspClient gdb = connect(server);
            long end = System.nanoTime() + RUN_NANOS;
            while (System.nanoTime() < end) {
                if (random.nextInt(8) == 0) {
                    gdb.sendRaw(junk(random));
                    continue;
                }
                String packet = mutate(corpus.get(random.nextInt(corpus.size())), random);
                gdb.sendRaw(new String(PacketConnection.frame(packet), StandardCharsets.ISO_8859_1));
                packets++;
                long t0 = System.nanoTime();
                boolean ok = answered(gdb, packet);
                if (System.getenv("FUZZ_DEBUG") != null && System.nanoTime() - t0 > 100_000_000L) {
                    System.err.println("slow: " + Hex.abbreviate(packet) + " " + (System.nanoTime() - t0) / 1000000 + " ms " + ok);
                }
                boolean ends = packet.startsWith("D") || packet.startsWith("k") || packet.startsWith("vKill");
                if (!ok || ends) {
                    gdb.close();
                    gdb = connect(server); // the session ended (detach, kill) or the client was confused
                }
                assertFalse("seed " + seed + ": defect after '" + packet + "': " + log, log.toString().contains("internal error"));
            }
            gdb.close();
            // still serving
            RspClient last = connect(server);
            last.send("qfThreadInfo");
            assertTrue(last.reply().startsWith("m"));
            last.close();
        }
        assertTrue("only " + packets + " packets in " + RUN_NANOS / 1e9 + " s", packets > 100);
    }

    private static RspClient connect(GdbServer server) throws IOException {
        RspClient c = new RspClient(new Socket("127.0.0.1", server.port()));
        c.socket.setSoTimeout(2000);
        return c;
    }

    /**
     * Reads until a reply packet arrives. A resume gets an interrupt after a short silence; a
     * silence after that is a hang. False if the server closed the session.
     */
    private static boolean answered(RspClient gdb, String packet) throws IOException {
        boolean interrupted = false;
        gdb.socket.setSoTimeout(150);
        while (true) {
            try {
                int c = gdb.in.read();
                if (c < 0) {
                    return false;
                }
                if (c == '$') {
                    StringBuilder raw = new StringBuilder();
                    while ((c = gdb.in.read()) != '#') {
                        if (c < 0) {
                            return false;
                        }
                        raw.append((char) c);
                    }
                    gdb.in.read();
                    gdb.in.read();
                    if (!gdb.noAck) {
                        gdb.sendRaw("+");
                    }
                    if (raw.length() > PacketConnection.MAX_PACKET) {
                        fail("reply longer than PacketSize to '" + packet + "'");
                    }
                    if (raw.length() > 0 && raw.charAt(0) == 'O' && !raw.toString().equals("OK")) {
                        continue; // console output
                    }
                    if (packet.equals("QStartNoAckMode")) {
                        gdb.noAck = true;
                    }
                    return true;
                }
                // '+' or '-' acknowledgements: keep reading
            } catch (SocketTimeoutException e) {
                if (packet.equals("k") || packet.startsWith("vKill") || packet.startsWith("D")) {
                    return false;
                }
                if (interrupted) {
                    fail("no reply to '" + packet + "' even after an interrupt");
                }
                gdb.sendRaw("\u0003");
                gdb.socket.setSoTimeout(2000);
                interrupted = true;
            }
        }
    }

    /**
     * Line noise between packets (no '$', so it cannot start one), or a packet with a wrong
     * checksum, which the server must drop.
     */
    private static String junk(Random r) {
        StringBuilder s = new StringBuilder();
        int n = 1 + r.nextInt(40);
        boolean packet = r.nextBoolean();
        int sum = 0;
        for (int i = 0; i < n; i++) {
            char c = (char) r.nextInt(256);
            if (c == '$' || (packet && c == '#')) {
                c = '}';
            }
            s.append(c);
            sum += c;
        }
        return packet ? "$" + s + "#" + Hex.littleEndian((sum + 1) & 0xff, 1) : s.toString();
    }

    private static String mutate(String p, Random r) {
        StringBuilder s = new StringBuilder(p);
        int edits = r.nextInt(4);
        for (int i = 0; i < edits; i++) {
            int at = s.isEmpty() ? 0 : r.nextInt(s.length());
            switch (r.nextInt(7)) {
                case 0 -> {
                    if (!s.isEmpty()) {
                        s.deleteCharAt(at);
                    }
                }
                case 1 -> s.insert(at, (char) (32 + r.nextInt(95)));
                case 2 -> {
                    if (!s.isEmpty()) {
                        s.setCharAt(at, (char) r.nextInt(256));
                    }
                }
                case 3 -> s.setLength(at);
                case 4 -> s.insert(at, "ffffffffffffffffff");
                case 5 -> s.insert(at, r.nextBoolean() ? "," : r.nextBoolean() ? ";" : ":");
                default -> s.append("0".repeat(r.nextInt(3) == 0 ? PacketConnection.MAX_PACKET + 1 : r.nextInt(64)));
            }
        }
        return s.toString();
    }
}
