package io.guestlab.emulator.semihosting;

/**
 * The semihosting operation numbers a guest puts in a0 ("Semihosting for AArch32 and AArch64",
 * chapter 6: Semihosting operations). RISC-V uses the same numbers.
 */
final class Operation {

    static final int SYS_OPEN = 0x01;
    static final int SYS_CLOSE = 0x02;
    static final int SYS_WRITEC = 0x03;
    static final int SYS_WRITE0 = 0x04;
    static final int SYS_WRITE = 0x05;
    static final int SYS_READ = 0x06;
    static final int SYS_READC = 0x07;
    static final int SYS_ISERROR = 0x08;
    static final int SYS_ISTTY = 0x09;
    static final int SYS_SEEK = 0x0a;
    static final int SYS_FLEN = 0x0c;
    static final int SYS_TMPNAM = 0x0d;
    static final int SYS_REMOVE = 0x0e;
    static final int SYS_RENAME = 0x0f;
    static final int SYS_CLOCK = 0x10;
    static final int SYS_TIME = 0x11;
    static final int SYS_SYSTEM = 0x12;
    static final int SYS_ERRNO = 0x13;
    static final int SYS_GET_CMDLINE = 0x15;
    static final int SYS_HEAPINFO = 0x16;
    static final int SYS_EXIT = 0x18;
    static final int SYS_EXIT_EXTENDED = 0x20;
    static final int SYS_ELAPSED = 0x30;
    static final int SYS_TICKFREQ = 0x31;

    /** The reason code of a normal exit; its subcode is the program's exit status (section 6.5, SYS_EXIT). */
    static final long ADP_STOPPED_APPLICATION_EXIT = 0x20026;
    /** The reason code of a program reporting that it reached a breakpoint (section 6.5, ADP_Stopped_BreakPoint). */
    static final long ADP_STOPPED_BREAKPOINT = 0x20020;

    private Operation() {
    }
}
