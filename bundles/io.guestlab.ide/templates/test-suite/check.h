#ifndef CHECK_H
#define CHECK_H
/* A tiny test harness: each test is a program whose main returns the number of failed checks. */
#include <stdint.h>

void print(const char *s);
void print_number(long n);
void htif_exit(int code) __attribute__((noreturn));

/* Counts a failed check and says where it failed (the console is in the test's transcript). */
#define CHECK(cond) check((cond), #cond, __FILE__, __LINE__)
int check(int ok, const char *what, const char *file, int line);
/* The number of failed checks so far: what main returns. */
int failures(void);

#endif
