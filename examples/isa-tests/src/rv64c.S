/* RV64C (unpriv chapter 16): every compressed encoding of RV64GC, each written with its c.
 * mnemonic so that the assembler must emit the 16-bit form: loads / stores through sp and
 * through the 8 popular registers with their scaled offsets, immediates at their limits
 * (sign extension, c.lui's upper bits, c.addi16sp / c.addi4spn scaling), the RV64-only forms
 * (c.addiw, c.subw, c.addw, c.ld, c.sd, c.ldsp, c.sdsp), control transfers with their 2-byte
 * link value, c.ebreak, and the all-zero instruction, which is defined to be illegal. */
#include "test_fp.h"

        .option rvc

TEST_BEGIN
        /* quadrant 1: integer immediates and register-register */
        TEST_CASE( 2, a0, 0x000000000000001f, li a0, 0; c.addi a0, 31)
        TEST_CASE( 3, a0, 0xffffffffffffffe0, li a0, 0; c.addi a0, -32)
        TEST_CASE( 4, a0, 0xffffffff80000000, li a0, 0x7fffffff; c.addiw a0, 1)
        TEST_CASE( 5, a0, 0x0000000000000001, li a0, 0x100000001; c.addiw a0, 0)  /* sext.w */
        TEST_CASE( 6, a0, 0xffffffffffffffe0, c.li a0, -32)
        TEST_CASE( 7, a0, 0x000000000000001f, c.li a0, 31)
        TEST_CASE( 8, a0, 0xfffffffffffe0000, c.lui a0, 0xfffe0)   /* imm 0x20 sign-extends */
        TEST_CASE( 9, a0, 0x000000000001f000, c.lui a0, 0x1f)
        TEST_CASE(10, a0, 0x0000000000000000, c.nop; li a0, 0)
        TEST_CASE(11, a0, 0x00000000000001f0, mv a1, sp; li sp, 0; c.addi16sp sp, 496; mv a0, sp; mv sp, a1)
        TEST_CASE(12, a0, 0xfffffffffffffe00, mv a1, sp; li sp, 0; c.addi16sp sp, -512; mv a0, sp; mv sp, a1)
        TEST_CASE(13, a0, 0x00000000000003fc, mv a1, sp; li sp, 0; c.addi4spn a0, sp, 1020; mv sp, a1)
        TEST_CASE(14, a0, 0x0000000000000004, mv a1, sp; li sp, 0; c.addi4spn a0, sp, 4; mv sp, a1)
        TEST_CASE(15, a0, 0x0000000000000001, li a0, 0x8000000000000000; c.srli a0, 63)
        TEST_CASE(16, a0, 0x0000000080000000, li a0, 0x8000000000000000; c.srli a0, 32)
        TEST_CASE(17, a0, 0xffffffffffffffff, li a0, 0x8000000000000000; c.srai a0, 63)
        TEST_CASE(18, a0, 0xffffffffc0000000, li a0, 0x8000000000000000; c.srai a0, 33)
        TEST_CASE(19, a0, 0x0000000000000010, li a0, 0xff0; c.andi a0, 0x10)
        TEST_CASE(20, a0, 0x0000000000000fe0, li a0, 0xff0; c.andi a0, -32)
        TEST_CASE(21, a0, 0xffffffffffffffff, li a0, 0; li a1, 1; c.sub a0, a1)
        TEST_CASE(22, a0, 0x000000000000ff00, li a0, 0xf0f0; li a1, 0x0ff0; c.xor a0, a1)
        TEST_CASE(23, a0, 0x000000000000fff0, li a0, 0xf0f0; li a1, 0x0ff0; c.or a0, a1)
        TEST_CASE(24, a0, 0x00000000000000f0, li a0, 0xf0f0; li a1, 0x0ff0; c.and a0, a1)
        TEST_CASE(25, a0, 0xffffffff80000000, li a0, 0x7fffffff; li a1, -1; c.subw a0, a1)
        TEST_CASE(26, a0, 0xffffffff80000000, li a0, 0x7fffffff; li a1, 1; c.addw a0, a1)
        TEST_CASE(27, a0, 0x0000000000000000, li a0, 0xffffffff; li a1, 1; c.addw a0, a1)
        /* quadrant 2: shifts, moves, adds */
        TEST_CASE(28, a0, 0x8000000000000000, li a0, 1; c.slli a0, 63)
        TEST_CASE(29, a0, 0x0000000100000000, li a0, 1; c.slli a0, 32)
        TEST_CASE(30, t3, 0x1234, li t4, 0x1234; c.mv t3, t4)        /* full 5-bit register fields */
        TEST_CASE(31, s11, 0x3, li s11, 1; li t5, 2; c.add s11, t5)
        /* loads and stores through sp, with the largest scaled offsets */
        TEST_CASE(32, a0, 0xffffffff89abcdef, mv a5, sp; la sp, cdata; li a1, 0x0123456789abcdef; sw a1, 252(sp); c.lwsp a0, 252(sp); mv sp, a5)
        TEST_CASE(33, a0, 0x0123456789abcdef, mv a5, sp; la sp, cdata; li a1, 0x0123456789abcdef; sd a1, 504(sp); c.ldsp a0, 504(sp); mv sp, a5)
        TEST_CASE(34, a0, 0x0000000055aa55aa, mv a5, sp; la sp, cdata; sd zero, 248(sp); li a1, 0x55aa55aa; c.swsp a1, 248(sp); ld a0, 248(sp); mv sp, a5)
        TEST_CASE(35, a0, 0x0123456789abcdef, mv a5, sp; la sp, cdata; li a1, 0x0123456789abcdef; c.sdsp a1, 504(sp); ld a0, 504(sp); mv sp, a5)
        TEST_CASE(36, a0, 0x3ff0000000000000, mv a5, sp; la sp, cdata; li a1, 0x3ff0000000000000; sd a1, 496(sp); c.fldsp f9, 496(sp); fmv.x.d a0, f9; mv sp, a5)
        TEST_CASE(37, a0, 0x4000000000000000, mv a5, sp; la sp, cdata; li a1, 0x4000000000000000; fmv.d.x f9, a1; c.fsdsp f9, 488(sp); ld a0, 488(sp); mv sp, a5)
        /* quadrant 0: loads and stores through x8-x15 */
        TEST_CASE(38, a0, 0xffffffff89abcdef, la s0, cdata; li a1, 0x0123456789abcdef; sd a1, 120(s0); c.lw a0, 124(s0); c.lw a0, 120(s0))
        TEST_CASE(39, a0, 0x0123456789abcdef, la s0, cdata; c.ld a0, 120(s0))
        TEST_CASE(40, a0, 0x1111111122222222, la s0, cdata; li a1, 0x1111111122222222; c.sd a1, 248(s0); ld a0, 248(s0))
        li a2, 0x77; c.sw a2, 124(s0); c.lw a0, 124(s0); CHECK(a0, 0x77)
        TEST_CASE(41, a0, 0x1122334455667788, la s1, cdata; li a1, 0x1122334455667788; c.sd a1, 8(s1); ld a0, 8(s1))
        TEST_CASE(42, a0, 0x0000000012345678, la a4, cdata; li a1, 0x12345678; c.sw a1, 16(a4); lwu a0, 16(a4))
        TEST_CASE(43, a0, 0xc000000000000000, la a5, cdata; li a1, 0xc000000000000000; sd a1, 32(a5); c.fld fs0, 32(a5); c.fsd fs0, 40(a5); ld a0, 40(a5))
        /* control transfer: c.j, c.jr, c.jalr (link = pc + 2), c.beqz, c.bnez */
        TEST_CASE(44, a0, 1, li a0, 0; c.j 1f; j fail; 1: li a0, 1)
        TEST_CASE(45, a0, 1, li a0, 0; la a1, 1f; c.jr a1; j fail; 1: li a0, 1)
        TEST_CASE(46, a0, 2, la a1, 1f; 2: c.jalr a1; j fail; 1: la a2, 2b; sub a0, ra, a2)
        TEST_CASE(47, a0, 1, li a0, 0; li s0, 0; c.beqz s0, 1f; j fail; 1: li a0, 1)
        TEST_CASE(48, a0, 1, li a0, 0; li s0, 5; c.beqz s0, fail2; li a0, 1)
        TEST_CASE(49, a0, 1, li a0, 0; li s0, -1; c.bnez s0, 1f; j fail; 1: li a0, 1)
        TEST_CASE(50, a0, 1, li a0, 0; li s0, 0; c.bnez s0, fail2; li a0, 1)
        /* c.ebreak: a breakpoint exception at the 2-byte instruction */
        TEST_CASE(51, a0, 0, TRAP_EXPECT(1f); 2: c.ebreak; j fail; 1: li a0, 0)
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_BREAKPOINT)
        TRAP_CHECK_EPC(m_trap, 2b)
        /* 0x0000 is illegal in every configuration (16.5) */
        TEST_CASE(52, a0, 0, TRAP_EXPECT(1f); 2: .2byte 0; j fail; 1: li a0, 0)
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_ILLEGAL_INSTRUCTION)
        TRAP_CHECK_EPC(m_trap, 2b)
        /* a 32-bit instruction at a 2-byte aligned address runs normally */
        TEST_CASE(53, a0, 7, c.nop; li a0, 3; addi a0, a0, 4; c.nop)
        j pass
fail2:  j fail
TEST_END

        .data
        .align 4
cdata:  .zero 512
