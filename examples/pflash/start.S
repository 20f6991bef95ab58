# Reset entry in flash bank 0 (M-mode, a0 = hart id, a1 = device tree): hart 0 runs
# main(hart, dtb) on a stack in RAM, every other hart parks.
    .section .text.start
    .globl _start
_start:
    bnez    a0, park
    la      sp, __stack_top
    call    main
park:
    wfi
    j       park
