/*
 * The program the GDB acceptance tests debug. The tests find lines by the "line:" markers in
 * comments, so keep each marker on the statement it names.
 */
#include <stdint.h>

struct point {
    int x;
    int y;
};

struct settings {
    int id;
    char name[12];
    struct point origin;
    long scale;
};

struct settings config = {7, "guestlab", {3, -4}, 1000};
volatile long counter;
volatile long secondary_beats;
/* Set by a debugger to make hart 0 wait until another hart has counted its beats. */
volatile int wait_for_secondary;
long total;

__attribute__((noinline)) long square(long v)
{
    return v * v; /* line: square-body */
}

__attribute__((noinline)) void bump(long by)
{
    counter = counter + by; /* line: bump-store */
}

/* Sum of squares 0..4 (30) plus config.scale: exit code 0 if that is 1030. */
int main(void)
{
    long sum = 0;
    for (int i = 0; i < 5; i++) {
        sum += square(i); /* line: main-square */
        bump(i);
    }
    total = sum + config.scale; /* line: main-total */
    while (wait_for_secondary && secondary_beats < 1000) {
    }
    return total == 1030 ? 0 : 1;
}

/* What harts other than 0 do: count for a while, then wait for interrupts. */
void secondary_main(void)
{
    for (int i = 0; i < 1000; i++) {
        secondary_beats = secondary_beats + 1; /* line: secondary-beat */
    }
}
