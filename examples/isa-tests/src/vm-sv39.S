/* Sv39 paging (priv 4.3, 4.4): a three-level table built by the program, with an identity
 * gigapage for the program itself and 4 KiB pages exercising the access rules: U pages from S
 * only with SUM, never executable by S; S pages never accessible from U; execute-only pages
 * readable with MXR; write-only (reserved) and invalid PTEs; a misaligned megapage;
 * non-canonical addresses; hardware A / D updates; MPRV; sfence.vma after a PTE change; and
 * the fault causes with stval / mtval = the faulting virtual address. */
#include "vm.h"

#define VA_U_RW     0x40000000   /* U, R W, A = D = 0 */
#define VA_S_RW     0x40001000   /* S, R W */
#define VA_S_X      0x40002000   /* S, execute-only */
#define VA_INVALID  0x40003000   /* V = 0 */
#define VA_U_RO     0x40004000   /* U, read-only */
#define VA_U_CODE   0x40005000   /* U, R X: the user routines */
#define VA_W_ONLY   0x40006000   /* W without R: reserved */
#define VA_S_REMAP  0x40007000   /* S, R W X, re-pointed by the sfence.vma case */
#define VA_MEGA_BAD 0x40200000   /* a megapage whose PPN[0] is not zero */
#define VA_NONCANON 0x0000004000000000  /* bit 38 set, bits 63:39 clear */

/* user routines: offsets in user_code */
#define U_LOAD   (VA_U_CODE + 0x00)
#define U_STORE  (VA_U_CODE + 0x40)
#define U_JUMP   (VA_U_CODE + 0x80)

TEST_BEGIN
        /* data the pages hold */
        la a0, page_s;     li a1, 0x1111111111111111; sd a1, 0(a0)
        la a0, page_u;     li a1, 0x2222222222222222; sd a1, 0(a0)
        la a0, page_x;     li a1, 0x3333333333333333; sd a1, 0(a0)
        la a0, page_other; li a1, 0x4444444444444444; sd a1, 0(a0)
        /* the tables */
        PTE_SET_PA(root, 2, 0x80000000, PTE_V | PTE_R | PTE_W | PTE_X | PTE_A | PTE_D)
        PTE_SET(root, 1, level1, PTE_V)
        PTE_SET(level1, 0, level0, PTE_V)
        PTE_SET_PA(level1, 1, 0x80001000, PTE_V | PTE_R | PTE_W | PTE_A | PTE_D)
        PTE_SET(level0, 0, page_u, PTE_V | PTE_U | PTE_R | PTE_W)
        PTE_SET(level0, 1, page_s, PTE_V | PTE_R | PTE_W | PTE_A | PTE_D)
        PTE_SET(level0, 2, page_x, PTE_V | PTE_X | PTE_A)
        PTE_SET(level0, 4, page_s, PTE_V | PTE_U | PTE_R | PTE_A)
        PTE_SET(level0, 5, user_code, PTE_V | PTE_U | PTE_R | PTE_X | PTE_A)
        PTE_SET(level0, 6, page_s, PTE_V | PTE_W | PTE_A | PTE_D)
        PTE_SET(level0, 7, page_s, PTE_V | PTE_R | PTE_W | PTE_A | PTE_D)
        SATP_SET(SATP_MODE_SV39, root)

        TEST_CASE( 2, a0, SATP_MODE_SV39, csrr a0, satp; srli a0, a0, 60; slli a0, a0, 60)
        /* S reads its own page */
        TEST_CASE( 3, a0, 0x1111111111111111, li a1, VA_S_RW; IN_MODE(PRV_S, ld a0, 0(a1)))
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_SUPERVISOR_ECALL)
        /* a U page from S: page fault without SUM (priv 4.1.1.2), fine with it */
        TEST_CASE( 4, a0, 0, li a0, 0; li a1, VA_U_RW; IN_MODE(PRV_S, ld a0, 0(a1)))
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_LOAD_PAGE_FAULT)
        TRAP_CHECK(m_trap, TR_TVAL, VA_U_RW)
        TEST_CASE( 5, a0, 0x2222222222222222, li a1, MSTATUS_SUM; csrs mstatus, a1; li a1, VA_U_RW; IN_MODE(PRV_S, ld a0, 0(a1)))
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_SUPERVISOR_ECALL)
        /* the read set A but not D (priv 4.3.1) */
        TEST_CASE( 6, a0, 0, CHECK_PTE_BITS(level0, 0, PTE_A | PTE_D, PTE_A); li a0, 0)
        TEST_CASE( 7, a0, 0x55, li a1, VA_U_RW; li a2, 0x55; IN_MODE(PRV_S, sd a2, 8(a1)); la a3, page_u; ld a0, 8(a3))
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_SUPERVISOR_ECALL)
        TEST_CASE( 8, a0, 0, CHECK_PTE_BITS(level0, 0, PTE_A | PTE_D, PTE_A | PTE_D); li a0, 0)
        /* a read-only U page refuses S stores even with SUM */
        TEST_CASE( 9, a0, 0, li a0, 0; li a1, VA_U_RO; IN_MODE(PRV_S, sd a1, 0(a1)))
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_STORE_PAGE_FAULT)
        TRAP_CHECK(m_trap, TR_TVAL, VA_U_RO)
        /* S never executes a U page, SUM or not */
        TEST_CASE(10, a0, 0, li a0, 0; li a1, VA_U_CODE; IN_MODE(PRV_S, jalr a1))
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_FETCH_PAGE_FAULT)
        TRAP_CHECK(m_trap, TR_TVAL, VA_U_CODE)
        TRAP_CHECK(m_trap, TR_EPC, VA_U_CODE)
        li a1, MSTATUS_SUM; csrc mstatus, a1
        /* execute-only: loads fault unless MXR */
        TEST_CASE(11, a0, 0, li a0, 0; li a1, VA_S_X; IN_MODE(PRV_S, ld a0, 0(a1)))
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_LOAD_PAGE_FAULT)
        TEST_CASE(12, a0, 0x3333333333333333, li a1, MSTATUS_MXR; csrs mstatus, a1; li a1, VA_S_X; IN_MODE(PRV_S, ld a0, 0(a1)); li a1, MSTATUS_MXR; csrc mstatus, a1)
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_SUPERVISOR_ECALL)
        /* MXR does not make stores legal */
        TEST_CASE(13, a0, 0, li a1, MSTATUS_MXR; csrs mstatus, a1; li a1, VA_S_X; li a0, 0; IN_MODE(PRV_S, sd a0, 0(a1)); li a1, MSTATUS_MXR; csrc mstatus, a1)
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_STORE_PAGE_FAULT)
        /* invalid PTE: load, store and fetch page faults */
        TEST_CASE(14, a0, 0, li a0, 0; li a1, VA_INVALID + 8; IN_MODE(PRV_S, ld a0, 0(a1)))
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_LOAD_PAGE_FAULT)
        TRAP_CHECK(m_trap, TR_TVAL, VA_INVALID + 8)
        TEST_CASE(15, a0, 0, li a0, 0; li a1, VA_INVALID + 16; IN_MODE(PRV_S, sd a0, 0(a1)))
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_STORE_PAGE_FAULT)
        TRAP_CHECK(m_trap, TR_TVAL, VA_INVALID + 16)
        TEST_CASE(16, a0, 0, li a0, 0; li a1, VA_INVALID; IN_MODE(PRV_S, jalr a1))
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_FETCH_PAGE_FAULT)
        TRAP_CHECK(m_trap, TR_TVAL, VA_INVALID)
        /* W without R is reserved: a page fault (priv 4.3.1, table 4.5) */
        TEST_CASE(17, a0, 0, li a0, 0; li a1, VA_W_ONLY; IN_MODE(PRV_S, ld a0, 0(a1)))
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_LOAD_PAGE_FAULT)
        /* a misaligned superpage is a page fault (priv 4.3.2 step 6) */
        TEST_CASE(18, a0, 0, li a0, 0; li a1, VA_MEGA_BAD; IN_MODE(PRV_S, ld a0, 0(a1)))
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_LOAD_PAGE_FAULT)
        /* bits 63:39 must equal bit 38 (priv 4.4.1) */
        TEST_CASE(19, a0, 0, li a0, 0; li a1, VA_NONCANON; IN_MODE(PRV_S, ld a0, 0(a1)))
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_LOAD_PAGE_FAULT)
        /* U-mode: runs from its own page, reads U pages, never S pages */
        TEST_CASE(20, a0, 0x2222222222222222, li a1, VA_U_RW; TRAP_EXPECT(1f); ENTER_MODE_AT(PRV_U, U_LOAD); 1: nop)
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_USER_ECALL)
        TRAP_CHECK(m_trap, TR_EPC, U_LOAD + 4)
        TEST_CASE(21, a0, 0, li a0, 0; li a1, VA_S_RW; TRAP_EXPECT(1f); ENTER_MODE_AT(PRV_U, U_LOAD); 1: nop)
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_LOAD_PAGE_FAULT)
        TRAP_CHECK(m_trap, TR_TVAL, VA_S_RW)
        TRAP_CHECK(m_trap, TR_EPC, U_LOAD)
        TEST_CASE(22, a0, 0, li a0, 0; li a1, VA_U_RO; li a2, 7; TRAP_EXPECT(1f); ENTER_MODE_AT(PRV_U, U_STORE); 1: nop)
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_STORE_PAGE_FAULT)
        TRAP_CHECK(m_trap, TR_TVAL, VA_U_RO)
        TEST_CASE(23, a0, 0, li a0, 0; li a1, VA_S_REMAP; TRAP_EXPECT(1f); ENTER_MODE_AT(PRV_U, U_JUMP); 1: nop)
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_FETCH_PAGE_FAULT)
        TRAP_CHECK(m_trap, TR_TVAL, VA_S_REMAP)
        TEST_CASE(24, a0, 0, li a0, 0; li a1, 0x80000000; TRAP_EXPECT(1f); ENTER_MODE_AT(PRV_U, U_JUMP); 1: nop) /* the S gigapage */
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_FETCH_PAGE_FAULT)
        /* MPRV: M-mode loads translated with the privilege in MPP (priv 3.1.6.3) */
        TEST_CASE(25, a0, 0x1111111111111111, li a1, MSTATUS_MPP; csrc mstatus, a1; li a1, MSTATUS_MPRV | (PRV_S << 11); csrs mstatus, a1; li a1, VA_S_RW; ld a0, 0(a1); li a1, MSTATUS_MPRV; csrc mstatus, a1)
        /* sfence.vma after re-pointing a PTE: the new mapping is seen */
        TEST_CASE(26, a0, 0x1111111111111111, li a1, VA_S_REMAP; IN_MODE(PRV_S, ld a0, 0(a1)))
        PTE_SET(level0, 7, page_other, PTE_V | PTE_R | PTE_W | PTE_A | PTE_D)
        TEST_CASE(27, a0, 0x4444444444444444, li a1, VA_S_REMAP; IN_MODE(PRV_S, sfence.vma a1, zero; ld a0, 0(a1)))
        PTE_SET(level0, 7, page_s, PTE_V | PTE_R | PTE_W | PTE_A | PTE_D)
        TEST_CASE(28, a0, 0x1111111111111111, li a1, VA_S_REMAP; IN_MODE(PRV_S, sfence.vma; ld a0, 0(a1)))
        /* page faults delegated with medeleg arrive in S with stval = the address; a U-mode
         * fault is delegated the same way */
        TEST_CASE(29, a0, 0, li a1, 1 << CAUSE_LOAD_PAGE_FAULT; csrw medeleg, a1; li a1, VA_INVALID + 0x28; STRAP_EXPECT(3f); TRAP_EXPECT(1f); ENTER_MODE(PRV_S, 2f); 2: ld a0, 0(a1); j fail; 3: ecall; j fail; 1: li a0, 0; csrw medeleg, zero)
        TRAP_CHECK(s_trap, TR_CAUSE, CAUSE_LOAD_PAGE_FAULT)
        TRAP_CHECK(s_trap, TR_TVAL, VA_INVALID + 0x28)
        TRAP_CHECK_EPC(s_trap, 2b)
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_SUPERVISOR_ECALL)
        TEST_CASE(30, a0, 0, li a2, 1 << CAUSE_STORE_PAGE_FAULT; csrw medeleg, a2; li a1, VA_U_RO + 0x30; li a2, 1; STRAP_EXPECT(3f); TRAP_EXPECT(1f); ENTER_MODE_AT(PRV_U, U_STORE); 3: ecall; j fail; 1: li a0, 0; csrw medeleg, zero)
        TRAP_CHECK(s_trap, TR_CAUSE, CAUSE_STORE_PAGE_FAULT)
        TRAP_CHECK(s_trap, TR_TVAL, VA_U_RO + 0x30)
        TRAP_CHECK(s_trap, TR_EPC, U_STORE)
        TRAP_CHECK_STATUS(s_trap, MSTATUS_SPP, 0)
        /* a satp write with an unsupported MODE has no effect at all (priv 4.1.11) */
        TEST_CASE(31, a0, 0, csrr a1, satp; li a2, 0x7000000000000123; csrw satp, a2; csrr a0, satp; sub a0, a0, a1)
        /* back to bare: the same addresses are physical again */
        TEST_CASE(32, a0, 0x1111111111111111, csrw satp, zero; sfence.vma; la a1, page_s; IN_MODE(PRV_S, ld a0, 0(a1)))
        j pass

        /* code run by U-mode through the VA_U_CODE mapping */
        .align 12
        .option push
        .option norvc           /* fixed offsets and instruction sizes */
user_code:
        ld a0, 0(a1)
        ecall
        .align 6
        sd a2, 0(a1)
        ecall
        .align 6
        jalr a1
        ecall
        .option pop
        .align 12
TEST_END

        .bss
        .align 12
root:       .zero 4096
level1:     .zero 4096
level0:     .zero 4096
page_s:     .zero 4096
page_u:     .zero 4096
page_x:     .zero 4096
page_other: .zero 4096
