package io.guestlab.emulator.board;

import io.guestlab.emulator.bus.Bus;
import io.guestlab.emulator.devices.CfiFlash;
import io.guestlab.emulator.snapshot.SnapshotException;
import io.guestlab.emulator.snapshot.StateReader;
import io.guestlab.emulator.snapshot.StateWriter;
import io.guestlab.emulator.snapshot.Stateful;

import java.io.Closeable;
import java.io.IOException;

/**
 * The virt board's two CFI flash banks (QEMU's virt.flash0 and virt.flash1 at 0x20000000 and
 * 0x22000000), always present as on QEMU: a bank without an image reads as zeroes.
 */
final class FlashBanks implements Stateful, Closeable {

    private final CfiFlash[] banks = new CfiFlash[VirtMemoryMap.FLASH_BANKS];

    private FlashBanks() {
    }

    /** Opens the images {@code config} names; the message of a failure names the file. */
    static FlashBanks open(VirtBoardConfig config) throws IOException {
        FlashBanks flash = new FlashBanks();
        try {
            for (int unit = 0; unit < flash.banks.length; unit++) {
                FlashImage image = config.flash(unit);
                String name = "flash" + unit;
                flash.banks[unit] = image == null ? CfiFlash.blank(name) : CfiFlash.open(name, image.file(), image.readOnly());
            }
            return flash;
        } catch (IOException | RuntimeException e) {
            flash.close();
            throw e;
        }
    }

    void map(Bus bus) {
        for (int unit = 0; unit < banks.length; unit++) {
            bus.map(VirtMemoryMap.flashBase(unit), VirtMemoryMap.FLASH_BANK_SIZE, banks[unit]);
        }
    }

    CfiFlash bank(int unit) {
        return banks[unit];
    }

    @Override
    public void saveState(StateWriter out) {
        for (CfiFlash bank : banks) {
            bank.saveState(out);
        }
    }

    @Override
    public void restoreState(StateReader in) throws SnapshotException {
        for (CfiFlash bank : banks) {
            bank.restoreState(in);
        }
    }

    @Override
    public void close() throws IOException {
        for (CfiFlash bank : banks) {
            if (bank != null) {
                bank.close();
            }
        }
    }
}
