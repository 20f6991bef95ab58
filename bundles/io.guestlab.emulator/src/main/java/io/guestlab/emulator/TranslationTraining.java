package io.guestlab.emulator;

import io.guestlab.emulator.bus.Ram;

/**
 * A made-up guest loop translated on a throwaway machine, for a JVM that records the classes it
 * loads into its AOT cache (the launcher's training run): translation's classes (the translator,
 * ASM, the JDK's hidden-class definition) are then in the cache whatever the trained guest does.
 * A cache recorded while the guest never got hot (interpreted with --no-translate, or too short
 * to get hot) left them out, and every later run loaded them from the jars while the hart warmed
 * up: CoreMix 0.348 s instead of 0.336 (medians of 9, alternating).
 */
public final class TranslationTraining {

    /** Where the loop runs: RAM of the smallest machine. */
    private static final long RAM = MachineConfig.DEFAULT_RAM_BASE;

    /** loop: addi a0, a0, 1; bne a0, a1, loop; j loop (a1 stays 0: the branch is always taken). */
    private static final int[] LOOP = {0x00150513, 0xfeb51ee3, 0xff9ff06f};

    private TranslationTraining() {
    }

    /** Translates the loop alone and as a region, then once more on the translator thread. */
    public static void run() {
        byte[] code = new byte[4 * LOOP.length];
        for (int i = 0; i < LOOP.length; i++) {
            Ram.storeInt(code, 4 * i, LOOP[i]);
        }
        for (Translation t : new Translation[] {Translation.after(1), new Translation(true, 1, 1, true)}) {
            Machine m = new Machine(new MachineConfig(RAM, 1 << 12, 1, MachineConfig.DEFAULT_QUANTUM));
            m.setTranslation(t);
            m.writePhysical(RAM, code);
            m.setPc(0, RAM);
            m.run(1_000_000);
        }
    }
}
