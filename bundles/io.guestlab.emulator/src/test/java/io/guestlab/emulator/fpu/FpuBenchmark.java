package io.guestlab.emulator.fpu;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Throughput of single operations, in ns/op, over random normal operands (not a test; run by
 * hand). One operation per JVM keeps the call site monomorphic, as it is in the hart:
 * {@code java -cp ... io.guestlab.emulator.fpu.FpuBenchmark "f64 add" rne}.
 */
public final class FpuBenchmark {
    private interface Op {
        long run(long a, long b, long c, int rm, FloatStatus st);
    }

    private static final String[] NAMES = {"f64 add", "f64 mul", "f64 div", "f64 sqrt", "f64 fma", "f64 toInt32",
        "f32 add", "f32 mul", "f32 div", "f32 sqrt", "f32 fma", "f32 toInt32", "double add (JVM baseline)"};

    private FpuBenchmark() {
    }

    private static Op op(String name) {
        switch (name) {
            case "f64 add": return (a, b, c, rm, st) -> F64.add(a, b, rm, st);
            case "f64 mul": return (a, b, c, rm, st) -> F64.mul(a, b, rm, st);
            case "f64 div": return (a, b, c, rm, st) -> F64.div(a, b, rm, st);
            case "f64 sqrt": return (a, b, c, rm, st) -> F64.sqrt(b, rm, st);
            case "f64 fma": return (a, b, c, rm, st) -> F64.mulAdd(a, b, c, rm, st);
            case "f64 toInt32": return (a, b, c, rm, st) -> F64.toInt32(a, rm, st);
            case "f32 add": return (a, b, c, rm, st) -> F32.add(narrow(a), narrow(b), rm, st);
            case "f32 mul": return (a, b, c, rm, st) -> F32.mul(narrow(a), narrow(b), rm, st);
            case "f32 div": return (a, b, c, rm, st) -> F32.div(narrow(a), narrow(b), rm, st);
            case "f32 sqrt": return (a, b, c, rm, st) -> F32.sqrt(narrow(b), rm, st);
            case "f32 fma": return (a, b, c, rm, st) -> F32.mulAdd(narrow(a), narrow(b), narrow(c), rm, st);
            case "f32 toInt32": return (a, b, c, rm, st) -> F32.toInt32(narrow(a), rm, st);
            case "double add (JVM baseline)":
                return (a, b, c, rm, st) -> Double.doubleToRawLongBits(Double.longBitsToDouble(a) + Double.longBitsToDouble(b));
            default: return null;
        }
    }

    /** The binary32 encoding nearest to a binary64 encoding (benchmark operands only). */
    private static int narrow(long d) {
        return Float.floatToRawIntBits((float) Double.longBitsToDouble(d));
    }

    public static void main(String[] args) {
        Op op = args.length == 2 ? op(args[0]) : null;
        int rm = args.length == 2 ? Arrays.asList("rne", "rtz", "rdn", "rup", "rmm").indexOf(args[1]) : -1;
        if (op == null || rm < 0) {
            System.err.println("usage: FpuBenchmark OPERATION rne|rtz|rdn|rup|rmm, OPERATION one of " + Arrays.toString(NAMES));
            System.exit(2);
        }
        int n = 1 << 16;
        SplittableRandom random = new SplittableRandom(1);
        long[] a = new long[n];
        long[] b = new long[n];
        long[] c = new long[n];
        for (int i = 0; i < n; i++) {
            a[i] = Double.doubleToRawLongBits((random.nextDouble() + 0.5) * (random.nextBoolean() ? 1 : -1)
                    * Math.scalb(1.0, random.nextInt(-40, 40)));
            b[i] = Double.doubleToRawLongBits((random.nextDouble() + 0.5) * Math.scalb(1.0, random.nextInt(-40, 40)));
            c[i] = Double.doubleToRawLongBits((random.nextDouble() - 0.5) * Math.scalb(1.0, random.nextInt(-40, 40)));
        }
        FloatStatus st = new FloatStatus();
        long sink = 0;
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 10; round++) {
            long start = System.nanoTime();
            for (int repeat = 0; repeat < 20; repeat++) {
                for (int i = 0; i < n; i++) {
                    sink += op.run(a[i], b[i], c[i], rm, st);
                }
            }
            best = Math.min(best, (System.nanoTime() - start) / (20.0 * n));
        }
        System.out.printf("%-26s %s %6.1f ns/op (checksum %x)%n", args[0], args[1], best, sink);
    }
}
