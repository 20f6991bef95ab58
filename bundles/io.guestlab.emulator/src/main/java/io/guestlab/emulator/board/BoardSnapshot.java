package io.guestlab.emulator.board;

import io.guestlab.emulator.snapshot.DiskOverlay;
import io.guestlab.emulator.snapshot.RamImage;

import java.util.List;

/**
 * Everything needed to rebuild a virt board exactly as it was: the configuration it was built
 * from, the state of its harts and devices ({@link io.guestlab.emulator.snapshot.StateWriter} bytes), its RAM and the overlays
 * of its disks (one per drive, in drive order).
 */
public record BoardSnapshot(VirtBoardConfig config, byte[] state, RamImage ram, List<DiskOverlay> disks) {

    public BoardSnapshot {
        disks = List.copyOf(disks);
    }
}
