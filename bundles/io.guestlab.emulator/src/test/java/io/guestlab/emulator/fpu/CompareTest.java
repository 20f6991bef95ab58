package io.guestlab.emulator.fpu;

import static io.guestlab.emulator.fpu.Expect.d;
import static io.guestlab.emulator.fpu.Expect.f;
import static io.guestlab.emulator.fpu.FFlags.NV;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

/** FEQ/FLT/FLE, FMIN/FMAX and FCLASS for both formats. */
public class CompareTest {
    private static final long D_QNAN = 0x7ff8000000000000L;
    private static final long D_SNAN = 0x7ff4000000000000L;
    private static final long D_NEG_ZERO = 0x8000000000000000L;
    private static final int F_QNAN = 0x7fc00000;
    private static final int F_SNAN = 0x7fa00000;
    private static final int F_NEG_ZERO = 0x80000000;

    @Test
    public void quietEqualityRaisesOnlyForSignallingNaN() {
        FloatStatus st = new FloatStatus();
        assertFalse(F64.eq(D_QNAN, D_QNAN, st));
        assertFalse(F64.eq(d(1), D_QNAN | D_NEG_ZERO, st));
        assertTrue(F64.eq(0, D_NEG_ZERO, st));
        assertTrue(F64.eq(1, 1, st)); // smallest subnormal equals itself
        assertFalse(F64.eq(1, 2, st));
        assertFalse(F32.eq(F_QNAN, f(1f), st));
        assertTrue(F32.eq(F_NEG_ZERO, 0, st));
        assertEquals(0, st.flags);
        assertFalse(F64.eq(D_SNAN, d(1), st));
        assertEquals(NV, st.flags);
        st.flags = 0;
        assertFalse(F32.eq(f(1f), F_SNAN, st));
        assertEquals(NV, st.flags);
    }

    @Test
    public void orderedComparisonsSignalOnAnyNaN() {
        FloatStatus st = new FloatStatus();
        assertTrue(F64.lt(d(-1), d(-0.5), st));
        assertFalse(F64.lt(D_NEG_ZERO, 0, st));
        assertTrue(F64.le(D_NEG_ZERO, 0, st));
        assertTrue(F64.le(0, D_NEG_ZERO, st));
        assertTrue(F64.lt(0x7fefffffffffffffL, 0x7ff0000000000000L, st));
        assertTrue(F64.lt(0xfff0000000000000L, 0xffefffffffffffffL, st));
        assertTrue(F64.lt(0x8000000000000001L, 1, st)); // -2^-1074 < 2^-1074
        assertTrue(F64.lt(1, 2, st));
        assertFalse(F64.le(2, 1, st));
        assertTrue(F32.lt(f(-3f), f(2f), st));
        assertTrue(F32.le(f(2f), f(2f), st));
        assertFalse(F32.lt(f(2f), f(2f), st));
        assertTrue(F32.lt(0x80000002, 0x80000001, st));
        assertEquals(0, st.flags);
        assertFalse(F64.lt(D_QNAN, d(1), st));
        assertEquals(NV, st.flags);
        st.flags = 0;
        assertFalse(F64.le(d(1), D_QNAN, st));
        assertEquals(NV, st.flags);
        st.flags = 0;
        assertFalse(F32.le(F_QNAN, F_QNAN, st));
        assertEquals(NV, st.flags);
        st.flags = 0;
        assertFalse(F32.lt(0, F_SNAN, st));
        assertEquals(NV, st.flags);
    }

    @Test
    public void minimumAndMaximumNumber() {
        FloatStatus st = new FloatStatus();
        assertEquals(D_NEG_ZERO, F64.min(0, D_NEG_ZERO, st));
        assertEquals(D_NEG_ZERO, F64.min(D_NEG_ZERO, 0, st));
        assertEquals(0, F64.max(D_NEG_ZERO, 0, st));
        assertEquals(0, F64.max(0, D_NEG_ZERO, st));
        assertEquals(d(1), F64.min(D_QNAN, d(1), st));
        assertEquals(d(-1), F64.max(d(-1), D_QNAN | D_NEG_ZERO, st));
        assertEquals(0xfff0000000000000L, F64.min(0xfff0000000000000L, d(1), st));
        assertEquals(d(-1), F64.min(d(3), d(-1), st));
        assertEquals(d(3), F64.max(d(3), d(-1), st));
        assertEquals(2, F64.max(1, 2, st));
        assertEquals(D_QNAN, F64.min(0x7ff8000000000abcL, 0xfff8000000000001L, st));
        assertEquals(F_NEG_ZERO, F32.min(0, F_NEG_ZERO, st));
        assertEquals(0, F32.max(F_NEG_ZERO, 0, st));
        assertEquals(f(2f), F32.max(F_QNAN, f(2f), st));
        assertEquals(F_QNAN, F32.max(0xffc00001, 0x7fc00002, st));
        assertEquals(0x80000002, F32.min(0x80000001, 0x80000002, st));
        assertEquals(0, st.flags);
        assertEquals(d(1), F64.min(D_SNAN, d(1), st));
        assertEquals(NV, st.flags);
        st.flags = 0;
        assertEquals(D_QNAN, F64.max(D_SNAN, D_QNAN, st));
        assertEquals(NV, st.flags);
        st.flags = 0;
        assertEquals(f(-5f), F32.max(f(-5f), F_SNAN, st));
        assertEquals(NV, st.flags);
    }

    @Test
    public void classifyEveryCategory() {
        assertEquals(1 << 0, F64.classify(0xfff0000000000000L));
        assertEquals(1 << 1, F64.classify(d(-1)));
        assertEquals(1 << 2, F64.classify(0x800fffffffffffffL));
        assertEquals(1 << 3, F64.classify(D_NEG_ZERO));
        assertEquals(1 << 4, F64.classify(0));
        assertEquals(1 << 5, F64.classify(1));
        assertEquals(1 << 6, F64.classify(0x0010000000000000L));
        assertEquals(1 << 6, F64.classify(0x7fefffffffffffffL));
        assertEquals(1 << 7, F64.classify(0x7ff0000000000000L));
        assertEquals(1 << 8, F64.classify(D_SNAN));
        assertEquals(1 << 8, F64.classify(0xfff0000000000001L));
        assertEquals(1 << 9, F64.classify(D_QNAN));
        assertEquals(1 << 9, F64.classify(0xffffffffffffffffL));
        assertEquals(1 << 0, F32.classify(0xff800000));
        assertEquals(1 << 1, F32.classify(0xff7fffff));
        assertEquals(1 << 2, F32.classify(0x80000001));
        assertEquals(1 << 3, F32.classify(F_NEG_ZERO));
        assertEquals(1 << 4, F32.classify(0));
        assertEquals(1 << 5, F32.classify(0x007fffff));
        assertEquals(1 << 6, F32.classify(0x00800000));
        assertEquals(1 << 7, F32.classify(0x7f800000));
        assertEquals(1 << 8, F32.classify(F_SNAN));
        assertEquals(1 << 8, F32.classify(0x7f800001));
        assertEquals(1 << 9, F32.classify(F_QNAN));
        assertEquals(1 << 9, F32.classify(0xffffffff));
    }

    @Test
    public void flagNamesAndRoundingNames() {
        assertEquals("NV|NX", FFlags.describe(FFlags.NV | FFlags.NX));
        assertEquals("-", FFlags.describe(0));
        assertEquals("rmm", Rounding.name(Rounding.RMM));
        assertTrue(Rounding.isValid(Rounding.RTZ));
        assertFalse(Rounding.isValid(5));
        try {
            F64.div(d(1), d(3), 7, new FloatStatus());
            throw new AssertionError("rounding mode 7 was accepted");
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("rounding mode 7"));
        }
    }
}
