/* CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320) over a 64 KiB buffer, table-driven,
 * round after round with the buffer changing between rounds. Self-checks: the standard check
 * value of "123456789" is 0xCBF43926, a table-driven CRC equals a bit-at-a-time CRC on one
 * round, and every message followed by its own CRC (little-endian) leaves the CRC-32 residue
 * 0x2144DF1C. */
#include "bench.h"

#define BUFFER 65536
#define ROUNDS 220

static uint32_t table[256];
static uint8_t buffer[BUFFER + 4];

static void make_table(void)
{
    for (uint32_t n = 0; n < 256; n++) {
        uint32_t c = n;
        for (int k = 0; k < 8; k++) {
            c = (c & 1) ? 0xedb88320U ^ (c >> 1) : c >> 1;
        }
        table[n] = c;
    }
}

static uint32_t crc32(const uint8_t *p, long n)
{
    uint32_t c = 0xffffffffU;
    while (n--) {
        c = table[(c ^ *p++) & 0xff] ^ (c >> 8);
    }
    return c ^ 0xffffffffU;
}

static uint32_t crc32_bitwise(const uint8_t *p, long n)
{
    uint32_t c = 0xffffffffU;
    while (n--) {
        c ^= *p++;
        for (int k = 0; k < 8; k++) {
            c = (c >> 1) ^ (0xedb88320U & (0U - (c & 1)));
        }
    }
    return c ^ 0xffffffffU;
}

int main(void)
{
    static const uint8_t check[] = "123456789";
    make_table();
    if (crc32(check, 9) != 0xcbf43926U) {
        return 1;
    }
    uint32_t seed = 0x9e3779b9U;
    for (long i = 0; i < BUFFER; i++) {
        buffer[i] = (uint8_t)bench_random(&seed);
    }
    if (crc32(buffer, 4096) != crc32_bitwise(buffer, 4096)) {
        return 2;
    }
    for (int round = 0; round < ROUNDS; round++) {
        buffer[bench_random(&seed) % BUFFER] ^= (uint8_t)(round + 1);
        uint32_t c = crc32(buffer, BUFFER);
        buffer[BUFFER + 0] = (uint8_t)c;
        buffer[BUFFER + 1] = (uint8_t)(c >> 8);
        buffer[BUFFER + 2] = (uint8_t)(c >> 16);
        buffer[BUFFER + 3] = (uint8_t)(c >> 24);
        if (crc32(buffer, BUFFER + 4) != 0x2144df1cU) {
            return 3;
        }
    }
    return 0;
}
