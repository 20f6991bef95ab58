/* Guestlab's port of EEMBC CoreMark to the benchmark guests' bare-metal runtime (common/): rv64,
 * machine mode, no OS, output on the HTIF console, exit through HTIF. Written for Guestlab from
 * CoreMark's porting requirements; CoreMark's own sources are not in this repository (the
 * Makefile takes them from COREMARK_DIR, a checkout of EEMBC's coremark repository).
 *
 * What the run is: the standard performance run (seeds 0, 0, 0x66, 2000 bytes of data: CoreMark's
 * "2K performance run"), a fixed number of iterations set at build time, timed by minstret. */
#ifndef CORE_PORTME_H
#define CORE_PORTME_H

#include <stddef.h>
#include <stdint.h>

/* ---- data types: CoreMark checks these sizes itself (check_data_types) */
typedef int16_t   ee_s16;
typedef uint16_t  ee_u16;
typedef int32_t   ee_s32;
typedef uint32_t  ee_u32;
typedef uint8_t   ee_u8;
typedef float     ee_f32;
typedef uintptr_t ee_ptr_int;   /* wide enough for a pointer on rv64 */
typedef size_t    ee_size_t;

/* 4-byte alignment of the matrix data inside the static block */
#define align_mem(x) (void *)(4 + (((ee_ptr_int)(x) - 1) & ~(ee_ptr_int)3))

/* ---- timing: ticks are minstret (retired instructions: exact on Guestlab and under QEMU
 * -icount). A CoreMark "second" is EE_TICKS_PER_SEC ticks, a nominal 1 MHz clock at one
 * instruction per cycle: CoreMark wants a run of at least 10 seconds of wall-clock time for a
 * reportable score, which a benchmark guest meant to take a fraction of a second never is;
 * counted in work instead, its check passes for any run of more than 10 million instructions.
 * The "Iterations/Sec" it prints is therefore iterations per million instructions, not a
 * CoreMark score. */
typedef uint64_t CORE_TICKS;
#define EE_TICKS_PER_SEC 1000000ULL
#define HAS_FLOAT  0      /* whole seconds; and no "CoreMark 1.0 :" score line (it would not be one) */
#define HAS_TIME_H 0
#define USE_CLOCK  0

/* ---- output: no C library; ee_printf is ours (ee_printf.c), over the HTIF console */
#define HAS_STDIO  0
#define HAS_PRINTF 0
int ee_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* ---- what the report says about the build (the Makefile passes the flags it used) */
#define COMPILER_VERSION "GCC " __VERSION__
#ifndef COMPILER_FLAGS
#define COMPILER_FLAGS "-O2 (examples/bench/Makefile)"
#endif
#define MEM_LOCATION "static data in RAM (MEM_STATIC)"

/* ---- seeds, memory, threads, main */
#define SEED_METHOD SEED_VOLATILE   /* seed*_volatile in core_portme.c */
#define MEM_METHOD  MEM_STATIC
#define MULTITHREAD 1
#define USE_PTHREAD 0
#define USE_FORK    0
#define USE_SOCKET  0
#define MAIN_HAS_NOARGC   1
#define MAIN_HAS_NORETURN 0
#define CORE_DEBUG 0

/* the run CoreMark knows the results of: the performance run unless a build asks otherwise */
#if !defined(PERFORMANCE_RUN) && !defined(VALIDATION_RUN) && !defined(PROFILE_RUN)
#define PERFORMANCE_RUN 1
#endif
/* iterations are fixed at build time (0 would make CoreMark time itself to about 10 s) */
#ifndef ITERATIONS
#define ITERATIONS 2000
#endif

typedef struct CORE_PORTABLE_S {
    ee_u8 portable_id;   /* 1 between portable_init and portable_fini */
} core_portable;

extern ee_u32 default_num_contexts;

void portable_init(core_portable *p, int *argc, char *argv[]);
void portable_fini(core_portable *p);

#endif
