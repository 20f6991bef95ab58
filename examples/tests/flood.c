/* Floods the console: 4 MiB of text, then exits 0. The runner keeps only the start of the
 * transcript (its cap) and says so in the report. */
#include "board.h"
int main(void)
{
    static const char line[] = "flood: the quick brown fox jumps over the lazy dog, again and again\n";
    for (unsigned long written = 0; written < (4UL << 20); written += sizeof line - 1)
        uart_puts(line);
    return 0;
}
