/* Memory behaves: .bss starts zeroed, .data keeps its initial values, stores read back. */
#include "check.h"

static uint64_t zeroed[64];
static uint32_t initialised[4] = { 1, 2, 3, 4 };

int main(void)
{
    uint64_t sum = 0;
    for (int i = 0; i < 64; i++) {
        sum |= zeroed[i];
    }
    CHECK(sum == 0);
    CHECK(initialised[3] == 4);
    volatile uint8_t *bytes = (volatile uint8_t *)&zeroed[1];
    bytes[0] = 0x78;
    bytes[1] = 0x56;
    CHECK(zeroed[1] == 0x5678); /* little endian */
    print("memory: done\n");
    return failures();
}
