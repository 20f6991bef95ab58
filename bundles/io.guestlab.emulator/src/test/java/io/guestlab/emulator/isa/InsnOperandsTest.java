package io.guestlab.emulator.isa;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

/** Which integer registers an instruction's operands name: what the translator keeps in locals. */
public class InsnOperandsTest {

    @Test
    public void integerOperandsAreToldApartFromFloatingPointOnes() {
        // insn, reads x[rs1], reads x[rs2], writes x[rd]
        check(Insn.ADD, true, true, true);
        check(Insn.ADDI, true, false, true);
        check(Insn.LUI, false, false, true);
        check(Insn.SW, true, true, false); // rs2,imm(rs1)
        check(Insn.BEQ, true, true, false);
        check(Insn.AMOADD_W, true, true, true); // rd,rs2,(rs1)
        check(Insn.CSRRWI, false, false, true); // a CSR immediate is not rs1
        check(Insn.SLLI_UW, true, false, true); // a shift amount is not rs2
        check(Insn.FLW, true, false, false); // frd,imm(rs1): an address
        check(Insn.FSD, true, false, false); // frs2,imm(rs1)
        check(Insn.FADD_D, false, false, false);
        check(Insn.FCVT_S_W, true, false, false); // frd,rs1,rm
        check(Insn.FMV_X_D, false, false, true); // rd,frs1
        check(Insn.FLT_S, false, false, true);
        check(Insn.ECALL, false, false, false);
    }

    private static void check(Insn insn, boolean rs1, boolean rs2, boolean rd) {
        assertEquals(insn + " reads rs1", rs1, insn.readsRs1());
        assertEquals(insn + " reads rs2", rs2, insn.readsRs2());
        assertEquals(insn + " writes rd", rd, insn.writesRd());
    }
}
