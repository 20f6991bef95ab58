package io.guestlab.gdbserver;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The protocol layer against a scripted target, over a real socket. */
public class GdbSessionTest {

    private FakeTarget target;
    private GdbServer server;
    private RspClient gdb;
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    @Before
    public void connect() throws Exception {
        target = new FakeTarget();
        server = new GdbServer(target, null, GdbAddress.parse("tcp:127.0.0.1:0"), new PrintStream(log, true));
        gdb = new RspClient(new Socket("127.0.0.1", server.port()));
        gdb.sendRaw("+"); // GDB starts with an acknowledgement
    }

    @After
    public void close() throws Exception {
        gdb.close();
        server.close();
        assertFalse("defects reported: " + log, log.toString().contains("internal error"));
    }

    @Test
    public void qSupportedAnnouncesPacketSizeAndFeatures() throws Exception {
        String r = gdb.ask("qSupported:multiprocess+;swbreak+;hwbreak+;qRelocInsn+");
        assertTrue(r, r.contains("PacketSize=4000"));
        assertTrue(r, r.contains("QStartNoAckMode+"));
        assertTrue(r, r.contains("qXfer:features:read+"));
        assertFalse("multiprocess is not offered: " + r, r.contains("multiprocess"));
    }

    @Test
    public void badChecksumIsRejectedAndTheResendAnswered() throws Exception {
        gdb.sendRaw("$?#00");
        assertEquals('-', gdb.readByte());
        assertEquals("T05thread:1;", gdb.ask("?"));
    }

    @Test
    public void noAckModeStopsAcknowledgements() throws Exception {
        assertEquals("OK", gdb.ask("QStartNoAckMode"));
        gdb.noAck = true;
        gdb.send("qfThreadInfo");
        assertEquals("m1,2", gdb.receive());
        gdb.sendRaw("$?#00"); // a corrupted packet in no-ack mode is dropped, not answered
        assertTrue(gdb.silentFor(300));
        assertEquals("l", gdb.ask("qsThreadInfo"));
    }

    @Test
    public void unknownPacketsGetAnEmptyReply() throws Exception {
        assertEquals("", gdb.ask("vMustReplyEmpty"));
        assertEquals("", gdb.ask("qTStatus"));
        assertEquals("", gdb.ask("!"));
        assertEquals("", gdb.ask("Z9,1000,4"));
    }

    @Test
    public void decodeUndoesEscapesAndRunLengths() {
        assertEquals("0000000", PacketConnection.decode("0* 000"));
        assertEquals("a#b", PacketConnection.decode("a}\u0003b"));
        assertEquals("x}", PacketConnection.decode("x}]"));
        assertEquals(null, PacketConnection.decode("abc}"));
        assertEquals(null, PacketConnection.decode("*4"));
        assertEquals(null, PacketConnection.decode("a*\u0010"));
    }

    @Test
    public void runLengthEncodedRequestIsDecoded() throws Exception {
        // "1* " is '1' and 3 more (the count character ' ' is 32 = 29 + 3): 11112233
        gdb.sendRaw("$M1000,4:1* 2233#" + checksum("M1000,4:1* 2233"));
        assertEquals('+', gdb.readByte());
        assertEquals("OK", gdb.receive());
        assertEquals("11112233", gdb.ask("m1000,4"));
    }

    @Test
    public void binaryWriteCarriesEscapedBytes() throws Exception {
        byte[] data = {'#', '$', '}', '*', 3, 0, (byte) 0xff};
        String payload = new String(data, StandardCharsets.ISO_8859_1);
        assertEquals("OK", gdb.ask("X1010,0:"));
        assertEquals("OK", gdb.ask("X1010,7:" + payload));
        assertEquals("23247d2a0300ff", gdb.ask("m1010,7"));
        assertEquals(Hex.bytes(data), Hex.bytes(Arrays.copyOfRange(target.memory, 0x10, 0x17)));
    }

    @Test
    public void memoryReadsAndWrites() throws Exception {
        assertEquals("OK", gdb.ask("M1000,4:78563412"));
        assertEquals("78563412", gdb.ask("m1000,4"));
        assertEquals("E0e", gdb.ask("m0,4"));
        assertEquals("E0e", gdb.ask("M0,4:00000000"));
        assertEquals("partial read at the end of memory", "0000", gdb.ask("m1ffe,8"));
        assertEquals("E01", gdb.ask("M1000,4:0011"));
        assertEquals("E01", gdb.ask("mzz,4"));
        assertEquals("E01", gdb.ask("m1000"));
    }

    @Test
    public void hugeReadIsCutToThePacketSize() throws Exception {
        String r = gdb.ask("m1000,ffffffff");
        assertEquals(0x1000 * 2, r.length()); // all of the fake's memory fits in one reply
        r = gdb.ask("m1000,ffffffffffffffff"); // the length is unsigned: as huge as it gets
        assertEquals(0x1000 * 2, r.length());
        r = gdb.ask("qXfer:features:read:target.xml:0,ffffffffffffffff");
        assertTrue(r, r.startsWith("l<?xml") && r.endsWith("</target>\n") && r.length() <= PacketConnection.MAX_PACKET);
    }

    @Test
    public void oversizedPacketGetsAnError() throws Exception {
        String big = "M1000,4:" + "0".repeat(PacketConnection.MAX_PACKET * 2);
        assertEquals("E16", gdb.ask(big));
        assertEquals("T05thread:1;", gdb.ask("?"));
    }

    @Test
    public void registersByGroupAndOneByOne() throws Exception {
        target.registers[1][10] = 0x1122334455667788L;
        String g = gdb.ask("g");
        assertEquals(33 * 16, g.length());
        assertEquals("8877665544332211", g.substring(10 * 16, 11 * 16));
        assertEquals("0010000000000000", gdb.ask("p20"));
        assertEquals("OK", gdb.ask("P20=0020000000000000"));
        assertEquals(0x2000, target.registers[1][RiscvRegisters.PC]);
        assertEquals("fcsr is 32 bits wide", "00000000", gdb.ask("p44"));
        assertEquals("0300000000000000", gdb.ask("p" + Integer.toHexString(RiscvRegisters.PRIV)));
        assertEquals("E16", gdb.ask("p" + Integer.toHexString(RiscvRegisters.csr(0x180)))); // no satp here
        assertEquals("mhartid is read-only", "E16", gdb.ask("P" + Integer.toHexString(RiscvRegisters.csr(0xf14)) + "=0100000000000000"));
        assertEquals("E01", gdb.ask("P20=00"));
        assertEquals("OK", gdb.ask("G" + "0".repeat(32 * 16) + "0030000000000000"));
        assertEquals(0x3000, target.registers[1][RiscvRegisters.PC]);
    }

    @Test
    public void threadsAreHarts() throws Exception {
        assertEquals("m1,2", gdb.ask("qfThreadInfo"));
        assertEquals("l", gdb.ask("qsThreadInfo"));
        assertEquals(Hex.text("hart 1, M-mode, stopped"), gdb.ask("qThreadExtraInfo,2"));
        assertEquals("OK", gdb.ask("T2"));
        assertEquals("E16", gdb.ask("T3"));
        assertEquals("OK", gdb.ask("Hg2"));
        assertEquals("0100000000000000", gdb.ask("p" + Integer.toHexString(RiscvRegisters.csr(0xf14))));
        assertEquals("QC2", gdb.ask("qC"));
        assertEquals("E16", gdb.ask("Hg7"));
        assertEquals("OK", gdb.ask("Hc-1"));
    }

    @Test
    public void targetDescriptionReadInPiecesIsValidXml() throws Exception {
        StringBuilder xml = new StringBuilder();
        while (true) {
            String r = gdb.ask("qXfer:features:read:target.xml:" + Integer.toHexString(xml.length()) + ",200");
            assertTrue(r.length() <= 0x201);
            xml.append(r, 1, r.length());
            if (r.startsWith("l")) {
                break;
            }
            assertTrue(r.startsWith("m"));
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.toString().getBytes(StandardCharsets.UTF_8)));
        NodeList features = doc.getElementsByTagName("feature");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < features.getLength(); i++) {
            names.add(((Element) features.item(i)).getAttribute("name"));
        }
        assertEquals(List.of("org.gnu.gdb.riscv.cpu", "org.gnu.gdb.riscv.fpu", "org.gnu.gdb.riscv.csr",
                "org.gnu.gdb.riscv.virtual"), names);
        NodeList csrRegs = ((Element) features.item(2)).getElementsByTagName("reg");
        assertEquals("mstatus and mhartid; fflags/frm/fcsr are in the fpu feature", 2, csrRegs.getLength());
        assertEquals("mstatus", ((Element) csrRegs.item(0)).getAttribute("name"));
        assertEquals(String.valueOf(65 + 0x300), ((Element) csrRegs.item(0)).getAttribute("regnum"));
        Element priv = (Element) ((Element) features.item(3)).getElementsByTagName("reg").item(0);
        assertEquals("priv", priv.getAttribute("name"));
        assertEquals("E00", gdb.ask("qXfer:features:read:other.xml:0,100"));
        assertEquals("l", gdb.ask("qXfer:features:read:target.xml:ffff,100"));
    }

    @Test
    public void softwareBreakpointStopReply() throws Exception {
        gdb.ask("qSupported:swbreak+");
        assertEquals("E16", gdb.ask("Z0,1010,3"));
        assertEquals("OK", gdb.ask("Z0,1010,2"));
        assertEquals("T05swbreak:;thread:1;", gdb.ask("vCont;c"));
        assertEquals("OK", gdb.ask("z0,1010,2"));
        assertEquals("E0e", gdb.ask("z0,1010,2"));
    }

    @Test
    public void watchpointStopReplyNamesTheAddress() throws Exception {
        assertEquals("OK", gdb.ask("Z2,1040,8"));
        assertEquals("T05watch:1040;thread:2;", gdb.ask("vCont;c"));
        assertEquals("OK", gdb.ask("z2,1040,8"));
        assertEquals("OK", gdb.ask("Z3,1040,4"));
        assertEquals("T05rwatch:1040;thread:2;", gdb.ask("c"));
        assertEquals("OK", gdb.ask("z3,1040,4"));
        assertEquals("OK", gdb.ask("Z4,1040,1"));
        assertEquals("T05awatch:1040;thread:2;", gdb.ask("c"));
    }

    @Test
    public void vContStepsTheNamedThread() throws Exception {
        assertEquals("vCont;c;C;s;S", gdb.ask("vCont?"));
        assertEquals("T05thread:2;", gdb.ask("vCont;s:2;c"));
        assertEquals(0x1004, target.registers[2][RiscvRegisters.PC]);
        assertEquals("E16", gdb.ask("vCont;s:9"));
        assertEquals("E01", gdb.ask("vCont;x"));
        assertEquals("E01", gdb.ask("vCont"));
        assertEquals("OK", gdb.ask("Hc1"));
        assertEquals("T05thread:1;", gdb.ask("s"));
        assertEquals(0x1004, target.registers[1][RiscvRegisters.PC]);
    }

    @Test
    public void interruptStopsARunningTarget() throws Exception {
        gdb.send("vCont;c");
        assertTrue("the target runs", gdb.silentFor(200));
        assertTrue(target.running);
        gdb.sendRaw("\u0003");
        assertEquals("T02thread:1;", gdb.receive());
        assertEquals(1, target.interrupts);
    }

    @Test
    public void interruptWhileStoppedIsIgnored() throws Exception {
        gdb.sendRaw("\u0003");
        assertEquals("T05thread:1;", gdb.ask("?"));
        assertEquals(0, target.interrupts);
    }

    @Test
    public void reverseStepAndContinueWhenTheTargetCanGoBack() throws Exception {
        target.reversible = true;
        String features = gdb.ask("qSupported:swbreak+;hwbreak+");
        assertTrue(features, features.contains(";ReverseStep+;ReverseContinue+"));
        target.registers[2][RiscvRegisters.PC] = FakeTarget.MEMORY_BASE + 8;
        assertEquals("OK", gdb.ask("Hc2"));
        assertEquals("T05thread:2;", gdb.ask("bs"));
        assertEquals(FakeTarget.MEMORY_BASE + 4, target.registers[2][RiscvRegisters.PC]);
        assertEquals("OK", gdb.ask("Hc0"));
        assertEquals("OK", gdb.ask("Hg2"));
        assertEquals("without Hc, the thread of Hg goes back", "T05thread:2;", gdb.ask("bs"));
        assertEquals("T05replaylog:begin;thread:2;", gdb.ask("bs"));
        assertEquals("T05replaylog:begin;thread:2;", gdb.ask("bc"));
        assertEquals("T05replaylog:begin;thread:2;", gdb.ask("?"));
        assertEquals(List.of("attach", "reverse step 2", "reverse step 2", "reverse step 2", "reverse continue"),
                target.calls());
    }

    @Test
    public void withoutReverseExecutionTheBPacketsAreUnsupported() throws Exception {
        String features = gdb.ask("qSupported:swbreak+;hwbreak+");
        assertFalse(features, features.contains("Reverse"));
        assertEquals("", gdb.ask("bs"));
        assertEquals("", gdb.ask("bc"));
        assertEquals("", gdb.ask("b"));
        assertEquals(List.of("attach"), target.calls());
    }

    @Test
    public void monitorCommandsPrintThroughConsolePackets() throws Exception {
        gdb.send("qRcmd," + Hex.text("info harts"));
        assertEquals("O" + Hex.text("ran 'info harts'\n"), gdb.receive());
        assertEquals("OK", gdb.receive());
        gdb.send("qRcmd," + Hex.text("fail"));
        assertEquals("O" + Hex.text("monitor fail: this command fails\n"), gdb.receive());
        assertEquals("OK", gdb.receive());
        assertEquals("E01", gdb.ask("qRcmd,zz"));
    }

    @Test
    public void detachLeavesTheTargetRunningWithoutBreakpoints() throws Exception {
        gdb.ask("Z0,1010,4");
        assertEquals("OK", gdb.ask("D"));
        waitFor(() -> target.calls().contains("detach"));
        assertTrue(target.breakpoints.isEmpty());
        assertEquals(List.of("attach", "detach"), target.calls());
    }

    @Test
    public void killEndsTheSessionWithoutReply() throws Exception {
        gdb.send("k");
        waitFor(() -> target.calls().contains("kill"));
        assertEquals(List.of("attach", "kill"), target.calls());
    }

    @Test
    public void abruptDisconnectWhileRunningStopsAndDetaches() throws Exception {
        gdb.ask("Z0,1010,4");
        gdb.ask("z0,1010,4");
        gdb.send("vCont;c");
        waitFor(() -> target.running);
        gdb.close();
        waitFor(() -> target.calls().contains("detach"));
        assertFalse(target.running);
        // and a new debugger can attach
        gdb = new RspClient(new Socket("127.0.0.1", server.port()));
        assertEquals("T05thread:1;", gdb.ask("?"));
    }

    @Test
    public void connectionClosedWhileStoppedAbandonsWithoutLettingTheTargetRun() throws Exception {
        gdb.ask("Z0,1010,4");
        gdb.close();
        waitFor(() -> target.calls().contains("abandon"));
        assertTrue("the debugger's breakpoints go", target.breakpoints.isEmpty());
        assertEquals(List.of("attach", "abandon"), target.calls());
    }

    @Test
    public void unixDomainSocket() throws Exception {
        Path dir = Files.createTempDirectory("gdbserver-test");
        Path socket = dir.resolve("gdb.sock");
        try (GdbServer unix = new GdbServer(new FakeTarget(), null, GdbAddress.parse("unix:" + socket), new PrintStream(log))) {
            assertEquals("unix:" + socket, unix.address());
            var channel = SocketChannel.open(UnixDomainSocketAddress.of(socket));
            var out = Channels.newOutputStream(channel);
            var in = Channels.newInputStream(channel);
            out.write(PacketConnection.frame("qfThreadInfo"));
            out.flush();
            assertEquals('+', in.read());
            byte[] reply = new byte[8];
            int n = 0;
            while (n < reply.length) {
                n += in.read(reply, n, reply.length - n);
            }
            assertEquals("$m1,2#" , new String(reply, 0, 6, StandardCharsets.ISO_8859_1));
            channel.close();
        }
        assertFalse("the socket file is removed on close", Files.exists(socket));
        Files.delete(dir);
    }

    @Test
    public void badAddressesAreNamed() {
        for (String bad : List.of("", "tcp:1234", "tcp::99999", "tcp::x", "unix:", "serial:/dev/ttyS0")) {
            try {
                GdbAddress.parse(bad);
                org.junit.Assert.fail("accepted " + bad);
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage(), e.getMessage().contains("tcp") || e.getMessage().contains("unix"));
            }
        }
        assertEquals(1234, ((InetSocketAddress) GdbAddress.parse("tcp::1234").socketAddress()).getPort());
    }

    static String checksum(String raw) {
        int sum = 0;
        for (char c : raw.toCharArray()) {
            sum += c;
        }
        return Hex.littleEndian(sum & 0xff, 1);
    }

    static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                org.junit.Assert.fail("condition not met within 5 s");
            }
            Thread.sleep(5);
        }
    }
}
