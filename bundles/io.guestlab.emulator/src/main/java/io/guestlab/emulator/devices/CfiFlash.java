package io.guestlab.emulator.devices;

import io.guestlab.emulator.bus.Device;
import io.guestlab.emulator.snapshot.SnapshotException;
import io.guestlab.emulator.snapshot.StateReader;
import io.guestlab.emulator.snapshot.StateWriter;
import io.guestlab.emulator.snapshot.Stateful;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.BitSet;

/**
 * One bank of CFI parallel flash with the Intel/Sharp command set (CFI 1.x, command set 0001),
 * as QEMU 7.2's virt machine builds it (pflash_cfi01): two 16-bit chips side by side on a 32-bit
 * bus, 32 MiB in 128 blocks of 256 KiB, manufacturer 0x89, device 0x18, little endian. Every
 * answer of the chips (ids, CFI table, status) is replicated in both halves of a word, as QEMU
 * does. It implements what QEMU implements, with QEMU's quirks: a program stores the value (it
 * does not AND it into the old one), an erase happens at the erase command (the confirm only
 * finishes it), the write buffer writes through at once.
 * <p>
 * The image file is read, never written: what the guest programs or erases lives in memory, in
 * whole 4 KiB pages, so a snapshot holds only those pages. A bank without an image reads as zeroes
 * and can be written, as QEMU's does.
 */
public final class CfiFlash implements Device, Stateful, Closeable {

    public static final long SIZE = 32L << 20;
    public static final int BANK_WIDTH = 4;
    static final long BLOCK_SIZE = 256 << 10;
    static final int BLOCKS = (int) (SIZE / BLOCK_SIZE);
    private static final int CHIPS = 2;
    private static final int PAGE = 4096;
    private static final int MANUFACTURER = 0x89;
    private static final int DEVICE = 0x18;
    /** The write buffer's size per chip, 2^11 bytes (CFI 0x2A). */
    private static final int BUFFER_SHIFT = 11;

    // Commands (Intel/Sharp command set) and the status register's bits.
    static final int READ_ARRAY = 0xff;
    static final int PROGRAM = 0x40;
    static final int PROGRAM_ALT = 0x10;
    static final int BLOCK_ERASE = 0x20;
    static final int CLEAR_STATUS = 0x50;
    static final int LOCK = 0x60;
    static final int READ_STATUS = 0x70;
    static final int READ_ID = 0x90;
    static final int CFI_QUERY = 0x98;
    static final int WRITE_BUFFER = 0xe8;
    static final int CONFIRM = 0xd0;
    static final int LOCK_SET = 0x01;
    static final int AMD_RESET = 0xf0;
    static final int STATUS_READY = 0x80;
    static final int STATUS_ERASE_ERROR = 0x20;
    static final int STATUS_PROGRAM_ERROR = 0x10;
    /** QEMU's model's name for read-array mode, the state it starts in. */
    private static final int ARRAY = 0x00;

    private static final byte[] CFI = cfiTable();
    private static final byte[] ZERO_PAGE = new byte[PAGE];

    private final String name;
    private final Path file;
    private final boolean readOnly;
    private final FileChannel channel;
    private final long lastModified;
    /** Pages read from the image or written by the guest; null: not read yet (zeroes without an image). */
    private final byte[][] pages = new byte[(int) (SIZE / PAGE)][];
    private final BitSet written = new BitSet(pages.length);

    // The command state machine (QEMU's cmd, wcycle, status, counter).
    private int command = ARRAY;
    private int cycle;
    private int status = STATUS_READY;
    private long counter;

    private CfiFlash(String name, Path file, boolean readOnly, FileChannel channel, long lastModified) {
        this.name = name;
        this.file = file;
        this.readOnly = readOnly;
        this.channel = channel;
        this.lastModified = lastModified;
    }

    /** Why an image of {@code size} bytes cannot fill a bank ("is N bytes; ..."), or null if it can. */
    public static String sizeProblem(long size) {
        return size == SIZE ? null : "is " + size + " bytes; a virt flash bank needs exactly " + SIZE
                + " (32 MiB): pad it with truncate -s 32M";
    }

    /** A bank without an image: it reads as zeroes and can be written. */
    public static CfiFlash blank(String name) {
        return new CfiFlash(name, null, false, null, 0);
    }

    /**
     * A bank showing {@code image}, which must be exactly 32 MiB as QEMU requires; {@code readOnly}
     * makes programs and erases fail as on a write-protected chip.
     */
    public static CfiFlash open(String name, Path image, boolean readOnly) throws IOException {
        if (!Files.isRegularFile(image)) {
            throw new IOException("flash image " + image + " does not exist or is not a regular file");
        }
        FileChannel channel = FileChannel.open(image, StandardOpenOption.READ);
        try {
            long size = channel.size();
            if (sizeProblem(size) != null) {
                throw new IOException("flash image " + image + " " + sizeProblem(size));
            }
            return new CfiFlash(name, image, readOnly, channel, Files.getLastModifiedTime(image).toMillis());
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public String name() {
        return name;
    }

    /** The image file, or null for a blank bank. */
    public Path file() {
        return file;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    @Override
    public long read(long offset, int size) {
        if (command == ARRAY) {
            return data(offset, size);
        }
        if (size == 8) { // QEMU's device takes at most 4 bytes at a time
            return (read(offset, 4) & 0xffff_ffffL) | read(offset + 4, 4) << 32;
        }
        long value = switch (command) {
            case READ_ID -> replicated(id(offset));
            case CFI_QUERY -> replicated(cfi(offset));
            default -> size > 2 ? replicated(status) : status; // each chip answers its status
        };
        return value & ((1L << (8 * size)) - 1);
    }

    @Override
    public void write(long offset, int size, long value) {
        if (size == 8) {
            write(offset, 4, value & 0xffff_ffffL);
            write(offset + 4, 4, value >>> 32);
            return;
        }
        int cmd = (int) value & 0xff;
        switch (cycle) {
            case 0 -> firstCycle(offset, cmd);
            case 1 -> secondCycle(offset, size, value, cmd);
            case 2 -> bufferData(offset, size, value);
            case 3 -> {
                if (command == WRITE_BUFFER && cmd == CONFIRM) {
                    cycle = 0;
                    status |= STATUS_READY;
                } else {
                    readArray();
                }
            }
            default -> readArray();
        }
    }

    private void firstCycle(long offset, int cmd) {
        switch (cmd) {
            case PROGRAM, PROGRAM_ALT, LOCK, CFI_QUERY -> { }
            case BLOCK_ERASE -> {
                if (readOnly) {
                    status |= STATUS_ERASE_ERROR;
                } else {
                    erase(offset & -BLOCK_SIZE);
                }
                status |= STATUS_READY;
            }
            case WRITE_BUFFER -> status |= STATUS_READY;
            case READ_STATUS, READ_ID -> {
                command = cmd; // a one-cycle command: the next write is a command again
                return;
            }
            case CLEAR_STATUS -> {
                status = 0;
                readArray();
                return;
            }
            default -> { // ARRAY, READ_ARRAY, AMD_RESET, and what the chips do not know
                readArray();
                return;
            }
        }
        command = cmd;
        cycle = 1;
    }

    private void secondCycle(long offset, int size, long value, int cmd) {
        switch (command) {
            case PROGRAM, PROGRAM_ALT -> {
                if (readOnly) {
                    status |= STATUS_PROGRAM_ERROR;
                } else {
                    store(offset, size, value);
                }
                status |= STATUS_READY;
                cycle = 0;
            }
            case BLOCK_ERASE -> {
                if (cmd == CONFIRM) {
                    cycle = 0;
                    status |= STATUS_READY;
                } else {
                    readArray();
                }
            }
            case WRITE_BUFFER -> {
                counter = value & 0xffff; // one chip's word count minus one
                cycle = 2;
            }
            case LOCK -> {
                if (cmd == CONFIRM || cmd == LOCK_SET) {
                    cycle = 0;
                    status |= STATUS_READY;
                } else {
                    readArray();
                }
            }
            case CFI_QUERY -> {
                if (cmd == READ_ARRAY) {
                    readArray();
                } // any other write leaves the chips in query mode, as QEMU's do
            }
            default -> readArray();
        }
    }

    /** A word of a buffered write: stored at once; the last one waits for the confirm. */
    private void bufferData(long offset, int size, long value) {
        if (command != WRITE_BUFFER) {
            readArray();
            return;
        }
        if (readOnly) {
            status |= STATUS_PROGRAM_ERROR;
        } else {
            store(offset, size, value);
        }
        status |= STATUS_READY;
        if (counter == 0) {
            cycle = 3;
            if (readOnly) {
                status |= STATUS_PROGRAM_ERROR;
            }
        }
        counter--;
    }

    private void readArray() {
        command = ARRAY;
        cycle = 0;
    }

    /** Both chips' answer: a 16-bit value in each half of the bus. */
    private static long replicated(int chipValue) {
        return (chipValue & 0xffffL) | (chipValue & 0xffffL) << 16;
    }

    /** The chips' id registers, addressed in 16-bit words of each chip: 0 manufacturer, 1 device. */
    private static int id(long offset) {
        return switch ((int) (offset / BANK_WIDTH) & 0xff) {
            case 0 -> MANUFACTURER;
            case 1 -> DEVICE;
            default -> 0;
        };
    }

    private static int cfi(long offset) {
        long index = offset / BANK_WIDTH;
        return index < CFI.length ? CFI[(int) index] & 0xff : 0;
    }

    /**
     * Each chip's CFI query table (CFI 1.x): "QRY", command set 0001 with its extended table
     * "PRI" 1.0 at 0x31, 16 MiB per chip in 128 blocks of 128 KiB, a 2 KiB write buffer, and
     * QEMU's timing and voltage fields.
     */
    private static byte[] cfiTable() {
        byte[] t = new byte[0x52];
        long chipBlock = BLOCK_SIZE / CHIPS;
        t[0x10] = 'Q';
        t[0x11] = 'R';
        t[0x12] = 'Y';
        t[0x13] = 0x01; // primary command set: Intel/Sharp
        t[0x15] = 0x31; // its extended table
        t[0x1B] = 0x45; // Vcc min 4.5 V
        t[0x1C] = 0x55; // Vcc max 5.5 V
        t[0x1F] = 0x07;
        t[0x20] = 0x07;
        t[0x21] = 0x0a;
        t[0x23] = 0x04;
        t[0x24] = 0x04;
        t[0x25] = 0x04;
        t[0x27] = (byte) Long.numberOfTrailingZeros(chipBlock * BLOCKS); // chip size 2^n bytes
        t[0x28] = 0x02; // x8/x16 interface
        t[0x2A] = BUFFER_SHIFT;
        t[0x2C] = 0x01; // one erase block region
        t[0x2D] = (byte) (BLOCKS - 1);
        t[0x2E] = (byte) ((BLOCKS - 1) >> 8);
        t[0x2F] = (byte) (chipBlock >> 8);
        t[0x30] = (byte) (chipBlock >> 16);
        t[0x31] = 'P';
        t[0x32] = 'R';
        t[0x33] = 'I';
        t[0x34] = '1';
        t[0x35] = '0';
        t[0x3f] = 0x01; // protection fields
        return t;
    }

    private long data(long offset, int size) {
        int inPage = (int) (offset % PAGE);
        if (inPage + size <= PAGE) { // the usual case, and every instruction fetch from flash
            byte[] page = page(offset);
            long value = 0;
            for (int i = size - 1; i >= 0; i--) {
                value = value << 8 | (page[inPage + i] & 0xff);
            }
            return value;
        }
        long value = 0;
        for (int i = size - 1; i >= 0; i--) {
            value = value << 8 | (page(offset + i)[(int) ((offset + i) % PAGE)] & 0xff);
        }
        return value;
    }

    private void store(long offset, int size, long value) {
        for (int i = 0; i < size; i++) {
            writable(offset + i)[(int) ((offset + i) % PAGE)] = (byte) (value >>> (8 * i));
        }
    }

    private void erase(long block) {
        for (long at = block; at < block + BLOCK_SIZE; at += PAGE) {
            Arrays.fill(writable(at), (byte) 0xff);
        }
    }

    private byte[] page(long offset) {
        int index = (int) (offset / PAGE);
        byte[] page = pages[index];
        if (page != null) {
            return page;
        }
        if (channel == null) {
            return ZERO_PAGE;
        }
        page = new byte[PAGE];
        try {
            ByteBuffer target = ByteBuffer.wrap(page);
            while (target.hasRemaining()) {
                if (channel.read(target, (long) index * PAGE + target.position()) < 0) {
                    throw new IOException("flash image " + file + " shrank while in use");
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("flash image " + file + " cannot be read: " + e.getMessage(), e);
        }
        pages[index] = page;
        return page;
    }

    private byte[] writable(long offset) {
        int index = (int) (offset / PAGE);
        byte[] page = page(offset);
        if (page == ZERO_PAGE) {
            page = new byte[PAGE];
            pages[index] = page;
        }
        written.set(index);
        return page;
    }

    /**
     * The command state and every page the guest wrote; the image's size and modification time
     * are written so that a changed image is refused.
     */
    @Override
    public void saveState(StateWriter out) {
        out.section(name);
        out.putInt("command", command);
        out.putInt("cycle", cycle);
        out.putInt("status", status);
        out.putLong("counter", counter);
        out.putLong("imageModified", lastModified);
        int[] indices = written.stream().toArray();
        byte[] bytes = new byte[indices.length * PAGE];
        long[] numbers = new long[indices.length];
        for (int i = 0; i < indices.length; i++) {
            numbers[i] = indices[i];
            System.arraycopy(pages[indices[i]], 0, bytes, i * PAGE, PAGE);
        }
        out.putLongs("writtenPages", numbers);
        out.putBytes("writtenBytes", bytes);
    }

    @Override
    public void restoreState(StateReader in) throws SnapshotException {
        in.section(name);
        int savedCommand = in.getInt("command");
        int savedCycle = in.getInt("cycle");
        int savedStatus = in.getInt("status");
        long savedCounter = in.getLong("counter");
        long modified = in.getLong("imageModified");
        if (modified != lastModified) {
            throw new SnapshotException("machine state field '" + name + ".imageModified' does not match flash image "
                    + (file == null ? "(none)" : file) + ": the image changed since the snapshot was taken");
        }
        long[] numbers = in.getLongs("writtenPages");
        byte[] bytes = in.getBytes("writtenBytes");
        if (bytes.length != numbers.length * PAGE) {
            throw new SnapshotException("machine state field '" + name + ".writtenBytes' holds " + bytes.length
                    + " bytes for " + numbers.length + " pages");
        }
        Arrays.fill(pages, null);
        written.clear();
        for (int i = 0; i < numbers.length; i++) {
            if (numbers[i] < 0 || numbers[i] >= pages.length) {
                throw new SnapshotException("machine state field '" + name + ".writtenPages' names page " + numbers[i]
                        + " of a bank of " + pages.length);
            }
            pages[(int) numbers[i]] = Arrays.copyOfRange(bytes, i * PAGE, (i + 1) * PAGE);
            written.set((int) numbers[i]);
        }
        command = savedCommand;
        cycle = savedCycle;
        status = savedStatus;
        counter = savedCounter;
    }

    /** Releases the image file. */
    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
        }
    }
}
