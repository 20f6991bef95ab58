# Reset entry: hart 0 runs C; the other harts wait in a loop of their own (a place where a
# debugger finds a secondary hart), each on its own stack.
    .section .text.start
    .globl _start
_start:
    csrr    t0, mhartid
    la      sp, __stack_top
    slli    t1, t0, 12              # 4 KiB of stack per hart
    sub     sp, sp, t1
    bnez    t0, secondary
    li      t0, 1 << 13             # mstatus.FS = Initial: compiled C may use the FPU
    csrs    mstatus, t0
    la      t0, __bss_start
    la      t1, __bss_end
1:  bgeu    t0, t1, 2f
    sd      zero, 0(t0)
    addi    t0, t0, 8
    j       1b
2:  call    main
    call    htif_exit
secondary:
    call    secondary_main
3:  wfi
    j       3b
