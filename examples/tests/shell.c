/* A shell-like guest for ready-phase suites: it "boots" (some honest work, printed), shows the
 * prompt "gsh> " and then runs one typed command per line (Backspace erases, as a terminal's
 * line editor does). A suite boots it once to the prompt, snapshots it there and types each
 * test's command into a fork of that snapshot.
 *
 * Commands: echo TEXT | count (prints how often it ran in this machine: 1 in every fork) |
 * sum N | pass | fail N (syscon exit) | crash (illegal instruction, no handler) | hang (every
 * interrupt off, wfi) | spin | put NAME TEXT, get NAME (a file of the semihosting folder) |
 * anything else: "gsh: unknown command".
 *
 * Built a second time as shell-files.elf (BOOT_FILE defined), its boot also writes booted.txt
 * into the semihosting folder: what a ready-phase fork must find in its own copy of the folder.
 * Built a third time as shell-ready.elf (READY_REPORT defined), it says itself when it is ready:
 * a semihosting breakpoint report (SYS_EXIT, reason ADP_Stopped_BreakPoint) after its boot, the
 * ready trigger="semihosting" of a suite (outside a suite that call exits with 1, as in QEMU). */
#include "board.h"

static unsigned long counter;

static int starts_with(const char *s, const char *prefix)
{
    while (*prefix)
        if (*s++ != *prefix++)
            return 0;
    return 1;
}

static unsigned long number(const char *s)
{
    unsigned long n = 0;
    while (*s >= '0' && *s <= '9')
        n = n * 10 + (unsigned long)(*s++ - '0');
    return n;
}

/* The "boot": counts the primes below 30000 with trial division (a few million instructions). */
static unsigned long boot_work(void)
{
    unsigned long primes = 0;
    for (unsigned long n = 2; n < 30000; n++) {
        int prime = 1;
        for (unsigned long d = 2; d * d <= n; d++)
            if (n % d == 0) {
                prime = 0;
                break;
            }
        primes += (unsigned long)prime;
    }
    return primes;
}

/* Semihosting files (RISC-V semihosting 1.0, the Arm operations): SYS_OPEN 0x01, SYS_CLOSE
 * 0x02, SYS_WRITE 0x05, SYS_READ 0x06; mode 0 is "r", 4 is "w". */
static long file_open(const char *name, long mode)
{
    long len = 0;
    while (name[len])
        len++;
    long block[3] = { (long)name, mode, len };
    return semihost(0x01, block);
}

static void file_put(const char *name, const char *text)
{
    long fd = file_open(name, 4);
    if (fd < 0) {
        uart_puts("gsh: cannot write the file\n");
        return;
    }
    long len = 0;
    while (text[len])
        len++;
    long block[3] = { fd, (long)text, len };
    semihost(0x05, block);
    semihost(0x02, &fd);
}

static void file_get(const char *name)
{
    long fd = file_open(name, 0);
    if (fd < 0) {
        uart_puts("gsh: no file ");
        uart_puts(name);
        uart_putc('\n');
        return;
    }
    char text[96];
    long block[3] = { fd, (long)text, sizeof text - 1 };
    long unread = semihost(0x06, block);
    semihost(0x02, &fd);
    text[sizeof text - 1 - unread] = '\0';
    uart_puts(name);
    uart_puts(": ");
    uart_puts(text);
    uart_putc('\n');
}

static void run(const char *line)
{
    if (starts_with(line, "echo ")) {
        uart_puts(line + 5);
        uart_putc('\n');
    } else if (starts_with(line, "count")) {
        uart_puts("count=");
        uart_putu(++counter);
        uart_putc('\n');
    } else if (starts_with(line, "sum ")) {
        unsigned long n = number(line + 4), sum = 0;
        for (unsigned long i = 1; i <= n; i++)
            sum += i;
        uart_puts("sum=");
        uart_putu(sum);
        uart_putc('\n');
    } else if (starts_with(line, "pass")) {
        syscon_exit(0);
    } else if (starts_with(line, "fail ")) {
        syscon_exit((int)number(line + 5));
    } else if (starts_with(line, "crash")) {
        __asm__ volatile(".word 0");
    } else if (starts_with(line, "hang")) {
        __asm__ volatile("csrw mie, zero");
        for (;;)
            __asm__ volatile("wfi");
    } else if (starts_with(line, "put ")) {
        static char name[64];
        unsigned i = 0;
        const char *p = line + 4;
        while (*p && *p != ' ' && i + 1 < sizeof name)
            name[i++] = *p++;
        name[i] = '\0';
        file_put(name, *p ? p + 1 : "");
    } else if (starts_with(line, "get ")) {
        file_get(line + 4);
    } else if (starts_with(line, "spin")) {
        for (volatile unsigned long i = 0;; i++) {
        }
    } else if (line[0]) {
        uart_puts("gsh: unknown command: ");
        uart_puts(line);
        uart_putc('\n');
    }
}

int main(void)
{
    char line[128];
    uart_puts("gsh: booting\n");
    unsigned long primes = boot_work();
    uart_puts("gsh: ");
    uart_putu(primes);
    uart_puts(" primes below 30000; ready\n");
#ifdef BOOT_FILE
    file_put("booted.txt", "written by the boot");
#endif
#ifdef READY_REPORT
    long report[2] = { 0x20020, 0 }; /* ADP_Stopped_BreakPoint (semihosting section 6.5) */
    semihost(0x18, report);
#endif
    for (;;) {
        uart_puts("gsh> ");
        unsigned len = 0;
        for (;;) {
            int c = uart_getc();
            if (c == '\r' || c == '\n')
                break;
            if (c == 0x7f || c == '\b') { /* a terminal's Backspace: erase the last character on screen */
                if (len > 0) {
                    len--;
                    uart_puts("\b \b");
                }
                continue;
            }
            if (len + 1 < sizeof line)
                line[len++] = (char)c;
            uart_putc((char)c); /* echo, as a terminal shows what was typed */
        }
        uart_putc('\n');
        line[len] = '\0';
        run(line);
    }
}
