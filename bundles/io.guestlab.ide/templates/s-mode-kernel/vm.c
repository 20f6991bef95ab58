#include "kernel.h"

/* Sv39 paging (Privileged ISA, section 4.4): three levels of 512 eight-byte entries. */
#define PTE_V (1UL << 0)
#define PTE_R (1UL << 1)
#define PTE_W (1UL << 2)
#define PTE_X (1UL << 3)
#define PTE_A (1UL << 6)
#define PTE_D (1UL << 7)
#define SATP_SV39 (8UL << 60)
#define VPN(va, level) (((va) >> (12 + 9 * (level))) & 0x1ff)
#define PTE_TO_PA(pte) (((pte) >> 10) << 12)
#define PA_TO_PTE(pa) (((pa) >> 12) << 10)

/* Page-table pages come from a fixed pool: enough for the kernel and its devices. */
#define TABLE_PAGES 16
static uint64_t tables[TABLE_PAGES][512] __attribute__((aligned(PAGE_SIZE)));
static int tables_used;
static uint64_t *root;

extern char __kernel_start[], __text_end[], __kernel_end[];

static uint64_t *new_table(void)
{
    if (tables_used == TABLE_PAGES) {
        return 0;
    }
    return tables[tables_used++];
}

/* The leaf entry for va, creating the intermediate tables on the way; 0 when the pool is empty. */
static uint64_t *walk(uint64_t va)
{
    uint64_t *table = root;
    for (int level = 2; level > 0; level--) {
        uint64_t *pte = &table[VPN(va, level)];
        if (!(*pte & PTE_V)) {
            uint64_t *next = new_table();
            if (next == 0) {
                return 0;
            }
            *pte = PA_TO_PTE((uint64_t)next) | PTE_V;
        }
        table = (uint64_t *)PTE_TO_PA(*pte);
    }
    return &table[VPN(va, 0)];
}

/* Maps [va, va + size) to pa with 4 KiB pages and the given R/W/X flags; -1 when out of tables. */
int vm_map(uint64_t va, uint64_t pa, uint64_t size, uint64_t flags)
{
    for (uint64_t off = 0; off < size; off += PAGE_SIZE) {
        uint64_t *pte = walk(va + off);
        if (pte == 0) {
            return -1;
        }
        *pte = PA_TO_PTE(pa + off) | flags | PTE_A | PTE_D | PTE_V;
    }
    return 0;
}

/* The kernel's own address space: itself and the UART, mapped where they are (identity). Map
 * what your kernel adds (more devices, user memory) here before paging goes on. */
void vm_init(void)
{
    uint64_t text = (uint64_t)__kernel_start, text_end = (uint64_t)__text_end, end = (uint64_t)__kernel_end;
    root = new_table();
    if (vm_map(text, text, text_end - text, PTE_R | PTE_X) != 0
        || vm_map(text_end, text_end, end - text_end, PTE_R | PTE_W) != 0
        || vm_map(UART0, UART0, PAGE_SIZE, PTE_R | PTE_W) != 0) {
        kputs("vm_init: out of page-table pages\n");
        sbi_shutdown(1);
    }
    __asm__ volatile("sfence.vma zero, zero");
    __asm__ volatile("csrw satp, %0" : : "r"(SATP_SV39 | ((uint64_t)root >> 12)));
    __asm__ volatile("sfence.vma zero, zero");
}
