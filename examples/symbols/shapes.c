/* Guest program for the symbols tests: types, inlining, recursion, a trap-handler-like frame. */
#include "shapes.h"

struct point origin = { 1, -2, "origin", BLUE, { 1, 5, -3, 'o' }, { 0x1122334455667788ULL },
                        { { 1, 2, 3 }, { 4, 5, 6 } }, 0, 0 };
volatile int sink;
static char greeting[] = "hi";

static inline int square(int v)
{
    return v * v;
}

static inline int sum_squares(int a, int b)
{
    int s = square(a);
    s += square(b);
    return s;
}

static int add(int a, int b)
{
    return a + b;
}

int apply(binary_op op, int a, int b)
{
    return op(a, b);
}

long walk(struct point *p, int depth)
{
    if (depth <= 0) {
        return p->y;
    }
    {
        long inner = walk(p, depth - 1);
        sink = (int) inner;
        return inner + sum_squares(depth, p->x);
    }
}

void handle_trap(struct trap_frame *tf)
{
    tf->epc += 4;
    sink = (int) tf->cause + greeting[0];
}

/* A loop around inlined code: GCC marks its line rows with discriminators. */
int sum_grid(const struct point *p)
{
    int total = 0;
    for (int i = 0; i < 3; i++) {
        total += square(p->grid[0][i]) + square(p->grid[1][i]);
    }
    return total;
}

int main(void)
{
    struct trap_frame tf = { { 0 }, 0x80000000UL, 8 };
    struct point local = origin;
    local.next = &origin;
    local.op = add;
    sink = apply(local.op, sink, 3);
    sink = sum_squares(sink, 2);
    sink = (int) walk(&local, 3);
    handle_trap(&tf);
    sink += sum_grid(&local);
    return sink & 0xff;
}
