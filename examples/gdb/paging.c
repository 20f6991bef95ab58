/*
 * A guest that takes a page fault, for "monitor catch trap page-fault" and "monitor info tlb":
 * M-mode maps RAM with one Sv39 gigapage, drops to S-mode, and S-mode loads from an unmapped
 * page. The trap goes to M-mode, whose handler exits with the cause code (13, load page fault).
 * The tests find lines by the "line:" markers in comments.
 */
#include "htif.h"
#include <stdint.h>

#define PTE_V 0x01
#define PTE_R 0x02
#define PTE_W 0x04
#define PTE_X 0x08
#define PTE_A 0x40
#define PTE_D 0x80
#define SATP_SV39 (8UL << 60)
#define MSTATUS_MPP_S (1UL << 11)
#define UNMAPPED_ADDRESS 0x1000UL

static uint64_t root_table[512] __attribute__((aligned(4096)));
volatile uint64_t probe_value;

void trap_entry(void);
__asm__(".pushsection .text\n"
        ".align 2\n"
        "trap_entry:\n"
        "    csrr a0, mcause\n"
        "    call htif_exit\n"
        ".popsection\n");

__attribute__((noinline)) void supervisor_code(void)
{
    probe_value = *(volatile uint64_t *)UNMAPPED_ADDRESS; /* line: page-fault */
    htif_exit(99);
}

int main(void)
{
    /* 1 GiB identity mapping of RAM at 0x80000000 (Privileged ISA 4.4: VPN[2] = 2) */
    root_table[2] = ((0x80000000UL >> 12) << 10) | PTE_V | PTE_R | PTE_W | PTE_X | PTE_A | PTE_D;
    /* S-mode needs a PMP entry that allows everything (section 3.7.1): NAPOT over all addresses */
    __asm__ volatile("csrw pmpaddr0, %0" ::"r"(~0UL >> 10));
    __asm__ volatile("csrw pmpcfg0, %0" ::"r"(0x1fUL));
    __asm__ volatile("csrw mtvec, %0" ::"r"(trap_entry));
    __asm__ volatile("csrw satp, %0" ::"r"(SATP_SV39 | ((uintptr_t)root_table >> 12)));
    __asm__ volatile("sfence.vma");
    __asm__ volatile("csrs mstatus, %0" ::"r"(MSTATUS_MPP_S));
    __asm__ volatile("csrw mepc, %0" ::"r"(supervisor_code));
    __asm__ volatile("mret"); /* line: enter-supervisor */
    return 1;
}

void secondary_main(void)
{
}
