#include "platform.h"

struct counter {
    const char *name;
    unsigned long value;
};

static unsigned long square(unsigned long n)
{
    return n * n;
}

int main(void)
{
    struct counter sum = { "sum of squares", 0 };

    uart_puts("Hello from @PROJECT@ on Guestlab!\n");
    for (unsigned long i = 1; i <= 10; i++) {
        sum.value += square(i);
    }
    uart_puts(sum.name);
    uart_puts(" 1..10 = ");
    uart_putu(sum.value);
    uart_putc('\n');
    return sum.value == 385 ? 0 : 1; /* the exit code of the run */
}
