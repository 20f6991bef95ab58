#!/bin/sh
# Writes FILES C files of FUNCS functions each (own struct type, an inlined helper, a loop):
# a kernel-sized ELF for measuring how fast and how lean symbol and line-table loading is.
# usage: gen-big.sh DIR FILES FUNCS
set -e
dir=$1; files=$2; funcs=$3
mkdir -p "$dir"
f=0
while [ "$f" -lt "$files" ]; do
    awk -v file="$f" -v n="$funcs" 'BEGIN {
        for (i = 0; i < n; i++) {
            id = file * n + i
            printf "struct s%d { int a; long b; char c[8]; unsigned flag : 3; };\n", id
            printf "static inline int h%d(int x) { return x * %d + 1; }\n", id, id % 97
            printf "int f%d(struct s%d *p, int n)\n{\n    int t = 0;\n", id, id
            printf "    for (int i = 0; i < n; i++) {\n        t += h%d(p->a + i);\n    }\n", id
            printf "    p->b = t;\n    return t + p->c[n & 7];\n}\n\n"
        }
    }' > "$dir/big$f.c"
    f=$((f + 1))
done
printf 'void _start(void)\n{\n    for (;;) {\n    }\n}\n' > "$dir/start.c"
