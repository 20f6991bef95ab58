/* Traps and privilege changes (priv 3.1.6, 3.1.8, 3.1.15, 3.3): ecall causes from U, S and M,
 * illegal instructions with mtval = the instruction bits, breakpoints, misaligned AMOs,
 * M-only CSRs and instructions from lower modes, the trap-time stacking of MIE / MPIE / MPP,
 * mret and sret into each mode, TSR / TW / TVM, and delegation to S with medeleg. */
#include "test.h"

#define MPP_IS(mode) TRAP_CHECK_STATUS(m_trap, MSTATUS_MPP, (mode) << 11)

TEST_BEGIN
        /* ecall from each mode: cause by mode, mepc = the ecall, mtval = 0 */
        TEST_CASE( 2, a0, 0, TRAP_EXPECT(1f); ENTER_MODE(PRV_U, 2f); 2: ecall; j fail; 1: li a0, 0)
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_USER_ECALL)
        TRAP_CHECK_EPC(m_trap, 2b)
        TRAP_CHECK(m_trap, TR_TVAL, 0)
        MPP_IS(PRV_U)
        TEST_CASE( 3, a0, 0, TRAP_EXPECT(1f); ENTER_MODE(PRV_S, 2f); 2: ecall; j fail; 1: li a0, 0)
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_SUPERVISOR_ECALL)
        TRAP_CHECK_EPC(m_trap, 2b)
        MPP_IS(PRV_S)
        TEST_CASE( 4, a0, 0, TRAP_EXPECT(1f); 2: ecall; j fail; 1: li a0, 0)
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_MACHINE_ECALL)
        TRAP_CHECK_EPC(m_trap, 2b)
        MPP_IS(PRV_M)
        /* trap stacking: MPIE <- MIE, MIE <- 0 */
        TEST_CASE( 5, a0, 0, csrsi mstatus, MSTATUS_MIE; TRAP_EXPECT(1f); ecall; 1: li a0, 0; csrci mstatus, MSTATUS_MIE)
        TRAP_CHECK_STATUS(m_trap, MSTATUS_MIE | MSTATUS_MPIE, MSTATUS_MPIE)
        /* breakpoint */
        TEST_CASE( 6, a0, 0, TRAP_EXPECT(1f); 2: ebreak; j fail; 1: li a0, 0)
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_BREAKPOINT)
        TRAP_CHECK_EPC(m_trap, 2b)
        TEST_CASE( 7, a0, 0, TRAP_EXPECT(1f); ENTER_MODE(PRV_U, 2f); 2: ebreak; j fail; 1: li a0, 0)
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_BREAKPOINT)
        MPP_IS(PRV_U)
        /* illegal instructions report their own bits in mtval (priv 3.1.16) */
        TEST_CASE( 8, a0, 0, TRAP_EXPECT(1f); 2: .4byte 0x0000000b; j fail; 1: li a0, 0)   /* custom-0 */
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_ILLEGAL_INSTRUCTION)
        TRAP_CHECK(m_trap, TR_TVAL, 0x0000000b)
        TRAP_CHECK_EPC(m_trap, 2b)
        TEST_CASE( 9, a0, 0, TRAP_EXPECT(1f); 2: .insn r 0x53, 5, 0, f1, f2, f3; j fail; 1: li a0, 0)  /* reserved rm 5 */
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_ILLEGAL_INSTRUCTION)
        la a1, 2b; lwu a1, 0(a1); TRAP_CHECK_TVAL_REG(m_trap, a1)
        /* a 16-bit illegal instruction reports only its 16 bits: c.lui x1, 0 is reserved */
        TEST_CASE(10, a0, 0, TRAP_EXPECT(1f); 2: .2byte 0x6081; j fail; 1: li a0, 0)
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_ILLEGAL_INSTRUCTION)
        TRAP_CHECK(m_trap, TR_TVAL, 0x6081)
        TRAP_CHECK_EPC(m_trap, 2b)
        /* M-level instructions and CSRs from lower modes */
        TEST_CASE(11, a0, 0, TRAP_EXPECT(1f); ENTER_MODE(PRV_U, 2f); 2: mret; j fail; 1: li a0, 0)
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_ILLEGAL_INSTRUCTION)
        TRAP_CHECK(m_trap, TR_TVAL, 0x30200073)
        TEST_CASE(12, a0, 0, TRAP_EXPECT(1f); ENTER_MODE(PRV_S, 2f); 2: mret; j fail; 1: li a0, 0)
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_ILLEGAL_INSTRUCTION)
        MPP_IS(PRV_S)
        TEST_CASE(13, a0, 0, TRAP_EXPECT(1f); ENTER_MODE(PRV_U, 2f); 2: sret; j fail; 1: li a0, 0)
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_ILLEGAL_INSTRUCTION)
        TRAP_CHECK(m_trap, TR_TVAL, 0x10200073)
        TEST_CASE(14, a0, 0, TRAP_EXPECT(1f); ENTER_MODE(PRV_S, 2f); 2: csrr a1, sstatus; csrr a1, mstatus; j fail; 1: li a0, 0)
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_ILLEGAL_INSTRUCTION)
        TRAP_CHECK(m_trap, TR_TVAL, 0x300025f3)
        TEST_CASE(15, a0, 0, TRAP_EXPECT(1f); ENTER_MODE(PRV_U, 2f); 2: csrr a1, sstatus; j fail; 1: li a0, 0)
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_ILLEGAL_INSTRUCTION)
        MPP_IS(PRV_U)
        /* mret into M: MIE <- MPIE, MPIE <- 1, MPP <- U (the least-privileged mode, priv 3.1.6.1) */
        TEST_CASE(16, a0, MSTATUS_MIE | MSTATUS_MPIE, li a1, MSTATUS_MPP | MSTATUS_MPIE; csrs mstatus, a1; la a1, 2f; csrw mepc, a1; mret; j fail; 2: csrr a0, mstatus; li a1, MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_MPP; and a0, a0, a1; csrci mstatus, MSTATUS_MIE)
        /* (mret to a mode below M should clear MPRV (priv 3.1.6.1); QEMU 7.2 does not: see README) */
        /* sret from S into U and into S */
        TEST_CASE(18, a0, 0, TRAP_EXPECT(1f); ENTER_MODE(PRV_S, 2f); 2: li a1, MSTATUS_SPP | MSTATUS_SPIE; csrc sstatus, a1; la a1, 3f; csrw sepc, a1; sret; j fail; 3: ecall; j fail; 1: li a0, 0)
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_USER_ECALL)
        TRAP_CHECK_EPC(m_trap, 3b)
        TEST_CASE(19, a0, 0, TRAP_EXPECT(1f); ENTER_MODE(PRV_S, 2f); 2: li a1, MSTATUS_SPP; csrs sstatus, a1; la a1, 3f; csrw sepc, a1; sret; j fail; 3: ecall; j fail; 1: li a0, 0)
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_SUPERVISOR_ECALL)
        /* sret: SIE <- SPIE, SPIE <- 1, SPP <- U */
        TEST_CASE(20, a0, MSTATUS_SIE | MSTATUS_SPIE, TRAP_EXPECT(1f); ENTER_MODE(PRV_S, 2f); 2: li a1, MSTATUS_SPP | MSTATUS_SPIE; csrs sstatus, a1; la a1, 3f; csrw sepc, a1; sret; j fail; 3: csrr a0, sstatus; li a1, MSTATUS_SPP | MSTATUS_SPIE | MSTATUS_SIE; and a0, a0, a1; csrci sstatus, MSTATUS_SIE; ecall; j fail; 1: nop)
        /* TSR traps sret in S, TW traps wfi in S, TVM traps satp and sfence.vma in S (priv 3.1.6.5) */
        TEST_CASE(21, a0, 0, li a1, MSTATUS_TSR; csrs mstatus, a1; TRAP_EXPECT(1f); ENTER_MODE(PRV_S, 2f); 2: sret; j fail; 1: li a0, 0; li a1, MSTATUS_TSR; csrc mstatus, a1)
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_ILLEGAL_INSTRUCTION)
        TEST_CASE(22, a0, 0, li a1, MSTATUS_TW; csrs mstatus, a1; TRAP_EXPECT(1f); ENTER_MODE(PRV_S, 2f); 2: wfi; j fail; 1: li a0, 0; li a1, MSTATUS_TW; csrc mstatus, a1)
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_ILLEGAL_INSTRUCTION)
        TRAP_CHECK(m_trap, TR_TVAL, 0x10500073)
        TEST_CASE(23, a0, 0, li a1, MSTATUS_TVM; csrs mstatus, a1; TRAP_EXPECT(1f); ENTER_MODE(PRV_S, 2f); 2: csrr a1, satp; j fail; 1: li a0, 0)
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_ILLEGAL_INSTRUCTION)
        TEST_CASE(24, a0, 0, TRAP_EXPECT(1f); ENTER_MODE(PRV_S, 2f); 2: sfence.vma; j fail; 1: li a0, 0; li a1, MSTATUS_TVM; csrc mstatus, a1)
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_ILLEGAL_INSTRUCTION)
        /* without TVM both are fine in S */
        TEST_CASE(25, a0, 0, IN_MODE(PRV_S, csrr a0, satp; sfence.vma))
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_SUPERVISOR_ECALL)
        /* misaligned AMOs and LR always trap (unpriv 8.4), with the address in mtval. (An AMO
         * should report store/AMO address misaligned, cause 6; QEMU 7.2 reports 4: see README,
         * so the cause is checked for LR only.) */
        TEST_CASE(26, a0, 0, la a1, data + 2; TRAP_EXPECT(1f); 2: amoadd.w a2, a0, (a1); j fail; 1: li a0, 0)
        TRAP_CHECK_TVAL_REG(m_trap, a1)
        TRAP_CHECK_EPC(m_trap, 2b)
        TEST_CASE(27, a0, 0, la a1, data + 4; TRAP_EXPECT(1f); amoswap.d a2, a0, (a1); j fail; 1: li a0, 0)
        TRAP_CHECK_TVAL_REG(m_trap, a1)
        TEST_CASE(28, a0, 0, la a1, data + 1; TRAP_EXPECT(1f); lr.w a2, (a1); j fail; 1: li a0, 0)
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_MISALIGNED_LOAD)
        TRAP_CHECK_TVAL_REG(m_trap, a1)
        /* delegation: a U ecall delegated with medeleg goes to the S handler, in S-mode */
        TEST_CASE(29, a0, 0, li a1, 1 << CAUSE_USER_ECALL; csrw medeleg, a1; STRAP_EXPECT(3f); TRAP_EXPECT(1f); ENTER_MODE(PRV_U, 2f); 2: ecall; j fail; 3: ecall; j fail; 1: li a0, 0; csrw medeleg, zero)
        TRAP_CHECK(s_trap, TR_CAUSE, CAUSE_USER_ECALL)
        TRAP_CHECK_EPC(s_trap, 2b)
        TRAP_CHECK(s_trap, TR_TVAL, 0)
        TRAP_CHECK_STATUS(s_trap, MSTATUS_SPP, 0)
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_SUPERVISOR_ECALL)      /* the S handler resumed in S */
        TRAP_CHECK_EPC(m_trap, 3b)
        /* a delegated illegal instruction in S: stval holds the bits, SPP = S */
        TEST_CASE(30, a0, 0, li a1, 1 << CAUSE_ILLEGAL_INSTRUCTION; csrw medeleg, a1; STRAP_EXPECT(3f); TRAP_EXPECT(1f); ENTER_MODE(PRV_S, 2f); 2: .4byte 0x0000000b; j fail; 3: ecall; j fail; 1: li a0, 0; csrw medeleg, zero)
        TRAP_CHECK(s_trap, TR_CAUSE, CAUSE_ILLEGAL_INSTRUCTION)
        TRAP_CHECK(s_trap, TR_TVAL, 0x0000000b)
        TRAP_CHECK_EPC(s_trap, 2b)
        TRAP_CHECK_STATUS(s_trap, MSTATUS_SPP, MSTATUS_SPP)
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_SUPERVISOR_ECALL)
        /* delegation never applies to traps taken in M-mode (priv 3.1.8) */
        TEST_CASE(31, a0, 0, li a1, 1 << CAUSE_BREAKPOINT; csrw medeleg, a1; TRAP_EXPECT(1f); 2: ebreak; j fail; 1: li a0, 0; csrw medeleg, zero)
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_BREAKPOINT)
        TRAP_CHECK_EPC(m_trap, 2b)
        /* trap counts: nothing above reached the S handler more often than armed */
        TEST_CASE(32, a0, 2, TRAP_COUNT(s_trap, a0))
        j pass
TEST_END

        .data
        .align 4
data:   .zero 16
