package io.guestlab.emulator.bus;

/** A physical access that hit no device or RAM: becomes an access fault for a hart. */
public final class BusErrorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long address;

    public BusErrorException(long address) {
        super(String.format("no device or memory at physical address 0x%x", address), null, false, false);
        this.address = address;
    }

    public long address() {
        return address;
    }
}
