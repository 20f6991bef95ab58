/* A CoreMark-like mix (written for Guestlab, not CoreMark's code): each iteration runs
 *   - linked-list work: build, search, reverse and merge-sort a list of records,
 *   - a small integer matrix kernel: multiply, add and scale 16-bit matrices into 32-bit ones,
 *   - a state machine classifying the tokens of a text (integers, decimals, exponents, junk),
 * and folds every result into a CRC-16. The list order is checked as it goes; the final CRC is
 * compared with the value the same code computes on any other host (make host-check). */
#include "bench.h"

#define ITERATIONS 2400
#define NODES      160
#define DIM        18
#define EXPECTED_CRC 0xbf21   /* what make host-check prints */

/* ---- CRC-16/CCITT, bitwise: part of the workload, like in the original idea */
static uint16_t crc16(uint16_t crc, uint32_t value, int bytes)
{
    for (int i = 0; i < bytes; i++) {
        crc ^= (uint16_t)((value >> (8 * i)) & 0xff) << 8;
        for (int k = 0; k < 8; k++) {
            crc = (crc & 0x8000) ? (uint16_t)((crc << 1) ^ 0x1021) : (uint16_t)(crc << 1);
        }
    }
    return crc;
}

/* ---- linked list */
struct node {
    struct node *next;
    int16_t key;
    int16_t data;
};

static struct node pool[NODES];

static struct node *list_build(uint32_t *seed)
{
    struct node *head = 0;
    for (int i = 0; i < NODES; i++) {
        pool[i].key = (int16_t)i;
        pool[i].data = (int16_t)(bench_random(seed) & 0x7fff);
        pool[i].next = head;
        head = &pool[i];
    }
    return head;
}

static struct node *list_find(struct node *head, int16_t key)
{
    while (head && head->key != key) {
        head = head->next;
    }
    return head;
}

static struct node *list_reverse(struct node *head)
{
    struct node *done = 0;
    while (head) {
        struct node *next = head->next;
        head->next = done;
        done = head;
        head = next;
    }
    return done;
}

/* bottom-up merge sort on data */
static struct node *list_sort(struct node *head)
{
    for (int width = 1;; width *= 2) {
        struct node *p = head, *tail = 0;
        head = 0;
        int merges = 0;
        while (p) {
            merges++;
            struct node *q = p;
            int psize = 0;
            for (int i = 0; i < width && q; i++) {
                psize++;
                q = q->next;
            }
            int qsize = width;
            while (psize > 0 || (qsize > 0 && q)) {
                struct node *e;
                if (psize == 0) { e = q; q = q->next; qsize--; }
                else if (qsize == 0 || !q) { e = p; p = p->next; psize--; }
                else if (p->data <= q->data) { e = p; p = p->next; psize--; }
                else { e = q; q = q->next; qsize--; }
                if (tail) tail->next = e; else head = e;
                tail = e;
            }
            p = q;
        }
        tail->next = 0;
        if (merges <= 1) {
            return head;
        }
    }
}

static int list_work(uint32_t *seed, uint16_t *crc)
{
    struct node *head = list_build(seed);
    for (int i = 0; i < 24; i++) {
        struct node *n = list_find(head, (int16_t)((i * 37) % (NODES + 20)));
        *crc = crc16(*crc, n ? (uint16_t)n->data : 0xffff, 2);
    }
    head = list_reverse(head);
    *crc = crc16(*crc, (uint16_t)head->data, 2);
    head = list_sort(head);
    int count = 0;
    for (struct node *n = head; n; n = n->next) {
        if (n->next && n->data > n->next->data) {
            return 1;
        }
        *crc = crc16(*crc, (uint16_t)n->data, 2);
        count++;
    }
    return count == NODES ? 0 : 2;
}

/* ---- matrix kernel */
static int16_t ma[DIM][DIM], mb[DIM][DIM];
static int32_t mc[DIM][DIM];

static void matrix_work(uint32_t *seed, uint16_t *crc)
{
    for (int i = 0; i < DIM; i++) {
        for (int j = 0; j < DIM; j++) {
            ma[i][j] = (int16_t)((bench_random(seed) & 0x1ff) - 256);
            mb[i][j] = (int16_t)((bench_random(seed) & 0x1ff) - 256);
        }
    }
    for (int i = 0; i < DIM; i++) {
        for (int j = 0; j < DIM; j++) {
            int32_t s = 0;
            for (int k = 0; k < DIM; k++) {
                s += (int32_t)ma[i][k] * mb[k][j];
            }
            mc[i][j] = s;
        }
    }
    int16_t bias = (int16_t)(bench_random(seed) & 0xff);
    for (int i = 0; i < DIM; i++) {
        for (int j = 0; j < DIM; j++) {
            ma[i][j] = (int16_t)(ma[i][j] + bias);
            mc[i][j] += (int32_t)ma[i][j] * 3;
        }
    }
    uint32_t acc = 0;
    for (int i = 0; i < DIM; i++) {
        for (int j = 0; j < DIM; j++) {
            acc += (uint32_t)mc[i][j] ^ (uint32_t)(mc[i][j] >> 7);
        }
    }
    *crc = crc16(*crc, acc, 4);
}

/* ---- state machine */
enum token_state { START, SIGN, INTEGER, DOT, DECIMAL, EXP, EXP_SIGN, EXPONENT, JUNK };
enum { CLASS_INT, CLASS_DEC, CLASS_SCI, CLASS_JUNK, CLASSES };

static const char *const words[] = {
    "42", "-17", "3.25", "+0.5", "6.02e23", "1e-9", "x1", "--4", "7.", ".5", "12e", "0", "9.9E+3", "a.b",
};
#define WORDS (sizeof(words) / sizeof(words[0]))

static char text[512];

static int is_digit(char c) { return c >= '0' && c <= '9'; }

static enum token_state step(enum token_state s, char c)
{
    switch (s) {
    case START:    return (c == '+' || c == '-') ? SIGN : is_digit(c) ? INTEGER : JUNK;
    case SIGN:     return is_digit(c) ? INTEGER : JUNK;
    case INTEGER:  return is_digit(c) ? INTEGER : c == '.' ? DOT : (c == 'e' || c == 'E') ? EXP : JUNK;
    case DOT:      return is_digit(c) ? DECIMAL : JUNK;
    case DECIMAL:  return is_digit(c) ? DECIMAL : (c == 'e' || c == 'E') ? EXP : JUNK;
    case EXP:      return (c == '+' || c == '-') ? EXP_SIGN : is_digit(c) ? EXPONENT : JUNK;
    case EXP_SIGN: return is_digit(c) ? EXPONENT : JUNK;
    case EXPONENT: return is_digit(c) ? EXPONENT : JUNK;
    default:       return JUNK;
    }
}

static int classify(enum token_state s)
{
    switch (s) {
    case INTEGER:  return CLASS_INT;
    case DECIMAL:  return CLASS_DEC;
    case EXPONENT: return CLASS_SCI;
    default:       return CLASS_JUNK;
    }
}

static void state_work(uint32_t *seed, uint16_t *crc)
{
    int n = 0;
    while (n < (int)sizeof(text) - 16) {
        const char *w = words[bench_random(seed) % WORDS];
        while (*w) {
            text[n++] = *w++;
        }
        text[n++] = ' ';
    }
    text[n] = 0;
    uint32_t counts[CLASSES] = { 0 };
    uint32_t transitions = 0;
    enum token_state s = START;
    for (const char *p = text; *p; p++) {
        if (*p == ' ') {
            counts[classify(s)]++;
            s = START;
            continue;
        }
        enum token_state next = step(s, *p);
        transitions += next != s;
        s = next;
    }
    for (int c = 0; c < CLASSES; c++) {
        *crc = crc16(*crc, counts[c], 2);
    }
    *crc = crc16(*crc, transitions, 2);
}

#ifdef BENCH_HOST
#include <stdio.h>
#endif

int main(void)
{
    uint32_t seed = 0x0badcafeU;
    uint16_t crc = 0;
    for (int i = 0; i < ITERATIONS; i++) {
        int bad = list_work(&seed, &crc);
        if (bad) {
            return bad;
        }
        matrix_work(&seed, &crc);
        state_work(&seed, &crc);
    }
#ifdef BENCH_HOST
    printf("coremix crc 0x%04x\n", crc);
#endif
    return crc == EXPECTED_CRC ? 0 : 3;
}
