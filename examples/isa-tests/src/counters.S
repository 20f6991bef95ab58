/* Counters (priv 3.1.10 - 3.1.13, unpriv chapter 10 "Zicntr"): mcounteren / scounteren gate
 * the cycle and instret shadows per mode (time is left out: QEMU's spike machine has no time
 * CSR and expects firmware to emulate it, which the spec allows), minstret written and read
 * back, instret advancing by exactly one per retired instruction, and mcountinhibit freezing
 * it.
 * make check-qemu runs this one with -icount shift=0,sleep=off: otherwise QEMU derives
 * minstret from host time (see README). */
#include "test.h"

#define CY (1 << 0)
#define TM (1 << 1)
#define IR (1 << 2)

/* run `insn` in `mode`; a0 = 1 if it trapped as illegal, 0 if it ran */
#define GATED(mode, insn)                                                       \
        li a0, 1; IN_MODE(mode, insn; li a0, 0);                                \
        bnez a0, 7f;                                                            \
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_USER_ECALL + (mode)); \
        j 6f;                                                                   \
7:      TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_ILLEGAL_INSTRUCTION);                \
6:

TEST_BEGIN
        csrw mcounteren, zero
        csrw scounteren, zero
        /* M always reads its counters */
        TEST_CASE( 2, a0, 0, rdcycle a1; rdinstret a1; li a0, 0)
        /* nothing enabled: S and U trap on every shadow */
        TEST_CASE( 3, a0, 1, GATED(PRV_S, rdcycle a1))
        TEST_CASE( 4, a0, 1, GATED(PRV_S, rdcycle a1))
        TEST_CASE( 5, a0, 1, GATED(PRV_S, rdinstret a1))
        TEST_CASE( 6, a0, 1, GATED(PRV_U, rdinstret a1))
        /* mcounteren enables S, one bit per counter; U still needs scounteren */
        TEST_CASE( 7, a0, 0, csrwi mcounteren, IR; GATED(PRV_S, rdinstret a1))
        TEST_CASE( 8, a0, 1, GATED(PRV_S, rdcycle a1))
        TEST_CASE( 9, a0, 1, GATED(PRV_U, rdinstret a1))
        TEST_CASE(10, a0, 0, csrwi mcounteren, CY | TM | IR; GATED(PRV_S, rdcycle a1))
        TEST_CASE(11, a0, 0, GATED(PRV_S, rdinstret a1))
        TEST_CASE(12, a0, 1, GATED(PRV_U, rdcycle a1))
        TEST_CASE(13, a0, 0, csrwi scounteren, CY; GATED(PRV_U, rdcycle a1))
        TEST_CASE(14, a0, 1, GATED(PRV_U, rdinstret a1))
        TEST_CASE(15, a0, 0, csrwi scounteren, CY | TM | IR; GATED(PRV_U, rdinstret a1))
        /* scounteren alone does not open U when mcounteren is clear */
        TEST_CASE(16, a0, 1, csrwi mcounteren, CY | TM; GATED(PRV_U, rdinstret a1))
        /* the shadows can never be written, even from M */
        TEST_CASE(17, a0, 0, TRAP_EXPECT(1f); csrw instret, zero; j fail; 1: li a0, 0)
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_ILLEGAL_INSTRUCTION)
        /* minstret written, then read: the spec has the next instruction read exactly the written
         * value (unpriv 9.1, "a value written to instret by one instruction will be the value
         * read by the following instruction"); QEMU 7.2 -icount reads one more (see README), so
         * the first read is allowed 0 or 1 above it, and every later read is exact */
        TEST_CASE(18, a0, 0, li a1, 1000000; csrw minstret, a1; csrr a2, minstret; sub a0, a2, a1; sltiu a0, a0, 2; xori a0, a0, 1)
        TEST_CASE(19, a0, 3, li a1, 1000000; csrw minstret, a1; csrr a2, minstret; nop; nop; csrr a3, minstret; sub a0, a3, a2)
        /* writes are full 64 bits and the counter wraps to zero */
        TEST_CASE(20, a0, 0, li a1, 0xfffffffffffffff0; csrw minstret, a1; csrr a2, minstret; .rept 19; nop; .endr; csrr a3, minstret; sub a0, a2, a1; sltiu a0, a0, 2; xori a0, a0, 1)
        TEST_CASE(21, a0, 20, sub a0, a3, a2)
        TEST_CASE(22, a0, 1, sltu a0, a3, a2)   /* it wrapped */
        /* exactly one per retired instruction: csrr, 3 x nop, csrr */
        TEST_CASE(23, a0, 4, csrr a1, minstret; nop; nop; nop; csrr a2, minstret; sub a0, a2, a1)
        /* a taken branch and a load count once each as well */
        TEST_CASE(24, a0, 3, la a3, m_trap; csrr a1, minstret; ld a4, 0(a3); j 1f; 1: csrr a2, minstret; sub a0, a2, a1)
        /* the instret shadow reads the same counter */
        TEST_CASE(25, a0, 1, csrr a1, minstret; rdinstret a2; sub a0, a2, a1)
        /* mcountinhibit.IR freezes minstret (priv 3.1.12) */
        TEST_CASE(26, a0, 0, csrwi mcountinhibit, IR; csrr a1, minstret; nop; nop; csrr a2, minstret; sub a0, a2, a1; csrwi mcountinhibit, 0)
        j pass
TEST_END
