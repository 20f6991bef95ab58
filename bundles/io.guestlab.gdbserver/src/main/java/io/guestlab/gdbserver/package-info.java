/**
 * A GDB remote serial protocol server (GDB manual, appendix E) for Guestlab machines, so that
 * gdb, CDT or any RSP client can debug a guest: harts are threads, breakpoints and watchpoints
 * are the engine's own, registers follow GDB's RISC-V numbering and target description.
 * <p>
 * Entry point: {@link io.guestlab.gdbserver.GdbServer#start}. The protocol layer talks to a
 * {@link io.guestlab.gdbserver.GdbTarget}; the engine's {@code Machine} is adapted to it
 * internally. Layers: framing ({@code PacketConnection}), packets ({@code GdbSession}),
 * the machine adapter ({@code MachineTarget}) and its monitor commands ({@code MachineMonitor}).
 */
package io.guestlab.gdbserver;
