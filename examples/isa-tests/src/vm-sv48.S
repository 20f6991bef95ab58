/* Sv48 paging (priv 4.5): a four-level walk to a 4 KiB page at an address that only Sv48 can
 * reach (bit 46 set), a 512 GiB "terapage" leaf at the top level, a 1 GiB leaf at the second
 * level for the program itself, the 48-bit canonical-address rule, U/S rules and A / D
 * updates through four levels. */
#include "vm.h"

#define VA_DEEP      0x0000400000000000   /* root[128] -> l2[0] -> l1[0] -> l0[0] */
#define VA_DEEP_U    0x0000400000001000   /* ... l0[1]: a U page */
#define VA_TERA      0x0000008000000000   /* root[1]: a 512 GiB leaf at physical 0 */
#define VA_NONCANON  0x0000800000000000   /* bit 47 set, bits 63:48 clear */

TEST_BEGIN
        la a0, page_s; li a1, 0x5151515151515151; sd a1, 0(a0)
        la a0, page_u; li a1, 0x6262626262626262; sd a1, 0(a0)
        PTE_SET(root, 0, l2_low, PTE_V)
        PTE_SET_PA(l2_low, 2, 0x80000000, PTE_V | PTE_R | PTE_W | PTE_X | PTE_A | PTE_D)
        PTE_SET_PA(root, 1, 0, PTE_V | PTE_R | PTE_W | PTE_A | PTE_D)
        PTE_SET(root, 128, l2, PTE_V)
        PTE_SET(l2, 0, l1, PTE_V)
        PTE_SET(l1, 0, l0, PTE_V)
        PTE_SET(l0, 0, page_s, PTE_V | PTE_R | PTE_W)
        PTE_SET(l0, 1, page_u, PTE_V | PTE_U | PTE_R | PTE_W | PTE_A | PTE_D)
        SATP_SET(SATP_MODE_SV48, root)

        TEST_CASE( 2, a0, 9, csrr a0, satp; srli a0, a0, 60)
        /* the four-level walk */
        TEST_CASE( 3, a0, 0x5151515151515151, li a1, VA_DEEP; IN_MODE(PRV_S, ld a0, 0(a1)))
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_SUPERVISOR_ECALL)
        TEST_CASE( 4, a0, 0, CHECK_PTE_BITS(l0, 0, PTE_A | PTE_D, PTE_A); li a0, 0)
        TEST_CASE( 5, a0, 0x77, li a1, VA_DEEP; li a2, 0x77; IN_MODE(PRV_S, sd a2, 8(a1)); la a3, page_s; ld a0, 8(a3))
        TEST_CASE( 6, a0, 0, CHECK_PTE_BITS(l0, 0, PTE_A | PTE_D, PTE_A | PTE_D); li a0, 0)
        /* the same data through the 512 GiB leaf: VA_TERA + physical address */
        TEST_CASE( 7, a0, 0x5151515151515151, li a1, VA_TERA; la a2, page_s; add a1, a1, a2; IN_MODE(PRV_S, ld a0, 0(a1)))
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_SUPERVISOR_ECALL)
        /* U page from S: only with SUM */
        TEST_CASE( 8, a0, 0, li a0, 0; li a1, VA_DEEP_U; IN_MODE(PRV_S, ld a0, 0(a1)))
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_LOAD_PAGE_FAULT)
        TRAP_CHECK(m_trap, TR_TVAL, VA_DEEP_U)
        TEST_CASE( 9, a0, 0x6262626262626262, li a1, MSTATUS_SUM; csrs mstatus, a1; li a1, VA_DEEP_U; IN_MODE(PRV_S, ld a0, 0(a1)); li a1, MSTATUS_SUM; csrc mstatus, a1)
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_SUPERVISOR_ECALL)
        /* bits 63:48 must equal bit 47 (priv 4.5.1): load and store faults */
        TEST_CASE(10, a0, 0, li a0, 0; li a1, VA_NONCANON; IN_MODE(PRV_S, ld a0, 0(a1)))
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_LOAD_PAGE_FAULT)
        TEST_CASE(11, a0, 0, li a0, 0; li a1, VA_NONCANON; IN_MODE(PRV_S, sd a0, 0(a1)))
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_STORE_PAGE_FAULT)
        /* an unmapped hole next to the deep page */
        TEST_CASE(12, a0, 0, li a0, 0; li a1, VA_DEEP + 0x2000; IN_MODE(PRV_S, ld a0, 0(a1)))
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_LOAD_PAGE_FAULT)
        TRAP_CHECK(m_trap, TR_TVAL, VA_DEEP + 0x2000)
        /* U-mode cannot execute the S gigapage the program lives on */
        TEST_CASE(13, a0, 0, li a0, 0; TRAP_EXPECT(1f); ENTER_MODE(PRV_U, 2f); 2: nop; 1: nop)
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_FETCH_PAGE_FAULT)
        /* a PTE change made visible with an address-specific sfence.vma */
        PTE_SET(l0, 0, page_u, PTE_V | PTE_R | PTE_W | PTE_A | PTE_D)
        TEST_CASE(14, a0, 0x6262626262626262, li a1, VA_DEEP; IN_MODE(PRV_S, sfence.vma a1; ld a0, 0(a1)))
        csrw satp, zero
        sfence.vma
        j pass
TEST_END

        .bss
        .align 12
root:    .zero 4096
l2_low:  .zero 4096
l2:      .zero 4096
l1:      .zero 4096
l0:      .zero 4096
page_s:  .zero 4096
page_u:  .zero 4096
