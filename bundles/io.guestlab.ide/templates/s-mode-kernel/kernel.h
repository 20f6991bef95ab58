#ifndef KERNEL_H
#define KERNEL_H
#include <stdint.h>

/* What every part of the kernel shares. */
#define UART0 0x10000000UL /* ns16550a on the virt board */
#define PAGE_SIZE 4096UL

/* console.c: output through the SBI debug console (OpenSBI writes to the UART) */
void kputs(const char *s);
void kputu(unsigned long n);
void kputx(uint64_t x);

/* sbi.c: calls into OpenSBI (SBI specification v1.0) */
void sbi_console_putchar(char c);
void sbi_set_timer(uint64_t when);
void sbi_shutdown(int failed) __attribute__((noreturn));

/* trap.c */
void trap_init(void);
void timer_start(uint64_t interval);
extern volatile unsigned long ticks;

/* vm.c: Sv39 page tables */
void vm_init(void);
int vm_map(uint64_t va, uint64_t pa, uint64_t size, uint64_t flags);

static inline uint64_t read_time(void)
{
    uint64_t t;
    __asm__ volatile("rdtime %0" : "=r"(t));
    return t;
}

#endif
