/* Where swtch.S keeps each callee-saved register in a struct context (proc.h asserts that the
 * struct agrees). RELAID moves ra behind the s registers, as another kernel's layout might. */
#ifndef RELAID
#define CTX_RA  0
#define CTX_SP  8
#define CTX_S0  16
#else
#define CTX_SP  0
#define CTX_S0  8
#define CTX_RA  104
#endif
#define CTX_S(n) (CTX_S0 + 8 * (n))
