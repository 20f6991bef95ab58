package io.guestlab.emulator.board;

import io.guestlab.emulator.MachineConfig;
import io.guestlab.emulator.devices.BlockSettings;
import io.guestlab.emulator.devices.DiskImage;
import io.guestlab.emulator.devices.DiskMode;
import io.guestlab.emulator.snapshot.DiskOverlay;
import io.guestlab.emulator.snapshot.RamImage;
import io.guestlab.emulator.snapshot.SnapshotException;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.channels.FileChannel;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A {@link BoardSnapshot} in a file, so that a booted machine can be kept and restored later or
 * elsewhere. The file is written in one streaming pass and replaced atomically; it is read in one
 * streaming pass, and nothing is returned before its checksum has been verified.
 *
 * <p>Format version 4; every integer is big-endian, {@code str} is a u32 byte count and that many
 * bytes of UTF-8, {@code path?} is a u8 (0 absent, 1 present) followed by a {@code str}, {@code bool}
 * is a u8 0 or 1:
 * <pre>
 * header  magic      8 bytes 89 'G' 'L' 'S' 'N' 'A' 'P' 0A
 *         version    u32 (5)
 * config  harts u32, memoryBytes u64, bios path?, kernel path?, initrd path?, append str,
 *         drive count u32, per drive { file str, mode str (a {@link DiskMode} name), bus i32 (-1: the
 *         highest free), serial str, discard str (a {@link BlockSettings.Discard} name), write cache bool },
 *         legacyVirtio bool, hostTime bool, semihosting enabled bool, semihosting root path?,
 *         rng bool, rng seed u64, rng bus i32 (-1: the highest free), dtb path?,
 *         per flash bank (0, 1) { image path?, readOnly bool },
 *         loader count u32, per generic loader { file path?, address u64, data u64, data length u8,
 *         big-endian bool, force-raw bool, hart i32 (-1: none) }
 * state   length u32, the {@link io.guestlab.emulator.snapshot.StateWriter} bytes
 * ram     base u64, page count u32, then per stored page { index u32, length u32, zlib bytes
 *         inflating to exactly 4096 }, in increasing index order, ended by index FFFFFFFF.
 *         Pages that are null or all zero are not stored and come back as null.
 * disks   count u32, per disk { base image path?, sizeBytes u64, lastModified u64, then per written
 *         sector { index u64, length u32, zlib bytes inflating to exactly 512 } in increasing index
 *         order, ended by index -1 }
 * end     8 bytes 'G' 'L' '-' 'E' 'N' 'D' 0D 0A
 * sha256  32 bytes: SHA-256 of every byte before it
 * </pre>
 * The magic and the version field keep their place in every future version, so that an older
 * Guestlab can name the version it cannot read. The end marker tells a truncated file from a
 * corrupted one. Paths are stored as the configuration holds them: a relative one stays relative.
 *
 * <p>Pages are deflated one by one (so that a reader needs no more than one page of input at a
 * time and can check each page's length) at the fastest level: on binaries, level 6 makes files
 * 2% smaller for 1.5 times the time. Deflate dominates the cost of a save, so it runs on several
 * threads.
 */
public final class SnapshotFile {

    /**
     * The format version this class writes and reads (6: the harts' debug triggers; 5: generic loaders; 4: a
     * drive's serial, discard mode and initial write cache, the flash banks' images; 3: virtqueue event indices and
     * the disk's write cache; 2: virtio bus numbers).
     */
    public static final int VERSION = 6;

    private static final byte[] MAGIC = {(byte) 0x89, 'G', 'L', 'S', 'N', 'A', 'P', '\n'};
    private static final byte[] END = {'G', 'L', '-', 'E', 'N', 'D', '\r', '\n'};
    private static final int HEADER_BYTES = MAGIC.length + 4;
    private static final int DIGEST_BYTES = 32;
    private static final int TRAILER_BYTES = END.length + DIGEST_BYTES;

    private static final int PAGE_SIZE = RamImage.PAGE_SIZE;
    private static final int SECTOR_SIZE = DiskImage.SECTOR_SIZE;
    private static final int MAX_PAGES = (int) (MachineConfig.MAX_RAM_SIZE / PAGE_SIZE);
    private static final int END_OF_PAGES = -1;
    /** More generic loaders than anyone writes on a command line: a count beyond is corruption. */
    private static final int MAX_LOADERS = 1024;
    private static final long END_OF_SECTORS = -1;
    /** zlib's worst case for incompressible data is a few bytes over the input; this is generous. */
    private static final int MAX_PAGE_RECORD = PAGE_SIZE + 256;
    private static final int MAX_SECTOR_RECORD = SECTOR_SIZE + 64;
    private static final byte[] ZERO_PAGE = new byte[PAGE_SIZE];
    private static final int PAGES_PER_RUN = 256;
    private static final int RUNS_IN_FLIGHT = 8;
    private static final int MAX_THREADS = 4;

    private SnapshotFile() {
    }

    /**
     * Writes {@code snapshot} to {@code file}: into a new file beside it, flushed to disk, then
     * renamed over {@code file} in one step, so that {@code file} is either the old content or the
     * complete new one. On any failure the new file is deleted.
     *
     * @throws IllegalArgumentException if the snapshot holds something the format cannot represent
     *                                  (a page that is not 4 KiB, a sector outside its disk ...)
     */
    public static void save(BoardSnapshot snapshot, Path file) throws IOException {
        Objects.requireNonNull(snapshot, "snapshot");
        checkShape(snapshot);
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null) {
            throw new IOException("cannot write a snapshot to " + target + ": it is not a file name");
        }
        Path temp = folder.resolve("." + target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        boolean done = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                Output out = new Output(channel);
                writeBody(snapshot, out);
                out.finish();
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("cannot replace " + target + " in one step: " + e.getMessage(), e);
            }
            done = true;
            syncFolder(folder);
        } finally {
            if (!done) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException alsoFailed) {
                    // the original failure is what the caller needs to hear about
                }
            }
        }
    }

    /**
     * Reads a snapshot written by {@link #save}. Every problem (no such file, another format
     * version, a truncated or corrupted file, a value out of range) is a {@link SnapshotException}
     * whose one-line message names the file.
     */
    public static BoardSnapshot load(Path file) throws SnapshotException {
        try (Input in = open(file)) {
            BoardSnapshot snapshot;
            try {
                VirtBoardConfig config = readConfig(in);
                byte[] state = in.bytes(in.u32Length("machine state length"));
                RamImage ram = readRam(in);
                List<DiskOverlay> disks = readDisks(in);
                if (in.position() != in.payloadEnd()) {
                    throw new Malformed((in.payloadEnd() - in.position()) + " unexpected bytes after the last disk");
                }
                snapshot = new BoardSnapshot(config, state, ram, disks);
            } catch (Malformed | IllegalArgumentException e) {
                // Corruption explains a bad value better than the value does; look at the checksum first.
                if (!in.drainAndCheck()) {
                    throw corrupted(file);
                }
                throw new SnapshotException(file + " is not a valid snapshot: " + e.getMessage());
            }
            if (!in.drainAndCheck()) {
                throw corrupted(file);
            }
            return snapshot;
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /**
     * One line saying what {@code file} holds, read from its header and configuration only: the
     * rest of the file (and so its checksum) is not looked at.
     */
    public static String describe(Path file) throws SnapshotException {
        try (Input in = open(file)) {
            VirtBoardConfig c;
            try {
                c = readConfig(in);
            } catch (Malformed | IllegalArgumentException e) {
                throw new SnapshotException(file + " is not a valid snapshot: " + e.getMessage());
            }
            StringBuilder s = new StringBuilder("Guestlab snapshot (format ").append(VERSION).append("): ")
                    .append(c.harts()).append(c.harts() == 1 ? " hart, " : " harts, ")
                    .append(c.memoryBytes() >> 20).append(" MiB");
            s.append(", bios ").append(c.bios() == null ? "none" : printable(String.valueOf(c.bios().getFileName())));
            if (c.kernel() != null) {
                s.append(", kernel ").append(printable(String.valueOf(c.kernel().getFileName())));
            }
            if (!c.drives().isEmpty()) {
                s.append(", ").append(c.drives().size()).append(c.drives().size() == 1 ? " drive" : " drives");
            }
            return s.toString();
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    // ---------------------------------------------------------------- writing

    private static void checkShape(BoardSnapshot s) {
        Objects.requireNonNull(s.config(), "snapshot config");
        Objects.requireNonNull(s.state(), "snapshot state");
        Objects.requireNonNull(s.ram(), "snapshot RAM");
        if (s.ram().pageCount() > MAX_PAGES) {
            throw new IllegalArgumentException("RAM image of " + s.ram().pageCount() + " pages is larger than "
                    + MAX_PAGES + " pages");
        }
        if (s.disks().size() > VirtMemoryMap.VIRTIO_COUNT) {
            throw new IllegalArgumentException(s.disks().size() + " disk overlays, the board has room for "
                    + VirtMemoryMap.VIRTIO_COUNT);
        }
    }

    private static void writeBody(BoardSnapshot s, Output out) throws IOException {
        out.bytes(MAGIC, 0, MAGIC.length);
        out.u32(VERSION);

        VirtBoardConfig c = s.config();
        out.u32(c.harts());
        out.u64(c.memoryBytes());
        out.path(c.bios());
        out.path(c.kernel());
        out.path(c.initrd());
        out.str(c.append());
        out.u32(c.drives().size());
        for (Drive d : c.drives()) {
            out.str(d.file().toString());
            out.str(d.mode().name());
            out.u32(d.bus() == null ? -1 : d.bus());
            out.str(d.settings().serial());
            out.str(d.settings().discard().name());
            out.u8(d.settings().writeCache() ? 1 : 0);
        }
        out.u8(c.legacyVirtio() ? 1 : 0);
        out.u8(c.hostTime() ? 1 : 0);
        out.u8(c.semihosting().enabled() ? 1 : 0);
        out.path(c.semihosting().root());
        out.u8(c.rngSeed() != null ? 1 : 0);
        out.u64(c.rngSeed() != null ? c.rngSeed() : 0);
        out.u32(c.rngBus() == null ? -1 : c.rngBus());
        out.path(c.dtb());
        for (int unit = 0; unit < VirtMemoryMap.FLASH_BANKS; unit++) {
            out.path(c.flash(unit) == null ? null : c.flash(unit).file());
            out.u8(c.flash(unit) != null && c.flash(unit).readOnly() ? 1 : 0);
        }
        out.u32(c.loaders().size());
        for (GenericLoader l : c.loaders()) {
            out.path(l.file());
            out.u64(l.address());
            out.u64(l.data());
            out.u8(l.dataLength());
            out.u8(l.bigEndian() ? 1 : 0);
            out.u8(l.forceRaw() ? 1 : 0);
            out.u32(l.hart());
        }

        out.u32(s.state().length);
        out.bytes(s.state(), 0, s.state().length);

        writeRam(s.ram(), out);

        out.u32(s.disks().size());
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            for (DiskOverlay d : s.disks()) {
                writeDisk(d, out, deflater);
            }
        } finally {
            deflater.end();
        }
        out.bytes(END, 0, END.length);
    }

    /**
     * Deflate is the cost of a save (about 65 MB/s per core here), so runs of pages are compressed
     * on several threads into ready-made records while this thread writes finished runs in order.
     * At most {@link #RUNS_IN_FLIGHT} runs wait, which bounds the memory used.
     */
    private static void writeRam(RamImage ram, Output out) throws IOException {
        out.u64(ram.base());
        out.u32(ram.pageCount());
        int runs = (ram.pageCount() + PAGES_PER_RUN - 1) / PAGES_PER_RUN;
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), MAX_THREADS);
        if (threads == 1 || runs <= 1) {
            for (int r = 0; r < runs; r++) {
                out.bytes(compressRun(ram, r));
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
                Thread t = new Thread(task, "snapshot-deflate");
                t.setDaemon(true);
                return t;
            });
            try {
                ArrayDeque<Future<byte[]>> pending = new ArrayDeque<>();
                int next = 0;
                while (next < runs || !pending.isEmpty()) {
                    while (next < runs && pending.size() < RUNS_IN_FLIGHT) {
                        int run = next++;
                        pending.add(pool.submit(() -> compressRun(ram, run)));
                    }
                    out.bytes(await(pending.poll()));
                }
            } finally {
                pool.shutdownNow();
            }
        }
        out.u32(END_OF_PAGES);
    }

    private static byte[] await(Future<byte[]> run) throws IOException {
        try {
            return run.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("snapshot save interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r; // a page of the wrong size: the caller's bug, reported as such
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IOException(e.getCause());
        }
    }

    /** The page records (index u32, length u32, zlib bytes) of run {@code r}, skipping zero pages. */
    private static byte[] compressRun(RamImage ram, int r) {
        int from = r * PAGES_PER_RUN;
        int to = Math.min(ram.pageCount(), from + PAGES_PER_RUN);
        int[] stored = new int[to - from];
        int count = 0;
        for (int i = from; i < to; i++) {
            byte[] page = ram.page(i);
            if (page == null) {
                continue;
            }
            if (page.length != PAGE_SIZE) {
                throw new IllegalArgumentException("RAM page " + i + " is " + page.length + " bytes, not " + PAGE_SIZE);
            }
            if (Arrays.mismatch(page, ZERO_PAGE) >= 0) {
                stored[count++] = i;
            }
        }
        if (count == 0) {
            return new byte[0];
        }
        ByteBuffer records = ByteBuffer.allocate(count * (8 + MAX_PAGE_RECORD));
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            for (int k = 0; k < count; k++) {
                records.putInt(stored[k]);
                int at = records.position();
                int length = deflate(deflater, ram.page(stored[k]), records.array(), at + 4, MAX_PAGE_RECORD);
                records.putInt(length);
                records.position(records.position() + length);
            }
        } finally {
            deflater.end();
        }
        return Arrays.copyOf(records.array(), records.position());
    }

    /** Deflates all of {@code data} into {@code out[at, at + max)}; returns the compressed length. */
    private static int deflate(Deflater deflater, byte[] data, byte[] out, int at, int max) {
        deflater.reset();
        deflater.setInput(data);
        deflater.finish();
        int length = deflater.deflate(out, at, max);
        if (!deflater.finished()) {
            throw new IllegalStateException("deflate of " + data.length + " bytes exceeded " + max);
        }
        return length;
    }

    private static void writeDisk(DiskOverlay d, Output out, Deflater deflater) throws IOException {
        long sectors = d.sizeBytes() / SECTOR_SIZE;
        if (d.sizeBytes() < 0) {
            throw new IllegalArgumentException("disk overlay of " + d.file() + " has a negative size");
        }
        out.path(d.file());
        out.u64(d.sizeBytes());
        out.u64(d.lastModified());
        long[] indexes = d.sectors().keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        for (long index : indexes) {
            byte[] sector = d.sectors().get(index);
            if (index < 0 || index >= sectors || sector.length != SECTOR_SIZE) {
                throw new IllegalArgumentException("disk overlay of " + d.file() + " holds sector " + index + " of "
                        + sector.length + " bytes; the disk has " + sectors + " sectors of " + SECTOR_SIZE);
            }
            out.u64(index);
            out.compressed(deflater, sector, MAX_SECTOR_RECORD);
        }
        out.u64(END_OF_SECTORS);
    }

    /** Makes the rename itself durable (POSIX: the folder entry is data of the folder). */
    private static void syncFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException folderCannotBeSynced) {
            // best effort by design: not every platform can open a folder for syncing, and the
            // file's own data is already on disk; the rename is then as durable as the platform makes it
        }
    }

    /** A write buffer that feeds SHA-256 and the file in large blocks. */
    private static final class Output {
        private final FileChannel channel;
        private final MessageDigest sha = sha256();
        private final byte[] buf = new byte[1 << 20];
        private int n;

        Output(FileChannel channel) {
            this.channel = channel;
        }

        void u8(int v) throws IOException {
            room(1);
            buf[n++] = (byte) v;
        }

        void u32(int v) throws IOException {
            room(4);
            buf[n++] = (byte) (v >>> 24);
            buf[n++] = (byte) (v >>> 16);
            buf[n++] = (byte) (v >>> 8);
            buf[n++] = (byte) v;
        }

        void u64(long v) throws IOException {
            u32((int) (v >>> 32));
            u32((int) v);
        }

        void bytes(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                room(1);
                int k = Math.min(len, buf.length - n);
                System.arraycopy(b, off, buf, n, k);
                n += k;
                off += k;
                len -= k;
            }
        }

        void str(String s) throws IOException {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            u32(utf8.length);
            bytes(utf8, 0, utf8.length);
        }

        void path(Path p) throws IOException {
            u8(p == null ? 0 : 1);
            if (p != null) {
                str(p.toString());
            }
        }

        /** A u32 length and {@code data} deflated straight into the buffer. */
        void compressed(Deflater deflater, byte[] data, int maxRecord) throws IOException {
            room(4 + maxRecord);
            int length = deflate(deflater, data, buf, n + 4, maxRecord);
            u32(length);
            n += length;
        }

        void bytes(byte[] b) throws IOException {
            bytes(b, 0, b.length);
        }

        private void room(int bytes) throws IOException {
            if (buf.length - n < bytes) {
                flush();
            }
        }

        private void flush() throws IOException {
            sha.update(buf, 0, n);
            ByteBuffer b = ByteBuffer.wrap(buf, 0, n);
            while (b.hasRemaining()) {
                channel.write(b);
            }
            n = 0;
        }

        /** Writes what is buffered, then the checksum of everything written. */
        void finish() throws IOException {
            flush();
            ByteBuffer digest = ByteBuffer.wrap(sha.digest());
            while (digest.hasRemaining()) {
                channel.write(digest);
            }
        }
    }

    // ---------------------------------------------------------------- reading

    /** Opens {@code file} and checks what can be checked before parsing: magic, version, end marker. */
    private static Input open(Path file) throws SnapshotException, IOException {
        if (!Files.exists(file)) {
            throw new SnapshotException("snapshot " + file + " does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw new SnapshotException("snapshot " + file + " is not a file");
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            long size = channel.size();
            ByteBuffer head = ByteBuffer.allocate((int) Math.min(size, HEADER_BYTES));
            readFully(channel, head, 0);
            byte[] h = head.array();
            int magicPart = Math.min(h.length, MAGIC.length);
            if (size == 0 || !Arrays.equals(h, 0, magicPart, MAGIC, 0, magicPart)) {
                throw new SnapshotException("not a Guestlab snapshot: " + file);
            }
            if (size < HEADER_BYTES) {
                throw truncated(file);
            }
            int version = ByteBuffer.wrap(h).getInt(MAGIC.length);
            if (version != VERSION) {
                throw new SnapshotException(file + " is a snapshot of format version " + Integer.toUnsignedString(version)
                        + "; this Guestlab reads version " + VERSION);
            }
            if (size < HEADER_BYTES + TRAILER_BYTES) {
                throw truncated(file);
            }
            ByteBuffer end = ByteBuffer.allocate(END.length);
            readFully(channel, end, size - TRAILER_BYTES);
            if (!Arrays.equals(end.array(), END)) {
                throw truncated(file);
            }
            Input in = new Input(channel, size);
            in.skipHeader();
            return in;
        } catch (SnapshotException | IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static void readFully(FileChannel channel, ByteBuffer b, long at) throws IOException {
        while (b.hasRemaining()) {
            int k = channel.read(b, at + b.position());
            if (k < 0) {
                throw new IOException("file shrank while being read");
            }
        }
    }

    private static VirtBoardConfig readConfig(Input in) throws IOException, Malformed {
        int harts = in.u32();
        long memory = in.u64();
        Path bios = in.path("bios path");
        Path kernel = in.path("kernel path");
        Path initrd = in.path("initrd path");
        String append = in.str("kernel command line");
        int driveCount = in.u32();
        if (driveCount < 0 || driveCount > VirtMemoryMap.VIRTIO_COUNT) {
            throw new Malformed("drive count " + Integer.toUnsignedString(driveCount) + " is not 0 to " + VirtMemoryMap.VIRTIO_COUNT);
        }
        List<Drive> drives = new ArrayList<>(driveCount);
        for (int i = 0; i < driveCount; i++) {
            Path drive = in.requiredPath("drive " + i + " path");
            String mode = in.str("drive " + i + " mode");
            DiskMode diskMode;
            try {
                diskMode = DiskMode.valueOf(mode);
            } catch (IllegalArgumentException e) {
                throw new Malformed("drive " + i + " has unknown mode '" + printable(mode) + "'");
            }
            Integer bus = bus(in.u32());
            String serial = in.str("drive " + i + " serial");
            String discard = in.str("drive " + i + " discard");
            BlockSettings.Discard discardMode;
            try {
                discardMode = BlockSettings.Discard.valueOf(discard);
            } catch (IllegalArgumentException e) {
                throw new Malformed("drive " + i + " has unknown discard mode '" + printable(discard) + "'");
            }
            boolean writeCache = in.bool("drive " + i + " write cache");
            drives.add(new Drive(drive, diskMode, bus, new BlockSettings(serial, discardMode, writeCache)));
        }
        boolean legacyVirtio = in.bool("legacyVirtio");
        boolean hostTime = in.bool("hostTime");
        boolean semihostingOn = in.bool("semihosting");
        Path root = in.path("semihosting root");
        boolean rng = in.bool("rng");
        long rngSeed = in.u64();
        Integer rngBus = bus(in.u32());
        Path dtb = in.path("dtb path");
        FlashImage[] flash = new FlashImage[VirtMemoryMap.FLASH_BANKS];
        for (int unit = 0; unit < flash.length; unit++) {
            Path image = in.path("flash " + unit + " path");
            boolean readOnly = in.bool("flash " + unit + " readOnly");
            flash[unit] = image == null ? null : new FlashImage(image, readOnly);
        }
        int loaderCount = in.u32();
        if (loaderCount < 0 || loaderCount > MAX_LOADERS) {
            throw new Malformed("loader count " + Integer.toUnsignedString(loaderCount) + " is not 0 to " + MAX_LOADERS);
        }
        List<GenericLoader> loaders = new ArrayList<>(loaderCount);
        for (int i = 0; i < loaderCount; i++) {
            Path file = in.path("loader " + i + " path");
            long address = in.u64();
            long data = in.u64();
            int dataLength = in.u8();
            boolean bigEndian = in.bool("loader " + i + " big-endian");
            boolean forceRaw = in.bool("loader " + i + " force-raw");
            loaders.add(new GenericLoader(file, address, data, dataLength, bigEndian, forceRaw, in.u32()));
        }
        return new VirtBoardConfig(harts, memory, bios, kernel, initrd, append, drives, legacyVirtio, hostTime,
                new Semihosting(semihostingOn, root), rng ? rngSeed : null, rngBus, dtb, flash[0], flash[1], loaders);
    }

    private static Integer bus(int written) {
        return written == -1 ? null : written; // a bus out of range is refused by Drive / VirtBoardConfig
    }

    private static RamImage readRam(Input in) throws IOException, Malformed {
        long base = in.u64();
        int count = in.u32();
        if (count < 0 || count > MAX_PAGES) {
            throw new Malformed("RAM page count " + Integer.toUnsignedString(count) + " is more than " + MAX_PAGES);
        }
        byte[][] pages = new byte[count][];
        Inflater inflater = new Inflater();
        try {
            int previous = -1;
            while (true) {
                int index = in.u32();
                if (index == END_OF_PAGES) {
                    break;
                }
                if (index < 0 || index >= count) {
                    throw new Malformed("RAM page index " + Integer.toUnsignedString(index) + " is out of range (the image has "
                            + count + " pages)");
                }
                if (index <= previous) {
                    throw new Malformed("RAM page " + index + " comes after page " + previous);
                }
                previous = index;
                pages[index] = in.inflated(inflater, PAGE_SIZE, MAX_PAGE_RECORD, "RAM page " + index);
            }
        } finally {
            inflater.end();
        }
        return new RamImage(base, pages);
    }

    private static List<DiskOverlay> readDisks(Input in) throws IOException, Malformed {
        int count = in.u32();
        if (count < 0 || count > VirtMemoryMap.VIRTIO_COUNT) {
            throw new Malformed("disk count " + Integer.toUnsignedString(count) + " is not 0 to " + VirtMemoryMap.VIRTIO_COUNT);
        }
        List<DiskOverlay> disks = new ArrayList<>(count);
        Inflater inflater = new Inflater();
        try {
            for (int i = 0; i < count; i++) {
                Path file = in.path("disk " + i + " path");
                long size = in.u64();
                long lastModified = in.u64();
                if (size < 0) {
                    throw new Malformed("disk " + i + " has negative size " + size);
                }
                long sectors = size / SECTOR_SIZE;
                Map<Long, byte[]> written = new HashMap<>();
                long previous = -1;
                while (true) {
                    long index = in.u64();
                    if (index == END_OF_SECTORS) {
                        break;
                    }
                    if (index < 0 || index >= sectors) {
                        throw new Malformed("disk " + i + " sector " + Long.toUnsignedString(index)
                                + " is out of range (the disk has " + sectors + " sectors)");
                    }
                    if (index <= previous) {
                        throw new Malformed("disk " + i + " sector " + index + " comes after sector " + previous);
                    }
                    previous = index;
                    written.put(index, in.inflated(inflater, SECTOR_SIZE, MAX_SECTOR_RECORD, "disk " + i + " sector " + index));
                }
                disks.add(new DiskOverlay(file, size, lastModified, written));
            }
        } finally {
            inflater.end();
        }
        return disks;
    }

    /** A value that cannot be right; the message says which and why, without the file name. */
    private static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * A read buffer over the file that feeds SHA-256 as it fills, with every read checked against
     * the bytes that remain before the end marker: no length field can make it read past that
     * point or allocate more than the file holds.
     */
    private static final class Input implements AutoCloseable {
        private final FileChannel channel;
        private final long size;
        private final MessageDigest sha = sha256();
        private final byte[] buf;
        private int pos;
        private int limit;
        /** File offset of {@code buf[0]}. */
        private long bufStart;

        Input(FileChannel channel, long size) {
            this.channel = channel;
            this.size = size;
            this.buf = new byte[(int) Math.min(1 << 20, Math.max(size, MAX_PAGE_RECORD + 8))];
        }

        long position() {
            return bufStart + pos;
        }

        /** Where the body ends and the end marker starts. */
        long payloadEnd() {
            return size - TRAILER_BYTES;
        }

        void skipHeader() throws IOException, SnapshotException {
            need(HEADER_BYTES);
            pos += HEADER_BYTES;
        }

        int u8() throws IOException, Malformed {
            body(1);
            return buf[pos++] & 0xff;
        }

        int u32() throws IOException, Malformed {
            body(4);
            int v = ((buf[pos] & 0xff) << 24) | ((buf[pos + 1] & 0xff) << 16) | ((buf[pos + 2] & 0xff) << 8) | (buf[pos + 3] & 0xff);
            pos += 4;
            return v;
        }

        long u64() throws IOException, Malformed {
            long hi = u32() & 0xffffffffL;
            return (hi << 32) | (u32() & 0xffffffffL);
        }

        /** A u32 length that must fit in what remains of the body. */
        int u32Length(String what) throws IOException, Malformed {
            int n = u32();
            if (n < 0 || n > payloadEnd() - position()) {
                throw new Malformed(what + " " + Integer.toUnsignedString(n) + " is more than the "
                        + (payloadEnd() - position()) + " bytes that remain");
            }
            return n;
        }

        boolean bool(String what) throws IOException, Malformed {
            int v = u8();
            if (v > 1) {
                throw new Malformed(what + " flag is " + v + ", not 0 or 1");
            }
            return v == 1;
        }

        byte[] bytes(int n) throws IOException, Malformed {
            byte[] out = new byte[n];
            int done = 0;
            while (done < n) {
                body(1);
                int k = Math.min(n - done, limit - pos);
                System.arraycopy(buf, pos, out, done, k);
                pos += k;
                done += k;
            }
            return out;
        }

        String str(String what) throws IOException, Malformed {
            byte[] utf8 = bytes(u32Length(what + " length"));
            try {
                CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(utf8));
                return chars.toString();
            } catch (CharacterCodingException e) {
                throw new Malformed(what + " is not UTF-8 text");
            }
        }

        Path path(String what) throws IOException, Malformed {
            return bool(what + " present") ? requiredPath(what) : null;
        }

        Path requiredPath(String what) throws IOException, Malformed {
            String path = str(what);
            try {
                return Path.of(path);
            } catch (InvalidPathException e) {
                throw new Malformed(what + " '" + printable(path) + "' is not a valid path: " + e.getReason());
            }
        }

        /** A u32 length and that many zlib bytes that must inflate to exactly {@code size} bytes. */
        byte[] inflated(Inflater inflater, int size, int maxRecord, String what) throws IOException, Malformed {
            int length = u32();
            if (length <= 0 || length > maxRecord) {
                throw new Malformed(what + " has compressed length " + Integer.toUnsignedString(length)
                        + ", not 1 to " + maxRecord);
            }
            body(length);
            inflater.reset();
            inflater.setInput(buf, pos, length);
            byte[] out = new byte[size];
            int got = 0;
            try {
                while (got < size) {
                    int k = inflater.inflate(out, got, size - got);
                    if (k == 0) {
                        break; // input exhausted, a dictionary asked for, or the stream ended early
                    }
                    got += k;
                }
                // one more byte of room tells "exactly size" from "more than size"
                boolean more = !inflater.finished() && inflater.inflate(new byte[1]) > 0;
                if (got != size || more || !inflater.finished() || inflater.getRemaining() != 0) {
                    throw new Malformed(what + " does not inflate to exactly " + size + " bytes");
                }
            } catch (DataFormatException e) {
                throw new Malformed(what + " does not inflate: " + e.getMessage());
            }
            pos += length;
            return out;
        }

        /** Ensures {@code n} bytes of the body (before the end marker) are buffered. */
        private void body(int n) throws IOException, Malformed {
            if (position() + n > payloadEnd()) {
                throw new Malformed("a field at byte " + position() + " runs past the end of the data");
            }
            need(n);
        }

        private void need(int n) throws IOException {
            if (limit - pos >= n) {
                return;
            }
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            bufStart += pos;
            limit -= pos;
            pos = 0;
            while (limit < n) {
                int k = channel.read(ByteBuffer.wrap(buf, limit, buf.length - limit), bufStart + limit);
                if (k < 0) {
                    throw new IOException("file shrank while being read");
                }
                hash(bufStart + limit, limit, k);
                limit += k;
            }
        }

        /** Feeds the part of {@code buf[from, from + k)} (file offset {@code at}) that precedes the digest. */
        private void hash(long at, int from, int k) {
            long hashedEnd = size - DIGEST_BYTES;
            int h = (int) Math.max(0, Math.min(k, hashedEnd - at));
            sha.update(buf, from, h);
        }

        /**
         * Reads the rest of the file into the checksum and compares it with the stored one.
         *
         * @return whether the checksum matches
         */
        boolean drainAndCheck() throws IOException {
            pos = limit; // the buffered rest is already hashed
            long next = bufStart + limit;
            while (next < size) {
                int k = channel.read(ByteBuffer.wrap(buf, 0, buf.length), next);
                if (k < 0) {
                    throw new IOException("file shrank while being read");
                }
                bufStart = next;
                pos = limit = k;
                hash(next, 0, k);
                next += k;
            }
            ByteBuffer stored = ByteBuffer.allocate(DIGEST_BYTES);
            readFully(channel, stored, size - DIGEST_BYTES);
            return MessageDigest.isEqual(sha.digest(), stored.array());
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** {@code s} shortened and with control characters escaped, to quote it in a one-line message. */
    private static String printable(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length() && out.length() < 60; i++) {
            char c = s.charAt(i);
            out.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.length() < 60 ? out.toString() : out + "...";
    }

    private static SnapshotException truncated(Path file) {
        return new SnapshotException(file + " is truncated");
    }

    private static SnapshotException corrupted(Path file) {
        return new SnapshotException(file + " is corrupted (checksum mismatch)");
    }

    private static SnapshotException unreadable(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new SnapshotException("snapshot " + file + " does not exist", e);
        }
        return new SnapshotException("cannot read snapshot " + file + ": " + e.getMessage(), e);
    }
}
