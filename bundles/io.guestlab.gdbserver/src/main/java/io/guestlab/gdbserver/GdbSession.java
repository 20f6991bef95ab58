package io.guestlab.gdbserver;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One debugger connection: reads packets, answers them from a {@link GdbTarget} (GDB manual,
 * appendix E, all-stop mode), and leaves the target sane however the connection ends: a detach
 * removes the debugger's breakpoints and lets the target run on, a kill stops it for good. A
 * connection that closes without a detach leaves the target as QEMU does: stopped if it was
 * stopped (a port probe, a debugger that crashed), running if the debugger had resumed it.
 */
final class GdbSession implements PacketConnection.Listener {

    /** errno values carried by E replies, as GDB's own stub uses them. */
    private static final String E_FORMAT = "E01", E_FAULT = "E0e", E_INVALID = "E16", E_UNKNOWN_ANNEX = "E00";
    private static final int MAX_DATA_BYTES = (PacketConnection.MAX_PACKET - 16) / 2;

    private final GdbTarget target;
    private final PacketConnection connection;
    private final Consumer<RuntimeException> defects;
    private final Object resumeLock = new Object();
    private AtomicBoolean runningInterrupt;
    private StopInfo lastStop;
    private int generalThread;
    private int continueThread;
    private boolean clientSwbreak, clientHwbreak;
    private String description;
    private boolean finished;
    /** Set once detach or kill has been dealt with, so the end of the session does nothing more. */
    private boolean ended;
    /** Whether the target was running (resumed by the debugger) when the connection went away. */
    private volatile boolean runningWhenLost;

    /**
     * @param defects told about an unexpected exception while answering a packet (a defect in the
     *                server or the target); the packet gets an E reply and the session goes on
     */
    GdbSession(GdbTarget target, InputStream in, OutputStream out, Consumer<RuntimeException> defects) {
        this.target = target;
        this.defects = defects;
        this.connection = new PacketConnection(in, out, this);
    }

    /** Serves the connection until the debugger detaches, kills or disconnects. */
    void run() {
        connection.start("gdb-rsp-reader");
        try {
            lastStop = target.attach();
            generalThread = threadOf(lastStop);
            while (!finished) {
                PacketConnection.Incoming in = connection.next();
                switch (in.kind()) {
                    case CLOSED -> finished = true;
                    case OVERSIZED -> connection.send(E_INVALID);
                    case MALFORMED -> connection.send(E_FORMAT);
                    case PACKET -> {
                        String reply = answer(in.data());
                        if (reply != null) {
                            connection.send(reply);
                        }
                    }
                }
            }
        } catch (IOException e) {
            // the connection broke: treated like a disconnect
        } finally {
            if (!ended) {
                if (runningWhenLost) {
                    target.detach();
                } else {
                    target.abandon();
                }
            }
            connection.close();
        }
    }

    @Override
    public void interruptRequested() {
        synchronized (resumeLock) {
            if (runningInterrupt != null) {
                runningInterrupt.set(true);
                target.interrupt();
            }
        }
    }

    @Override
    public void disconnected() {
        synchronized (resumeLock) {
            runningWhenLost = runningInterrupt != null;
        }
        interruptRequested(); // a running target is stopped first, then let go again by run()
    }

    /** The reply to one packet, or null when the protocol wants none (or it was sent already). */
    String answer(String packet) throws IOException {
        try {
            return dispatch(packet);
        } catch (PacketFormatException e) {
            return E_FORMAT;
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return E_INVALID;
        } catch (RuntimeException e) {
            defects.accept(e);
            return E_INVALID;
        }
    }

    private String dispatch(String p) throws IOException, PacketFormatException {
        if (p.isEmpty()) {
            return "";
        }
        char c = p.charAt(0);
        return switch (c) {
            case '?' -> stopReply(lastStop);
            case 'q' -> query(p);
            case 'Q' -> setting(p);
            case 'H' -> setThread(p);
            case 'T' -> target.threads().contains(thread(p.substring(1))) ? "OK" : E_INVALID;
            case 'g' -> readGeneralRegisters();
            case 'G' -> writeGeneralRegisters(p.substring(1));
            case 'p' -> readRegister(p.substring(1));
            case 'P' -> writeRegister(p.substring(1));
            case 'm' -> readMemory(p.substring(1));
            case 'M' -> writeMemory(p.substring(1), false);
            case 'X' -> writeMemory(p.substring(1), true);
            case 'Z', 'z' -> breakpoint(p);
            case 'c', 's', 'C', 'S' -> legacyResume(p);
            case 'b' -> reverse(p);
            case 'v' -> verbose(p);
            case 'D' -> {
                target.detach();
                ended = true;
                finished = true;
                yield "OK";
            }
            case 'k' -> {
                target.kill();
                ended = true;
                finished = true;
                yield null; // k has no reply (E.2)
            }
            default -> "";
        };
    }

    // ---------------------------------------------------------------------------------------
    // Queries and settings

    private String query(String p) throws IOException, PacketFormatException {
        String name = p.indexOf(':') > 0 ? p.substring(0, p.indexOf(':'))
                : p.indexOf(',') > 0 ? p.substring(0, p.indexOf(',')) : p;
        return switch (name) {
            case "qSupported" -> supported(p);
            case "qXfer" -> transfer(p);
            case "qfThreadInfo" -> {
                StringJoiner j = new StringJoiner(",", "m", "");
                for (int t : target.threads()) {
                    j.add(Integer.toHexString(t));
                }
                yield j.toString();
            }
            case "qsThreadInfo" -> "l";
            case "qC" -> "QC" + Integer.toHexString(generalThread);
            case "qAttached" -> "1"; // the machine existed before the debugger: quitting detaches
            case "qThreadExtraInfo" -> {
                int t = thread(p.substring(name.length() + 1));
                yield target.threads().contains(t) ? Hex.text(target.threadDescription(t)) : E_INVALID;
            }
            case "qRcmd" -> monitor(p.substring(name.length() + 1));
            case "qSymbol" -> "OK"; // no symbols wanted
            default -> "";
        };
    }

    private String supported(String p) {
        for (String feature : p.substring(p.indexOf(':') + 1).split(";")) {
            if (feature.equals("swbreak+")) {
                clientSwbreak = true;
            } else if (feature.equals("hwbreak+")) {
                clientHwbreak = true;
            }
        }
        return "PacketSize=" + Integer.toHexString(PacketConnection.MAX_PACKET)
                + ";QStartNoAckMode+;qXfer:features:read+;vContSupported+;swbreak+;hwbreak+"
                + (target.canReverse() ? ";ReverseStep+;ReverseContinue+" : "");
    }

    /** qXfer:features:read:ANNEX:OFFSET,LENGTH (E.4 "General Query Packets"). */
    private String transfer(String p) throws PacketFormatException {
        String[] parts = p.split(":", -1);
        if (parts.length != 5 || !parts[1].equals("features") || !parts[2].equals("read")) {
            return "";
        }
        if (!parts[3].equals("target.xml")) {
            return E_UNKNOWN_ANNEX;
        }
        String[] range = parts[4].split(",", -1);
        if (range.length != 2) {
            throw new PacketFormatException("qXfer wants OFFSET,LENGTH");
        }
        long offset = Hex.number(range[0]);
        long length = Hex.number(range[1]);
        if (description == null) {
            description = RiscvRegisters.targetDescription(target.csrs(), target.hasFpu());
        }
        if (offset < 0 || offset >= description.length()) {
            return "l";
        }
        int end = (int) Math.min(description.length(), offset + atMost(length, MAX_DATA_BYTES));
        return (end == description.length() ? "l" : "m") + description.substring((int) offset, end);
    }

    private String monitor(String hexCommand) throws IOException, PacketFormatException {
        String command = new String(Hex.bytes(hexCommand), StandardCharsets.UTF_8).trim();
        String output;
        try {
            output = target.monitor(command);
        } catch (IllegalArgumentException e) {
            output = e.getMessage() + "\n";
        }
        console(output);
        return "OK";
    }

    /** {@code length}, an unsigned protocol number, capped at {@code max}. */
    private static int atMost(long length, int max) {
        return Long.compareUnsigned(length, max) > 0 ? max : (int) length;
    }

    /** Shows text on the debugger's console with O packets (E.3), split to fit PacketSize. */
    private void console(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int from = 0; from < bytes.length; from += MAX_DATA_BYTES) {
            byte[] chunk = Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + MAX_DATA_BYTES));
            connection.send("O" + Hex.bytes(chunk));
        }
    }

    private String setting(String p) throws IOException {
        if (p.equals("QStartNoAckMode")) {
            connection.send("OK"); // acknowledged by the client; from then on neither side acks (E.12)
            connection.enterNoAckMode();
            return null;
        }
        return "";
    }

    private String setThread(String p) throws PacketFormatException {
        if (p.length() < 3) {
            throw new PacketFormatException("H wants an operation and a thread id");
        }
        int t = thread(p.substring(2));
        boolean known = t == 0 || target.threads().contains(t) || (t == -1 && p.charAt(1) == 'c');
        if (!known) {
            return E_INVALID;
        }
        switch (p.charAt(1)) {
            case 'g' -> generalThread = t <= 0 ? target.threads().get(0) : t;
            case 'c' -> continueThread = t;
            default -> {
                return E_INVALID;
            }
        }
        return "OK";
    }

    /** A thread-id (E.1): hex, 0 for any, -1 for all; a "pPID.TID" form is read as TID. */
    private static int thread(String text) throws PacketFormatException {
        if (text.startsWith("p")) {
            int dot = text.indexOf('.');
            text = dot < 0 ? "-1" : text.substring(dot + 1);
        }
        if (text.equals("-1")) {
            return -1;
        }
        return Hex.number(text, Integer.MAX_VALUE);
    }

    private int threadOf(StopInfo stop) {
        List<Integer> threads = target.threads();
        return threads.contains(stop.thread()) ? stop.thread() : threads.get(0);
    }

    // ---------------------------------------------------------------------------------------
    // Registers

    private String readGeneralRegisters() {
        StringBuilder s = new StringBuilder(RiscvRegisters.GENERAL_COUNT * 16);
        for (int r = 0; r < RiscvRegisters.GENERAL_COUNT; r++) {
            s.append(Hex.littleEndian(target.readRegister(generalThread, r), 8));
        }
        return s.toString();
    }

    private String writeGeneralRegisters(String data) throws PacketFormatException {
        if (data.length() < RiscvRegisters.GENERAL_COUNT * 16) {
            throw new PacketFormatException("G needs " + RiscvRegisters.GENERAL_COUNT + " registers");
        }
        long[] values = new long[RiscvRegisters.GENERAL_COUNT];
        for (int r = 0; r < values.length; r++) {
            values[r] = Hex.littleEndian(data, r * 16, 8);
        }
        boolean all = true;
        for (int r = 0; r < values.length; r++) {
            all &= target.writeRegister(generalThread, r, values[r]);
        }
        return all ? "OK" : E_INVALID;
    }

    private boolean described(int regno) {
        if (regno >= 0 && regno <= RiscvRegisters.PC || regno == RiscvRegisters.PRIV) {
            return true;
        }
        if (regno >= RiscvRegisters.FIRST_FPR && regno < RiscvRegisters.FIRST_CSR) {
            return target.hasFpu();
        }
        return regno >= RiscvRegisters.FIRST_CSR && target.csrs().containsKey(regno - RiscvRegisters.FIRST_CSR);
    }

    private String readRegister(String arg) throws PacketFormatException {
        int regno = Hex.number(arg, Integer.MAX_VALUE);
        if (!described(regno)) {
            return E_INVALID;
        }
        return Hex.littleEndian(target.readRegister(generalThread, regno), RiscvRegisters.size(regno, target.hasFpu()));
    }

    private String writeRegister(String arg) throws PacketFormatException {
        int eq = arg.indexOf('=');
        if (eq < 0) {
            throw new PacketFormatException("P wants N=VALUE");
        }
        int regno = Hex.number(arg.substring(0, eq), Integer.MAX_VALUE);
        if (!described(regno)) {
            return E_INVALID;
        }
        int size = RiscvRegisters.size(regno, target.hasFpu());
        String value = arg.substring(eq + 1);
        if (value.length() != 2 * size) {
            throw new PacketFormatException("register " + regno + " takes " + size + " bytes");
        }
        return target.writeRegister(generalThread, regno, Hex.littleEndian(value, 0, size)) ? "OK" : E_INVALID;
    }

    // ---------------------------------------------------------------------------------------
    // Memory

    private String readMemory(String arg) throws PacketFormatException {
        String[] parts = arg.split(",", -1);
        if (parts.length != 2) {
            throw new PacketFormatException("m wants ADDR,LENGTH");
        }
        long address = Hex.number(parts[0]);
        long length = Hex.number(parts[1]);
        if (length == 0) {
            return "";
        }
        // a shorter reply than asked for is allowed; it keeps the reply within PacketSize
        byte[] data = target.readMemory(generalThread, address, atMost(length, MAX_DATA_BYTES));
        return data.length == 0 ? E_FAULT : Hex.bytes(data);
    }

    private String writeMemory(String arg, boolean binary) throws PacketFormatException {
        int colon = arg.indexOf(':');
        if (colon < 0) {
            throw new PacketFormatException("memory write wants ADDR,LENGTH:DATA");
        }
        String[] parts = arg.substring(0, colon).split(",", -1);
        if (parts.length != 2) {
            throw new PacketFormatException("memory write wants ADDR,LENGTH:DATA");
        }
        long address = Hex.number(parts[0]);
        long length = Hex.number(parts[1]);
        String payload = arg.substring(colon + 1);
        byte[] data = binary ? payload.getBytes(StandardCharsets.ISO_8859_1) : Hex.bytes(payload);
        if (data.length != length) {
            throw new PacketFormatException("memory write of " + length + " bytes carries " + data.length);
        }
        if (data.length == 0) {
            return "OK"; // how GDB probes for X support
        }
        return target.writeMemory(generalThread, address, data) ? "OK" : E_FAULT;
    }

    // ---------------------------------------------------------------------------------------
    // Breakpoints and watchpoints

    private String breakpoint(String p) throws PacketFormatException {
        if (p.length() < 2) {
            throw new PacketFormatException("Z/z wants TYPE,ADDR,KIND");
        }
        BreakpointType type = BreakpointType.of(p.charAt(1));
        if (type == null) {
            return "";
        }
        String body = p.substring(2);
        int semicolon = body.indexOf(';');
        if (semicolon >= 0) {
            body = body.substring(0, semicolon); // conditions and commands were not announced: ignored
        }
        String[] parts = body.split(",", -1);
        if (parts.length != 3 || !parts[0].isEmpty()) {
            throw new PacketFormatException("Z/z wants TYPE,ADDR,KIND");
        }
        long address = Hex.number(parts[1]);
        long kind = Hex.number(parts[2]);
        if (!type.isWatchpoint() && kind != 2 && kind != 4) {
            return E_INVALID; // RISC-V instructions are 2 (compressed) or 4 bytes
        }
        if (type.isWatchpoint() && (kind <= 0 || kind > 1L << 32)) {
            return E_INVALID;
        }
        boolean done = p.charAt(0) == 'Z' ? target.insertBreakpoint(type, address, kind)
                : target.removeBreakpoint(type, address, kind);
        return done ? "OK" : E_FAULT;
    }

    // ---------------------------------------------------------------------------------------
    // Running

    private String verbose(String p) throws IOException, PacketFormatException {
        if (p.equals("vCont?")) {
            return "vCont;c;C;s;S";
        }
        if (p.startsWith("vCont;")) {
            return resume(parseVCont(p.substring(6)));
        }
        if (p.equals("vCont")) {
            throw new PacketFormatException("vCont without actions");
        }
        if (p.startsWith("vKill")) {
            target.kill();
            ended = true;
            finished = true;
            return "OK";
        }
        return ""; // vMustReplyEmpty and everything not supported
    }

    private ResumeRequest parseVCont(String actions) throws PacketFormatException {
        Map<Integer, ResumeRequest.Action> perThread = new LinkedHashMap<>();
        ResumeRequest.Action others = null;
        boolean othersSet = false;
        for (String a : actions.split(";", -1)) {
            int colon = a.indexOf(':');
            String verb = colon < 0 ? a : a.substring(0, colon);
            ResumeRequest.Action action = switch (verb.isEmpty() ? ' ' : verb.charAt(0)) {
                case 'c', 'C' -> ResumeRequest.Action.CONTINUE;
                case 's', 'S' -> ResumeRequest.Action.STEP;
                default -> throw new PacketFormatException("unsupported vCont action '" + Hex.abbreviate(verb) + "'");
            };
            if (verb.length() > 1) {
                Hex.number(verb.substring(1), 0xff); // the signal to deliver: checked, but harts have no signals
            }
            if (colon < 0) {
                if (!othersSet) { // the leftmost action that applies to a thread wins
                    others = action;
                    othersSet = true;
                }
                continue;
            }
            int t = thread(a.substring(colon + 1));
            if (t == -1 || t == 0) {
                if (!othersSet) {
                    others = action;
                    othersSet = true;
                }
            } else if (!target.threads().contains(t)) {
                throw new IllegalArgumentException("no thread " + t);
            } else {
                perThread.putIfAbsent(t, action);
            }
        }
        return new ResumeRequest(perThread, others);
    }

    /** c [ADDR], s [ADDR], C SIG[;ADDR], S SIG[;ADDR]: the thread chosen by Hc moves. */
    private String legacyResume(String p) throws IOException, PacketFormatException {
        char verb = p.charAt(0);
        String arg = p.substring(1);
        if (verb == 'C' || verb == 'S') {
            int semicolon = arg.indexOf(';');
            Hex.number(semicolon < 0 ? arg : arg.substring(0, semicolon), 0xff);
            arg = semicolon < 0 ? "" : arg.substring(semicolon + 1);
        }
        int t = continueThread > 0 ? continueThread : generalThread;
        if (!arg.isEmpty()) {
            target.writeRegister(t, RiscvRegisters.PC, Hex.number(arg));
        }
        boolean step = verb == 's' || verb == 'S';
        ResumeRequest r = step ? new ResumeRequest(Map.of(t, ResumeRequest.Action.STEP), null)
                : new ResumeRequest(Map.of(), ResumeRequest.Action.CONTINUE);
        return resume(r);
    }

    /**
     * bs, bc (E.2): one instruction back on the thread chosen by Hc (else the current one), or
     * back to the previous breakpoint or watchpoint hit. Empty (unsupported) when the target
     * cannot go back, as announced in qSupported.
     */
    private String reverse(String p) throws IOException {
        if (!(p.equals("bs") || p.equals("bc")) || !target.canReverse()) {
            return "";
        }
        int t = continueThread > 0 ? continueThread : generalThread;
        return resume(interrupted -> target.reverse(p.equals("bs"), t, interrupted));
    }

    private String resume(ResumeRequest request) throws IOException {
        return resume(interrupted -> target.resume(request, interrupted));
    }

    /** Runs the target one way or another ({@code run} gets the interrupt flag), then replies with the stop. */
    private String resume(Function<BooleanSupplier, StopInfo> run) throws IOException {
        AtomicBoolean interrupted = new AtomicBoolean(connection.isClosed());
        synchronized (resumeLock) {
            runningInterrupt = interrupted;
        }
        StopInfo stop;
        try {
            stop = run.apply(interrupted::get);
        } finally {
            synchronized (resumeLock) {
                runningInterrupt = null;
            }
        }
        lastStop = stop;
        if (connection.isClosed()) {
            finished = true;
            return null;
        }
        generalThread = threadOf(stop);
        if (!stop.message().isEmpty()) {
            console(stop.message() + "\n");
        }
        return stopReply(stop);
    }

    /** A stop reply (E.3): T with the signal, the watched address or breakpoint kind, and the thread. */
    private String stopReply(StopInfo stop) {
        if (stop.kind() == StopInfo.Kind.EXITED) {
            return "W" + Hex.littleEndian(stop.exitCode() & 0xff, 1);
        }
        StringBuilder r = new StringBuilder("T").append(Hex.littleEndian(stop.signal() & 0xff, 1));
        switch (stop.kind()) {
            case WRITE_WATCHPOINT -> r.append("watch:").append(Long.toHexString(stop.address())).append(';');
            case READ_WATCHPOINT -> r.append("rwatch:").append(Long.toHexString(stop.address())).append(';');
            case ACCESS_WATCHPOINT -> r.append("awatch:").append(Long.toHexString(stop.address())).append(';');
            case SOFTWARE_BREAKPOINT -> r.append(clientSwbreak ? "swbreak:;" : "");
            case HARDWARE_BREAKPOINT -> r.append(clientHwbreak ? "hwbreak:;" : "");
            case HISTORY_BEGIN -> r.append("replaylog:begin;");
            default -> {
            }
        }
        return r.append("thread:").append(Integer.toHexString(threadOf(stop))).append(';').toString();
    }
}
