package io.guestlab.emulator.hart;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.guestlab.emulator.isa.Decoded;
import io.guestlab.emulator.isa.Decoder;
import io.guestlab.emulator.isa.Insn;
import io.guestlab.emulator.support.Asm;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

public class RegionCompilerTest {

    @Test
    public void anOutOfLineCallsConstantKeepsOffsetsOnEitherSideOfTheEntry() {
        // members of a region may lie before its entry (negative offsets), the entry's block may
        // run on into the next page (offsets past 4096)
        long where = RegionCompiler.where(2047, -4094, 4100, 8, true);
        assertEquals(2047, RegionCompiler.index(where));
        assertEquals(-4094, RegionCompiler.at(where));
        assertEquals(4100, RegionCompiler.next(where));
        assertEquals(8, RegionCompiler.size(where));
        assertEquals(true, RegionCompiler.signed(where));
        long unsigned = RegionCompiler.where(0, 6, -2, 1, false);
        assertEquals(0, RegionCompiler.index(unsigned));
        assertEquals(6, RegionCompiler.at(unsigned));
        assertEquals(-2, RegionCompiler.next(unsigned));
        assertEquals(1, RegionCompiler.size(unsigned));
        assertEquals(false, RegionCompiler.signed(unsigned));
    }

    /**
     * No lambda of the emitter captures an ASM object (a Label): ASM's Java 5 class files stay out
     * of the JVM's AOT cache, and such a lambda would be linked on its first run, spinning
     * method-handle classes on the translator thread while the hart warms up (see
     * Emitter#outOfLine). Lambdas get their captures as their first parameters.
     */
    @Test
    public void theEmittersLambdasCaptureNoAsmObject() throws ClassNotFoundException {
        List<String> capturing = new ArrayList<>();
        int lambdas = 0;
        for (Class<?> c : List.of(RegionCompiler.class, Class.forName(RegionCompiler.class.getName() + "$Emitter"))) {
            for (Method m : c.getDeclaredMethods()) {
                if (!m.isSynthetic() || !m.getName().startsWith("lambda$")) {
                    continue;
                }
                lambdas++;
                for (Class<?> p : m.getParameterTypes()) {
                    if (p.getName().startsWith("org.objectweb.asm.")) {
                        capturing.add(m.getName() + " captures a " + p.getSimpleName());
                    }
                }
            }
        }
        assertTrue("the check sees the emitter's lambdas", lambdas > 10);
        assertEquals(List.of(), capturing);
    }

    /**
     * A block joins a region once it runs hot, not only once its own translation is made: that one
     * may wait behind others on the translator thread, and a region formed meanwhile left the
     * rest of a loop to regions of their own, entered from the dispatcher every round.
     */
    @Test
    public void aHotBlockJoinsARegionBeforeItsOwnTranslationIsMade() {
        DecodedPage page = new DecodedPage();
        // 0: addi a0, a0, 1; bne a0, a1, 16   8: addi a3, a3, 1; j 0   16: addi a2, a2, 1; bnez a2, 0
        Block entry = block(page, 0, Asm.iType(0x13, 0, 10, 10, 1), Asm.bType(1, 10, 11, 12));
        Block fallThrough = block(page, 8, Asm.iType(0x13, 0, 13, 13, 1), Asm.bType(0, 0, 0, -12));
        Block taken = block(page, 16, Asm.iType(0x13, 0, 12, 12, 1), Asm.bType(1, 12, 0, -20));
        assertEquals("nothing hot beside it: the entry alone", 2,
                RegionCompiler.compile(entry, page, 0).ranges().length);
        taken.hot = true; // asked for, not made (taken.translated is null)
        assertEquals(null, taken.translated);
        assertEquals("the hot block joins: two blocks", 4, RegionCompiler.compile(entry, page, 0).ranges().length);
        fallThrough.hot = true;
        assertEquals(6, RegionCompiler.compile(entry, page, 0).ranges().length);
    }

    @Test
    public void theTargetsAnIndirectJumpTookJoinItsRegion() {
        DecodedPage page = new DecodedPage();
        // 0: addi a0, a0, 1; jalr x0, 0(a1)   8: addi a2, a2, 1; j 0   16: addi a3, a3, 1; j 0
        Block entry = block(page, 0, Asm.iType(0x13, 0, 10, 10, 1), Asm.iType(0x67, 0, 0, 11, 0));
        block(page, 8, Asm.iType(0x13, 0, 12, 12, 1), jump(-8)).hot = true;
        block(page, 16, Asm.iType(0x13, 0, 13, 13, 1), jump(-16)).hot = true;
        assertTrue(entry.jumpsIndirectly);
        assertEquals("no target seen yet: the entry alone", 2, RegionCompiler.compile(entry, page, 0).ranges().length);
        long base = 0x8000_1000L;
        entry.jumpedTo(base, base + 8);
        entry.jumpedTo(base, base + 8); // once only
        entry.jumpedTo(base, base + 0x1000); // another page: not the region's
        assertArrayEquals(new int[] {8}, entry.indirectTargets);
        assertEquals(4, RegionCompiler.compile(entry, page, 0).ranges().length);
        entry.jumpedTo(base, base + 16);
        assertEquals(6, RegionCompiler.compile(entry, page, 0).ranges().length);
        for (int k = 0; k < 2 * Block.INDIRECT_TARGETS; k++) {
            entry.jumpedTo(base, base + 32 + 2 * k);
        }
        assertEquals("the first ones only", Block.INDIRECT_TARGETS, entry.indirectTargets.length);
    }

    @Test
    public void onlyAJumpThatNeitherLinksNorReturnsRecordsItsTargets() {
        DecodedPage page = new DecodedPage();
        assertTrue(block(page, 0, Asm.iType(0x67, 0, 0, 11, 0)).jumpsIndirectly); // jr a1
        assertFalse(block(page, 8, Asm.iType(0x67, 0, 0, 1, 0)).jumpsIndirectly); // ret
        assertFalse(block(page, 16, Asm.iType(0x67, 0, 0, 5, 0)).jumpsIndirectly); // jr t0: a return too
        assertFalse(block(page, 24, Asm.iType(0x67, 0, 1, 11, 0)).jumpsIndirectly); // jalr ra, 0(a1): a call
        assertFalse(block(page, 32, jump(-32)).jumpsIndirectly);
    }

    /** jal x0, offset. */
    private static int jump(int offset) {
        return (offset >>> 20 & 1) << 31 | (offset >>> 1 & 0x3ff) << 21 | (offset >>> 11 & 1) << 20
                | (offset >>> 12 & 0xff) << 12 | 0x6f;
    }

    @Test
    public void aRegionHasLocalsForTheRegistersItUsesOnly() {
        // 0: addi a0, a0, 1; bne a0, a1, 0: two registers, two locals each beside the fixed ones
        Block b = block(new DecodedPage(), 0, Asm.iType(0x13, 0, 10, 10, 1), Asm.bType(1, 10, 11, -4));
        int[] maxLocals = {-1};
        new ClassReader(RegionCompiler.classFileAlone(b)).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                return !name.equals("run") ? null : new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitMaxs(int maxStack, int locals) {
                        maxLocals[0] = locals;
                    }
                };
            }
        }, 0);
        // 12 fixed (this, hart, base, budget, left, va, t, next, ret), a0 and a1 (not ra, which the
        // addi's immediate bits name where an R-type has rs2), the value (no float mode: no F or D)
        assertEquals(12 + 2 * 2 + 2, maxLocals[0]);
    }

    /**
     * A cast without Zbb, slli then srli or srai by the same amount with other arithmetic between,
     * becomes a mask or int shifts: no long shift, which C1 does through cl only. Not when an
     * instruction between reads the register, which must then see the shifted value.
     */
    @Test
    public void aShiftPairThatExtendsARegisterBecomesOneOperation() {
        int slli = Asm.iType(0x13, 1, 15, 15, 48), srli = Asm.iType(0x13, 5, 15, 15, 48); // a5
        int addiw = Asm.iType(0x1b, 0, 14, 14, -1); // a4
        int back = Asm.bType(1, 14, 0, -12);
        assertEquals("zext.h", 0, longShifts(slli, addiw, srli, back));
        int sextB = Asm.iType(0x13, 5, 5, 5, 0x400 | 56); // srai t0, t0, 56
        assertEquals("sext.b", 0, longShifts(Asm.iType(0x13, 1, 5, 6, 56), addiw, sextB, back));
        int readsA5 = Asm.rType(0x33, 0, 0, 16, 15, 15); // add a6, a5, a5
        assertEquals("a5 read between", 2, longShifts(slli, readsA5, srli, back));
        int load = Asm.iType(0x03, 2, 16, 8, 0); // lw a6, 0(s0): may trap between
        assertEquals("a load between", 2, longShifts(slli, load, srli, back));
        assertEquals("srai by less than 32", 2, longShifts(Asm.iType(0x13, 1, 5, 5, 16), addiw,
                Asm.iType(0x13, 5, 5, 5, 0x400 | 16), back));
    }

    /** The long shifts (LSHL, LSHR, LUSHR) in the translation of one block of {@code words}. */
    private static int longShifts(int... words) {
        Block b = block(new DecodedPage(), 0, words);
        int[] shifts = {0};
        new ClassReader(RegionCompiler.classFileAlone(b)).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                return !name.equals("run") ? null : new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitInsn(int opcode) {
                        if (opcode == Opcodes.LSHL || opcode == Opcodes.LSHR || opcode == Opcodes.LUSHR) {
                            shifts[0]++;
                        }
                    }
                };
            }
        }, 0);
        return shifts[0];
    }

    /** A block of {@code words} at {@code offset} of {@code page}. */
    private static Block block(DecodedPage page, int offset, int... words) {
        Decoded[] decoded = Arrays.stream(words).mapToObj(Decoder::decode).toArray(Decoded[]::new);
        long[] ops = Arrays.stream(decoded).mapToLong(Hart::pack).toArray();
        Insn[] insns = Arrays.stream(decoded).map(Decoded::insn).toArray(Insn[]::new);
        int[] offsets = new int[words.length + 1];
        Arrays.setAll(offsets, i -> 4 * i);
        Block b = new Block(ops, insns, offsets, words.length, page.generation);
        page.blocks[offset >>> 1] = b;
        return b;
    }
}
