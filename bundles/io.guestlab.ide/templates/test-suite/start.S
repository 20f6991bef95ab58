# Reset entry in M-mode: one stack, so every hart but 0 sleeps; zero .bss, enable the FPU, call
# main and hand its return value to htif_exit as the program's exit code.
    .section .text.start
    .globl _start
_start:
    csrr    t0, mhartid
    bnez    t0, park
    la      sp, __stack_top
    li      t0, 1 << 13             # mstatus.FS = Initial: compiled C may use the FPU
    csrs    mstatus, t0
    la      t0, __bss_start
    la      t1, __bss_end
1:  bgeu    t0, t1, 2f
    sd      zero, 0(t0)
    addi    t0, t0, 8
    j       1b
2:  call    main
    call    htif_exit               # a0 still holds main's result: the verdict
park:
    wfi
    j       park
