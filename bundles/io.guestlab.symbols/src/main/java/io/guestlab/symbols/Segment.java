package io.guestlab.symbols;

/** One ELF program header (ELF gABI, "Program Header"): what a loader places in memory. */
public record Segment(long type, long flags, long fileOffset, long virtualAddress, long physicalAddress,
        long fileSize, long memorySize, long alignment) {

    public static final long PT_LOAD = 1;

    public boolean isLoad() {
        return type == PT_LOAD;
    }
}
