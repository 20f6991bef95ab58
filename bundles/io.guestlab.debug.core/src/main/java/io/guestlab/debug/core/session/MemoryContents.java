package io.guestlab.debug.core.session;

/**
 * A range of guest memory as a memory view shows it: per byte, whether it was read (RAM), is
 * unmapped (a page fault, or nothing at that physical address), or is a device register, read
 * only when the view asked for devices (a guest's read of one can change the device's state;
 * the debugger's own reads use the engine's side-effect-free peek, but show devices only on demand).
 */
public record MemoryContents(long address, byte[] bytes, Kind[] kinds) {

    public enum Kind {
        RAM, UNMAPPED, DEVICE, DEVICE_READ
    }
}
