/* Start-up of a benchmark guest: stack, gp, FPU on, .bss cleared, any trap ends the run with
 * exit code 99 (a benchmark never traps), then exit(main()). */
        .section .text.start, "ax", @progbits
        .globl _start
_start:
        .option push
        .option norelax
        la gp, __global_pointer$
        .option pop
        la sp, __stack_top
        la t0, trap
        csrw mtvec, t0
        li t0, 1 << 13                 /* mstatus.FS = Initial (priv 3.1.6.6) */
        csrs mstatus, t0
        csrwi fcsr, 0
        la t0, __bss_start
        la t1, __bss_end
1:      bgeu t0, t1, 2f
        sd zero, 0(t0)
        addi t0, t0, 8
        j 1b
2:      call main
        tail bench_exit

        .align 2
trap:   li a0, 99
        tail bench_exit
