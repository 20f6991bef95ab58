#include "kernel.h"

/* SBI calls (SBI specification v1.0, chapter 3): extension id in a7, function id in a6. */
struct sbiret {
    long error;
    long value;
};

static struct sbiret sbi_call(long ext, long fid, long arg0, long arg1)
{
    register long a0 __asm__("a0") = arg0;
    register long a1 __asm__("a1") = arg1;
    register long a6 __asm__("a6") = fid;
    register long a7 __asm__("a7") = ext;
    __asm__ volatile("ecall" : "+r"(a0), "+r"(a1) : "r"(a6), "r"(a7) : "memory");
    return (struct sbiret){ a0, a1 };
}

#define SBI_EXT_LEGACY_PUTCHAR 0x01
#define SBI_EXT_TIME 0x54494D45 /* "TIME", chapter 6 */
#define SBI_EXT_SRST 0x53525354 /* "SRST", chapter 10 */

void sbi_console_putchar(char c)
{
    sbi_call(SBI_EXT_LEGACY_PUTCHAR, 0, c, 0);
}

void sbi_set_timer(uint64_t when)
{
    sbi_call(SBI_EXT_TIME, 0, (long)when, 0);
}

/* System reset: shutdown (type 0), reason "no reason" (0) or "system failure" (1). */
void sbi_shutdown(int failed)
{
    sbi_call(SBI_EXT_SRST, 0, 0, failed ? 1 : 0);
    for (;;) {
        __asm__ volatile("wfi");
    }
}
