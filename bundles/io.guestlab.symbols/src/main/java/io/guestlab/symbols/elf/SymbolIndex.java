package io.guestlab.symbols.elf;

import io.guestlab.symbols.ElfSymbol;
import io.guestlab.symbols.SymbolMatch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Address-sorted symbols for nearest-symbol lookup in O(log n) (kernels have 100k+ symbols),
 * and a name index. Among symbols at one address a sized function beats an object, a global
 * beats a local, so the name users expect wins.
 */
public final class SymbolIndex {

    private final ElfSymbol[] byAddress;
    private final long[] addresses;
    private final Map<String, ElfSymbol> byName = new HashMap<>();

    public SymbolIndex(List<ElfSymbol> symbols) {
        List<ElfSymbol> usable = new ArrayList<>();
        for (ElfSymbol s : symbols) {
            if (s.isAddressable() && s.sectionIndex() != ElfSymbol.SHN_ABS && !isMappingSymbol(s.name())) {
                usable.add(s);
            }
            if (s.isAddressable()) {
                ElfSymbol old = byName.get(s.name());
                if (old == null || rank(s) > rank(old)) {
                    byName.put(s.name(), s);
                }
            }
        }
        usable.sort(Comparator.<ElfSymbol>comparingLong(ElfSymbol::address)
                .thenComparing(Comparator.comparingInt(SymbolIndex::rank).reversed()));
        byAddress = usable.toArray(new ElfSymbol[0]);
        addresses = new long[byAddress.length];
        for (int i = 0; i < byAddress.length; i++) {
            addresses[i] = byAddress[i].address();
        }
    }

    /** RISC-V psABI mapping symbols ($x, $d) mark instruction/data regions, not names. */
    private static boolean isMappingSymbol(String name) {
        return name.startsWith("$x") || name.startsWith("$d") || name.startsWith(".L");
    }

    private static int rank(ElfSymbol s) {
        int r = 0;
        if (s.type() == ElfSymbol.STT_FUNC) {
            r += 4;
        } else if (s.type() == ElfSymbol.STT_OBJECT) {
            r += 2;
        }
        if (s.binding() != ElfSymbol.STB_LOCAL) {
            r += 1;
        }
        if (s.size() > 0) {
            r += 8;
        }
        return r;
    }

    public int size() {
        return byAddress.length;
    }

    public ElfSymbol byName(String name) {
        return byName.get(name);
    }

    /**
     * The symbol at or before {@code address}. A symbol with a size must contain the address;
     * a symbol without a size (assembly labels) covers up to the next symbol.
     */
    public SymbolMatch nearest(long address) {
        int i = Arrays.binarySearch(addresses, address);
        if (i < 0) {
            i = -i - 2;
        } else {
            while (i + 1 < addresses.length && addresses[i + 1] == address) {
                i++;
            }
        }
        // Walk back over symbols at lower addresses: a sized symbol that ends before the
        // address does not match, but an enclosing one (e.g. a function around a local label) may.
        for (int j = i, steps = 0; j >= 0 && steps < 64; j--, steps++) {
            ElfSymbol s = byAddress[j];
            long offset = address - s.address();
            if (s.size() == 0 || Long.compareUnsigned(offset, s.size()) < 0) {
                return new SymbolMatch(best(j), offset);
            }
        }
        return null;
    }

    /** The best-ranked symbol sharing byAddress[j]'s address (they are sorted best first). */
    private ElfSymbol best(int j) {
        int k = j;
        while (k > 0 && addresses[k - 1] == addresses[j]) {
            k--;
        }
        ElfSymbol s = byAddress[k];
        return s.size() == 0 && byAddress[j].size() > 0 ? byAddress[j] : s;
    }
}
