/* The debugger's example kernel: a few tasks in a struct array, run round by round, one round
 * per timer tick; then a deliberate illegal instruction that the trap handler steps over. */
#include "kernel.h"

#define ROUNDS 5

enum task_state { TASK_READY, TASK_RUNNING, TASK_DONE };

struct task {
    char name[8];
    int id;
    enum task_state state;
    uint64_t runs;
    int history[4];
};

struct task tasks[] = {
    { "idle", 1, TASK_READY, 0, { 0 } },
    { "shell", 2, TASK_READY, 0, { 0 } },
    { "disk", 3, TASK_READY, 0, { 0 } },
};

#define NTASKS (int)(sizeof tasks / sizeof tasks[0])

/* The sum of every task's work so far: a variable to watch. */
int total_work;

static int work(int id, int round)
{
    int amount = id * id + round;   /* BREAK: work */
    return amount;
}

static void run_task(struct task *t, int round)
{
    t->state = TASK_RUNNING;
    int done = work(t->id, round);
    t->history[t->runs % 4] = done;
    t->runs++;                       /* BREAK: run_task */
    total_work += done;              /* WATCH: total_work is written here */
    t->state = t->runs == ROUNDS ? TASK_DONE : TASK_READY;
}

static void illegal_instruction(void)
{
    /* A write to the read-only cycle CSR: an illegal instruction (Zicsr, privileged ISA 2.1). */
    __asm__ volatile("csrw cycle, zero");  /* TRAP: illegal instruction (mcause 2) */
}

int main(void)
{
    uart_init();
    uart_puts("debug-kernel: started\n");
    timer_start();

    for (int round = 0; round < ROUNDS; round++) {
        for (int i = 0; i < NTASKS; i++) {
            run_task(&tasks[i], round);  /* BREAK: loop */
        }
        while (ticks <= (uint64_t)round) {
            __asm__ volatile("wfi");
        }
        uart_puts("round ");
        uart_put_dec(round);
        uart_puts(": total work ");
        uart_put_dec(total_work);
        uart_putc('\n');
    }

    illegal_instruction();
    uart_puts("illegal instructions caught: ");
    uart_put_dec(illegal_instructions);
    uart_putc('\n');
    uart_puts("debug-kernel: done\n");
    return total_work == 100 ? 0 : 1;
}
