/*
 * Finds a virtio disk at virtio-mmio-bus.0 (0x10001000) the way small teaching kernels such as
 * xv6 do, reads sector 1 by polling, prints it on the ns16550a UART and powers off through the
 * virt board's test device. Works with both register layouts: version 2 (modern, QEMU's
 * -global virtio-mmio.force-legacy=false) and version 1 (legacy, QEMU 7.2's default).
 * Register offsets: virtio 1.2, 4.2.2 (modern) and 4.2.4 (legacy).
 */
#include <stdint.h>

#include "console.h"

#define VIRTIO0    0x10001000UL

#define R(off) ((volatile uint32_t *)(VIRTIO0 + (off)))
enum {
    MAGIC = 0x000, VERSION = 0x004, DEVICE_ID = 0x008, VENDOR_ID = 0x00c,
    DEVICE_FEATURES = 0x010, DRIVER_FEATURES = 0x020, GUEST_PAGE_SIZE = 0x028,
    QUEUE_SEL = 0x030, QUEUE_NUM_MAX = 0x034, QUEUE_NUM = 0x038, QUEUE_ALIGN = 0x03c, QUEUE_PFN = 0x040,
    QUEUE_READY = 0x044, QUEUE_NOTIFY = 0x050, INTERRUPT_STATUS = 0x060, INTERRUPT_ACK = 0x064,
    STATUS = 0x070, QUEUE_DESC_LOW = 0x080, QUEUE_DESC_HIGH = 0x084, DRIVER_DESC_LOW = 0x090,
    DRIVER_DESC_HIGH = 0x094, DEVICE_DESC_LOW = 0x0a0, DEVICE_DESC_HIGH = 0x0a4, CONFIG = 0x100,
};
enum { ACKNOWLEDGE = 1, DRIVER = 2, DRIVER_OK = 4, FEATURES_OK = 8 };
/* Feature bits xv6 turns off (virtio 1.2, 5.2.3 and 6). */
#define BLK_F_RO 5
#define BLK_F_SCSI 7
#define BLK_F_CONFIG_WCE 11
#define BLK_F_MQ 12
#define F_ANY_LAYOUT 27
#define RING_F_INDIRECT_DESC 28
#define RING_F_EVENT_IDX 29

#define NUM 8 /* descriptors */

struct desc { uint64_t addr; uint32_t len; uint16_t flags; uint16_t next; };
#define DESC_F_NEXT 1
#define DESC_F_WRITE 2
struct avail { uint16_t flags; uint16_t idx; uint16_t ring[NUM]; uint16_t unused; };
struct used_elem { uint32_t id; uint32_t len; };
struct used { uint16_t flags; uint16_t idx; struct used_elem ring[NUM]; };
struct blk_req { uint32_t type; uint32_t reserved; uint64_t sector; };
#define BLK_T_IN 0

/* Legacy layout (2.7.2's legacy interface): descriptors and available ring in one page, used ring on the next. */
static struct {
    struct desc desc[NUM];
    struct avail avail;
    uint8_t pad[4096 - NUM * sizeof(struct desc) - sizeof(struct avail)];
    struct used used;
} __attribute__((aligned(4096))) queue;

static struct blk_req req;
static uint8_t data[512];
static volatile uint8_t status_byte;

int main(void) {
    puts_uart("virtio-disk: probing virtio-mmio-bus.0 at 0x10001000\n");
    uint32_t version = *R(VERSION);
    if (*R(MAGIC) != 0x74726976 || (version != 1 && version != 2) || *R(DEVICE_ID) != 2
            || *R(VENDOR_ID) != 0x554d4551) {
        panic("could not find virtio disk");
    }
    puts_uart("virtio-disk: version ");
    putdec(version);
    puts_uart(version == 1 ? " (legacy)" : " (modern)");
    puts_uart(", vendor QEMU, block device\n");

    uint32_t status = 0;
    *R(STATUS) = status;
    status |= ACKNOWLEDGE;
    *R(STATUS) = status;
    status |= DRIVER;
    *R(STATUS) = status;

    /* Only the low 32 feature bits, as xv6 does: VIRTIO_F_VERSION_1 (bit 32) is never accepted. */
    uint32_t features = *R(DEVICE_FEATURES);
    features &= ~(1u << BLK_F_RO);
    features &= ~(1u << BLK_F_SCSI);
    features &= ~(1u << BLK_F_CONFIG_WCE);
    features &= ~(1u << BLK_F_MQ);
    features &= ~(1u << F_ANY_LAYOUT);
    features &= ~(1u << RING_F_EVENT_IDX);
    features &= ~(1u << RING_F_INDIRECT_DESC);
    *R(DRIVER_FEATURES) = features;

    status |= FEATURES_OK;
    *R(STATUS) = status;
    if (!(*R(STATUS) & FEATURES_OK)) {
        panic("virtio disk FEATURES_OK unset");
    }
    puts_uart("virtio-disk: FEATURES_OK kept without VIRTIO_F_VERSION_1\n");

    *R(QUEUE_SEL) = 0;
    if (version == 2 && *R(QUEUE_READY)) panic("virtio disk should not be ready");
    uint32_t max = *R(QUEUE_NUM_MAX);
    if (max == 0) panic("virtio disk has no queue 0");
    if (max < NUM) panic("virtio disk max queue too short");
    puts_uart("virtio-disk: queue 0 holds up to ");
    putdec(max);
    puts_uart(" descriptors\n");
    *R(QUEUE_NUM) = NUM;
    if (version == 1) {
        *R(GUEST_PAGE_SIZE) = 4096;
        *R(QUEUE_ALIGN) = 4096;
        *R(QUEUE_PFN) = (uint32_t)((uint64_t)&queue >> 12);
    } else {
        *R(QUEUE_DESC_LOW) = (uint32_t)(uint64_t)queue.desc;
        *R(QUEUE_DESC_HIGH) = (uint32_t)((uint64_t)queue.desc >> 32);
        *R(DRIVER_DESC_LOW) = (uint32_t)(uint64_t)&queue.avail;
        *R(DRIVER_DESC_HIGH) = (uint32_t)((uint64_t)&queue.avail >> 32);
        *R(DEVICE_DESC_LOW) = (uint32_t)(uint64_t)&queue.used;
        *R(DEVICE_DESC_HIGH) = (uint32_t)((uint64_t)&queue.used >> 32);
        *R(QUEUE_READY) = 1;
    }
    status |= DRIVER_OK;
    *R(STATUS) = status;

    /* The configuration space at 32 and 64 bits: the capacity in 512-byte sectors (5.2.4). */
    uint64_t low = *R(CONFIG), high = *R(CONFIG + 4);
    uint64_t capacity = *(volatile uint64_t *)(VIRTIO0 + CONFIG);
    if (capacity != (low | high << 32)) panic("virtio disk capacity differs between 32- and 64-bit reads");
    puts_uart("virtio-disk: capacity ");
    putdec(capacity);
    puts_uart(" sectors\n");

    req.type = BLK_T_IN;
    req.sector = 1;
    queue.desc[0] = (struct desc){(uint64_t)&req, sizeof req, DESC_F_NEXT, 1};
    queue.desc[1] = (struct desc){(uint64_t)data, sizeof data, DESC_F_NEXT | DESC_F_WRITE, 2};
    status_byte = 0xff;
    queue.desc[2] = (struct desc){(uint64_t)&status_byte, 1, DESC_F_WRITE, 0};
    queue.avail.ring[queue.avail.idx % NUM] = 0;
    __sync_synchronize();
    queue.avail.idx += 1;
    __sync_synchronize();
    *R(QUEUE_NOTIFY) = 0;
    while (*(volatile uint16_t *)&queue.used.idx == 0) { }
    __sync_synchronize();
    *R(INTERRUPT_ACK) = *R(INTERRUPT_STATUS) & 3;
    if (status_byte != 0) panic("virtio disk read failed");

    puts_uart("virtio-disk: sector 1: ");
    for (int i = 0; i < (int)sizeof data && data[i] != 0; i++) {
        char c = (char)data[i];
        putc_uart(c >= ' ' && c < 127 ? c : '.');
    }
    puts_uart("\nvirtio-disk: first bytes");
    for (int i = 0; i < 8; i++) {
        putc_uart(' ');
        puthex(data[i], 2);
    }
    puts_uart("\n");
    poweroff(0);
    return 0;
}
