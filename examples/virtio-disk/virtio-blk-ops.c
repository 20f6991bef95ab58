/*
 * Exercises what QEMU 7.2's virtio-blk-device offers beyond reads and writes, and prints every
 * answer, so that its output on QEMU and on Guestlab can be compared byte for byte: the device
 * feature bits, the whole configuration space (geometry, topology, write cache, discard and
 * write-zeroes limits), DISCARD and WRITE_ZEROES requests with their error cases, a SCSI command
 * request, the GET_ID answer (the serial), a discard of the whole disk, the writeback byte, and
 * used-buffer interrupts under VIRTIO_RING_F_EVENT_IDX (with
 * NOTIFY_ON_EMPTY on the legacy transport). It accepts every feature the device offers.
 * Run it on a disk that may be written (QEMU: snapshot=on keeps the file as it is).
 * virtio 1.2: 4.2.2 and 4.2.4 (registers), 2.7 (split queues), 5.2 (block device).
 */
#include <stdint.h>

#include "console.h"

#define VIRTIO0 0x10001000UL
#define R(off) ((volatile uint32_t *)(VIRTIO0 + (off)))
#define CONFIG8(off) (*(volatile uint8_t *)(VIRTIO0 + 0x100 + (off)))
enum {
    MAGIC = 0x000, VERSION = 0x004, DEVICE_ID = 0x008, DEVICE_FEATURES = 0x010, DEVICE_FEATURES_SEL = 0x014,
    DRIVER_FEATURES = 0x020, DRIVER_FEATURES_SEL = 0x024, GUEST_PAGE_SIZE = 0x028, QUEUE_SEL = 0x030,
    QUEUE_NUM = 0x038, QUEUE_ALIGN = 0x03c, QUEUE_PFN = 0x040, QUEUE_READY = 0x044, QUEUE_NOTIFY = 0x050,
    INTERRUPT_STATUS = 0x060, INTERRUPT_ACK = 0x064, STATUS = 0x070, QUEUE_DESC_LOW = 0x080,
    QUEUE_DESC_HIGH = 0x084, DRIVER_DESC_LOW = 0x090, DRIVER_DESC_HIGH = 0x094, DEVICE_DESC_LOW = 0x0a0,
    DEVICE_DESC_HIGH = 0x0a4, QUEUE_RESET = 0x0c0, CONFIG = 0x100,
};
enum { ACKNOWLEDGE = 1, DRIVER = 2, DRIVER_OK = 4, FEATURES_OK = 8 };
enum { T_IN = 0, T_OUT = 1, T_SCSI_CMD = 2, T_GET_ID = 8, T_DISCARD = 11, T_WRITE_ZEROES = 13 };
#define WRITE_ZEROES_FLAG_UNMAP 1
#define CONFIG_SIZE 0x39

#define NUM 8
struct desc { uint64_t addr; uint32_t len; uint16_t flags; uint16_t next; };
#define DESC_F_NEXT 1
#define DESC_F_WRITE 2
/* With EVENT_IDX the driver ring ends with used_event, the device ring with avail_event (2.7.10). */
struct avail { uint16_t flags; uint16_t idx; uint16_t ring[NUM]; uint16_t used_event; };
struct used_elem { uint32_t id; uint32_t len; };
struct used { uint16_t flags; uint16_t idx; struct used_elem ring[NUM]; uint16_t avail_event; };

static struct {
    struct desc desc[NUM];
    struct avail avail;
    uint8_t pad[4096 - NUM * sizeof(struct desc) - sizeof(struct avail)];
    struct used used;
} __attribute__((aligned(4096))) queue;

static struct { uint32_t type; uint32_t reserved; uint64_t sector; } header;
static struct { uint64_t sector; uint32_t num_sectors; uint32_t flags; } segment;
static struct { uint32_t errors; uint32_t data_len; uint32_t sense_len; uint32_t residual; } scsi_inhdr;
static uint8_t cdb[16];
static uint8_t sense[96];
static uint8_t data[3 * 512];
static uint8_t id[24];
static volatile uint8_t status_byte;
static uint16_t seen_used;

static void say(const char *s) {
    puts_uart("virtio-blk-ops: ");
    puts_uart(s);
}

static void set_desc(int i, void *addr, uint32_t len, uint16_t flags) {
    queue.desc[i] = (struct desc){(uint64_t)addr, len, flags, (uint16_t)(i + 1)};
}

/*
 * Makes the chain starting at descriptor 0 available, notifies, waits for it in the used ring,
 * and prints its status, used length, whether it raised a used-buffer interrupt and the
 * device's avail_event. QEMU completes requests on another thread than the vCPU's: its interrupt
 * status may trail the used index a little, so it is polled for a while before counting as none.
 */
static void submit(const char *what, uint16_t used_event) {
    status_byte = 0xff;
    queue.avail.used_event = used_event;
    queue.avail.ring[queue.avail.idx % NUM] = 0;
    __sync_synchronize();
    queue.avail.idx += 1;
    __sync_synchronize();
    *R(QUEUE_NOTIFY) = 0;
    while (*(volatile uint16_t *)&queue.used.idx == seen_used) { }
    __sync_synchronize();
    uint32_t len = queue.used.ring[seen_used % NUM].len;
    seen_used++;
    uint32_t irq = 0;
    for (int i = 0; i < 20000 && !(irq = *R(INTERRUPT_STATUS) & 1); i++) { }
    *R(INTERRUPT_ACK) = *R(INTERRUPT_STATUS) & 3;
    say(what);
    puts_uart(": status ");
    putdec(status_byte);
    puts_uart(", used length ");
    putdec(len);
    puts_uart(irq ? ", interrupt" : ", no interrupt");
    puts_uart(", avail_event ");
    putdec(*(volatile uint16_t *)&queue.used.avail_event);
    puts_uart("\n");
}

static void segment_request(const char *what, int type, uint64_t sector, uint32_t count, uint32_t flags) {
    header = (typeof(header)){(uint32_t)type, 0, 0};
    segment = (typeof(segment)){sector, count, flags};
    set_desc(0, &header, sizeof header, DESC_F_NEXT);
    set_desc(1, &segment, sizeof segment, DESC_F_NEXT);
    set_desc(2, (void *)&status_byte, 1, DESC_F_WRITE);
    submit(what, seen_used);
}

static void data_request(const char *what, int type, uint64_t sector, uint16_t used_event) {
    header = (typeof(header)){(uint32_t)type, 0, sector};
    set_desc(0, &header, sizeof header, DESC_F_NEXT);
    set_desc(1, data, sizeof data, DESC_F_NEXT | (type == T_IN ? DESC_F_WRITE : 0));
    set_desc(2, (void *)&status_byte, 1, DESC_F_WRITE);
    submit(what, used_event);
}

/* Prints, per sector of data[], its first byte and whether every byte equals it. */
static void print_sectors(void) {
    for (int s = 0; s < 3; s++) {
        int same = 1;
        for (int i = 0; i < 512; i++) same &= data[s * 512 + i] == data[s * 512];
        say("  sector ");
        putdec((uint64_t)s + 1);
        puts_uart(": ");
        puthex(data[s * 512], 2);
        puts_uart(same ? " throughout\n" : " then other bytes\n");
    }
}

static void print_config(void) {
    say("configuration:");
    for (int i = 0; i < CONFIG_SIZE; i++) {
        puts_uart(i % 16 == 0 ? "\n  " : " ");
        puthex(CONFIG8(i), 2);
    }
    puts_uart("\n");
    say("32-bit read at 0x38: ");
    puthex(*R(CONFIG + 0x38), 8);
    puts_uart(", geometry ");
    putdec(*(volatile uint16_t *)(VIRTIO0 + CONFIG + 0x10));
    puts_uart("/");
    putdec(CONFIG8(0x12));
    puts_uart("/");
    putdec(CONFIG8(0x13));
    puts_uart("\n");
}

int main(void) {
    uint32_t version = *R(VERSION);
    if (*R(MAGIC) != 0x74726976 || *R(DEVICE_ID) != 2) panic("no virtio disk at virtio-mmio-bus.0");
    say(version == 1 ? "legacy transport\n" : "modern transport\n");

    *R(STATUS) = 0;
    *R(STATUS) = ACKNOWLEDGE | DRIVER;
    uint32_t words[2];
    for (int w = 0; w < 2; w++) {
        *R(DEVICE_FEATURES_SEL) = (uint32_t)w;
        words[w] = *R(DEVICE_FEATURES);
    }
    say("device features ");
    puthex(words[1], 8);
    puts_uart(" ");
    puthex(words[0], 8);
    puts_uart("\n");
    for (int w = 0; w < 2; w++) {
        *R(DRIVER_FEATURES_SEL) = (uint32_t)w;
        *R(DRIVER_FEATURES) = words[w];
    }
    *R(STATUS) = ACKNOWLEDGE | DRIVER | FEATURES_OK;
    if (!(*R(STATUS) & FEATURES_OK)) panic("FEATURES_OK refused");

    *R(QUEUE_SEL) = 0;
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
    *R(STATUS) = ACKNOWLEDGE | DRIVER | FEATURES_OK | DRIVER_OK;
    print_config();

    for (int i = 0; i < (int)sizeof data; i++) data[i] = (uint8_t)('A' + i / 512);
    /* used_event: the first interrupt always comes; later ones only past used_event (or on empty, legacy). */
    data_request("write sectors 1-3", T_OUT, 1, 0);
    data_request("write sectors 1-3 again, used_event far ahead", T_OUT, 1, (uint16_t)(seen_used + 100));
    data_request("write sectors 1-3 again, used_event reached", T_OUT, 1, seen_used);
    segment_request("write-zeroes sector 2 (unmap allowed)", T_WRITE_ZEROES, 2, 1, WRITE_ZEROES_FLAG_UNMAP);
    segment_request("discard sector 3", T_DISCARD, 3, 1, 0);
    for (int i = 0; i < (int)sizeof data; i++) data[i] = 0xee;
    data_request("read sectors 1-3", T_IN, 1, seen_used);
    print_sectors();
    segment_request("discard with the unmap flag", T_DISCARD, 1, 1, WRITE_ZEROES_FLAG_UNMAP);
    segment_request("write-zeroes with an unknown flag", T_WRITE_ZEROES, 1, 1, 2);
    uint64_t capacity = *R(CONFIG) | (uint64_t)*R(CONFIG + 4) << 32;
    segment_request("write-zeroes past the end", T_WRITE_ZEROES, capacity - 1, 2, 0);
    segment_request("discard of more than max_discard_sectors", T_DISCARD, 0, 0x400000, 0);
    segment_request("discard of nothing", T_DISCARD, 0, 0, 0);

    /* A SCSI command as the legacy interface lays it out (5.2.6.3): command out; sense, SCSI status, status in. */
    header = (typeof(header)){T_SCSI_CMD, 0, 0};
    scsi_inhdr.errors = 0;
    set_desc(0, &header, sizeof header, DESC_F_NEXT);
    set_desc(1, cdb, sizeof cdb, DESC_F_NEXT);
    set_desc(2, sense, sizeof sense, DESC_F_NEXT | DESC_F_WRITE);
    set_desc(3, &scsi_inhdr, sizeof scsi_inhdr, DESC_F_NEXT | DESC_F_WRITE);
    set_desc(4, (void *)&status_byte, 1, DESC_F_WRITE);
    submit("SCSI command", seen_used);
    say("  SCSI errors field ");
    putdec(scsi_inhdr.errors);
    puts_uart("\n");

    /* GET_ID (5.2.6): the serial, NUL-terminated when shorter than 20 bytes; 0xee marks bytes left alone. */
    for (int i = 0; i < (int)sizeof id; i++) id[i] = 0xee;
    header = (typeof(header)){T_GET_ID, 0, 0};
    set_desc(0, &header, sizeof header, DESC_F_NEXT);
    set_desc(1, id, sizeof id, DESC_F_NEXT | DESC_F_WRITE);
    set_desc(2, (void *)&status_byte, 1, DESC_F_WRITE);
    submit("GET_ID", seen_used);
    say("  id");
    for (int i = 0; i < (int)sizeof id; i++) {
        puts_uart(" ");
        puthex(id[i], 2);
    }
    puts_uart("\n");

    /* Discarding the whole disk: the data stays with discard=ignore, reads as zeroes once unmapped. */
    segment_request("discard the whole disk", T_DISCARD, 0, (uint32_t)capacity, 0);
    for (int i = 0; i < (int)sizeof data; i++) data[i] = 0xee;
    data_request("read sectors 1-3", T_IN, 1, seen_used);
    print_sectors();

    say("writeback ");
    putdec(CONFIG8(0x20));
    CONFIG8(0x20) = 0;
    puts_uart(", after writing 0: ");
    putdec(CONFIG8(0x20));
    puts_uart("\n");
    data_request("write through", T_OUT, 1, seen_used);
    if (version == 2) {
        /* VIRTIO_F_RING_RESET (bit 40) is offered: reset queue 0 alone through QueueReset (4.2.2). */
        say("before QueueReset: QueueReady ");
        putdec(*R(QUEUE_READY));
        puts_uart(", QueueDescLow ");
        puthex(*R(QUEUE_DESC_LOW), 8);
        puts_uart("\n");
        *R(QUEUE_RESET) = 1;
        say("after QueueReset: QueueReset ");
        putdec(*R(QUEUE_RESET));
        puts_uart(", QueueReady ");
        putdec(*R(QUEUE_READY));
        puts_uart(", QueueDescLow ");
        puthex(*R(QUEUE_DESC_LOW), 8);
        puts_uart("\n");
    }
    say("done\n");
    poweroff(0);
}
