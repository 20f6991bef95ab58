/* Page-table building blocks for the virtual-memory programs (priv 4.3 - 4.5). Tables are
 * filled at run time in M-mode, where addresses are physical. Uses t0 - t2. */
#ifndef GUESTLAB_VM_H
#define GUESTLAB_VM_H

#include "test.h"

/* table[index] = PTE pointing at the page at label `target` with `flags` */
#define PTE_SET(table, index, target, flags)                                    \
        la t0, target;                                                          \
        srli t0, t0, 12;                                                        \
        slli t0, t0, PTE_PPN_SHIFT;                                             \
        ori t0, t0, flags;                                                      \
        PTE_STORE(table, index)

/* table[index] = PTE pointing at the physical address `pa` (a constant) with `flags` */
#define PTE_SET_PA(table, index, pa, flags)                                     \
        li t0, (((pa) >> 12) << PTE_PPN_SHIFT) | (flags);                       \
        PTE_STORE(table, index)

#define PTE_STORE(table, index)                                                 \
        la t1, table;                                                           \
        li t2, (index) * 8;                                                     \
        add t1, t1, t2;                                                         \
        sd t0, 0(t1)

/* reg = table[index] */
#define PTE_LOAD(reg, table, index)                                             \
        la reg, table;                                                          \
        ld reg, (index) * 8(reg)

/* satp = mode | root PPN, then flush */
#define SATP_SET(mode, root)                                                    \
        la t0, root;                                                            \
        srli t0, t0, 12;                                                        \
        li t1, mode;                                                            \
        or t0, t0, t1;                                                          \
        csrw satp, t0;                                                          \
        sfence.vma

/* like ENTER_MODE, but to a virtual address given as a constant */
#define ENTER_MODE_AT(mode, va)                                                 \
        li t6, MSTATUS_MPP; csrc mstatus, t6;                                   \
        li t6, (mode) << 11; csrs mstatus, t6;                                  \
        li t6, va; csrw mepc, t6;                                               \
        mret

/* fails unless the PTE's bits in `mask` equal `expected` */
#define CHECK_PTE_BITS(table, index, mask, expected)                            \
        PTE_LOAD(a4, table, index);                                             \
        andi a4, a4, mask;                                                      \
        CHECK(a4, expected)

#endif
