/* Interrupts (priv 3.1.9, 3.3.3, 4.1.3): a supervisor software interrupt raised by writing
 * mip.SSIP, taken in M or delegated to S with mideleg, the global enables per mode (an
 * interrupt for a more-privileged mode is always enabled in a less-privileged one, and a
 * delegated one is never taken in M), vectored mtvec, wfi resuming on a pending interrupt, and
 * the CLINT's machine software and timer interrupts at their QEMU / Guestlab addresses. */
#include "test.h"

#define CLINT_MSIP     0x02000000
#define CLINT_MTIMECMP 0x02004000
#define CLINT_MTIME    0x0200bff8

#define INTERRUPT(irq) (CAUSE_INTERRUPT | (irq))

TEST_BEGIN
        /* SSIP taken in M as soon as MIE is set; mepc is the next instruction */
        TEST_CASE( 2, a0, 0, li a1, MIP_SSIP; csrw mie, a1; csrs mip, a1; TRAP_EXPECT(1f); csrsi mstatus, MSTATUS_MIE; 2: j fail; 1: li a0, 0)
        TRAP_CHECK(m_trap, TR_CAUSE, INTERRUPT(IRQ_S_SOFT))
        TRAP_CHECK_EPC(m_trap, 2b)
        TRAP_CHECK(m_trap, TR_TVAL, 0)
        TRAP_CHECK_STATUS(m_trap, MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_MPP, MSTATUS_MPIE | MSTATUS_MPP)
        /* still pending, but MIE = 0 in M: not taken */
        TEST_CASE( 3, a0, 1, TRAP_COUNT(m_trap, s1); csrr a1, mip; andi a1, a1, MIP_SSIP; beqz a1, fail; nop; nop; TRAP_COUNT(m_trap, a0); sub a0, a0, s1; addi a0, a0, 1)
        /* in U-mode an M-level interrupt is enabled whatever MIE says: taken at the first U instruction */
        TEST_CASE( 4, a0, 0, TRAP_EXPECT(1f); ENTER_MODE(PRV_U, 2f); 2: nop; j fail; 1: li a0, 0)
        TRAP_CHECK(m_trap, TR_CAUSE, INTERRUPT(IRQ_S_SOFT))
        TRAP_CHECK_EPC(m_trap, 2b)
        TRAP_CHECK_STATUS(m_trap, MSTATUS_MPP, 0)
        /* mie gates it: with SSIE clear nothing is taken, even in U */
        TEST_CASE( 5, a0, 0, csrw mie, zero; csrsi mstatus, MSTATUS_MIE; nop; csrci mstatus, MSTATUS_MIE; IN_MODE(PRV_U, li a0, 0))
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_USER_ECALL)
        /* wfi with the interrupt pending and enabled in mie resumes even though MIE = 0 (priv 3.3.3) */
        TEST_CASE( 6, a0, 7, li a1, MIP_SSIP; csrw mie, a1; csrci mstatus, MSTATUS_MIE; wfi; li a0, 7)
        li a1, MIP_SSIP; csrc mip, a1; csrw mie, zero
        /* delegated with mideleg: taken in S through stvec when sstatus.SIE = 1 */
        TEST_CASE( 7, a0, 0, li a1, MIP_SSIP; csrw mideleg, a1; csrw mie, a1; STRAP_EXPECT(3f); TRAP_EXPECT(1f); ENTER_MODE(PRV_S, 2f); 2: csrs sip, a1; csrsi sstatus, MSTATUS_SIE; 4: j fail; 3: ecall; j fail; 1: li a0, 0)
        TRAP_CHECK(s_trap, TR_CAUSE, INTERRUPT(IRQ_S_SOFT))
        TRAP_CHECK_EPC(s_trap, 4b)
        TRAP_CHECK_STATUS(s_trap, MSTATUS_SPP | MSTATUS_SPIE, MSTATUS_SPP | MSTATUS_SPIE)
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_SUPERVISOR_ECALL)
        /* a delegated interrupt is never taken in M, even with MIE = 1 */
        TEST_CASE( 8, a0, MIP_SSIP, TRAP_COUNT(m_trap, s1); csrsi mstatus, MSTATUS_MIE; nop; nop; csrci mstatus, MSTATUS_MIE; TRAP_COUNT(m_trap, a1); bne a1, s1, fail; csrr a0, mip; andi a0, a0, MIP_SSIP)
        /* ... nor in S with SIE = 0 ... */
        TEST_CASE( 9, a0, 0, IN_MODE(PRV_S, csrci sstatus, MSTATUS_SIE; nop; li a0, 0))
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_SUPERVISOR_ECALL)
        /* ... but it is in U, whatever SIE says */
        TEST_CASE(10, a0, 0, STRAP_EXPECT(3f); TRAP_EXPECT(1f); ENTER_MODE(PRV_U, 2f); 2: nop; j fail; 3: ecall; j fail; 1: li a0, 0)
        TRAP_CHECK(s_trap, TR_CAUSE, INTERRUPT(IRQ_S_SOFT))
        TRAP_CHECK_EPC(s_trap, 2b)
        TRAP_CHECK_STATUS(s_trap, MSTATUS_SPP, 0)
        li a1, MIP_SSIP; csrc mip, a1; csrw mideleg, zero
        /* vectored mtvec: interrupts go to base + 4 * cause, exceptions to base (priv 3.1.7) */
        TEST_CASE(11, s2, 1, li s2, -1; la a1, vector_table + 1; csrw mtvec, a1; li a1, MIP_SSIP; csrw mie, a1; csrs mip, a1; TRAP_EXPECT(1f); csrsi mstatus, MSTATUS_MIE; j fail; 1: csrc mip, a1)
        TRAP_CHECK(m_trap, TR_CAUSE, INTERRUPT(IRQ_S_SOFT))
        TEST_CASE(12, s2, 0, li s2, -1; TRAP_EXPECT(1f); ecall; j fail; 1: nop)
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_MACHINE_ECALL)
        la a1, m_trap_vector; csrw mtvec, a1; csrw mie, zero
        /* machine software interrupt from the CLINT's msip register */
        TEST_CASE(13, a0, 0, li a1, MIP_MSIP; csrw mie, a1; li a2, CLINT_MSIP; li a3, 1; sw a3, 0(a2); TRAP_EXPECT(1f); csrsi mstatus, MSTATUS_MIE; 2: j fail; 1: li a0, 0; sw zero, 0(a2))
        TRAP_CHECK(m_trap, TR_CAUSE, INTERRUPT(IRQ_M_SOFT))
        TRAP_CHECK_EPC(m_trap, 2b)
        TEST_CASE(14, a0, 0, csrr a0, mip; andi a0, a0, MIP_MSIP)   /* cleared by the store */
        /* machine timer interrupt: mtimecmp a little ahead of mtime, then wfi until it fires */
        TEST_CASE(15, a0, 0, li a2, CLINT_MTIME; ld a3, 0(a2); addi a3, a3, 100; li a2, CLINT_MTIMECMP; sd a3, 0(a2); li a1, 1 << IRQ_M_TIMER; csrw mie, a1; TRAP_EXPECT(1f); csrsi mstatus, MSTATUS_MIE; 2: wfi; j 2b; 1: li a0, 0; li a3, -1; sd a3, 0(a2))
        TRAP_CHECK(m_trap, TR_CAUSE, INTERRUPT(IRQ_M_TIMER))
        TEST_CASE(16, a0, 0, csrr a0, mip; andi a0, a0, 1 << IRQ_M_TIMER)  /* a far mtimecmp clears MTIP */
        /* mip.MTIP is read-only to software */
        TEST_CASE(17, a0, 0, li a1, 1 << IRQ_M_TIMER; csrs mip, a1; csrr a0, mip; and a0, a0, a1)
        csrw mie, zero
        j pass

        .align 8
        .option push
        .option norvc           /* 4-byte entries */
vector_table:
        j vector_exception
        j vector_s_soft
        .rept 14
        j fail
        .endr
        .option pop
vector_exception:
        li s2, 0
        j m_trap_vector
vector_s_soft:
        li s2, 1
        j m_trap_vector
TEST_END
