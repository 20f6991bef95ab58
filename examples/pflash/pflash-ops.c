/*
 * Talks to flash bank 1 of the virt board (0x22000000) as a CFI flash driver does and prints
 * every answer, so that its output on QEMU and on Guestlab can be compared byte for byte: the
 * array contents, the chips' manufacturer and device ids, the whole CFI query table, the status
 * register, and what programming a word, a byte, erasing a block and writing through the buffer
 * do (Intel/Sharp command set, CFI 1.x; QEMU's pflash_cfi01 with two 16-bit chips on a 32-bit
 * bus, so each answer is replicated in both halves of a word). It runs in place from bank 0.
 */
#include <stdint.h>

#include "console.h"

#define BANK0 0x20000000UL
#define BANK1 0x22000000UL
#define SECTOR 0x40000UL /* 256 KiB */

static volatile uint32_t *w32(uintptr_t a) { return (volatile uint32_t *)a; }

static void cmd(uintptr_t a, uint32_t c) { *w32(a) = c; }

static void say(const char *s) {
    puts_uart("pflash-ops: ");
    puts_uart(s);
}

static void show32(const char *what, uintptr_t a) {
    say(what);
    puts_uart(" ");
    puthex(*w32(a), 8);
    puts_uart("\n");
}

static void show8(const char *what, uintptr_t a) {
    say(what);
    puts_uart(" ");
    puthex(*(volatile uint8_t *)a, 2);
    puts_uart("\n");
}

static void status(const char *after) {
    cmd(BANK1, 0x70);
    say("status after ");
    puts_uart(after);
    puts_uart(": ");
    puthex(*w32(BANK1), 8);
    puts_uart("\n");
    cmd(BANK1, 0x50); /* clear status; back to read array */
    cmd(BANK1, 0xff);
}

int main(uint64_t hart, uintptr_t dtb);

int main(uint64_t hart, uintptr_t dtb) {
    say("running in place at ");
    puthex((uintptr_t)main, 8);
    puts_uart(" on hart ");
    putdec(hart);
    puts_uart(", device tree magic ");
    puthex(*(volatile uint32_t *)dtb, 8);
    puts_uart("\n");
    show32("bank 1 word 0", BANK1);
    show32("bank 1 word 1", BANK1 + 4);
    say("bank 1 doubleword 0 ");
    puthex(*(volatile uint64_t *)BANK1, 16);
    puts_uart("\n");
    show8("bank 1 byte 3", BANK1 + 3);
    show32("bank 0 word 0 (this program's first instruction)", BANK0);

    cmd(BANK1, 0x90);
    show32("manufacturer id", BANK1);
    show32("device id", BANK1 + 4);
    show32("id word 2", BANK1 + 8);
    show32("id word 0x100", BANK1 + 0x400);
    show8("manufacturer id byte", BANK1);
    cmd(BANK1, 0xff);

    cmd(BANK1 + 0x55 * 4, 0x98);
    say("CFI query:");
    for (int i = 0; i < 0x54; i++) {
        puts_uart(i % 8 == 0 ? "\n  " : " ");
        puthex(*w32(BANK1 + 4 * i), 8);
    }
    puts_uart("\n");
    show8("CFI byte 0x41", BANK1 + 0x41);
    say("CFI halfword 0x44 ");
    puthex(*(volatile uint16_t *)(BANK1 + 0x44), 4);
    puts_uart("\n");
    cmd(BANK1, 0xf0); /* not a way out of query mode here */
    show32("after 0xf0, word 0x10", BANK1 + 0x40);
    cmd(BANK1, 0xff);
    show32("after 0xff, word 0x10", BANK1 + 0x40);

    cmd(BANK1, 0x70);
    show32("status", BANK1);
    show8("status byte", BANK1);
    cmd(BANK1, 0xff);

    cmd(BANK1 + 0x1000, 0x40);
    *w32(BANK1 + 0x1000) = 0x12345678;
    show32("read after program (status)", BANK1 + 0x1000);
    cmd(BANK1, 0xff);
    show32("programmed word", BANK1 + 0x1000);
    cmd(BANK1 + 0x1000, 0x10);
    *w32(BANK1 + 0x1000) = 0xffff00f0;
    cmd(BANK1, 0xff);
    show32("programmed again over it", BANK1 + 0x1000);
    cmd(BANK1 + 0x1004, 0x40);
    *(volatile uint8_t *)(BANK1 + 0x1005) = 0xab;
    cmd(BANK1, 0xff);
    show32("after a byte program at 0x1005", BANK1 + 0x1004);
    status("programs");

    cmd(BANK1 + SECTOR + 0x10, 0x40);
    *w32(BANK1 + SECTOR + 0x10) = 0xcafef00d;
    cmd(BANK1 + 2 * SECTOR, 0x40);
    *w32(BANK1 + 2 * SECTOR) = 0x600dd00d;
    cmd(BANK1 + SECTOR + 0x20, 0x20);
    cmd(BANK1 + SECTOR, 0xd0);
    show32("read after erase (status)", BANK1 + SECTOR);
    cmd(BANK1, 0xff);
    show32("erased block, word 4", BANK1 + SECTOR + 0x10);
    show32("erased block, last word", BANK1 + 2 * SECTOR - 4);
    show32("next block, word 0", BANK1 + 2 * SECTOR);
    cmd(BANK1 + 2 * SECTOR, 0x20);
    cmd(BANK1 + 2 * SECTOR, 0xff); /* cancelled before the confirm */
    show32("next block after a cancelled erase", BANK1 + 2 * SECTOR);
    status("erases");

    cmd(BANK1 + 0x2000, 0xe8);
    show32("read after write-to-buffer (status)", BANK1 + 0x2000);
    *w32(BANK1 + 0x2000) = 0x00030003; /* four words; each chip takes its half of the count */
    for (uint32_t i = 0; i < 4; i++) *w32(BANK1 + 0x2000 + 4 * i) = 0xb0000000 | i;
    cmd(BANK1 + 0x2000, 0xd0);
    cmd(BANK1, 0xff);
    for (int i = 0; i < 5; i++) {
        say("buffer word ");
        putdec((uint64_t)i);
        puts_uart(" ");
        puthex(*w32(BANK1 + 0x2000 + 4 * (uintptr_t)i), 8);
        puts_uart("\n");
    }
    status("buffer write");

    cmd(BANK1, 0x60);
    cmd(BANK1, 0xd0);
    show32("read after block unlock (status)", BANK1);
    cmd(BANK1, 0xff);
    cmd(BANK1, 0x33); /* no such command: back to read array */
    show32("after an unknown command, word 0", BANK1);
    cmd(BANK1, 0x50);
    cmd(BANK1, 0x70);
    show32("status after clear", BANK1);
    cmd(BANK1, 0xff);

    say("done\n");
    poweroff(0);
}
