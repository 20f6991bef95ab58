package io.guestlab.emulator.semihosting;

import java.nio.file.Path;

/**
 * What semihosting tells the guest about its surroundings.
 *
 * @param commandLine the program's command line (SYS_GET_CMDLINE); QEMU gives the kernel's file
 *                    name followed by its {@code -append} text
 * @param epochNanos  wall-clock time, in nanoseconds since 1970, at which the machine's time
 *                    source reads zero (SYS_TIME): a fixed date in virtual time, so runs repeat
 * @param heapBase    where the C library's heap may start (SYS_HEAPINFO), usually just above the
 *                    loaded program; 0 for the middle of RAM
 */
public record GuestEnvironment(String commandLine, long epochNanos, long heapBase) {

    public GuestEnvironment {
        commandLine = commandLine == null ? "" : commandLine;
    }

    /**
     * What QEMU tells a guest booted with {@code -kernel FILE -append ARGS}: the command line is
     * FILE, a space and ARGS; the heap is placed in the upper half of RAM.
     *
     * @param kernel the kernel file, or null for none
     */
    public static GuestEnvironment forKernel(Path kernel, String append, long epochNanos) {
        String name = kernel == null ? "" : kernel.toString();
        String line = append == null || append.isEmpty() ? name : name.isEmpty() ? append : name + " " + append;
        return new GuestEnvironment(line, epochNanos, 0);
    }
}
