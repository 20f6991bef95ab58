/* Types whose layout the symbols tests check (see TypeLayoutTest). */
#ifndef SHAPES_H
#define SHAPES_H

enum color { RED, GREEN = 5, BLUE };

struct flags {
    unsigned int ready : 1;
    unsigned int mode : 3;
    signed int delta : 5;
    unsigned char tag;
};

union word {
    unsigned long long whole;
    unsigned char bytes[8];
    struct { unsigned int lo, hi; } halves;
};

typedef int (*binary_op)(int, int);

struct point {
    short x;
    long y;
    const char *name;
    enum color color;
    struct flags flags;
    union word raw;
    int grid[2][3];
    binary_op op;
    volatile struct point *next;
};

/* Saved registers of an interrupted context, as a trap handler builds them on its stack. */
struct trap_frame {
    unsigned long regs[32];
    unsigned long epc;
    unsigned long cause;
};

int apply(binary_op op, int a, int b);
long walk(struct point *p, int depth);
void handle_trap(struct trap_frame *tf);
int sum_grid(const struct point *p);

#endif
