/* Integer sort: rounds of filling an array with pseudo-random keys and sorting it with an
 * introspective quicksort (median of three, insertion sort for short runs, heapsort when the
 * recursion gets deep). Self-check after every round: the array is ordered, and its sum and
 * xor of mixed keys equal those of the unsorted input (the same multiset). */
#include "bench.h"

#define KEYS   32768
#define ROUNDS 48

static uint32_t keys[KEYS];

static void insertion_sort(uint32_t *a, long n)
{
    for (long i = 1; i < n; i++) {
        uint32_t v = a[i];
        long j = i - 1;
        while (j >= 0 && a[j] > v) {
            a[j + 1] = a[j];
            j--;
        }
        a[j + 1] = v;
    }
}

static void sift_down(uint32_t *a, long root, long n)
{
    uint32_t v = a[root];
    for (long child; (child = 2 * root + 1) < n; root = child) {
        if (child + 1 < n && a[child + 1] > a[child]) {
            child++;
        }
        if (a[child] <= v) {
            break;
        }
        a[root] = a[child];
    }
    a[root] = v;
}

static void heap_sort(uint32_t *a, long n)
{
    for (long i = n / 2 - 1; i >= 0; i--) {
        sift_down(a, i, n);
    }
    for (long end = n - 1; end > 0; end--) {
        uint32_t top = a[0];
        a[0] = a[end];
        a[end] = top;
        sift_down(a, 0, end);
    }
}

static void swap(uint32_t *a, long i, long j)
{
    uint32_t t = a[i];
    a[i] = a[j];
    a[j] = t;
}

static void intro_sort(uint32_t *a, long n, int depth)
{
    while (n > 16) {
        if (depth-- == 0) {
            heap_sort(a, n);
            return;
        }
        long mid = n / 2;
        if (a[mid] < a[0]) swap(a, mid, 0);
        if (a[n - 1] < a[0]) swap(a, n - 1, 0);
        if (a[n - 1] < a[mid]) swap(a, n - 1, mid);
        uint32_t pivot = a[mid];
        long i = 0, j = n - 1;
        for (;;) {
            while (a[i] < pivot) i++;
            while (a[j] > pivot) j--;
            if (i >= j) break;
            swap(a, i, j);
            i++;
            j--;
        }
        /* recurse into the smaller side, loop on the larger one */
        if (j + 1 < n - j - 1) {
            intro_sort(a, j + 1, depth);
            a += j + 1;
            n -= j + 1;
        } else {
            intro_sort(a + j + 1, n - j - 1, depth);
            n = j + 1;
        }
    }
    insertion_sort(a, n);
}

static uint32_t mix(uint32_t x)
{
    x ^= x >> 16;
    x *= 0x7feb352dU;
    x ^= x >> 15;
    return x;
}

int main(void)
{
    uint32_t seed = 0x2545f491U;
    for (int round = 0; round < ROUNDS; round++) {
        uint64_t sum = 0;
        uint32_t hash = 0;
        /* every fourth round has many duplicate keys, one is already sorted */
        uint32_t mask = (round % 4 == 3) ? 0xffU : 0xffffffffU;
        for (long i = 0; i < KEYS; i++) {
            uint32_t k = (round == 5) ? (uint32_t)i : (bench_random(&seed) & mask);
            keys[i] = k;
            sum += k;
            hash ^= mix(k);
        }
        intro_sort(keys, KEYS, 64);
        for (long i = 0; i < KEYS; i++) {
            if (i > 0 && keys[i - 1] > keys[i]) {
                return 1;
            }
            sum -= keys[i];
            hash ^= mix(keys[i]);
        }
        if (sum != 0 || hash != 0) {
            return 2;
        }
    }
    return 0;
}
