/**
 * The virt board's peripherals, one file per device, each coded against the bus interfaces
 * ({@link io.guestlab.emulator.bus.Device}, {@link io.guestlab.emulator.bus.IrqLine},
 * {@link io.guestlab.emulator.bus.PhysicalMemory}) and declaring its registers as named offsets.
 * <p>
 * Rules every device follows: no guest register access throws (unknown offsets read 0, writes are
 * ignored and reported once); DMA faults and malformed virtqueues put a virtio device into
 * DEVICE_NEEDS_RESET instead of reaching the host; time is read only from a {@link
 * io.guestlab.emulator.devices.TimeSource}, so that runs in virtual time are deterministic; host
 * input (UART, virtio console) may be queued from any thread and enters the guest on the machine
 * thread.
 */
package io.guestlab.emulator.devices;
