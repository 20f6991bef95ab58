# Reset entry: one stack per hart would be needed for SMP; this example parks every hart but 0.
    .section .text.start
    .globl _start
_start:
    csrr    t0, mhartid
    bnez    t0, park
    la      sp, __stack_top
    # Enable the FPU (mstatus.FS = Initial) so that compiled C may use it.
    li      t0, 1 << 13
    csrs    mstatus, t0
    la      t0, __bss_start
    la      t1, __bss_end
1:  bgeu    t0, t1, 2f
    sd      zero, 0(t0)
    addi    t0, t0, 8
    j       1b
2:  call    main
    call    htif_exit
park:
    wfi
    j       park
