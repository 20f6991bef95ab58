/*
 * Exercises the host interface a bare-metal test program gets from semihosting: console output,
 * files in the host folder the machine shares (write, read back, read a file the host put
 * there), confinement of paths to that folder, and the exit code.
 *
 * The host passes the exit code to use as the last word of the command line (SYS_GET_CMDLINE;
 * QEMU sends the kernel's file name and then -append, while picolibc's crt0 makes every word an
 * argument after its own argv[0], so the last word is the one that counts): the program exits
 * with it when every check passed, and with 1 when one failed.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures;

static void check(int ok, const char *what)
{
    printf("%s: %s\n", ok ? "ok" : "FAILED", what);
    if (!ok)
        failures++;
}

/* Reads all of `name` into buf (NUL-terminated); returns the length or -1. */
static long slurp(const char *name, char *buf, size_t size)
{
    FILE *f = fopen(name, "rb");
    if (!f)
        return -1;
    size_t n = fread(buf, 1, size - 1, f);
    buf[n] = '\0';
    fclose(f);
    return (long) n;
}

int main(int argc, char **argv)
{
    char buf[256];

    printf("semihosting demo: hello from the guest\n");

    FILE *out = fopen("guest-wrote.txt", "w");
    check(out != NULL, "create guest-wrote.txt in the shared folder");
    if (out) {
        fprintf(out, "written by the guest, %d lines\nsecond line\n", 2);
        fclose(out);
    }
    long n = slurp("guest-wrote.txt", buf, sizeof buf);
    check(n >= 0 && strcmp(buf, "written by the guest, 2 lines\nsecond line\n") == 0,
          "read guest-wrote.txt back");

    n = slurp("from-host.txt", buf, sizeof buf);
    check(n >= 0, "open from-host.txt");
    if (n >= 0)
        printf("from-host.txt says: %s", buf);

    errno = 0;
    FILE *escape = fopen("../outside", "r");
    check(escape == NULL, "../outside is refused");
    if (escape)
        fclose(escape);
    escape = fopen("/etc/passwd", "r");
    check(escape == NULL, "/etc/passwd is refused");
    if (escape)
        fclose(escape);

    int code = argc > 1 ? atoi(argv[argc - 1]) : 0;
    printf("%d checks failed; exiting with %d\n", failures, failures ? 1 : code);
    return failures ? 1 : code;
}
