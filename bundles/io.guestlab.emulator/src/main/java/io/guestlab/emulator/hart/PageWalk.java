package io.guestlab.emulator.hart;

import io.guestlab.emulator.TrapCause;
import io.guestlab.emulator.bus.BusErrorException;

/**
 * The page-table walk of Sv39 and Sv48 (Privileged ISA sections 4.3-4.5) for a hart: its satp,
 * mstatus.SUM/MXR, PMP checks of the page-table accesses, A/D updates in memory (the Svadu
 * behaviour), and the page and access faults a walk raises.
 */
final class PageWalk {

    private static final int FETCH = Pmp.FETCH, LOAD = Pmp.LOAD, STORE = Pmp.STORE;

    private PageWalk() {
    }

    /**
     * Translates {@code va} for {@code access} at privilege {@code p}. With {@code enforce} false
     * (debugger accesses) permissions are not checked, A/D bits are not updated, and failures
     * return -1 instead of raising a page fault.
     */
    static long translate(Hart h, long va, int access, int p, boolean enforce) {
        long mode = h.satp >>> 60;
        if (p == Hart.M || mode == 0) {
            return va;
        }
        int levels = mode == 8 ? 3 : 4;
        int vaBits = 12 + 9 * levels;
        long top = va >> (vaBits - 1);
        if (top != 0 && top != -1) {
            return pageFault(h, va, access, enforce);
        }
        long table = (h.satp & ((1L << 44) - 1)) << 12;
        for (int level = levels - 1; level >= 0; level--) {
            long pteAddress = table + ((va >>> (12 + 9 * level)) & 511) * 8;
            if (enforce && !h.pmp.allows(pteAddress, 8, LOAD, Hart.S)) {
                throw h.raise(accessFault(access), va);
            }
            long pte;
            try {
                pte = h.bus.load(pteAddress, 8);
            } catch (BusErrorException e) {
                if (!enforce) {
                    return -1;
                }
                throw h.raise(accessFault(access), va);
            }
            boolean valid = (pte & 1) != 0;
            boolean r = (pte & 2) != 0, w = (pte & 4) != 0, xp = (pte & 8) != 0;
            if (!valid || (!r && w) || (pte >>> 54) != 0) {
                return pageFault(h, va, access, enforce);
            }
            long ppn = (pte >>> 10) & ((1L << 44) - 1);
            if (!r && !xp) {
                table = ppn << 12;
                continue;
            }
            if (level > 0 && (ppn & ((1L << (9 * level)) - 1)) != 0) {
                return pageFault(h, va, access, enforce); // misaligned superpage
            }
            long pageOffsetMask = (1L << (12 + 9 * level)) - 1;
            long pa = (ppn << 12 & ~pageOffsetMask) | (va & pageOffsetMask);
            if (!enforce) {
                return pa;
            }
            if (level > 0) {
                h.superpageCached = true; // its 4 KiB TLB entries all hang on one leaf PTE
            }
            boolean user = (pte & 16) != 0;
            if (p == Hart.U ? !user : user && (access == FETCH || (h.mstatus & Hart.SUM) == 0)) {
                return pageFault(h, va, access, true);
            }
            boolean permitted = switch (access) {
                case FETCH -> xp;
                case LOAD -> r || (xp && (h.mstatus & Hart.MXR) != 0);
                default -> w;
            };
            if (!permitted) {
                return pageFault(h, va, access, true);
            }
            long updated = pte | 0x40 | (access == STORE ? 0x80 : 0); // A, and D on a store (Svadu behaviour)
            if (updated != pte) {
                if (!h.pmp.allows(pteAddress, 8, STORE, Hart.S)) {
                    throw h.raise(accessFault(access), va);
                }
                h.bus.store(pteAddress, 8, updated, h.id);
            }
            return pa;
        }
        return pageFault(h, va, access, enforce);
    }

    private static long pageFault(Hart h, long va, int access, boolean enforce) {
        if (!enforce) {
            return -1;
        }
        throw h.raise(access == FETCH ? TrapCause.INSTRUCTION_PAGE_FAULT
                : access == LOAD ? TrapCause.LOAD_PAGE_FAULT : TrapCause.STORE_PAGE_FAULT, va);
    }

    private static int accessFault(int access) {
        return access == FETCH ? TrapCause.INSTRUCTION_ACCESS_FAULT
                : access == LOAD ? TrapCause.LOAD_ACCESS_FAULT : TrapCause.STORE_ACCESS_FAULT;
    }
}
