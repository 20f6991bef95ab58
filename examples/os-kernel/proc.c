/* The process table and the scheduler, after xv6's kernel/proc.c: one hart, no interrupts, so
 * processes give up the hart themselves (yield, sleep, exit) and no lock is needed. */
#include <stddef.h>
#include "proc.h"

#define KSTACK_SIZE 1024

_Static_assert(offsetof(struct context, ra) == CTX_RA, "swtch.S saves ra elsewhere");
_Static_assert(offsetof(struct context, sp) == CTX_SP, "swtch.S saves sp elsewhere");
_Static_assert(offsetof(struct context, s0) == CTX_S0, "swtch.S saves s0 elsewhere");

struct proc proc[NPROC];
struct cpu cpus[NCPU];

static unsigned char kstacks[NPROC][KSTACK_SIZE] __attribute__((aligned(16)));
static int nextpid = 1;

struct proc *myproc(void)
{
    return cpus[0].proc;
}

void proc_entry(void);

/* A new process's first return from swtch lands here (through proc_entry), on its own kernel stack. */
void proc_start(void)
{
    struct proc *p = myproc();
    void (*entry)(void) = (void (*)(void)) p->context.s1;
    entry();
    exit(0);
}

static void copyname(char *to, const char *from)
{
    size_t i = 0;
    for (; from[i] != 0 && i < sizeof(proc[0].name) - 1; i++) {
        to[i] = from[i];
    }
    to[i] = 0;
}

struct proc *spawn(const char *name, void (*entry)(void))
{
    for (int i = 0; i < NPROC; i++) {
        struct proc *p = &proc[i];
        if (p->state == UNUSED) {
            p->pid = nextpid++;
            p->kstack = (uint64) kstacks[i];
            copyname(p->name, name);
            p->context.ra = (uint64) proc_entry;
            p->context.sp = p->kstack + KSTACK_SIZE;
            p->context.s1 = (uint64) entry;
            p->state = RUNNABLE;
            return p;
        }
    }
    return 0;
}

/* Runs each runnable process in turn, forever (xv6's scheduler without the locks). */
void scheduler(void)
{
    struct cpu *c = &cpus[0];
    for (;;) {
        for (struct proc *p = proc; p < &proc[NPROC]; p++) {
            if (p->state == RUNNABLE) {
                p->state = RUNNING;
                c->proc = p;
                swtch(&c->context, &p->context);
                c->proc = 0;
            }
        }
    }
}

/* Gives the hart back to the scheduler; returns when the scheduler picks this process again. */
void sched(void)
{
    struct proc *p = myproc();
    swtch(&p->context, &cpus[0].context);
}

void yield(void)
{
    myproc()->state = RUNNABLE;
    sched();
}

void sleep(void *chan)
{
    struct proc *p = myproc();
    p->chan = chan;
    p->state = SLEEPING;
    sched();
    p->chan = 0;
}

void wakeup(void *chan)
{
    for (struct proc *p = proc; p < &proc[NPROC]; p++) {
        if (p->state == SLEEPING && p->chan == chan) {
            p->state = RUNNABLE;
        }
    }
}

void exit(int status)
{
    struct proc *p = myproc();
    p->xstate = status;
    p->state = ZOMBIE;
    sched();
    for (;;) {
    }
}
