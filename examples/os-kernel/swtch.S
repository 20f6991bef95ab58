# void swtch(struct context *old, struct context *new): saves the callee-saved registers in *old
# and loads them from *new, as xv6's swtch.S; offsets from context.h.
#include "context.h"
    .text
    .globl swtch
swtch:
    sd      ra, CTX_RA(a0)
    sd      sp, CTX_SP(a0)
    sd      s0, CTX_S(0)(a0)
    sd      s1, CTX_S(1)(a0)
    sd      s2, CTX_S(2)(a0)
    sd      s3, CTX_S(3)(a0)
    sd      s4, CTX_S(4)(a0)
    sd      s5, CTX_S(5)(a0)
    sd      s6, CTX_S(6)(a0)
    sd      s7, CTX_S(7)(a0)
    sd      s8, CTX_S(8)(a0)
    sd      s9, CTX_S(9)(a0)
    sd      s10, CTX_S(10)(a0)
    sd      s11, CTX_S(11)(a0)

    ld      ra, CTX_RA(a1)
    ld      sp, CTX_SP(a1)
    ld      s0, CTX_S(0)(a1)
    ld      s1, CTX_S(1)(a1)
    ld      s2, CTX_S(2)(a1)
    ld      s3, CTX_S(3)(a1)
    ld      s4, CTX_S(4)(a1)
    ld      s5, CTX_S(5)(a1)
    ld      s6, CTX_S(6)(a1)
    ld      s7, CTX_S(7)(a1)
    ld      s8, CTX_S(8)(a1)
    ld      s9, CTX_S(9)(a1)
    ld      s10, CTX_S(10)(a1)
    ld      s11, CTX_S(11)(a1)
    ret

# A new process's first swtch returns here (its context.ra): clear ra, so that the stack ends at
# proc_start for a debugger (the outermost frame's return address is zero), then run it.
    .globl proc_entry
proc_entry:
    li      ra, 0
    tail    proc_start
