/* Writes its disk: finds the first virtio-blk device (virtio-mmio version 2, virtio 1.x
 * sections 4.2 and 5.2), overwrites sector 0 with a marker, reads it back, and exits 0 when
 * the guest sees its write. The runner opens disks copy-on-write, so the host file keeps its
 * old contents: the test of isolation checks that. */
#include "htif.h"
#include "board.h"

#define VIRTIO0 0x10001000UL
#define REG(base, off) (*(volatile uint32_t *)((base) + (off)))

struct desc { uint64_t addr; uint32_t len; uint16_t flags, next; };
struct avail { uint16_t flags, idx, ring[8]; };
struct used { uint16_t flags, idx; struct { uint32_t id, len; } ring[8]; };
struct req { uint32_t type, reserved; uint64_t sector; };

static struct desc descs[8] __attribute__((aligned(16)));
static struct avail avail __attribute__((aligned(2)));
static struct used used __attribute__((aligned(4)));
static struct req req;
static uint8_t sector[512];
static volatile uint8_t status;

static unsigned long find_blk(void)
{
    for (int i = 0; i < 8; i++) {
        unsigned long base = VIRTIO0 + 0x1000UL * i;
        if (REG(base, 0x000) == 0x74726976 && REG(base, 0x004) == 2 && REG(base, 0x008) == 2)
            return base;
    }
    return 0;
}

static int setup(unsigned long base)
{
    REG(base, 0x070) = 0;                 /* reset */
    REG(base, 0x070) = 1 | 2;             /* ACKNOWLEDGE | DRIVER */
    REG(base, 0x024) = 1;                 /* features 32..63: VIRTIO_F_VERSION_1 only */
    REG(base, 0x020) = 1;
    REG(base, 0x024) = 0;
    REG(base, 0x020) = 0;
    REG(base, 0x070) = 1 | 2 | 8;         /* FEATURES_OK */
    if (!(REG(base, 0x070) & 8))
        return 0;
    REG(base, 0x030) = 0;                 /* queue 0 */
    if (REG(base, 0x034) < 8)
        return 0;
    REG(base, 0x038) = 8;
    REG(base, 0x080) = (uint32_t)(uintptr_t)descs;
    REG(base, 0x084) = (uint32_t)((uintptr_t)descs >> 32);
    REG(base, 0x090) = (uint32_t)(uintptr_t)&avail;
    REG(base, 0x094) = (uint32_t)((uintptr_t)&avail >> 32);
    REG(base, 0x0a0) = (uint32_t)(uintptr_t)&used;
    REG(base, 0x0a4) = (uint32_t)((uintptr_t)&used >> 32);
    REG(base, 0x044) = 1;                 /* QueueReady */
    REG(base, 0x070) = 1 | 2 | 8 | 4;     /* DRIVER_OK */
    return 1;
}

/* One request: header, the sector (device-written for a read), status. Polls the used ring. */
static int transfer(unsigned long base, int write, uint64_t n)
{
    req.type = write ? 1 : 0;
    req.sector = n;
    status = 0xff;
    descs[0] = (struct desc){ (uintptr_t)&req, sizeof req, 1, 1 };
    descs[1] = (struct desc){ (uintptr_t)sector, sizeof sector, (uint16_t)(1 | (write ? 0 : 2)), 2 };
    descs[2] = (struct desc){ (uintptr_t)&status, 1, 2, 0 };
    uint16_t seen = used.idx;
    avail.ring[avail.idx % 8] = 0;
    __asm__ volatile("fence" ::: "memory");
    avail.idx++;
    __asm__ volatile("fence" ::: "memory");
    REG(base, 0x050) = 0;                 /* QueueNotify */
    while (*(volatile uint16_t *)&used.idx == seen) {
    }
    REG(base, 0x064) = REG(base, 0x060);  /* acknowledge the interrupt */
    return status == 0;
}

int main(void)
{
    static const char marker[] = "GUESTLAB-TEST-GUEST-WROTE-SECTOR-0";
    unsigned long base = find_blk();
    if (!base || !setup(base)) {
        htif_puts("disk: no usable virtio-blk device\n");
        return 2;
    }
    if (!transfer(base, 0, 0)) {
        htif_puts("disk: reading sector 0 failed\n");
        return 3;
    }
    htif_puts("disk: sector 0 held: ");
    for (int i = 0; i < 24 && sector[i] >= ' ' && sector[i] < 127; i++)
        htif_putchar((char)sector[i]);
    htif_putchar('\n');
    for (unsigned i = 0; i < sizeof sector; i++)
        sector[i] = i < sizeof marker - 1 ? (uint8_t)marker[i] : 0;
    if (!transfer(base, 1, 0)) {
        htif_puts("disk: writing sector 0 failed\n");
        return 4;
    }
    for (unsigned i = 0; i < sizeof sector; i++)
        sector[i] = 0;
    if (!transfer(base, 0, 0)) {
        htif_puts("disk: reading sector 0 back failed\n");
        return 5;
    }
    for (unsigned i = 0; i < sizeof marker - 1; i++) {
        if (sector[i] != (uint8_t)marker[i]) {
            htif_puts("disk: the write did not stick\n");
            return 6;
        }
    }
    htif_puts("disk: wrote and read back sector 0\n");
    return 0;
}
