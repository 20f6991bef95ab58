package io.guestlab.symbols;

import java.util.List;

/**
 * What an address means in source terms, the way binutils' addr2line sees it: nothing when the
 * address lies in no allocated section; otherwise the innermost location first, then (for
 * inlined code) each caller out to the real function.
 */
public record AddressInfo(long address, List<SourceLocation> locations) {

    public boolean found() {
        return !locations.isEmpty();
    }
}
