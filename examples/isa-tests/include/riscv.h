/* CSR numbers that the assembler may not know by name, and the bit fields the ISA tests use.
 * Field positions follow the RISC-V Privileged Architecture, version 20211203. */
#ifndef GUESTLAB_RISCV_H
#define GUESTLAB_RISCV_H

/* mstatus / sstatus (priv 3.1.6) */
#define MSTATUS_SIE   (1 << 1)
#define MSTATUS_MIE   (1 << 3)
#define MSTATUS_SPIE  (1 << 5)
#define MSTATUS_MPIE  (1 << 7)
#define MSTATUS_SPP   (1 << 8)
#define MSTATUS_MPP   (3 << 11)
#define MSTATUS_MPP_S (1 << 11)
#define MSTATUS_FS    (3 << 13)
#define MSTATUS_FS_INITIAL (1 << 13)
#define MSTATUS_FS_DIRTY   (3 << 13)
#define MSTATUS_MPRV  (1 << 17)
#define MSTATUS_SUM   (1 << 18)
#define MSTATUS_MXR   (1 << 19)
#define MSTATUS_TVM   (1 << 20)
#define MSTATUS_TW    (1 << 21)
#define MSTATUS_TSR   (1 << 22)
#define MSTATUS_UXL   (3 << 32)
#define MSTATUS_SXL   (3 << 34)
#define MSTATUS_SD    (1 << 63)

/* privilege levels as encoded in mstatus.MPP (priv 1.2) */
#define PRV_U 0
#define PRV_S 1
#define PRV_M 3

/* mcause exception codes (priv 3.1.15, table 3.6) */
#define CAUSE_MISALIGNED_FETCH    0
#define CAUSE_FETCH_ACCESS        1
#define CAUSE_ILLEGAL_INSTRUCTION 2
#define CAUSE_BREAKPOINT          3
#define CAUSE_MISALIGNED_LOAD     4
#define CAUSE_LOAD_ACCESS         5
#define CAUSE_MISALIGNED_STORE    6
#define CAUSE_STORE_ACCESS        7
#define CAUSE_USER_ECALL          8
#define CAUSE_SUPERVISOR_ECALL    9
#define CAUSE_MACHINE_ECALL       11
#define CAUSE_FETCH_PAGE_FAULT    12
#define CAUSE_LOAD_PAGE_FAULT     13
#define CAUSE_STORE_PAGE_FAULT    15
#define CAUSE_INTERRUPT           (1 << 63)

/* interrupt numbers: bit positions in mip/mie and mcause (priv 3.1.9) */
#define IRQ_S_SOFT   1
#define IRQ_M_SOFT   3
#define IRQ_S_TIMER  5
#define IRQ_M_TIMER  7
#define IRQ_S_EXT    9
#define IRQ_M_EXT    11
#define MIP_SSIP     (1 << IRQ_S_SOFT)
#define MIP_MSIP     (1 << IRQ_M_SOFT)
#define MIP_STIP     (1 << IRQ_S_TIMER)

/* satp (priv 4.1.11) */
#define SATP_MODE_SV39 (8 << 60)
#define SATP_MODE_SV48 (9 << 60)

/* page-table entry bits (priv 4.3.1) */
#define PTE_V (1 << 0)
#define PTE_R (1 << 1)
#define PTE_W (1 << 2)
#define PTE_X (1 << 3)
#define PTE_U (1 << 4)
#define PTE_G (1 << 5)
#define PTE_A (1 << 6)
#define PTE_D (1 << 7)
#define PTE_PPN_SHIFT 10

/* pmpcfg fields (priv 3.7.1) */
#define PMP_R     0x01
#define PMP_W     0x02
#define PMP_X     0x04
#define PMP_OFF   0x00
#define PMP_TOR   0x08
#define PMP_NA4   0x10
#define PMP_NAPOT 0x18
#define PMP_L     0x80

/* fflags (unpriv 11.2) */
#define FFLAG_NX 0x01
#define FFLAG_UF 0x02
#define FFLAG_OF 0x04
#define FFLAG_DZ 0x08
#define FFLAG_NV 0x10

/* rounding modes (unpriv 11.2, table 11.1) */
#define RM_RNE 0
#define RM_RTZ 1
#define RM_RDN 2
#define RM_RUP 3
#define RM_RMM 4

#endif
