/* Framework of the Guestlab ISA test programs.
 *
 * A program is
 *     #include "test.h"
 *     TEST_BEGIN
 *         TEST_CASE(2, a0, 3, li a1, 1; addi a0, a1, 2)
 *         ...
 *     TEST_END
 *
 * and reports through HTIF: tohost = 1 when every case passed, (n << 1) | 1 when case n failed.
 * The current case number lives in gp (x3); numbers start at 2 because 1 means "failed before
 * the first case". Reserved registers: gp, and t5 / t6 (x30 / x31), the scratch registers of
 * the checking and trap macros. The trap handlers preserve every register (they save through mscratch /
 * sscratch, so a program that writes those must put the saved value back).
 *
 * Traps: the program runs in M-mode with every trap going to the M-mode handler, which records
 * mcause / mtval / mepc / mstatus and resumes at the address armed by TRAP_EXPECT (in M-mode).
 * Interrupts are left disabled at the resumed level (xPIE is cleared before xret).
 * A trap that nobody armed fails the current case. The S-mode handler (stvec, used when a test
 * delegates with medeleg / mideleg) records scause / stval / sepc / sstatus the same way and
 * resumes in S-mode at the address armed by STRAP_EXPECT.
 */
#ifndef GUESTLAB_TEST_H
#define GUESTLAB_TEST_H

#include "riscv.h"

#define TESTNUM gp

/* layout of a trap record (m_trap, s_trap) */
#define TR_SAVE_T5  0
#define TR_CAUSE    8
#define TR_TVAL    16
#define TR_EPC     24
#define TR_STATUS  32
#define TR_COUNT   40
#define TR_RESUME  48
#define TR_SIZE    64

/* -------------------------------------------------------------------------------------------
 * start-up and trap handlers */
#define TEST_BEGIN                                                              \
        .section .text.init, "ax", @progbits;                                   \
        .align 6;                                                               \
        .globl _start;                                                          \
_start:                                                                         \
        INIT_XREGS;                                                             \
        li gp, 1;                                                               \
        /* a hart without PMP or S-mode traps on these writes: skip them then */\
        la t0, 1f; csrw mtvec, t0;                                              \
        csrwi satp, 0;                                                          \
        csrwi medeleg, 0;                                                       \
        csrwi mideleg, 0;                                                       \
        /* priv 3.7.1: with PMP present, S/U accesses matching no entry fail, */\
        /* so open all of memory with one NAPOT entry */                        \
        li t0, -1; csrw pmpaddr0, t0;                                           \
        li t0, PMP_NAPOT | PMP_R | PMP_W | PMP_X; csrw pmpcfg0, t0;             \
        .align 2;                                                               \
1:      csrwi mie, 0;                                                           \
        la t0, m_trap_vector; csrw mtvec, t0;                                   \
        la t0, s_trap_vector; csrw stvec, t0;                                   \
        la t0, m_trap; csrw mscratch, t0;                                       \
        la t0, s_trap; csrw sscratch, t0;                                       \
        li t0, MSTATUS_FS_INITIAL; csrs mstatus, t0;                            \
        csrwi fcsr, 0;                                                          \
        la sp, stack_top;                                                       \
        li t0, 0; li t1, 0;                                                     \
        j test_body;                                                            \
                                                                                \
        .align 2;                                                               \
m_trap_vector:                                                                  \
        TRAP_HANDLER(mscratch, mcause, mtval, mepc, mstatus,                    \
                     MSTATUS_MPP, MSTATUS_MPIE, mret);                                        \
        .align 2;                                                               \
s_trap_vector:                                                                  \
        TRAP_HANDLER(sscratch, scause, stval, sepc, sstatus,                    \
                     MSTATUS_SPP, MSTATUS_SPIE, sret);                                        \
                                                                                \
        .text;                                                                  \
        .align 2;                                                               \
test_body:

/* Records the trap, then returns to the armed resume address in the handler's own mode.
 * Only t5 and t6 are used, and both are restored. */
#define TRAP_HANDLER(scratch, cause, tval, epc, status, pp, pie, xret)              \
        csrrw t6, scratch, t6;                                                  \
        sd t5, TR_SAVE_T5(t6);                                                  \
        csrr t5, cause;  sd t5, TR_CAUSE(t6);                                   \
        csrr t5, tval;   sd t5, TR_TVAL(t6);                                    \
        csrr t5, epc;    sd t5, TR_EPC(t6);                                     \
        csrr t5, status; sd t5, TR_STATUS(t6);                                  \
        ld t5, TR_COUNT(t6); addi t5, t5, 1; sd t5, TR_COUNT(t6);               \
        ld t5, TR_RESUME(t6);                                                   \
        bnez t5, 9f;                                                            \
        j fail;                                                                 \
9:      sd zero, TR_RESUME(t6);                                                 \
        csrw epc, t5;                                                           \
        li t5, pp; csrs status, t5;                                             \
        /* resume with interrupts off, so a still-pending one does not re-enter */ \
        li t5, pie; csrc status, t5;                                            \
        ld t5, TR_SAVE_T5(t6);                                                  \
        csrrw t6, scratch, t6;                                                  \
        xret

#define INIT_XREGS                                                              \
        li x1, 0;  li x2, 0;  li x3, 0;  li x4, 0;  li x5, 0;  li x6, 0;        \
        li x7, 0;  li x8, 0;  li x9, 0;  li x10, 0; li x11, 0; li x12, 0;       \
        li x13, 0; li x14, 0; li x15, 0; li x16, 0; li x17, 0; li x18, 0;       \
        li x19, 0; li x20, 0; li x21, 0; li x22, 0; li x23, 0; li x24, 0;       \
        li x25, 0; li x26, 0; li x27, 0; li x28, 0; li x29, 0; li x30, 0;       \
        li x31, 0

/* -------------------------------------------------------------------------------------------
 * verdict, HTIF and data */
#define TEST_END                                                                \
        .text;                                                                  \
        .align 2;                                                               \
pass:   fence;                                                                  \
        li t6, 1;                                                               \
        j write_tohost;                                                         \
fail:   fence;                                                                  \
        slli t6, gp, 1;                                                         \
        ori t6, t6, 1;                                                          \
write_tohost:                                                                   \
        la t5, tohost;                                                          \
        sd t6, 0(t5);                                                           \
        j write_tohost;                                                         \
                                                                                \
        .section .tohost, "aw", @progbits;                                      \
        .align 6; .globl tohost;   tohost:   .dword 0; .size tohost, 8;         \
        .align 6; .globl fromhost; fromhost: .dword 0; .size fromhost, 8;       \
                                                                                \
        .data;                                                                  \
        .align 6;                                                               \
        .globl m_trap; m_trap: .zero TR_SIZE;                                   \
        .globl s_trap; s_trap: .zero TR_SIZE;                                   \
        .bss;                                                                   \
        .align 4;                                                               \
        .zero 4096;                                                             \
stack_top:

/* -------------------------------------------------------------------------------------------
 * checks. Each one sets the case number first so that a failure (or unexpected trap) inside
 * it reports that number. */
#define TEST_CASE(n, reg, expected, code...)                                    \
test_##n:                                                                       \
        li TESTNUM, n;                                                          \
        code;                                                                   \
        li t6, expected;                                                        \
        bne reg, t6, fail

/* fails unless reg == expected, inside the current case */
#define CHECK(reg, expected)                                                    \
        li t6, expected;                                                        \
        bne reg, t6, fail

#define TEST_RR(n, inst, result, a, b)                                          \
        TEST_CASE(n, a0, result, li a1, a; li a2, b; inst a0, a1, a2)

#define TEST_RI(n, inst, result, a, imm)                                        \
        TEST_CASE(n, a0, result, li a1, a; inst a0, a1, imm)

/* destination equals a source: the result must use the old source value */
#define TEST_RR_DEST_SRC1(n, inst, result, a, b)                                \
        TEST_CASE(n, a1, result, li a1, a; li a2, b; inst a1, a1, a2)

#define TEST_RR_DEST_SRC2(n, inst, result, a, b)                                \
        TEST_CASE(n, a2, result, li a1, a; li a2, b; inst a2, a1, a2)

/* a write to x0 is discarded (unpriv 2.1) */
#define TEST_RR_ZERO_DEST(n, inst, a, b)                                        \
        TEST_CASE(n, x0, 0, li a1, a; li a2, b; inst x0, a1, a2)

/* -------------------------------------------------------------------------------------------
 * traps */

/* arms the M-mode handler: the next trap resumes at `resume` in M-mode (uses t5, t6) */
#define TRAP_EXPECT(resume)   TRAP_ARM(m_trap, resume)
/* arms the S-mode handler: the next trap taken in S resumes at `resume` in S-mode */
#define STRAP_EXPECT(resume)  TRAP_ARM(s_trap, resume)

#define TRAP_ARM(record, resume)                                                \
        la t6, record;                                                          \
        la t5, resume;                                                          \
        sd t5, TR_RESUME(t6)

/* fails unless the last trap recorded in `record` has this field value */
#define TRAP_CHECK(record, field, expected)                                     \
        la t5, record;                                                          \
        ld t5, field(t5);                                                       \
        li t6, expected;                                                        \
        bne t5, t6, fail

/* fails unless the last trap's epc is the address of `label` */
#define TRAP_CHECK_EPC(record, label)                                           \
        la t5, record;                                                          \
        ld t5, TR_EPC(t5);                                                      \
        la t6, label;                                                           \
        bne t5, t6, fail

/* fails unless the last trap's tval equals the register `reg` */
#define TRAP_CHECK_TVAL_REG(record, reg)                                        \
        la t5, record;                                                          \
        ld t5, TR_TVAL(t5);                                                     \
        bne t5, reg, fail

/* fails unless (the trapped status & mask) == expected, e.g. the MPP the trap recorded */
#define TRAP_CHECK_STATUS(record, mask, expected)                               \
        la t5, record;                                                          \
        ld t5, TR_STATUS(t5);                                                   \
        li t6, mask;                                                            \
        and t5, t5, t6;                                                         \
        li t6, expected;                                                        \
        bne t5, t6, fail

/* runs code in privilege `mode`, then ecalls back to M-mode; traps inside code also resume
 * after it in M-mode. Uses local labels 8 and 9. */
#define IN_MODE(mode, code...)                                                  \
        TRAP_EXPECT(9f);                                                        \
        ENTER_MODE(mode, 8f);                                                   \
8:      code;                                                                   \
        ecall;                                                                  \
9:

/* the number of traps `record` has seen so far */
#define TRAP_COUNT(record, reg)                                                 \
        la reg, record;                                                         \
        ld reg, TR_COUNT(reg)

/* drops from M-mode to privilege `mode` (PRV_U / PRV_S / PRV_M) at `label` (uses t5, t6) */
#define ENTER_MODE(mode, label)                                                 \
        li t6, MSTATUS_MPP; csrc mstatus, t6;                                   \
        li t6, (mode) << 11; csrs mstatus, t6;                                  \
        la t6, label; csrw mepc, t6;                                            \
        mret

/* from any mode: ecall, caught by the M-mode handler, which resumes at `label` in M-mode.
 * Only usable when ecalls of the current mode are not delegated. */
#define RETURN_TO_M(label)                                                      \
        TRAP_EXPECT(label);                                                     \
        ecall

#endif
