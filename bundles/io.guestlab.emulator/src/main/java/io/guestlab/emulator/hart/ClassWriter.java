package io.guestlab.emulator.hart;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one JVM class file (JVM Specification, chapter 4): a constant pool, a class with no
 * fields and a few methods, each with a Code attribute. Just what {@link BlockCompiler} needs.
 * The class file version is 49 (Java 5): its verifier infers the types at branch targets
 * itself (section 4.10.2), so the writer needs no StackMapTable, and the code of a translated
 * block (a straight line with a few forward exits) is small enough for that to be cheap.
 */
final class ClassWriter {

    private static final int VERSION = 49;
    static final int ACC_PUBLIC = 0x0001, ACC_FINAL = 0x0010, ACC_SUPER = 0x0020;

    // constant pool tags (section 4.4)
    private static final int UTF8 = 1, INTEGER = 3, LONG = 5, CLASS = 7, FIELDREF = 9, METHODREF = 10,
            NAME_AND_TYPE = 12;

    private final ByteArrayOutputStream poolBytes = new ByteArrayOutputStream();
    private final DataOutputStream pool = new DataOutputStream(poolBytes);
    private final Map<String, Integer> entries = new HashMap<>();
    private int poolCount = 1;
    private final List<byte[]> methods = new ArrayList<>();

    int utf8(String s) {
        return entry("U" + s, () -> {
            pool.writeByte(UTF8);
            pool.writeUTF(s);
        }, 1);
    }

    /** A CONSTANT_Class for an internal name such as {@code java/lang/Object}. */
    int classRef(String internalName) {
        int name = utf8(internalName);
        return entry("C" + internalName, () -> {
            pool.writeByte(CLASS);
            pool.writeShort(name);
        }, 1);
    }

    int intConstant(int v) {
        return entry("I" + v, () -> {
            pool.writeByte(INTEGER);
            pool.writeInt(v);
        }, 1);
    }

    /** A CONSTANT_Long: takes two pool slots (section 4.4.5). */
    int longConstant(long v) {
        return entry("J" + v, () -> {
            pool.writeByte(LONG);
            pool.writeLong(v);
        }, 2);
    }

    int fieldRef(String owner, String name, String descriptor) {
        return memberRef(FIELDREF, owner, name, descriptor);
    }

    int methodRef(String owner, String name, String descriptor) {
        return memberRef(METHODREF, owner, name, descriptor);
    }

    private int memberRef(int tag, String owner, String name, String descriptor) {
        int c = classRef(owner);
        int n = utf8(name);
        int d = utf8(descriptor);
        int nt = entry("N" + name + " " + descriptor, () -> {
            pool.writeByte(NAME_AND_TYPE);
            pool.writeShort(n);
            pool.writeShort(d);
        }, 1);
        return entry(tag + owner + "." + name + " " + descriptor, () -> {
            pool.writeByte(tag);
            pool.writeShort(c);
            pool.writeShort(nt);
        }, 1);
    }

    private interface Writing {
        void write() throws IOException;
    }

    private int entry(String key, Writing writing, int slots) {
        Integer index = entries.get(key);
        if (index != null) {
            return index;
        }
        try {
            writing.write();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array stream never fails
        }
        int i = poolCount;
        poolCount += slots;
        if (poolCount > 0xffff) {
            throw new IllegalStateException("constant pool overflow");
        }
        entries.put(key, i);
        return i;
    }

    /** Adds a method whose body is {@code code} (section 4.6, Code attribute 4.7.3). */
    void method(int access, String name, String descriptor, Bytecode code) {
        byte[] body = code.bytes();
        if (body.length > 0xffff) {
            throw new IllegalStateException("method " + name + " is too large: " + body.length + " bytes");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        try {
            out.writeShort(access);
            out.writeShort(utf8(name));
            out.writeShort(utf8(descriptor));
            out.writeShort(1); // attributes: Code
            out.writeShort(utf8("Code"));
            out.writeInt(12 + body.length);
            out.writeShort(code.maxStack());
            out.writeShort(code.maxLocals());
            out.writeInt(body.length);
            out.write(body);
            out.writeShort(0); // exception table
            out.writeShort(0); // attributes
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        methods.add(bytes.toByteArray());
    }

    /** The class file of class {@code name} (internal form) extending {@code superName}. */
    byte[] toBytes(int access, String name, String superName) {
        int self = classRef(name);
        int parent = classRef(superName);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        try {
            out.writeInt(0xCAFEBABE);
            out.writeShort(0);
            out.writeShort(VERSION);
            out.writeShort(poolCount);
            out.write(poolBytes.toByteArray());
            out.writeShort(access);
            out.writeShort(self);
            out.writeShort(parent);
            out.writeShort(0); // interfaces
            out.writeShort(0); // fields
            out.writeShort(methods.size());
            for (byte[] m : methods) {
                out.write(m);
            }
            out.writeShort(0); // attributes
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
