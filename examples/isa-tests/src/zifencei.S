/* Zifencei (unpriv chapter 3): after a store over instructions, fence.i makes the new
 * instructions visible to this hart's fetches. The code is patched more than once, so a
 * decoded-instruction cache that is not invalidated fails the later cases; 16-bit
 * instructions are patched too, including one sharing a word with an unchanged neighbour. */
#include "test.h"

/* encodings written at run time */
#define ADDI_A0_A0(imm) (((imm) << 20) | (10 << 15) | (10 << 7) | 0x13)
#define C_LI_A0(imm)    (0x4000 | ((((imm) >> 5) & 1) << 12) | (10 << 7) | (((imm) & 0x1f) << 2) | 0x1)

TEST_BEGIN
        TEST_CASE( 2, a0, 1, li a0, 0; call patch_site)
        TEST_CASE( 3, a0, 2, la a1, patch_insn; li a2, ADDI_A0_A0(2); sw a2, 0(a1); fence.i; li a0, 0; call patch_site)
        TEST_CASE( 4, a0, 3, la a1, patch_insn; li a2, ADDI_A0_A0(3); sw a2, 0(a1); fence.i; li a0, 0; call patch_site)
        /* run the same site in a loop, patching it between iterations */
        TEST_CASE( 5, a0, 15, li s1, 0; li s2, 1; 1: la a1, patch_insn; li a2, ADDI_A0_A0(0); slli a3, s2, 20; or a2, a2, a3; sw a2, 0(a1); fence.i; li a0, 0; call patch_site; add s1, s1, a0; addi s2, s2, 1; li a4, 6; blt s2, a4, 1b; mv a0, s1)
        TEST_CASE( 6, a0, 9, li a0, 0; call c_site)
        TEST_CASE( 7, a0, 7, la a1, c_patch; li a2, C_LI_A0(7); sh a2, 0(a1); fence.i; li a0, 0; call c_site)
        TEST_CASE( 8, a0, -5, la a1, c_patch; li a2, C_LI_A0(-5); sh a2, 0(a1); fence.i; li a0, 0; call c_site)
        j pass

        /* kept in their own 64-byte blocks so that the patching stores share a line with them */
        .align 6
        .option push
        .option norvc          /* the patches are 32-bit instructions */
patch_site:
patch_insn:
        addi a0, a0, 1
        ret
        .option pop

        .align 6
c_site:
        .option push
        .option rvc
        c.nop
c_patch:
        c.li a0, 9
        c.jr ra
        .option pop
TEST_END
