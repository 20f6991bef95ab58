/**
 * The virt board: its memory map and interrupt numbers ({@link io.guestlab.emulator.board.VirtMemoryMap}),
 * its peripherals wired together ({@link io.guestlab.emulator.board.VirtPeripherals}) and its
 * device tree ({@link io.guestlab.emulator.board.VirtDeviceTree}, written by
 * {@link io.guestlab.emulator.board.FdtWriter}), all compatible with QEMU 7.2's {@code virt} machine.
 */
package io.guestlab.emulator.board;
