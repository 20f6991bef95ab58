package io.guestlab.gdbserver;

import io.guestlab.emulator.Machine;
import io.guestlab.emulator.MachineConfig;

import java.io.PrintStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Locale;
import java.util.Map;

/**
 * Stepping figures for the note (not a test: speed is measured, never asserted): stepi round
 * trips per second over a socket, as gdb's stepi does them (a step, then pc), and a continue to a
 * breakpoint 10^8 instructions away compared with the same run without a debugger.
 * Run: java -cp ... io.guestlab.gdbserver.GdbServerBenchmark
 */
public final class GdbServerBenchmark {

    private static final long RAM = MachineConfig.DEFAULT_RAM_BASE;
    private static final int ADDI_X1_MINUS_1 = 0xfff08093; // addi x1, x1, -1
    private static final int BNEZ_X1_BACK = 0xfe009ee3;    // bnez x1, .-4
    private static final int JUMP_SELF = 0x0000006f;       // j .
    private static final long INSTRUCTIONS = 100_000_000L;

    private GdbServerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        stepRoundTrips();
        for (int i = 0; i < 3; i++) {
            continueToBreakpoint();
        }
    }

    private static Machine countdown() {
        Machine m = new Machine(MachineConfig.defaults());
        ByteBuffer b = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(ADDI_X1_MINUS_1).putInt(BNEZ_X1_BACK).putInt(JUMP_SELF);
        m.writePhysical(RAM, b.array());
        m.setPc(0, RAM);
        m.setRegister(0, 1, INSTRUCTIONS / 2);
        return m;
    }

    private static void stepRoundTrips() throws Exception {
        Machine m = countdown();
        MachineTarget target = new MachineTarget(m);
        try (GdbServer server = new GdbServer(target, target, GdbAddress.parse("tcp:127.0.0.1:0"), new PrintStream(System.err));
                RspClient gdb = new RspClient(new Socket("127.0.0.1", server.port()))) {
            gdb.ask("QStartNoAckMode");
            gdb.noAck = true;
            for (int round = 0; round < 2; round++) { // the first round warms up the JIT
                int n = 0;
                long start = System.nanoTime();
                while (System.nanoTime() - start < 2_000_000_000L) {
                    gdb.ask("vCont;s:1");
                    gdb.ask("p20");
                    n++;
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                if (round == 1) {
                    System.out.printf(Locale.ROOT, "stepi round trips (vCont;s + p pc, no-ack, TCP loopback): %.0f per second%n",
                            n / seconds);
                }
            }
        }
    }

    private static void continueToBreakpoint() {
        Machine free = countdown();
        long start = System.nanoTime();
        free.run(INSTRUCTIONS);
        double plain = (System.nanoTime() - start) / 1e9;

        Machine m = countdown();
        MachineTarget target = new MachineTarget(m);
        target.insertBreakpoint(BreakpointType.SOFTWARE, RAM + 8, 4);
        start = System.nanoTime();
        StopInfo stop = target.resume(new ResumeRequest(Map.of(), ResumeRequest.Action.CONTINUE), () -> false);
        double debugged = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "continue to a breakpoint %d instructions away: %.3f s (%s after %d instructions); "
                + "the same run without a debugger: %.3f s%n", INSTRUCTIONS, debugged, stop.kind(), m.instructionsRetired(), plain);
    }
}
