/* Four kernel processes on the scheduler of proc.c: a clock that ticks and yields, a shell that
 * sleeps until the next tick, a worker that computes between yields, and a greeter that exits. */
#include "proc.h"

#define UART_THR ((volatile unsigned char *) 0x10000000)

static int ticks;
static unsigned long work_done;

void puts(const char *s)
{
    while (*s) {
        *UART_THR = *s++;
    }
}

static void clock_main(void)
{
    for (;;) {
        ticks++;
        wakeup(&ticks);
        yield();
    }
}

static void sh_main(void)
{
    for (;;) {
        sleep(&ticks);
    }
}

static unsigned long work(unsigned long n)
{
    unsigned long sum = 0;
    for (unsigned long i = 1; i <= n; i++) {
        sum += i * i;
    }
    work_done += sum; /* BREAK: worker */
    return sum;
}

static void worker_main(void)
{
    for (unsigned long round = 1;; round++) {
        work(round);
        yield();
    }
}

static void greeter_main(void)
{
    puts("os-kernel: hello from pid 4\n");
}

int main(void)
{
    spawn("clock", clock_main);
    spawn("sh", sh_main);
    spawn("worker", worker_main);
    spawn("greeter", greeter_main);
    puts("os-kernel: scheduler starts\n");
    scheduler();
}
