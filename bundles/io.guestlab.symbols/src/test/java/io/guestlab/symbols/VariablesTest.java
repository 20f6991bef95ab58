package io.guestlab.symbols;

import static org.junit.Assert.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;

/**
 * Parameters read and formatted in a frame: at -O0 from the stack through the frame base
 * (DW_OP_fbreg over DW_OP_call_frame_cfa, the CFA coming from the CFI), at -O2 from registers
 * through location lists (.debug_loc for DWARF 4, .debug_loclists for DWARF 5).
 */
public class VariablesTest {

    private static final long CFA = 0x8010_0000L;

    @Test
    public void parametersOnTheStackAtO0() throws Exception {
        for (String variant : List.of("shapes-elf-O0-dwarf4", "shapes-elf-O0-dwarf5", "shapes-linux-O0-dwarf5")) {
            Path elf = GuestExamples.elf(variant);
            Program p = Program.open(elf, 0);
            long walk = p.addressOf("walk").orElseThrow();
            long origin = p.addressOf("origin").orElseThrow();
            // Past walk's prologue (4 compressed instructions): fp = CFA; p and depth were
            // stored at fp-40 and fp-44 (sd a0,-40(s0); sw a5,-44(s0) in the disassembly).
            long pc = walk + 8;
            SimulatedHart hart = new SimulatedHart();
            hart.registers.put(2, CFA - 48);
            hart.registers.put(8, CFA);
            hart.write(CFA - 40, origin, 8);
            hart.write(CFA - 44, -7, 4);
            StackFrame frame = new Unwinder(new AddressSpace().add(p), null).backtrace(hart, pc, 1).frames().get(0);
            assertEquals(variant, CFA, frame.cfa());
            assertEquals(variant, "{p=struct point *:0x" + Long.toHexString(origin) + ", depth=int:-7}", values(p, pc, frame, hart));
        }
    }

    @Test
    public void parametersInRegistersAtO2() throws Exception {
        for (String variant : List.of("shapes-elf-O2-dwarf4", "shapes-elf-O2-dwarf5", "shapes-linux-O2-dwarf4")) {
            Program p = Program.open(GuestExamples.elf(variant), 0);
            long walk = p.addressOf("walk").orElseThrow();
            SimulatedHart hart = new SimulatedHart();
            hart.registers.put(2, CFA);
            hart.registers.put(10, 0x1234L);
            hart.registers.put(11, 3L);
            StackFrame frame = new StackFrame(0, walk, CFA, hart.registers, StackFrame.Source.TARGET);
            assertEquals(variant, "{p=struct point *:0x1234, depth=int:3}", values(p, walk, frame, hart));
        }
    }

    @Test
    public void optimizedOutIsReportedNotThrown() throws Exception {
        Program p = Program.open(GuestExamples.elf("shapes-elf-O2-dwarf5"), 0);
        long walk = p.addressOf("walk").orElseThrow();
        StackFrame frame = new StackFrame(0, walk, 0, Map.of(), StackFrame.Source.TARGET);
        for (Variable v : Variables.in(p, walk)) {
            Value value = v.read(frame, new SimulatedHart());
            assertEquals(v.name(), false, value.isAvailable());
        }
    }

    private static String values(Program p, long pc, StackFrame frame, TargetAccess memory) throws SymbolsException {
        Map<String, String> out = new LinkedHashMap<>();
        ValueFormatter formatter = new ValueFormatter(memory, null);
        for (Variable v : Variables.in(p, pc)) {
            if (v.kind() == Variable.Kind.PARAMETER) {
                out.put(v.name(), v.type() + ":" + formatter.format(v.read(frame, memory)));
            }
        }
        return out.toString();
    }

}
