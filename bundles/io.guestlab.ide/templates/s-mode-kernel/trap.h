#ifndef TRAP_H
#define TRAP_H
/* The registers trapvec (entry.S) saves: x0..x31 (x0's slot unused), then sepc, scause, stval. */
#define FRAME_SIZE (36 * 8) /* a multiple of 16: the stack stays aligned (psABI) */

#ifndef __ASSEMBLER__
#include <stdint.h>

struct trap_frame {
    uint64_t x[32];
    uint64_t sepc;
    uint64_t scause;
    uint64_t stval;
    uint64_t pad;
};

void kerneltrap(struct trap_frame *frame);
#endif

#endif
