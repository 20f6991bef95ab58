/* Physical memory protection (priv 3.7): TOR, NA4 and NAPOT regions denying U-mode accesses
 * (load, store and fetch access faults with mtval = the address), the lowest-numbered
 * matching entry deciding, M-mode ignoring unlocked entries, and a locked entry that binds
 * M-mode too and ignores later writes to its address and configuration. The catch-all entry
 * that lets U-mode reach everything else is entry 15. */
#include "test.h"

/* pmpcfg0 byte n configures entry n (RV64: pmpcfg0 holds entries 0-7, pmpcfg2 entries 8-15) */
#define CFG(entry, bits) ((bits) << ((entry) * 8))

/* U-mode access helpers: a0 = 1 if the access faulted with `cause`, 0 if it completed */
#define U_ACCESS(cause, insn...)                                                 \
        li a0, 1; IN_MODE(PRV_U, insn; li a0, 0);                               \
        bnez a0, 7f;                                                            \
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_USER_ECALL);                         \
        j 6f;                                                                   \
7:      TRAP_CHECK(m_trap, TR_CAUSE, cause);                                    \
6:

TEST_BEGIN
        /* entry 15: everything, RWX, lowest priority */
        li a1, -1; csrw pmpaddr15, a1
        li a1, (PMP_NAPOT | PMP_R | PMP_W | PMP_X) << 56; csrw pmpcfg2, a1
        /* entries 1-2: TOR [tor_lo, tor_hi) read-only */
        la a1, tor_lo; srli a1, a1, 2; csrw pmpaddr1, a1
        la a1, tor_hi; srli a1, a1, 2; csrw pmpaddr2, a1
        /* entry 3: NA4 on one word, no access */
        la a1, na4_word; srli a1, a1, 2; csrw pmpaddr3, a1
        /* entry 4: NAPOT on a 4 KiB page, no access: base >> 2 | (size / 8 - 1) */
        la a1, napot_page; srli a1, a1, 2; ori a1, a1, 0x1ff; csrw pmpaddr4, a1
        li a1, CFG(2, PMP_TOR | PMP_R) | CFG(3, PMP_NA4) | CFG(4, PMP_NAPOT)
        csrw pmpcfg0, a1

        TEST_CASE( 2, a0, CFG(2, PMP_TOR | PMP_R) | CFG(3, PMP_NA4) | CFG(4, PMP_NAPOT), csrr a0, pmpcfg0)
        /* TOR: reads allowed, writes denied, only inside [lo, hi) */
        TEST_CASE( 3, a0, 0, la a1, tor_lo; U_ACCESS(CAUSE_LOAD_ACCESS, ld a2, 0(a1)))
        TEST_CASE( 4, a0, 1, la a1, tor_lo + 8; U_ACCESS(CAUSE_STORE_ACCESS, sd zero, 0(a1)))
        TRAP_CHECK_TVAL_REG(m_trap, a1)
        TEST_CASE( 5, a0, 1, la a1, tor_hi - 8; U_ACCESS(CAUSE_STORE_ACCESS, sd zero, 0(a1)))
        TEST_CASE( 6, a0, 0, la a1, tor_hi; U_ACCESS(CAUSE_STORE_ACCESS, sd zero, 0(a1)))
        TEST_CASE( 7, a0, 0, la a1, tor_lo - 8; U_ACCESS(CAUSE_STORE_ACCESS, sd zero, 0(a1)))
        /* NA4: exactly four bytes */
        TEST_CASE( 8, a0, 1, la a1, na4_word; U_ACCESS(CAUSE_LOAD_ACCESS, lw a2, 0(a1)))
        TRAP_CHECK_TVAL_REG(m_trap, a1)
        TEST_CASE( 9, a0, 1, la a1, na4_word + 3; U_ACCESS(CAUSE_LOAD_ACCESS, lbu a2, 0(a1)))
        TEST_CASE(10, a0, 0, la a1, na4_word + 4; U_ACCESS(CAUSE_LOAD_ACCESS, lw a2, 0(a1)))
        TEST_CASE(11, a0, 0, la a1, na4_word - 4; U_ACCESS(CAUSE_LOAD_ACCESS, lw a2, 0(a1)))
        /* NAPOT: the whole page, both ends, and fetches from it */
        TEST_CASE(12, a0, 1, la a1, napot_page; U_ACCESS(CAUSE_LOAD_ACCESS, ld a2, 0(a1)))
        TEST_CASE(13, a0, 1, la a1, napot_page + 4088; U_ACCESS(CAUSE_STORE_ACCESS, sd a2, 0(a1)))
        TRAP_CHECK_TVAL_REG(m_trap, a1)
        TEST_CASE(14, a0, 0, la a1, napot_page + 4096; U_ACCESS(CAUSE_LOAD_ACCESS, ld a2, 0(a1)))
        TEST_CASE(15, a0, 1, la a1, napot_page; U_ACCESS(CAUSE_FETCH_ACCESS, jalr a1))
        TRAP_CHECK_TVAL_REG(m_trap, a1)
        TRAP_CHECK_EPC(m_trap, napot_page)
        /* S-mode is bound by unlocked entries as well */
        TEST_CASE(16, a0, 1, la a1, napot_page; li a0, 1; IN_MODE(PRV_S, ld a2, 0(a1); li a0, 0))
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_LOAD_ACCESS)
        /* M-mode ignores entries without L */
        TEST_CASE(17, a0, 0x99, la a1, napot_page; li a2, 0x99; sd a2, 0(a1); ld a0, 0(a1))
        TEST_CASE(18, a0, 0x98, la a1, na4_word; li a2, 0x98; sw a2, 0(a1); lw a0, 0(a1))
        /* the lowest-numbered match decides: entry 0 allowing RW over the NA4 word wins */
        TEST_CASE(19, a0, 0, la a1, na4_word; srli a2, a1, 2; csrw pmpaddr0, a2; li a2, CFG(0, PMP_NA4 | PMP_R | PMP_W); csrs pmpcfg0, a2; U_ACCESS(CAUSE_LOAD_ACCESS, lw a2, 0(a1)))
        li a2, CFG(0, 0xff); csrc pmpcfg0, a2
        TEST_CASE(20, a0, 1, la a1, na4_word; U_ACCESS(CAUSE_LOAD_ACCESS, lw a2, 0(a1)))
        /* a locked entry (L) applies to M-mode: entry 5, NAPOT 4 KiB, read-only */
        la a1, locked_page; li a2, 0x1234; sd a2, 0(a1)
        la a1, locked_page; srli a1, a1, 2; ori a1, a1, 0x1ff; csrw pmpaddr5, a1
        li a2, CFG(5, PMP_NAPOT | PMP_R | PMP_L); csrs pmpcfg0, a2
        TEST_CASE(21, a0, 0x1234, la a1, locked_page; ld a0, 0(a1))
        TEST_CASE(22, a0, 0, la a1, locked_page + 8; TRAP_EXPECT(1f); sd a1, 0(a1); j fail; 1: li a0, 0)
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_STORE_ACCESS)
        TRAP_CHECK_TVAL_REG(m_trap, a1)
        /* ... and its address and configuration no longer change */
        TEST_CASE(23, a0, 0, csrr a1, pmpaddr5; li a2, 0x12345; csrw pmpaddr5, a2; csrr a0, pmpaddr5; sub a0, a0, a1)
        TEST_CASE(24, a0, PMP_NAPOT | PMP_R | PMP_L, li a2, CFG(5, 0xff); csrc pmpcfg0, a2; csrr a0, pmpcfg0; srli a0, a0, 40; andi a0, a0, 0xff)
        /* the other entries of the same pmpcfg register still can */
        TEST_CASE(25, a0, 0, li a2, CFG(4, 0xff); csrc pmpcfg0, a2; csrr a0, pmpcfg0; srli a0, a0, 32; andi a0, a0, 0xff)
        TEST_CASE(26, a0, 0, la a1, napot_page; U_ACCESS(CAUSE_LOAD_ACCESS, ld a2, 0(a1)))
        j pass
TEST_END

        .bss
        .align 12
napot_page:  .zero 4096
locked_page: .zero 4096
        .zero 64
tor_lo:      .zero 64
tor_hi:      .zero 64
        .zero 64
na4_word:    .zero 4
        .zero 60
