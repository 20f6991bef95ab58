package io.guestlab.emulator.isa;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.Test;

/** What the disassembler prints and what an editor highlights come from one vocabulary. */
public class AssemblyNamesTest {

    @Test
    public void everyMnemonicTheDisassemblerPrintsIsKnown() {
        Random random = new Random(20261206);
        Disassembler disassembler = new Disassembler();
        Set<String> unknown = new TreeSet<>();
        for (int round = 0; round < 200; round++) {
            for (Insn insn : Insn.values()) {
                check(disassembler.disassemble((random.nextInt() & ~insn.mask()) | insn.match(), 0x80000000L), unknown);
            }
            for (int i = 0; i < 200; i++) {
                check(disassembler.disassemble(random.nextInt(0x10000), 0x80000000L), unknown);
                check(disassembler.disassemble(random.nextInt(), 0x80000000L), unknown);
            }
        }
        assertEquals("mnemonics the disassembler prints but AssemblyNames does not know", Set.of(), unknown);
    }

    @Test
    public void registersAndCsrs() {
        assertTrue(AssemblyNames.registers().containsAll(Set.of("x0", "x31", "zero", "ra", "sp", "t6", "fp", "f0", "fa0", "ft11")));
        assertTrue(AssemblyNames.csrs().containsAll(Set.of("mstatus", "mtvec", "satp", "sstatus", "mhartid", "cycle")));
        assertTrue(AssemblyNames.mnemonics().containsAll(Set.of("la", "call", "amoswap.w.aqrl", "c.addi16sp", "fence.tso")));
    }

    private static void check(String text, Set<String> unknown) {
        if (text.startsWith(".")) {
            return; // .2byte / .4byte: not an instruction
        }
        String mnemonic = text.split("[\t ]", 2)[0];
        if (!AssemblyNames.mnemonics().contains(mnemonic)) {
            unknown.add(mnemonic);
        }
    }
}
