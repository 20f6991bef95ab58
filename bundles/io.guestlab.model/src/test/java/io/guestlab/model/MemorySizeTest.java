package io.guestlab.model;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class MemorySizeTest {

    @Test
    public void parsesQemuSuffixesInEitherCase() {
        assertEquals(256L << 20, MemorySize.valueOf("256M").bytes());
        assertEquals(256L << 20, MemorySize.valueOf("256m").bytes());
        assertEquals(2L << 30, MemorySize.valueOf("2G").bytes());
        assertEquals(512L << 10, MemorySize.valueOf("512k").bytes());
        assertEquals(1L << 40, MemorySize.valueOf("1T").bytes());
        assertEquals(4096, MemorySize.valueOf("4096B").bytes());
    }

    @Test
    public void plainNumberMeansMebibytesAsInQemu() {
        assertEquals(128L << 20, MemorySize.valueOf("128").bytes());
    }

    @Test
    public void acceptsExactFractions() {
        assertEquals(3L << 29, MemorySize.valueOf("1.5G").bytes());
        assertEquals(512, MemorySize.valueOf("0.5K").bytes());
        assertEquals(5L << 18, MemorySize.valueOf("1.25M").bytes());
        assertEquals(1L << 30, MemorySize.valueOf("1.000000G").bytes());
        assertEquals(1, MemorySize.valueOf("0.0009765625K").bytes()); // 2^-10 K: more decimals than the unit's bits
        assertEquals(3, MemorySize.valueOf("3.0B").bytes());
        assertEquals(1L << 10, MemorySize.valueOf("0000000000000000001K").bytes()); // beyond 18 digits
        assertEquals(1, MemorySize.valueOf("0.0000000000009094947017729282379150390625T").bytes()); // 2^-40 T
    }

    @Test
    public void rejectsInexactFractionsAndOverflow() {
        for (String bad : new String[] { "0.001K", "1.1B", "0.00048828125K", "8388608T", "9223372036854775807K",
                "0.3T" }) {
            IllegalArgumentException e = assertThrows(bad, IllegalArgumentException.class, () -> MemorySize.valueOf(bad));
            assertTrue(e.getMessage(), e.getMessage().contains("is not a whole number of bytes or is too large"));
        }
    }

    @Test
    public void printsTheShortestExactForm() {
        assertEquals("256M", MemorySize.ofMiB(256).toString());
        assertEquals("1536M", MemorySize.valueOf("1.5G").toString());
        assertEquals("2G", MemorySize.valueOf("2048M").toString());
        assertEquals("100B", MemorySize.ofBytes(100).toString());
        assertEquals("0B", MemorySize.ofBytes(0).toString());
        assertEquals(MemorySize.valueOf("1536M"), MemorySize.valueOf(MemorySize.valueOf("1.5G").toString()));
    }

    @Test
    public void approximatesForMessages() {
        assertEquals("70.5M", MemorySize.ofBytes((70L << 20) + (512L << 10)).approximate());
        assertEquals("64M", MemorySize.ofMiB(64).approximate());
        assertEquals("12B", MemorySize.ofBytes(12).approximate());
    }

    @Test
    public void roundsUpToWholeMebibytes() {
        assertEquals(MemorySize.ofMiB(71), MemorySize.ofBytes((70L << 20) + 1).roundUpToMiB());
        assertEquals(MemorySize.ofMiB(70), MemorySize.ofMiB(70).roundUpToMiB());
    }

    @Test
    public void rejectsWhatIsNotASize() {
        for (String bad : new String[] { "", "M", "64Q", "-1M", "1.5B", "0x100M", "1e3M", "99999999999T" }) {
            IllegalArgumentException e = assertThrows(bad, IllegalArgumentException.class, () -> MemorySize.valueOf(bad));
            assertTrue(e.getMessage(), e.getMessage().contains("'" + bad + "'"));
        }
    }
}
