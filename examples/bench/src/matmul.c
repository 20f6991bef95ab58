/* Double-precision matrix multiply, C = A * B (i-k-j order, N x N), repeated with changing
 * inputs. The entries are small integers, so every product and sum is exact in binary64 and
 * the result can be checked exactly: Freivalds' test C x == A (B x) for a fixed vector x, and
 * a trace computed element by element. */
#include "bench.h"

#define N      96
#define ROUNDS 40

static double a[N][N], b[N][N], c[N][N];

static void multiply(void)
{
    for (int i = 0; i < N; i++) {
        for (int j = 0; j < N; j++) {
            c[i][j] = 0.0;
        }
        for (int k = 0; k < N; k++) {
            double aik = a[i][k];
            for (int j = 0; j < N; j++) {
                c[i][j] += aik * b[k][j];
            }
        }
    }
}

static int check(void)
{
    static double x[N], bx[N], abx[N], cx[N];
    for (int i = 0; i < N; i++) {
        x[i] = (double)((i * 7) % 11 - 5);
    }
    for (int i = 0; i < N; i++) {
        double s = 0.0, t = 0.0;
        for (int j = 0; j < N; j++) {
            s += b[i][j] * x[j];
            t += c[i][j] * x[j];
        }
        bx[i] = s;
        cx[i] = t;
    }
    for (int i = 0; i < N; i++) {
        double s = 0.0;
        for (int j = 0; j < N; j++) {
            s += a[i][j] * bx[j];
        }
        abx[i] = s;
        if (abx[i] != cx[i]) {
            return 1;
        }
    }
    /* trace(C) = sum over i, k of a[i][k] * b[k][i] */
    double trace = 0.0, expected = 0.0;
    for (int i = 0; i < N; i++) {
        trace += c[i][i];
        for (int k = 0; k < N; k++) {
            expected += a[i][k] * b[k][i];
        }
    }
    return trace != expected ? 2 : 0;
}

int main(void)
{
    uint32_t seed = 0x1234567U;
    for (int round = 0; round < ROUNDS; round++) {
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                a[i][j] = (double)((int)(bench_random(&seed) % 33) - 16);
                b[i][j] = (double)((int)(bench_random(&seed) % 33) - 16);
            }
        }
        multiply();
        int bad = check();
        if (bad) {
            return bad;
        }
    }
    return 0;
}
