package io.guestlab.symbols.unwind;

/** A Frame Description Entry: the CFA program of the code in [pcBegin, pcEnd). */
public record Fde(String section, long offset, long pcBegin, long pcEnd, Cie cie, byte[] instructions) {

    public boolean contains(long pc) {
        return Long.compareUnsigned(pc, pcBegin) >= 0 && Long.compareUnsigned(pc, pcEnd) < 0;
    }

    public int returnAddressColumn() {
        return cie.returnAddressColumn();
    }

    /** 'S' augmentation: the frame of a signal/trap handler, whose pc is not a return address. */
    public boolean isSignalFrame() {
        return cie.signalFrame();
    }
}
