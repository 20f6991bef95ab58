package io.guestlab.emulator.hart;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

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
}
