/* A small bytecode interpreter: a stack machine with locals, arithmetic, compares and jumps,
 * dispatched through a switch in a loop, the way simple language VMs run. The bytecode counts
 * the primes below LIMIT by trial division and sums them; the result is checked against a
 * sieve of Eratosthenes written directly in C. */
#include "bench.h"

#define LIMIT 70000

enum op { PUSH, LOAD, STORE, ADD, SUB, MUL, MOD, LT, LE, EQ, JZ, JMP, HALT };

/* Locals: 0 = n, 1 = d, 2 = count, 3 = sum, 4 = is_prime. The bytecode is assembled at start-up
 * by main(), which resolves the jump targets from the emitted positions. */
static int32_t code[128];
static int code_length;

static void emit(const int32_t *words, int n)
{
    for (int i = 0; i < n; i++) {
        code[code_length++] = words[i];
    }
}

static int64_t run(const int32_t *pc0, int64_t *locals)
{
    int64_t stack[16];
    int sp = 0;
    const int32_t *pc = pc0;
    for (;;) {
        switch ((enum op)*pc++) {
        case PUSH:  stack[sp++] = *pc++; break;
        case LOAD:  stack[sp++] = locals[*pc++]; break;
        case STORE: locals[*pc++] = stack[--sp]; break;
        case ADD:   sp--; stack[sp - 1] += stack[sp]; break;
        case SUB:   sp--; stack[sp - 1] -= stack[sp]; break;
        case MUL:   sp--; stack[sp - 1] *= stack[sp]; break;
        case MOD:   sp--; stack[sp - 1] %= stack[sp]; break;
        case LT:    sp--; stack[sp - 1] = stack[sp - 1] < stack[sp]; break;
        case LE:    sp--; stack[sp - 1] = stack[sp - 1] <= stack[sp]; break;
        case EQ:    sp--; stack[sp - 1] = stack[sp - 1] == stack[sp]; break;
        case JZ:    if (stack[--sp] == 0) pc = pc0 + *pc; else pc++; break;
        case JMP:   pc = pc0 + *pc; break;
        case HALT:  return locals[2];
        default:    return -1;
        }
    }
}

static uint8_t composite[LIMIT];

int main(void)
{
    /* assemble: labels resolved by position */
    static const int32_t init[] = {
        PUSH, 2, STORE, 0, PUSH, 0, STORE, 2, PUSH, 0, STORE, 3,
    };
    emit(init, 12);
    int outer = code_length;                                   /* while n < LIMIT */
    static const int32_t outer_head[] = { LOAD, 0, PUSH, LIMIT, LT, JZ, 0 };
    emit(outer_head, 7);
    int outer_exit_fixup = code_length - 1;
    static const int32_t outer_init[] = { PUSH, 1, STORE, 4, PUSH, 2, STORE, 1 };
    emit(outer_init, 8);
    int inner = code_length;                                   /* while d * d <= n */
    static const int32_t inner_head[] = { LOAD, 1, LOAD, 1, MUL, LOAD, 0, LE, JZ, 0 };
    emit(inner_head, 10);
    int inner_exit_fixup = code_length - 1;
    static const int32_t divides[] = { LOAD, 0, LOAD, 1, MOD, PUSH, 0, EQ, JZ, 0 };
    emit(divides, 10);
    int not_divisor_fixup = code_length - 1;
    static const int32_t found[] = { PUSH, 0, STORE, 4, JMP, 0 };
    emit(found, 6);
    int break_fixup = code_length - 1;
    code[not_divisor_fixup] = code_length;
    static const int32_t next_d[] = { LOAD, 1, PUSH, 1, ADD, STORE, 1, JMP, 0 };
    emit(next_d, 9);
    code[code_length - 1] = inner;
    code[inner_exit_fixup] = code_length;
    code[break_fixup] = code_length;
    static const int32_t tally[] = {                           /* if is_prime: count++, sum += n */
        LOAD, 4, JZ, 0,
        LOAD, 2, PUSH, 1, ADD, STORE, 2,
        LOAD, 3, LOAD, 0, ADD, STORE, 3,
    };
    emit(tally, 18);
    code[code_length - 18 + 3] = code_length;
    static const int32_t next_n[] = { LOAD, 0, PUSH, 1, ADD, STORE, 0, JMP, 0 };
    emit(next_n, 9);
    code[code_length - 1] = outer;
    code[outer_exit_fixup] = code_length;
    static const int32_t halt[] = { HALT };
    emit(halt, 1);

    int64_t locals[5] = { 0 };
    int64_t count = run(code, locals);

    /* the reference: a sieve */
    int64_t expected_count = 0, expected_sum = 0;
    for (int64_t n = 2; n < LIMIT; n++) {
        if (!composite[n]) {
            expected_count++;
            expected_sum += n;
            for (int64_t m = n * n; m < LIMIT; m += n) {
                composite[m] = 1;
            }
        }
    }
    if (count != expected_count) {
        return 1;
    }
    return locals[3] == expected_sum ? 0 : 2;
}
