/* Bare-metal entry, HTIF exit and a trap entry for the symbols tests' ELF variants (no C library).
 * The CFI marks _start as the bottom of the stack: its return address is undefined
 * (DWARF 5 section 6.4.2.3, DW_CFA_undefined), so an unwinder stops there cleanly.
 * Works for RV32 and RV64: a register slot is XLEN/8 bytes. */
#if __riscv_xlen == 64
#define SREG sd
#define LREG ld
#define REGBYTES 8
#else
#define SREG sw
#define LREG lw
#define REGBYTES 4
#endif
/* struct trap_frame (shapes.h): regs[32], epc, cause. */
#define FRAME (34 * REGBYTES)
#define EPC (32 * REGBYTES)
#define CAUSE (33 * REGBYTES)
    .section .text.start, "ax"
    .globl _start
_start:
    .cfi_startproc
    .cfi_undefined ra
    la    sp, stack_top
    li    fp, 0
#ifdef __riscv_flen
    /* The FPU is off at reset (mstatus.FS = Off, ISA manual vol. II section 3.1.6.6): turn
     * it on for code that uses floating point (names.cpp's doubles). */
    li    t0, 1 << 13
    csrs  mstatus, t0
#endif
    call  main
    /* main's return value ends the run through HTIF (Spike's host-target interface, as
     * examples/common/htif.c): device 0, command 0, payload code << 1 | 1. The host reads
     * the 64-bit tohost, so on RV32 the upper half is zeroed first. */
    slli  a0, a0, 1
    ori   a0, a0, 1
    la    t0, tohost
#if __riscv_xlen == 64
    sd    a0, 0(t0)
#else
    sw    zero, 4(t0)
    sw    a0, 0(t0)
#endif
1:  wfi
    j     1b
    .cfi_endproc

/* Saves the interrupted context as a struct trap_frame and calls handle_trap(frame). */
    .globl trap_entry
    .balign 4
trap_entry:
    .cfi_startproc
    addi  sp, sp, -FRAME
    .cfi_def_cfa_offset FRAME
    SREG  ra, 1 * REGBYTES(sp)
    .cfi_offset ra, 1 * REGBYTES - FRAME
    SREG  fp, 8 * REGBYTES(sp)
    .cfi_offset fp, 8 * REGBYTES - FRAME
    csrr  t0, mepc
    SREG  t0, EPC(sp)
    csrr  t0, mcause
    SREG  t0, CAUSE(sp)
    mv    a0, sp
    call  handle_trap
    LREG  t0, EPC(sp)
    csrw  mepc, t0
    LREG  fp, 8 * REGBYTES(sp)
    LREG  ra, 1 * REGBYTES(sp)
    addi  sp, sp, FRAME
    .cfi_def_cfa_offset 0
    mret
    .cfi_endproc

    /* The HTIF mailboxes: a host finds them by symbol (64-byte aligned as in riscv-tests). */
    .section .tohost, "aw", @progbits
    .balign 64
    .globl tohost, fromhost
tohost:
    .dword 0
    .balign 64
fromhost:
    .dword 0

    .bss
    .balign 16
    .space 8192
stack_top:
