import io.guestlab.emulator.Machine;
import io.guestlab.emulator.MachineConfig;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * What harts idling in wfi cost (issue 17: 4 harts, 3 of them waiting, within 1.3x of one hart
 * doing the same work): hart 0 runs a counting loop for STEPS steps, alone and with 3 more harts
 * asleep in wfi with no interrupt enabled. Thread CPU time (a busy host disturbs it less than wall
 * time), best of RUNS. Arguments: STEPS RUNS.
 */
public final class IdleHartsBench {

    private static final long RAM = 0x8000_0000L;

    public static void main(String[] args) {
        long steps = Long.parseLong(args[0]);
        int runs = Integer.parseInt(args[1]);
        double one = Double.MAX_VALUE, four = Double.MAX_VALUE;
        for (int r = 0; r < runs; r++) {
            one = Math.min(one, run(1, steps));
            four = Math.min(four, run(4, steps));
        }
        System.out.printf(Locale.ROOT, "hart 0 runs %,d steps: alone %.3f s CPU, beside 3 harts in wfi %.3f s CPU: %.2fx (best of %d)%n",
                steps, one, four, four / one, runs);
    }

    /** Seconds of this thread's CPU time for hart 0 to take {@code steps} steps among {@code harts}. */
    private static double run(int harts, long steps) {
        Machine m = new Machine(new MachineConfig(RAM, 1 << 20, harts, MachineConfig.DEFAULT_QUANTUM));
        m.writePhysical(RAM, words(0x00128293, 0x00533023, 0xff9ff06f)); // addi t0, t0, 1; sd t0, 0(t1); j -8
        m.writePhysical(RAM + 0x100, words(0x10500073, 0xffdff06f)); // wfi; j -4
        m.setPc(0, RAM);
        m.setRegister(0, 6, RAM + 0x1000);
        for (int h = 1; h < harts; h++) {
            m.setPc(h, RAM + 0x100);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long t0 = threads.getCurrentThreadCpuTime();
        while (m.hartSteps(0) < steps) {
            m.run(10_000_000);
        }
        return (threads.getCurrentThreadCpuTime() - t0) / 1e9;
    }

    private static byte[] words(int... w) {
        byte[] b = new byte[4 * w.length];
        for (int i = 0; i < w.length; i++) {
            for (int k = 0; k < 4; k++) {
                b[4 * i + k] = (byte) (w[i] >>> (8 * k));
            }
        }
        return b;
    }
}
