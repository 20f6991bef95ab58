package io.guestlab.testing.internal;

import java.util.Arrays;

/**
 * Counts a machine's console bytes and remembers, for every stretch of bytes written while the
 * machine's step count stood still (the engine advances it once per quantum), where that
 * stretch began: so that the step of any byte is known to within one quantum without a cost
 * per byte. One entry per quantum that printed, however much a guest prints.
 */
final class ConsoleSteps {

    private long bytes;
    private long lastStep = -1;
    private long[] firstByte = new long[16];
    private long[] step = new long[16];
    private int size;

    /** One byte was written while the machine's step count read {@code machineSteps}. */
    void written(long machineSteps) {
        bytes++;
        if (machineSteps != lastStep) {
            if (size == step.length) {
                firstByte = Arrays.copyOf(firstByte, size * 2);
                step = Arrays.copyOf(step, size * 2);
            }
            firstByte[size] = bytes;
            step[size] = machineSteps;
            size++;
            lastStep = machineSteps;
        }
    }

    long bytes() {
        return bytes;
    }

    /** A step at or before the one that wrote byte {@code n} (counted from 1); 0 if unknown. */
    long lowerBound(long n) {
        int i = Arrays.binarySearch(firstByte, 0, size, n);
        if (i < 0) {
            i = -i - 2; // the stretch that starts before byte n
        }
        return i < 0 ? 0 : step[i];
    }
}
