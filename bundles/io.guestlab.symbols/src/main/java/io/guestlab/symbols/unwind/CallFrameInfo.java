package io.guestlab.symbols.unwind;

import io.guestlab.symbols.elf.ByteReader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The FDEs of one {@code .debug_frame} (DWARF 5 section 6.4) or {@code .eh_frame} (LSB Core,
 * "Exception Frames") section, sorted by address for lookup.
 */
public final class CallFrameInfo {

    private static final int DW_EH_PE_OMIT = 0xff;
    private static final int DW_EH_PE_PCREL = 0x10;
    private static final int DW_EH_PE_DATAREL = 0x30;

    private final List<Fde> fdes = new ArrayList<>();
    private final boolean eh;
    private final long sectionAddress;
    private final int defaultAddressSize;
    private final Map<Long, Cie> cies = new HashMap<>();

    /**
     * @param eh true for .eh_frame (CIE id 0, relative CIE pointers, pointer encodings)
     * @param sectionAddress where .eh_frame is loaded (for pc-relative pointers)
     */
    public CallFrameInfo(ByteReader r, boolean eh, long sectionAddress, int addressSize) {
        this.eh = eh;
        this.sectionAddress = sectionAddress;
        this.defaultAddressSize = addressSize;
        r.at(0);
        while (r.remaining() >= 4) {
            long start = r.position();
            long length = r.u32();
            int offsetSize = 4;
            if (length == 0) {
                if (eh) {
                    break; // .eh_frame terminator
                }
                continue;
            }
            if (length == 0xffffffffL) {
                length = r.u64();
                offsetSize = 8;
            }
            if (length > r.remaining()) {
                throw r.fail(start, "frame entry length 0x" + Long.toHexString(length) + " runs past the section end");
            }
            long end = r.position() + length;
            long idPosition = r.position();
            long id = r.unsigned(offsetSize);
            boolean isCie = eh ? id == 0 : id == (offsetSize == 8 ? -1L : 0xffffffffL);
            ByteReader entry = r.slice(0, end);
            entry.at(r.position());
            if (isCie) {
                cies.put(start, readCie(entry, start));
            } else {
                long cieOffset = eh ? idPosition - id : id;
                Cie cie = cies.get(cieOffset);
                if (cie == null) {
                    cie = readCieAt(r, cieOffset, start);
                }
                fdes.add(readFde(entry, start, cie));
            }
            r.at(end);
        }
        fdes.sort(Comparator.comparingLong(Fde::pcBegin));
    }

    private Cie readCieAt(ByteReader r, long cieOffset, long fdeOffset) {
        // A CIE may follow its FDEs; read it where it is.
        if (cieOffset < 0 || cieOffset >= r.size()) {
            throw r.fail(fdeOffset, "FDE points at a CIE outside the section (0x" + Long.toHexString(cieOffset) + ")");
        }
        int saved = r.position();
        r.at(cieOffset);
        long length = r.u32();
        int offsetSize = 4;
        if (length == 0xffffffffL) {
            length = r.u64();
            offsetSize = 8;
        }
        if (length > r.remaining() || length < offsetSize) {
            throw r.fail(cieOffset, "bad CIE length");
        }
        long end = r.position() + length;
        long id = r.unsigned(offsetSize);
        boolean isCie = eh ? id == 0 : id == (offsetSize == 8 ? -1L : 0xffffffffL);
        if (!isCie) {
            throw r.fail(fdeOffset, "FDE's CIE pointer 0x" + Long.toHexString(cieOffset) + " does not point at a CIE");
        }
        ByteReader entry = r.slice(0, end);
        entry.at(r.position());
        Cie cie = readCie(entry, cieOffset);
        cies.put(cieOffset, cie);
        r.at(saved);
        return cie;
    }

    private Cie readCie(ByteReader r, long offset) {
        int version = r.u8();
        if (version != 1 && version != 3 && version != 4) {
            throw r.fail(offset, "unsupported CIE version " + version);
        }
        String augmentation = r.cstring();
        int addressSize = defaultAddressSize;
        if (version >= 4) {
            addressSize = r.u8();
            r.u8(); // segment selector size
        }
        if (augmentation.contains("eh")) {
            r.skip(addressSize); // GNU "eh" augmentation: an obsolete pointer
        }
        long codeAlign = r.uleb();
        long dataAlign = r.sleb();
        int raColumn = version == 1 ? r.u8() : (int) r.uleb();
        int fdeEncoding = 0;
        boolean signal = false;
        if (augmentation.startsWith("z")) {
            long augLength = r.uleb();
            long augEnd = r.position() + augLength;
            for (int i = 1; i < augmentation.length(); i++) {
                switch (augmentation.charAt(i)) {
                    case 'R' -> fdeEncoding = r.u8();
                    case 'P' -> readPointer(r, r.u8(), addressSize);
                    case 'L' -> r.u8();
                    case 'S' -> signal = true;
                    default -> {
                        // Unknown letters: the 'z' length lets us skip the rest (LSB 10.6.1.1).
                        r.at(augEnd);
                        i = augmentation.length();
                    }
                }
            }
            r.at(augEnd);
        } else if (!augmentation.isEmpty() && !augmentation.equals("eh")) {
            throw r.fail(offset, "unknown CIE augmentation \"" + augmentation + "\"");
        }
        byte[] instructions = r.bytes(r.remaining());
        return new Cie(offset, augmentation, codeAlign, dataAlign, raColumn, instructions, fdeEncoding, addressSize, signal);
    }

    private Fde readFde(ByteReader r, long offset, Cie cie) {
        long pcBegin;
        long pcRange;
        if (eh) {
            pcBegin = readPointer(r, cie.fdeEncoding(), cie.addressSize());
            pcRange = readPointer(r, cie.fdeEncoding() & 0x0f, cie.addressSize());
            if (cie.augmentation().startsWith("z")) {
                r.skip(r.uleb());
            }
        } else {
            pcBegin = r.unsigned(cie.addressSize());
            pcRange = r.unsigned(cie.addressSize());
        }
        byte[] instructions = r.bytes(r.remaining());
        return new Fde(eh ? ".eh_frame" : ".debug_frame", offset, pcBegin, pcBegin + pcRange, cie, instructions);
    }

    /** An encoded pointer (LSB "DWARF Exception Header Encoding"). */
    private long readPointer(ByteReader r, int encoding, int addressSize) {
        if (encoding == DW_EH_PE_OMIT) {
            return 0;
        }
        long place = sectionAddress + r.position();
        long value = switch (encoding & 0x0f) {
            case 0x00 -> r.unsigned(addressSize);
            case 0x01 -> r.uleb();
            case 0x02 -> r.u16();
            case 0x03 -> r.u32();
            case 0x04 -> r.u64();
            case 0x09 -> r.sleb();
            case 0x0a -> (short) r.u16();
            case 0x0b -> r.s32();
            case 0x0c -> r.u64();
            default -> throw r.fail("unsupported pointer encoding 0x" + Integer.toHexString(encoding));
        };
        switch (encoding & 0x70) {
            case 0 -> {
            }
            case DW_EH_PE_PCREL -> value += place;
            case DW_EH_PE_DATAREL -> value += sectionAddress;
            default -> throw r.fail("unsupported pointer application 0x" + Integer.toHexString(encoding & 0x70));
        }
        return addressSize == 4 ? value & 0xffffffffL : value;
    }

    public List<Fde> fdes() {
        return fdes;
    }

    /** The FDE covering {@code pc}, or null. */
    public Fde fdeFor(long pc) {
        int lo = 0;
        int hi = fdes.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Fde f = fdes.get(mid);
            if (Long.compareUnsigned(pc, f.pcBegin()) < 0) {
                hi = mid - 1;
            } else if (Long.compareUnsigned(pc, f.pcEnd()) >= 0) {
                lo = mid + 1;
            } else {
                return f;
            }
        }
        // Overlapping or zero-length FDEs break the binary search; fall back to a scan.
        for (Fde f : fdes) {
            if (f.contains(pc)) {
                return f;
            }
        }
        return null;
    }
}
