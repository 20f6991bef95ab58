/* RV64I base integer instructions (unpriv chapters 2 and 5): arithmetic, logic, compares,
 * shifts with the 6-bit shamt, the *W forms that sign-extend their 32-bit result, every load
 * and store width, branches both ways, jal / jalr (link value, low bit of the target cleared),
 * lui / auipc, and writes to x0. */
#include "test.h"

TEST_BEGIN
        /* add / sub: wrap-around, no overflow trap */
        TEST_RR( 2, add, 0x0000000000000003, 1, 2)
        TEST_RR( 3, add, 0x8000000000000000, 0x7fffffffffffffff, 1)
        TEST_RR( 4, add, 0x0000000000000000, -1, 1)
        TEST_RR( 5, add, 0xfffffffffffffffe, 0x7fffffffffffffff, 0x7fffffffffffffff)
        TEST_RR( 6, sub, 0xffffffffffffffff, 0, 1)
        TEST_RR( 7, sub, 0x7fffffffffffffff, 0x8000000000000000, 1)
        TEST_RR_DEST_SRC1( 8, add, 24, 13, 11)
        TEST_RR_DEST_SRC2( 9, sub, 2, 13, 11)
        TEST_RR_ZERO_DEST(10, add, 5, 6)
        /* addi: 12-bit sign-extended immediate */
        TEST_RI(11, addi, 0x00000000000007ff, 0, 2047)
        TEST_RI(12, addi, 0xfffffffffffff800, 0, -2048)
        TEST_RI(13, addi, 0x8000000000000000, 0x7fffffffffffffff, 1)
        TEST_CASE(14, x0, 0, addi x0, x0, 77)
        /* logic */
        TEST_RR(15, and, 0x0f000f00f000f00f, 0xff00ff00ff00ff0f, 0x0ff00ff0f00ff00f)
        TEST_RR(16, or,  0xfff0fff0ff0fff0f, 0xff00ff00ff00ff0f, 0x0ff00ff0f00ff00f)
        TEST_RR(17, xor, 0xf0f0f0f00f0f0f00, 0xff00ff00ff00ff0f, 0x0ff00ff0f00ff00f)
        TEST_RI(18, andi, 0x000000000000070f, 0xff00ff00ff00ff0f, 0x70f)
        TEST_RI(19, ori,  0xffffffffffffff0f, 0x0000000000000f0f, -241)
        TEST_RI(20, xori, 0xfffffffffffff0f0, 0x0000000000000f0f, -1)
        /* compares, signed and unsigned */
        TEST_RR(21, slt,  1, -1, 0)
        TEST_RR(22, sltu, 0, -1, 0)
        TEST_RR(23, slt,  0, 0x7fffffffffffffff, 0x8000000000000000)
        TEST_RR(24, sltu, 1, 0x7fffffffffffffff, 0x8000000000000000)
        TEST_RR(25, slt,  0, 5, 5)
        TEST_RI(26, slti,  1, 0x8000000000000000, 0)
        TEST_RI(27, sltiu, 1, 0xfffffffffffffffe, -1) /* the immediate is sign-extended, then compared unsigned */
        TEST_RI(28, sltiu, 1, 0, 1)                   /* seqz */
        TEST_RI(29, sltiu, 0, 7, 1)
        TEST_RR(30, sltu, 1, 0, 3)                    /* snez via x0 is below */
        TEST_CASE(31, a0, 1, li a2, 9; sltu a0, x0, a2)
        /* shifts: 6-bit amounts on RV64, only the low 6 bits of rs2 count */
        TEST_RR(32, sll, 0x8000000000000000, 1, 63)
        TEST_RR(33, sll, 0x0000000000000002, 1, 65)
        TEST_RR(34, srl, 0x0000000000000001, 0x8000000000000000, 63)
        TEST_RR(35, sra, 0xffffffffffffffff, 0x8000000000000000, 63)
        TEST_RR(36, sra, 0xc000000000000000, 0x8000000000000000, 0xffffffffffffffc1)
        TEST_RR(37, srl, 0x8000000000000000, 0x8000000000000000, 64)
        TEST_RI(38, slli, 0x0000000100000000, 1, 32)
        TEST_RI(39, srli, 0x00000000ffffffff, 0xffffffffffffffff, 32)
        TEST_RI(40, srai, 0xffffffffffffffff, 0x8000000000000000, 63)
        TEST_RI(41, srai, 0x0000000000000001, 0x4000000000000000, 62)
        /* W forms: operate on the low 32 bits, sign-extend the 32-bit result (unpriv 5.2) */
        TEST_RR(42, addw, 0xffffffff80000000, 0x7fffffff, 1)
        TEST_RR(43, addw, 0x0000000000000000, 0xffffffff, 1)
        TEST_RR(44, addw, 0x0000000000000003, 0x1234567800000001, 0x9abcdef000000002)
        TEST_RR(45, subw, 0xffffffffffffffff, 0, 1)
        TEST_RR(46, subw, 0x000000007fffffff, 0x80000000, 1)
        TEST_RI(47, addiw, 0xffffffff80000000, 0x7fffffff, 1)
        TEST_RI(48, addiw, 0x0000000000000001, 0xffffffff00000001, 0) /* sext.w */
        TEST_RI(49, addiw, 0xffffffff80000000, 0x0000000080000000, 0)
        TEST_RR(50, sllw, 0xffffffff80000000, 1, 31)
        TEST_RR(51, sllw, 0x0000000000000001, 1, 32) /* only the low 5 bits of rs2 */
        TEST_RR(52, srlw, 0x0000000000000001, 0xffffffff80000000, 31)
        TEST_RR(53, srlw, 0x000000007fffffff, 0xfffffffffffffffe, 33)
        TEST_RR(54, sraw, 0xffffffffffffffff, 0x0000000080000000, 31)
        TEST_RR(55, sraw, 0x0000000000000001, 0xffffffff7fffffff, 30)
        TEST_RI(56, slliw, 0xffffffff80000000, 0x0000000000000001, 31)
        TEST_RI(57, slliw, 0x0000000000000000, 0x0000000100000000, 1)
        TEST_RI(58, srliw, 0x00000000000000ff, 0xffffffffff000000, 24)
        TEST_RI(59, srliw, 0xffffffff80000000, 0x0000000080000000, 0) /* shift 0 still sign-extends */
        TEST_RI(60, sraiw, 0xffffffffffff0000, 0x0000000080000000, 15)
        /* lui / auipc */
        TEST_CASE(61, a0, 0xffffffff80000000, lui a0, 0x80000)
        TEST_CASE(62, a0, 0x000000007ffff000, lui a0, 0x7ffff)
        TEST_CASE(63, a0, 0, lui a0, 0x12345; lui x0, 0x12345; mv a0, x0)
        TEST_CASE(64, a0, 8, 1: auipc a1, 0; auipc a0, 0; sub a0, a0, a1; addi a0, a0, 4)
        TEST_CASE(65, a0, 0x1000, 1: auipc a1, 0; auipc a0, 1; sub a0, a0, a1; addi a0, a0, -4)
        TEST_CASE(66, a0, 0xffffffff80000000, auipc a1, 0x80000; auipc a2, 0; addi a2, a2, -4; sub a0, a1, a2)
        /* loads: every width, sign and zero extension, negative offsets */
        TEST_CASE(67, a0, 0xffffffffffffff80, la a1, ld_data; lb a0, 0(a1))
        TEST_CASE(68, a0, 0x0000000000000080, la a1, ld_data; lbu a0, 0(a1))
        TEST_CASE(69, a0, 0xffffffffffff8180, la a1, ld_data; lh a0, 0(a1))
        TEST_CASE(70, a0, 0x0000000000008180, la a1, ld_data; lhu a0, 0(a1))
        TEST_CASE(71, a0, 0xffffffff83828180, la a1, ld_data; lw a0, 0(a1))
        TEST_CASE(72, a0, 0x0000000083828180, la a1, ld_data; lwu a0, 0(a1))
        TEST_CASE(73, a0, 0x8786858483828180, la a1, ld_data; ld a0, 0(a1))
        TEST_CASE(74, a0, 0x000000000000007f, la a1, ld_data; lb a0, 8(a1))
        TEST_CASE(75, a0, 0x0000000000007f7f, la a1, ld_data; lh a0, 8(a1))
        TEST_CASE(76, a0, 0x000000007f7f7f7f, la a1, ld_data; lw a0, 8(a1))
        TEST_CASE(77, a0, 0xffffffff83828180, la a1, ld_data + 8; lw a0, -8(a1))
        TEST_CASE(78, a0, 0x8786858483828180, la a1, ld_data + 2048; ld a0, -2048(a1))
        TEST_CASE(79, a0, 0x0000000000000000, la a1, ld_data; lb x0, 0(a1); mv a0, x0)
        /* stores: every width writes exactly its bytes */
        TEST_CASE(80, a0, 0x55555555555555aa, la a1, st_data; li a2, 0x5555555555555555; sd a2, 0(a1); li a3, 0x12aa; sb a3, 0(a1); ld a0, 0(a1))
        TEST_CASE(81, a0, 0x555555555555beef, la a1, st_data; li a2, 0x5555555555555555; sd a2, 0(a1); li a3, 0xdeadbeef; sh a3, 0(a1); ld a0, 0(a1))
        TEST_CASE(82, a0, 0x55555555deadbeef, la a1, st_data; li a2, 0x5555555555555555; sd a2, 0(a1); li a3, 0x12deadbeef; sw a3, 0(a1); ld a0, 0(a1))
        TEST_CASE(83, a0, 0x0123456789abcdef, la a1, st_data; li a2, 0x0123456789abcdef; sd a2, 0(a1); ld a0, 0(a1))
        TEST_CASE(84, a0, 0x5555aa5555555555, la a1, st_data; li a2, 0x5555555555555555; sd a2, 0(a1); li a3, 0xaa; sb a3, 5(a1); ld a0, 0(a1))
        TEST_CASE(85, a0, 0xbeef555555555555, la a1, st_data + 16; li a2, 0x5555555555555555; sd a2, -16(a1); li a3, 0xbeef; sh a3, -10(a1); ld a0, -16(a1))
        /* branches: taken and not taken, signed versus unsigned */
        TEST_CASE(86, a0, 1, li a0, 0; li a1, -1; li a2, -1; beq a1, a2, 1f; j fail; 1: li a0, 1)
        TEST_CASE(87, a0, 1, li a0, 0; li a1, 1; li a2, 2; beq a1, a2, fail; li a0, 1)
        TEST_CASE(88, a0, 1, li a0, 0; li a1, 1; li a2, 2; bne a1, a2, 1f; j fail; 1: li a0, 1)
        TEST_CASE(89, a0, 1, li a0, 0; li a1, 3; bne a1, a1, fail; li a0, 1)
        TEST_CASE(90, a0, 1, li a0, 0; li a1, -1; blt a1, x0, 1f; j fail; 1: li a0, 1)
        TEST_CASE(91, a0, 1, li a0, 0; li a1, -1; bltu a1, x0, fail; li a0, 1)
        TEST_CASE(92, a0, 1, li a0, 0; li a1, -1; bgeu a1, x0, 1f; j fail; 1: li a0, 1)
        TEST_CASE(93, a0, 1, li a0, 0; li a1, -1; bge a1, x0, fail; li a0, 1)
        TEST_CASE(94, a0, 1, li a0, 0; li a1, 5; bge a1, a1, 1f; j fail; 1: li a0, 1)
        TEST_CASE(95, a0, 1, li a0, 0; li a1, 0x8000000000000000; li a2, 0x7fffffffffffffff; blt a1, a2, 1f; j fail; 1: li a0, 1)
        TEST_CASE(96, a0, 1, li a0, 0; li a1, 0x8000000000000000; li a2, 0x7fffffffffffffff; bltu a1, a2, fail; li a0, 1)
        TEST_CASE(97, a0, 3, li a0, 0; 1: addi a0, a0, 1; li a1, 3; blt a0, a1, 1b) /* backward */
        /* jal / jalr: link = pc + 4; jalr clears bit 0 of the target; rd == rs1 uses the old rs1 */
        TEST_CASE(98, a0, 0, jal a1, 1f; 2: j fail; 1: la a2, 2b; sub a0, a1, a2)
        TEST_CASE(99, a0, 0, la a2, 1f; jalr a1, 0(a2); 2: j fail; 1: la a3, 2b; sub a0, a1, a3)
        TEST_CASE(100, a0, 0, la a2, 1f + 1; jalr a1, 0(a2); j fail; 1: li a0, 0)
        TEST_CASE(101, a0, 0, la a2, 1f - 8; jalr a1, 8(a2); j fail; 1: li a0, 0)
        TEST_CASE(102, a0, 0, la a1, 1f; jalr a1, 0(a1); 2: j fail; 1: la a2, 2b; sub a0, a1, a2)
        TEST_CASE(103, a0, 0, jal x0, 1f; j fail; 1: li a0, 0)
        TEST_CASE(104, a0, 0, jal 1f; 2: j fail; 1: la a2, 2b; sub a0, ra, a2)
        /* x0 reads zero whatever is written */
        TEST_CASE(105, a0, 0, li x0, 123; addi a0, x0, 0)
        TEST_CASE(106, a0, 0, la a1, ld_data; ld x0, 0(a1); add a0, x0, x0)
        /* fence, fence.tso and nop must simply retire */
        TEST_CASE(107, a0, 5, li a0, 5; fence; fence rw, rw; fence.tso; nop)
        j pass
TEST_END

        .data
        .align 3
ld_data: .byte 0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87
        .byte 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f
        .zero 2048
st_data: .zero 32
