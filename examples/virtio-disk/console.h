#ifndef CONSOLE_H
#define CONSOLE_H

#include <stdint.h>

/* Output on the virt board's UART (polling), and power-off through its test device. */
void putc_uart(char c);
void puts_uart(const char *s);
void puthex(uint64_t v, int digits);
void putdec(uint64_t v);
void poweroff(uint32_t code) __attribute__((noreturn));
void panic(const char *why) __attribute__((noreturn));

#endif
