package io.guestlab.emulator;

/**
 * The exception and interrupt cause codes of {@code mcause}/{@code scause}
 * (Privileged ISA 20211203, section 3.1.15, table 3.6).
 */
public final class TrapCause {

    public static final int INSTRUCTION_ADDRESS_MISALIGNED = 0;
    public static final int INSTRUCTION_ACCESS_FAULT = 1;
    public static final int ILLEGAL_INSTRUCTION = 2;
    public static final int BREAKPOINT = 3;
    public static final int LOAD_ADDRESS_MISALIGNED = 4;
    public static final int LOAD_ACCESS_FAULT = 5;
    public static final int STORE_ADDRESS_MISALIGNED = 6;
    public static final int STORE_ACCESS_FAULT = 7;
    public static final int ECALL_FROM_U = 8;
    public static final int ECALL_FROM_S = 9;
    public static final int ECALL_FROM_M = 11;
    public static final int INSTRUCTION_PAGE_FAULT = 12;
    public static final int LOAD_PAGE_FAULT = 13;
    public static final int STORE_PAGE_FAULT = 15;

    public static final int SUPERVISOR_SOFTWARE_INTERRUPT = 1;
    public static final int MACHINE_SOFTWARE_INTERRUPT = 3;
    public static final int SUPERVISOR_TIMER_INTERRUPT = 5;
    public static final int MACHINE_TIMER_INTERRUPT = 7;
    public static final int SUPERVISOR_EXTERNAL_INTERRUPT = 9;
    public static final int MACHINE_EXTERNAL_INTERRUPT = 11;

    private TrapCause() {
    }

    /** A readable name of an exception ({@code interrupt} false) or interrupt cause. */
    public static String describe(int cause, boolean interrupt) {
        if (interrupt) {
            return switch (cause) {
                case 1 -> "supervisor software interrupt";
                case 3 -> "machine software interrupt";
                case 5 -> "supervisor timer interrupt";
                case 7 -> "machine timer interrupt";
                case 9 -> "supervisor external interrupt";
                case 11 -> "machine external interrupt";
                default -> "interrupt " + cause;
            };
        }
        return switch (cause) {
            case 0 -> "instruction address misaligned";
            case 1 -> "instruction access fault";
            case 2 -> "illegal instruction";
            case 3 -> "breakpoint";
            case 4 -> "load address misaligned";
            case 5 -> "load access fault";
            case 6 -> "store/AMO address misaligned";
            case 7 -> "store/AMO access fault";
            case 8 -> "environment call from U-mode";
            case 9 -> "environment call from S-mode";
            case 11 -> "environment call from M-mode";
            case 12 -> "instruction page fault";
            case 13 -> "load page fault";
            case 15 -> "store/AMO page fault";
            default -> "exception " + cause;
        };
    }
}
