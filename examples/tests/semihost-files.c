/* Writes the semihosting folder: overwrites from-host.txt and creates guest-made.txt through
 * SYS_OPEN / SYS_WRITE / SYS_CLOSE, then exits 0 through semihosting. The runner gives every
 * test a fresh copy of the suite's folder, so the folder on the host stays as it was. */
#include "board.h"

static long open_file(const char *name, long mode)
{
    long len = 0;
    while (name[len])
        len++;
    long block[3] = { (long)name, mode, len };
    return semihost(0x01, block);          /* SYS_OPEN */
}

static int write_file(const char *name, const char *text)
{
    long fd = open_file(name, 4);          /* mode 4: "w" */
    if (fd < 0)
        return 0;
    long len = 0;
    while (text[len])
        len++;
    long block[3] = { fd, (long)text, len };
    long unwritten = semihost(0x05, block); /* SYS_WRITE: returns the bytes not written */
    semihost(0x02, &fd);                   /* SYS_CLOSE */
    return unwritten == 0;
}

int main(void)
{
    int ok = write_file("from-host.txt", "overwritten by the test guest\n")
          && write_file("guest-made.txt", "made by the test guest\n");
    uart_puts(ok ? "semihost-files: wrote both files\n" : "semihost-files: a write failed\n");
    semihost_exit(ok ? 0 : 1);
}
