package io.guestlab.symbols.elf;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code .riscv.attributes} section (RISC-V ELF psABI, "RISC-V Attributes"): format 'A',
 * a "riscv" vendor subsection whose file-scope tags say the ISA string, stack alignment etc.
 */
public final class RiscvAttributes {

    private static final int TAG_FILE = 1;
    private static final int TAG_STACK_ALIGN = 4;
    private static final int TAG_ARCH = 5;
    private static final int TAG_UNALIGNED_ACCESS = 6;

    private RiscvAttributes() {
    }

    /** Tag name to value, e.g. {@code arch -> rv64i2p1_m2p0_...}. */
    public static Map<String, String> parse(ByteReader r) {
        Map<String, String> result = new LinkedHashMap<>();
        if (r.atEnd() || r.u8() != 'A') {
            throw r.fail(0, "attributes section does not start with format version 'A'");
        }
        while (!r.atEnd()) {
            int start = r.position();
            long length = r.u32();
            if (length < 4 || length > r.remaining() + 4) {
                throw r.fail(start, "bad subsection length " + length);
            }
            String vendor = r.cstring();
            int end = (int) (start + length);
            if (vendor.equals("riscv")) {
                while (r.position() < end) {
                    int subStart = r.position();
                    int tag = (int) r.uleb();
                    long subLength = r.u32();
                    if (subLength < 5 || subStart + subLength > end) {
                        throw r.fail(subStart, "bad attribute sub-subsection length " + subLength);
                    }
                    int subEnd = (int) (subStart + subLength);
                    if (tag == TAG_FILE) {
                        while (r.position() < subEnd) {
                            int attr = (int) r.uleb();
                            // psABI: even tags carry a ULEB128, odd tags a string.
                            String value = (attr & 1) == 0 ? Long.toString(r.uleb()) : r.cstring();
                            result.put(tagName(attr), value);
                        }
                    }
                    r.at(subEnd);
                }
            }
            r.at(end);
        }
        return result;
    }

    private static String tagName(int tag) {
        return switch (tag) {
            case TAG_STACK_ALIGN -> "stack_align";
            case TAG_ARCH -> "arch";
            case TAG_UNALIGNED_ACCESS -> "unaligned_access";
            default -> "tag_" + tag;
        };
    }
}
