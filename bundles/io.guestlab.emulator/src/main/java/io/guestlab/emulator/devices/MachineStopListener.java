package io.guestlab.emulator.devices;

/**
 * Receives a guest's request to power off, reboot or exit with a status. Called on the machine
 * thread in the middle of the guest's store; the run loop is expected to finish the current
 * instruction and then stop.
 */
@FunctionalInterface
public interface MachineStopListener {

    void stopRequested(MachineStop request);
}
