/* Guestlab's port of EEMBC CoreMark (see core_portme.h): timer, seeds, start and end of the run.
 * The run ends here, in portable_fini, through HTIF: exit code 0 only when CoreMark itself said
 * "Correct operation validated" and the list, matrix and state CRCs are the ones CoreMark
 * documents for this run's seeds (checked again here, from the results CoreMark kept). */
#include "coremark.h"
#include "bench.h"

/* ---- seeds: volatile, so the compiler cannot fold the benchmark's input into its code */
#if defined(PERFORMANCE_RUN) && PERFORMANCE_RUN
volatile ee_s32 seed1_volatile = 0x0;
volatile ee_s32 seed2_volatile = 0x0;
volatile ee_s32 seed3_volatile = 0x66;
#define EXPECT_SEED 0x0
#define EXPECT_CRCLIST   0xe714   /* CoreMark's documented CRCs of its 2K performance run */
#define EXPECT_CRCMATRIX 0x1fd7
#define EXPECT_CRCSTATE  0x8e3a
#elif defined(VALIDATION_RUN) && VALIDATION_RUN
volatile ee_s32 seed1_volatile = 0x3415;
volatile ee_s32 seed2_volatile = 0x3415;
volatile ee_s32 seed3_volatile = 0x66;
#define EXPECT_SEED 0x3415
#define EXPECT_CRCLIST   0xe3c1   /* ... and of its 2K validation run */
#define EXPECT_CRCMATRIX 0x0747
#define EXPECT_CRCSTATE  0x8d84
#else
#error "this port runs CoreMark's performance run (PERFORMANCE_RUN=1) or validation run (VALIDATION_RUN=1)"
#endif
volatile ee_s32 seed4_volatile = ITERATIONS;
volatile ee_s32 seed5_volatile = 0;   /* 0: all three algorithms */

ee_u32 default_num_contexts = 1;

/* ---- time: minstret, read in machine mode */
static CORE_TICKS start_ticks, stop_ticks;

void start_time(void)
{
    start_ticks = bench_instret();
}

void stop_time(void)
{
    stop_ticks = bench_instret();
}

CORE_TICKS get_time(void)
{
    return stop_ticks - start_ticks;
}

secs_ret time_in_secs(CORE_TICKS ticks)
{
    return (secs_ret)(ticks / EE_TICKS_PER_SEC);
}

/* set by ee_printf when CoreMark prints its verdict */
int coremark_validated;

void portable_init(core_portable *p, int *argc, char *argv[])
{
    (void)argc;
    (void)argv;
    p->portable_id = 1;
}

void portable_fini(core_portable *p)
{
    /* portable_fini gets the port member of CoreMark's first results record */
    const core_results *r = (const core_results *)((const char *)p - offsetof(core_results, port));
    int code = 0;
    if (p->portable_id != 1) {
        code = 3;
    } else if (r->seed1 != EXPECT_SEED || r->seed2 != EXPECT_SEED || r->seed3 != 0x66
               || r->size != TOTAL_DATA_SIZE / 3 || r->iterations != (ee_u32)ITERATIONS) {
        code = 4;
    } else if (r->crclist != EXPECT_CRCLIST || r->crcmatrix != EXPECT_CRCMATRIX
               || r->crcstate != EXPECT_CRCSTATE || r->err != 0) {
        code = 1;
    } else if (!coremark_validated) {
        code = 2;
    }
    p->portable_id = 0;
    if (code != 0) {
        ee_printf("coremark port: self-check failed (exit %d: %s)\n", code,
                  code == 1 ? "CRCs differ from CoreMark's known values"
                  : code == 2 ? "CoreMark did not report correct operation"
                  : code == 3 ? "portable_init was not called"
                  : "not the run this build was made for");
    }
    bench_exit(code);
}
