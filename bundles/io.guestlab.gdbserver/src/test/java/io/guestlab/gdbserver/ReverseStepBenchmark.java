package io.guestlab.gdbserver;

import io.guestlab.emulator.history.History;
import io.guestlab.emulator.history.CheckpointProvider;
import io.guestlab.emulator.Machine;
import io.guestlab.emulator.MachineConfig;

import java.io.PrintStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reverse-execution figures for the note (not a test: speed is measured, never asserted): a
 * guest that has run 10^8 instructions since the server started (storing all over 4 MiB of RAM,
 * so checkpoints have pages to share), then reverse-stepi round trips as gdb does them ({@code bs},
 * then pc), with the server's checkpoint interval. Also the cost of keeping history while running
 * forward. Run: java -cp ... io.guestlab.gdbserver.ReverseStepBenchmark
 */
public final class ReverseStepBenchmark {

    private static final long RAM = MachineConfig.DEFAULT_RAM_BASE;
    private static final long INSTRUCTIONS = 100_000_000L;
    private static final int LOOP = 6; // instructions per iteration
    private static final long END = RAM + 4L * LOOP; // the j . after the loop

    private ReverseStepBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        for (int round = 0; round < 2; round++) { // the first round warms up the JIT
            measure(round == 1);
        }
    }

    /** x1 counts down; each iteration stores it at RAM+1MiB + ((x1 << 3) & (4 MiB - 8)). */
    private static Machine storer() {
        Machine m = new Machine(MachineConfig.defaults());
        ByteBuffer b = ByteBuffer.allocate(4 * (LOOP + 1)).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0xfff08093); // addi x1, x1, -1
        b.putInt(0x00309293); // slli x5, x1, 3
        b.putInt(0x0042f2b3); // and  x5, x5, x4
        b.putInt(0x003282b3); // add  x5, x5, x3
        b.putInt(0x0012b023); // sd   x1, 0(x5)
        b.putInt(0xfe0096e3); // bnez x1, .-20
        b.putInt(0x0000006f); // j .
        m.writePhysical(RAM, b.array());
        m.setPc(0, RAM);
        m.setRegister(0, 1, INSTRUCTIONS / LOOP);
        m.setRegister(0, 3, RAM + (1 << 20));
        m.setRegister(0, 4, (4 << 20) - 8);
        return m;
    }

    private static void measure(boolean print) throws Exception {
        Machine plain = storer();
        MachineTarget plainTarget = new MachineTarget(plain);
        plainTarget.insertBreakpoint(BreakpointType.SOFTWARE, END, 4);
        long start = System.nanoTime();
        plainTarget.resume(new ResumeRequest(java.util.Map.of(), ResumeRequest.Action.CONTINUE), () -> false);
        double withoutHistory = (System.nanoTime() - start) / 1e9;

        Machine m = storer();
        History<?> history = History.start(m, m::run, CheckpointProvider.of(m), History.DEFAULT_INTERVAL);
        MachineTarget target = new MachineTarget(m, m::run, history, null);
        try (GdbServer server = new GdbServer(target, target, GdbAddress.parse("tcp:127.0.0.1:0"), new PrintStream(System.err));
                RspClient gdb = new RspClient(new Socket("127.0.0.1", server.port()))) {
            gdb.ask("QStartNoAckMode");
            gdb.noAck = true;
            gdb.ask("Z0," + Long.toHexString(END) + ",4");
            start = System.nanoTime();
            String stop = gdb.ask("vCont;c");
            double withHistory = (System.nanoTime() - start) / 1e9;
            long reached = m.steps();
            int n = 20;
            double[] ms = new double[n];
            for (int i = 0; i < n; i++) {
                long t = System.nanoTime();
                gdb.ask("bs");
                gdb.ask("p20");
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ms);
            if (print) {
                System.out.printf(Locale.ROOT, "continue over %d instructions: %.3f s keeping history (%s), %.3f s without%n",
                        reached, withHistory, stop, withoutHistory);
                System.out.printf(Locale.ROOT, "reverse-stepi round trips (bs + p pc) at step %d, a checkpoint every %d steps: "
                        + "median %.1f ms, min %.1f ms, max %.1f ms over %d%n", reached, History.DEFAULT_INTERVAL,
                        ms[n / 2], ms[0], ms[n - 1], n);
                System.out.print(history.describe());
            }
        }
    }
}
