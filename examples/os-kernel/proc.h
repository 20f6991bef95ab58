/* Processes as xv6 (kernel/proc.h) keeps them: a fixed table struct proc proc[NPROC], each entry
 * with a state, a pid, a name and the registers swtch saved when it last gave up the hart. */
#ifndef PROC_H
#define PROC_H

#include "context.h"

typedef unsigned long uint64;

#ifndef RELAID
#define NPROC 8
#else
#define NPROC 13
#endif
#define NCPU 1

#ifndef RELAID
struct context {
    uint64 ra;
    uint64 sp;
    uint64 s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11; /* callee-saved */
};
#else
struct context {
    uint64 sp;
    uint64 s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11;
    uint64 ra;
};
#endif

enum procstate { UNUSED, USED, SLEEPING, RUNNABLE, RUNNING, ZOMBIE };

#ifndef RELAID
struct proc {
    enum procstate state;
    void *chan;            /* what it sleeps on */
    int killed;
    int xstate;            /* exit status */
    int pid;
    struct proc *parent;
    uint64 kstack;
    struct context context;
    char name[16];
};
#else
struct proc {
    char name[24];
    uint64 spare[3];
    struct context context;
    int xstate;
    short killed;
    void *chan;
    struct proc *parent;
    int pid;
    char lock[5];
    enum procstate state;
    uint64 kstack;
};
#endif

/* One per hart: the process it runs (0 in the scheduler) and the scheduler's own context. */
struct cpu {
    struct proc *proc;
    struct context context;
};

extern struct proc proc[NPROC];
extern struct cpu cpus[NCPU];

void swtch(struct context *old, struct context *new);
struct proc *myproc(void);
struct proc *spawn(const char *name, void (*entry)(void));
void proc_start(void);
void scheduler(void) __attribute__((noreturn));
void sched(void);
void yield(void);
void sleep(void *chan);
void wakeup(void *chan);
void exit(int status) __attribute__((noreturn));
void puts(const char *s);

#endif
