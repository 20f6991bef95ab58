package io.guestlab.emulator.fpu;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigInteger;

import org.junit.Test;

/**
 * Randomised cross-checks with a fixed seed, in all five rounding modes:
 * the public API (hardware fast paths) against the exact {@link SoftFloat} path, and both against
 * the independent BigInteger/BigDecimal {@link Oracle}. Results and flags must match bit for bit.
 */
public class RandomCrossCheckTest {
    private static final long SEED = 0x5EED_F10A7L;
    /**
     * Operand tuples per operation for API-versus-SoftFloat (each in all five modes); raise it
     * with -Dguestlab.fpu.cases=N for a soak run.
     */
    private static final int FAST_CASES = Integer.getInteger("guestlab.fpu.cases", 25_000);
    /** Operand tuples per operation for the (slower) oracle comparison. */
    private static final int ORACLE_CASES = Math.max(FAST_CASES / 8, 1_000);

    enum Kind { ADD, SUB, MUL, DIV, SQRT, FMA }

    private interface Op {
        long apply(long a, long b, long c, int rm, FloatStatus st);
    }

    private static Op api(Oracle o, Kind kind) {
        if (o == Oracle.BINARY64) {
            switch (kind) {
                case ADD: return (a, b, c, rm, st) -> F64.add(a, b, rm, st);
                case SUB: return (a, b, c, rm, st) -> F64.sub(a, b, rm, st);
                case MUL: return (a, b, c, rm, st) -> F64.mul(a, b, rm, st);
                case DIV: return (a, b, c, rm, st) -> F64.div(a, b, rm, st);
                case SQRT: return (a, b, c, rm, st) -> F64.sqrt(a, rm, st);
                default: return (a, b, c, rm, st) -> F64.mulAdd(a, b, c, rm, st);
            }
        }
        switch (kind) {
            case ADD: return (a, b, c, rm, st) -> F32.add((int) a, (int) b, rm, st) & 0xffffffffL;
            case SUB: return (a, b, c, rm, st) -> F32.sub((int) a, (int) b, rm, st) & 0xffffffffL;
            case MUL: return (a, b, c, rm, st) -> F32.mul((int) a, (int) b, rm, st) & 0xffffffffL;
            case DIV: return (a, b, c, rm, st) -> F32.div((int) a, (int) b, rm, st) & 0xffffffffL;
            case SQRT: return (a, b, c, rm, st) -> F32.sqrt((int) a, rm, st) & 0xffffffffL;
            default: return (a, b, c, rm, st) -> F32.mulAdd((int) a, (int) b, (int) c, rm, st) & 0xffffffffL;
        }
    }

    private static Op soft(Oracle o, Kind kind) {
        Format f = o == Oracle.BINARY64 ? Format.BINARY64 : Format.BINARY32;
        switch (kind) {
            case ADD: return (a, b, c, rm, st) -> SoftFloat.add(f, a, b, rm, st);
            case SUB: return (a, b, c, rm, st) -> SoftFloat.sub(f, a, b, rm, st);
            case MUL: return (a, b, c, rm, st) -> SoftFloat.mul(f, a, b, rm, st);
            case DIV: return (a, b, c, rm, st) -> SoftFloat.div(f, a, b, rm, st);
            case SQRT: return (a, b, c, rm, st) -> SoftFloat.sqrt(f, a, rm, st);
            default: return (a, b, c, rm, st) -> SoftFloat.mulAdd(f, a, b, c, rm, st);
        }
    }

    /** Draws one operand tuple; b and c are sometimes chosen to nearly cancel. */
    private static long[] operands(RandomOperands gen, Oracle o, Kind kind) {
        long a = gen.next();
        if (kind == Kind.SQRT && gen.nextInt(8) != 0) {
            a &= (1L << (o.exponentBits + o.precision - 1)) - 1; // mostly nonnegative radicands
        }
        long b = (kind == Kind.ADD || kind == Kind.SUB) && gen.nextInt(3) == 0 ? gen.near(a) : gen.next();
        long c = gen.next();
        int pick = gen.nextInt(6);
        if (kind == Kind.FMA && pick < 3) {
            Format f = o == Oracle.BINARY64 ? Format.BINARY64 : Format.BINARY32;
            long product = SoftFloat.mul(f, a, b, Rounding.RNE, new FloatStatus());
            long field = (product & f.magnitudeMask) >>> (f.precision - 1);
            int k = 1 + gen.nextInt(2 * f.precision + 10);
            if (f.isNaN(product)) {
                c = gen.next();
            } else if (pick < 2) {
                c = gen.near(product); // cancellation
            } else if (field > k) {
                // An addend k binades below the product: lands in its low bits or in the sticky region.
                c = (product - ((long) k << (f.precision - 1))) ^ (gen.nextInt(2) == 0 ? 0 : f.signBit) ^ gen.nextInt(4);
            }
        }
        return new long[] {a, b, c};
    }

    private static String describe(Oracle o, Kind kind, long[] x, int rm) {
        String hex = o == Oracle.BINARY64 ? "%016x" : "%08x";
        return String.format("%s %s rm=%s a=" + hex + " b=" + hex + " c=" + hex, o == Oracle.BINARY64 ? "f64" : "f32",
                kind, Rounding.name(rm), x[0], x[1], x[2]);
    }

    private static void assertSame(String what, long expected, int expectedFlags, long actual, int actualFlags) {
        if (expected != actual || expectedFlags != actualFlags) {
            throw new AssertionError(String.format("%s: expected %x flags %s, got %x flags %s", what, expected,
                    FFlags.describe(expectedFlags), actual, FFlags.describe(actualFlags)));
        }
    }

    private void apiAgreesWithSoftFloat(Oracle o, long seed) {
        for (Kind kind : Kind.values()) {
            RandomOperands gen = new RandomOperands(seed + kind.ordinal(), o);
            Op fast = api(o, kind);
            Op exact = soft(o, kind);
            for (int i = 0; i < FAST_CASES; i++) {
                long[] x = operands(gen, o, kind);
                for (int rm = Rounding.RNE; rm <= Rounding.RMM; rm++) {
                    FloatStatus s1 = new FloatStatus();
                    FloatStatus s2 = new FloatStatus();
                    long r1 = fast.apply(x[0], x[1], x[2], rm, s1);
                    long r2 = exact.apply(x[0], x[1], x[2], rm, s2);
                    assertSame(describe(o, kind, x, rm), r2, s2.flags, r1, s1.flags);
                }
            }
        }
    }

    @Test
    public void binary64FastPathsAgreeWithSoftFloat() {
        apiAgreesWithSoftFloat(Oracle.BINARY64, SEED);
    }

    @Test
    public void binary32FastPathsAgreeWithSoftFloat() {
        apiAgreesWithSoftFloat(Oracle.BINARY32, SEED + 100);
    }

    /** The exact value of an operation on finite operands, or null when it is zero or not finite. */
    private static Oracle.Exact exact(Oracle o, Kind kind, long[] x, boolean[] negative) {
        for (int i = 0; i < (kind == Kind.SQRT ? 1 : kind == Kind.FMA ? 3 : 2); i++) {
            if (!o.isFiniteNonzero(x[i]) && (x[i] & ~(1L << (o.exponentBits + o.precision - 1))) != 0) {
                return null; // NaN or infinity
            }
        }
        BigInteger sa = o.significand(x[0]);
        BigInteger sb = o.significand(x[1]);
        int ua = o.unitExponent(x[0]);
        int ub = o.unitExponent(x[1]);
        BigInteger s;
        int k;
        switch (kind) {
            case SUB:
            case ADD:
                if (kind == Kind.SUB) {
                    sb = sb.negate();
                }
                k = Math.min(ua, ub);
                s = sa.shiftLeft(ua - k).add(sb.shiftLeft(ub - k));
                break;
            case MUL:
                s = sa.multiply(sb);
                k = ua + ub;
                break;
            case FMA: {
                BigInteger sc = o.significand(x[2]);
                int uc = o.unitExponent(x[2]);
                int up = ua + ub;
                k = Math.min(up, uc);
                s = sa.multiply(sb).shiftLeft(up - k).add(sc.shiftLeft(uc - k));
                break;
            }
            case DIV:
                if (sa.signum() == 0 || sb.signum() == 0) {
                    return null;
                }
                negative[0] = sa.signum() != sb.signum();
                return new Oracle.Rational(sa.abs(), sb.abs(), ua - ub);
            default: // SQRT
                if (sa.signum() <= 0) {
                    return null;
                }
                return new Oracle.SquareRoot(new Oracle.Rational(sa, BigInteger.ONE, ua));
        }
        if (s.signum() == 0) {
            return null;
        }
        negative[0] = s.signum() < 0;
        return new Oracle.Rational(s.abs(), BigInteger.ONE, k);
    }

    private void apiAgreesWithOracle(Oracle o, long seed) {
        for (Kind kind : Kind.values()) {
            RandomOperands gen = new RandomOperands(seed + kind.ordinal(), o);
            Op fast = api(o, kind);
            int checked = 0;
            for (int i = 0; i < ORACLE_CASES; i++) {
                long[] x = operands(gen, o, kind);
                boolean[] negative = new boolean[1];
                Oracle.Exact value = exact(o, kind, x, negative);
                if (value == null) {
                    continue;
                }
                checked++;
                for (int rm = Rounding.RNE; rm <= Rounding.RMM; rm++) {
                    FloatStatus s1 = new FloatStatus();
                    FloatStatus s2 = new FloatStatus();
                    long expected = o.round(negative[0], value, rm, s2);
                    long actual = fast.apply(x[0], x[1], x[2], rm, s1);
                    assertSame(describe(o, kind, x, rm), expected, s2.flags, actual, s1.flags);
                }
            }
            assertTrue(kind + ": too few finite cases (" + checked + ")", checked > ORACLE_CASES / 2);
        }
    }

    @Test
    public void binary64AgreesWithOracle() {
        apiAgreesWithOracle(Oracle.BINARY64, SEED + 200);
    }

    @Test
    public void binary32AgreesWithOracle() {
        apiAgreesWithOracle(Oracle.BINARY32, SEED + 300);
    }

    @Test
    public void conversionsToIntegersAgreeWithBigDecimal() {
        for (Oracle o : new Oracle[] {Oracle.BINARY32, Oracle.BINARY64}) {
            RandomOperands gen = new RandomOperands(SEED + 400, o);
            for (int i = 0; i < ORACLE_CASES * 4; i++) {
                long a = i % 2 == 0 ? gen.next() : nearInteger(gen, o);
                for (int rm = Rounding.RNE; rm <= Rounding.RMM; rm++) {
                    for (int variant = 0; variant < 4; variant++) {
                        int width = variant < 2 ? 32 : 64;
                        boolean signed = variant % 2 == 0;
                        FloatStatus s1 = new FloatStatus();
                        FloatStatus s2 = new FloatStatus();
                        long expected = Oracle.toInteger(o, a, rm, s2, width, signed);
                        long actual = convert(o, a, rm, s1, width, signed);
                        assertSame(String.format("%s to %s%d %x rm=%s", o == Oracle.BINARY64 ? "f64" : "f32",
                                signed ? "int" : "uint", width, a, Rounding.name(rm)), expected, s2.flags, actual, s1.flags);
                    }
                }
            }
        }
    }

    /** A value within a few units of an integer near 0 or near a 32/64-bit boundary. */
    private static long nearInteger(RandomOperands gen, Oracle o) {
        long[] centres = {0, 1, 2, 3, 1L << 31, 1L << 32, 1L << 62, Long.MIN_VALUE};
        long centre = centres[gen.nextInt(centres.length)];
        int shift = gen.nextInt(4); // offsets in units of 2^-shift
        BigInteger value = new BigInteger(Long.toUnsignedString(centre)).shiftLeft(shift)
                .add(BigInteger.valueOf(gen.nextInt(13) - 6));
        if (value.signum() == 0) {
            return gen.nextInt(2) == 0 ? 0 : 1L << (o.exponentBits + o.precision - 1);
        }
        long bits = o.roundScaledInteger(value, -shift, gen.nextInt(5), new FloatStatus());
        return gen.nextInt(2) == 0 ? bits : bits | 1L << (o.exponentBits + o.precision - 1);
    }

    private static long convert(Oracle o, long a, int rm, FloatStatus st, int width, boolean signed) {
        if (o == Oracle.BINARY64) {
            if (width == 32) {
                return signed ? F64.toInt32(a, rm, st) : F64.toUInt32(a, rm, st);
            }
            return signed ? F64.toInt64(a, rm, st) : F64.toUInt64(a, rm, st);
        }
        int f = (int) a;
        if (width == 32) {
            return signed ? F32.toInt32(f, rm, st) : F32.toUInt32(f, rm, st);
        }
        return signed ? F32.toInt64(f, rm, st) : F32.toUInt64(f, rm, st);
    }

    @Test
    public void conversionsFromIntegersAgreeWithOracle() {
        RandomOperands gen = new RandomOperands(SEED + 500, Oracle.BINARY64);
        for (int i = 0; i < ORACLE_CASES * 4; i++) {
            long drawn = gen.nextLong() >> gen.nextInt(64);
            long v = gen.nextInt(8) == 0 ? (drawn & ~0xffL) | 0x80 : drawn; // sometimes a tie
            for (int mode = Rounding.RNE; mode <= Rounding.RMM; mode++) {
                int rm = mode;
                String what = "from " + v + " rm=" + Rounding.name(rm);
                BigInteger signed64 = BigInteger.valueOf(v);
                BigInteger unsigned64 = new BigInteger(Long.toUnsignedString(v));
                BigInteger signed32 = BigInteger.valueOf((int) v);
                BigInteger unsigned32 = BigInteger.valueOf(v & 0xffffffffL);
                checkFromInteger(what + " f64.l", Oracle.BINARY64, signed64, rm, st -> F64.fromInt64(v, rm, st));
                checkFromInteger(what + " f64.lu", Oracle.BINARY64, unsigned64, rm, st -> F64.fromUInt64(v, rm, st));
                checkFromInteger(what + " f64.w", Oracle.BINARY64, signed32, rm, st -> F64.fromInt32((int) v, rm, st));
                checkFromInteger(what + " f64.wu", Oracle.BINARY64, unsigned32, rm, st -> F64.fromUInt32((int) v, rm, st));
                checkFromInteger(what + " f32.l", Oracle.BINARY32, signed64, rm, st -> F32.fromInt64(v, rm, st) & 0xffffffffL);
                checkFromInteger(what + " f32.lu", Oracle.BINARY32, unsigned64, rm, st -> F32.fromUInt64(v, rm, st) & 0xffffffffL);
                checkFromInteger(what + " f32.w", Oracle.BINARY32, signed32, rm, st -> F32.fromInt32((int) v, rm, st) & 0xffffffffL);
                checkFromInteger(what + " f32.wu", Oracle.BINARY32, unsigned32, rm,
                        st -> F32.fromUInt32((int) v, rm, st) & 0xffffffffL);
            }
        }
    }

    private interface FromInteger {
        long apply(FloatStatus st);
    }

    private static void checkFromInteger(String what, Oracle o, BigInteger value, int rm, FromInteger op) {
        FloatStatus s1 = new FloatStatus();
        FloatStatus s2 = new FloatStatus();
        long expected = value.signum() == 0 ? 0 : o.roundScaledInteger(value, 0, rm, s2);
        assertSame(what, expected, s2.flags, op.apply(s1), s1.flags);
    }

    @Test
    public void formatConversionsAgreeWithOracle() {
        RandomOperands gen64 = new RandomOperands(SEED + 600, Oracle.BINARY64);
        RandomOperands gen32 = new RandomOperands(SEED + 700, Oracle.BINARY32);
        for (int i = 0; i < ORACLE_CASES * 4; i++) {
            long d = gen64.nextInt(2) == 0 ? gen64.next() : nearBinary32Range(gen64);
            for (int rm = Rounding.RNE; rm <= Rounding.RMM; rm++) {
                FloatStatus s1 = new FloatStatus();
                FloatStatus s2 = new FloatStatus();
                long actual = F64.toF32(d, rm, s1) & 0xffffffffL;
                long expected;
                if (Oracle.BINARY64.isFiniteNonzero(d)) {
                    expected = Oracle.BINARY32.roundScaledInteger(Oracle.BINARY64.significand(d),
                            Oracle.BINARY64.unitExponent(d), rm, s2);
                } else if (Double.isNaN(Double.longBitsToDouble(d))) {
                    expected = F32.CANONICAL_NAN;
                    s2.flags = (d & (1L << 51)) == 0 ? FFlags.NV : 0;
                } else { // zero or infinity keep their sign
                    expected = (d < 0 ? 0x80000000L : 0) | (Double.isInfinite(Double.longBitsToDouble(d)) ? 0x7f800000L : 0);
                }
                assertSame(String.format("f64 %016x to f32 rm=%s", d, Rounding.name(rm)), expected, s2.flags, actual, s1.flags);
            }
            int f = (int) gen32.next();
            FloatStatus s = new FloatStatus();
            long widened = F32.toF64(f, s);
            if (Float.isNaN(Float.intBitsToFloat(f))) {
                assertEquals(F64.CANONICAL_NAN, widened);
                assertEquals((f & 0x00400000) == 0 ? FFlags.NV : 0, s.flags);
            } else {
                assertEquals(0, s.flags);
                if (Oracle.BINARY32.isFiniteNonzero(f & 0xffffffffL)) {
                    FloatStatus exact = new FloatStatus();
                    assertEquals(Oracle.BINARY64.roundScaledInteger(Oracle.BINARY32.significand(f & 0xffffffffL),
                            Oracle.BINARY32.unitExponent(f & 0xffffffffL), Rounding.RNE, exact), widened);
                    assertEquals(0, exact.flags);
                }
            }
        }
    }

    /** A double whose exponent lies where binary32 overflows, underflows or goes subnormal. */
    private static long nearBinary32Range(RandomOperands gen) {
        int[] exponents = {127, 128, -126, -127, -149, -150, -151, -140};
        int e = exponents[gen.nextInt(exponents.length)];
        long fraction = gen.nextLong() & 0xfffffffffffffL;
        if (gen.nextInt(2) == 0) {
            fraction &= ~0x1fffffffL; // exactly representable in 24 bits at normal exponents
            fraction |= (long) gen.nextInt(3) << 28; // sometimes a tie or just above
        }
        long sign = gen.nextInt(2) == 0 ? 0 : Long.MIN_VALUE;
        return sign | ((long) (e + 1023) << 52) | fraction;
    }
}
