package io.guestlab.symbols.dwarf;

/** DWARF constants used here, with the values of DWARF 5 section 7 (tables 7.3 to 7.29). */
public final class Dw {

    private Dw() {
    }

    // Tags (7.5.3)
    public static final int TAG_ARRAY_TYPE = 0x01;
    public static final int TAG_ENUMERATION_TYPE = 0x04;
    public static final int TAG_FORMAL_PARAMETER = 0x05;
    public static final int TAG_LEXICAL_BLOCK = 0x0b;
    public static final int TAG_MEMBER = 0x0d;
    public static final int TAG_POINTER_TYPE = 0x0f;
    public static final int TAG_COMPILE_UNIT = 0x11;
    public static final int TAG_STRUCTURE_TYPE = 0x13;
    public static final int TAG_SUBROUTINE_TYPE = 0x15;
    public static final int TAG_TYPEDEF = 0x16;
    public static final int TAG_UNION_TYPE = 0x17;
    public static final int TAG_INLINED_SUBROUTINE = 0x1d;
    public static final int TAG_SUBRANGE_TYPE = 0x21;
    public static final int TAG_BASE_TYPE = 0x24;
    public static final int TAG_CONST_TYPE = 0x26;
    public static final int TAG_ENUMERATOR = 0x28;
    public static final int TAG_SUBPROGRAM = 0x2e;
    public static final int TAG_VARIABLE = 0x34;
    public static final int TAG_UNSPECIFIED_PARAMETERS = 0x18;
    public static final int TAG_VOLATILE_TYPE = 0x35;
    public static final int TAG_RESTRICT_TYPE = 0x37;
    public static final int TAG_PARTIAL_UNIT = 0x3c;
    public static final int TAG_ATOMIC_TYPE = 0x47;
    public static final int TAG_SKELETON_UNIT = 0x4a;

    // Attributes (7.5.4)
    public static final int AT_LOCATION = 0x02;
    public static final int AT_NAME = 0x03;
    public static final int AT_BYTE_SIZE = 0x0b;
    public static final int AT_BIT_OFFSET = 0x0c;
    public static final int AT_BIT_SIZE = 0x0d;
    public static final int AT_STMT_LIST = 0x10;
    public static final int AT_LOW_PC = 0x11;
    public static final int AT_HIGH_PC = 0x12;
    public static final int AT_LANGUAGE = 0x13;
    public static final int AT_COMP_DIR = 0x1b;
    public static final int AT_CONST_VALUE = 0x1c;
    public static final int AT_INLINE = 0x20;
    public static final int AT_PRODUCER = 0x25;
    public static final int AT_UPPER_BOUND = 0x2f;
    public static final int AT_ABSTRACT_ORIGIN = 0x31;
    public static final int AT_COUNT = 0x37;
    public static final int AT_DATA_MEMBER_LOCATION = 0x38;
    public static final int AT_DECL_COLUMN = 0x39;
    public static final int AT_DECL_FILE = 0x3a;
    public static final int AT_DECL_LINE = 0x3b;
    public static final int AT_DECLARATION = 0x3c;
    public static final int AT_ENCODING = 0x3e;
    public static final int AT_EXTERNAL = 0x3f;
    public static final int AT_PROTOTYPED = 0x27;
    public static final int AT_FRAME_BASE = 0x40;
    public static final int AT_SPECIFICATION = 0x47;
    public static final int AT_TYPE = 0x49;
    public static final int AT_ENTRY_PC = 0x52;
    public static final int AT_RANGES = 0x55;
    public static final int AT_CALL_COLUMN = 0x57;
    public static final int AT_CALL_FILE = 0x58;
    public static final int AT_CALL_LINE = 0x59;
    public static final int AT_DATA_BIT_OFFSET = 0x6b;
    public static final int AT_LINKAGE_NAME = 0x6e;
    public static final int AT_STR_OFFSETS_BASE = 0x72;
    public static final int AT_ADDR_BASE = 0x73;
    public static final int AT_RNGLISTS_BASE = 0x74;
    public static final int AT_LOCLISTS_BASE = 0x8c;
    public static final int AT_MIPS_LINKAGE_NAME = 0x2007;

    // Forms (7.5.6)
    public static final int FORM_ADDR = 0x01;
    public static final int FORM_BLOCK2 = 0x03;
    public static final int FORM_BLOCK4 = 0x04;
    public static final int FORM_DATA2 = 0x05;
    public static final int FORM_DATA4 = 0x06;
    public static final int FORM_DATA8 = 0x07;
    public static final int FORM_STRING = 0x08;
    public static final int FORM_BLOCK = 0x09;
    public static final int FORM_BLOCK1 = 0x0a;
    public static final int FORM_DATA1 = 0x0b;
    public static final int FORM_FLAG = 0x0c;
    public static final int FORM_SDATA = 0x0d;
    public static final int FORM_STRP = 0x0e;
    public static final int FORM_UDATA = 0x0f;
    public static final int FORM_REF_ADDR = 0x10;
    public static final int FORM_REF1 = 0x11;
    public static final int FORM_REF2 = 0x12;
    public static final int FORM_REF4 = 0x13;
    public static final int FORM_REF8 = 0x14;
    public static final int FORM_REF_UDATA = 0x15;
    public static final int FORM_INDIRECT = 0x16;
    public static final int FORM_SEC_OFFSET = 0x17;
    public static final int FORM_EXPRLOC = 0x18;
    public static final int FORM_FLAG_PRESENT = 0x19;
    public static final int FORM_STRX = 0x1a;
    public static final int FORM_ADDRX = 0x1b;
    public static final int FORM_REF_SUP4 = 0x1c;
    public static final int FORM_STRP_SUP = 0x1d;
    public static final int FORM_DATA16 = 0x1e;
    public static final int FORM_LINE_STRP = 0x1f;
    public static final int FORM_REF_SIG8 = 0x20;
    public static final int FORM_IMPLICIT_CONST = 0x21;
    public static final int FORM_LOCLISTX = 0x22;
    public static final int FORM_RNGLISTX = 0x23;
    public static final int FORM_REF_SUP8 = 0x24;
    public static final int FORM_STRX1 = 0x25;
    public static final int FORM_STRX2 = 0x26;
    public static final int FORM_STRX3 = 0x27;
    public static final int FORM_STRX4 = 0x28;
    public static final int FORM_ADDRX1 = 0x29;
    public static final int FORM_ADDRX2 = 0x2a;
    public static final int FORM_ADDRX3 = 0x2b;
    public static final int FORM_ADDRX4 = 0x2c;
    public static final int FORM_GNU_ADDR_INDEX = 0x1f01;
    public static final int FORM_GNU_STR_INDEX = 0x1f02;
    public static final int FORM_GNU_REF_ALT = 0x1f20;
    public static final int FORM_GNU_STRP_ALT = 0x1f21;

    // Base type encodings (7.8)
    public static final int ATE_ADDRESS = 0x1;
    public static final int ATE_BOOLEAN = 0x2;
    public static final int ATE_FLOAT = 0x4;
    public static final int ATE_SIGNED = 0x5;
    public static final int ATE_SIGNED_CHAR = 0x6;
    public static final int ATE_UNSIGNED = 0x7;
    public static final int ATE_UNSIGNED_CHAR = 0x8;
    public static final int ATE_UTF = 0x10;
}
