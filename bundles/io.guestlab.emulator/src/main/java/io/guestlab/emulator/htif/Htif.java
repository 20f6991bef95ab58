package io.guestlab.emulator.htif;

import io.guestlab.emulator.bus.Bus;
import io.guestlab.emulator.bus.StoreObserver;
import io.guestlab.emulator.loader.ElfFile;
import io.guestlab.emulator.snapshot.SnapshotException;
import io.guestlab.emulator.snapshot.StateReader;
import io.guestlab.emulator.snapshot.StateWriter;
import io.guestlab.emulator.snapshot.Stateful;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.IntConsumer;

/**
 * The Berkeley host-target interface as riscv-tests, Spike and QEMU use it: the guest writes a
 * command to the 64-bit word {@code tohost} (device [63:56], command [55:48], payload [47:0])
 * and the host answers in {@code fromhost}. Supported: device 0 command 0 (exit when the
 * payload is odd, code = payload >> 1; otherwise a proxied syscall block, of which write and
 * exit are served) and device 1 command 1 (console putchar).
 */
public final class Htif implements StoreObserver, Stateful {

    private static final int SYS_WRITE = 64;
    private static final int SYS_EXIT = 93;
    private static final long ENOSYS = -38;

    private final Bus bus;
    private final long tohost;
    private final long fromhost;
    private final OutputStream console;
    private final IntConsumer exit;

    /**
     * @param fromhost address of fromhost, or -1 if the program has none
     * @param exit     called with the exit code when the guest asks to exit
     */
    public Htif(Bus bus, long tohost, long fromhost, OutputStream console, IntConsumer exit) {
        if (!bus.isRam(tohost, 8) || (fromhost != -1 && !bus.isRam(fromhost, 8))) {
            throw new IllegalArgumentException(String.format("HTIF tohost 0x%x / fromhost 0x%x must lie in RAM", tohost, fromhost));
        }
        this.bus = bus;
        this.tohost = tohost;
        this.fromhost = fromhost;
        this.console = console;
        this.exit = exit;
        bus.addStoreObserver(this);
        bus.observe(tohost, 8);
    }

    /**
     * Connects HTIF for a program that defines {@code tohost} (and optionally {@code fromhost}),
     * as Spike and riscv-tests expect; returns null if the program defines no {@code tohost}.
     *
     * @throws IllegalArgumentException if tohost or fromhost lies outside RAM
     */
    public static Htif forProgram(Bus bus, ElfFile elf, OutputStream console, IntConsumer exit) {
        var tohost = elf.symbol("tohost");
        if (tohost.isEmpty()) {
            return null;
        }
        return new Htif(bus, tohost.get(), elf.symbol("fromhost").orElse(-1L), console, exit);
    }

    /** Physical address of the tohost word. */
    public long tohost() {
        return tohost;
    }

    /** Physical address of the fromhost word, or -1 if the program has none. */
    public long fromhost() {
        return fromhost;
    }

    @Override
    public void stored(long address, int size, int hartId) {
        if (address >= tohost + 8 || address + size <= tohost) {
            return;
        }
        long command = bus.readLong(tohost, 8);
        if (command == 0) {
            return;
        }
        int device = (int) (command >>> 56);
        int cmd = (int) (command >>> 48) & 0xff;
        long payload = command & 0xffff_ffff_ffffL;
        if (device == 0 && cmd == 0) {
            if ((payload & 1) != 0) {
                exit.accept((int) (payload >>> 1));
                return;
            }
            syscall(payload);
            respond(command, 1);
        } else if (device == 1 && cmd == 1) {
            try {
                console.write((int) payload & 0xff);
                console.flush();
            } catch (IOException e) {
                // the console went away (closed pipe): output is dropped, the guest keeps running
            }
            respond(command, 0x100 | (payload & 0xff));
        } else {
            bus.writeLong(tohost, 8, 0); // unknown device or command: consumed without an answer
        }
    }

    /**
     * HTIF answers every command at once, so between two guest stores it holds no state of its
     * own (tohost and fromhost are RAM). The addresses are written so that the state of one
     * program is never restored into a machine that watches another program's tohost.
     */
    @Override
    public void saveState(StateWriter out) {
        out.section("htif");
        out.putLong("tohost", tohost);
        out.putLong("fromhost", fromhost);
    }

    @Override
    public void restoreState(StateReader in) throws SnapshotException {
        in.section("htif");
        long savedTohost = in.getLong("tohost");
        long savedFromhost = in.getLong("fromhost");
        if (savedTohost != tohost || savedFromhost != fromhost) {
            throw new SnapshotException(String.format("machine state fields 'htif.tohost' / 'htif.fromhost' are "
                    + "0x%x / 0x%x but this machine's program has them at 0x%x / 0x%x",
                    savedTohost, savedFromhost, tohost, fromhost));
        }
    }

    private void respond(long command, long response) {
        bus.writeLong(tohost, 8, 0);
        if (fromhost != -1) {
            bus.writeLong(fromhost, 8, (command & 0xffff_0000_0000_0000L) | response);
        }
    }

    /** A proxied syscall: eight 64-bit words at {@code block}: number, three arguments... result in word 0. */
    private void syscall(long block) {
        if (!bus.isRam(block, 64)) {
            return;
        }
        long number = bus.readLong(block, 8);
        long a0 = bus.readLong(block + 8, 8);
        long a1 = bus.readLong(block + 16, 8);
        long a2 = bus.readLong(block + 24, 8);
        long result = ENOSYS;
        if (number == SYS_WRITE && (a0 == 1 || a0 == 2) && a2 >= 0 && a2 < (1 << 20) && bus.isRam(a1, (int) Math.max(a2, 1))) {
            byte[] bytes = new byte[(int) a2];
            bus.read(a1, bytes, 0, bytes.length);
            try {
                console.write(bytes);
                console.flush();
            } catch (IOException e) {
                // dropped, as for putchar
            }
            result = a2;
        } else if (number == SYS_EXIT) {
            exit.accept((int) a0);
            return;
        }
        bus.writeLong(block, 8, result);
    }
}
