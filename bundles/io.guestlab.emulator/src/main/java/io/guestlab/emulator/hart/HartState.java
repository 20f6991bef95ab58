package io.guestlab.emulator.hart;

import io.guestlab.emulator.snapshot.SnapshotException;
import io.guestlab.emulator.snapshot.StateReader;
import io.guestlab.emulator.snapshot.StateWriter;

import java.util.Arrays;

/**
 * Saves and restores one hart's architectural state: registers, privilege, every CSR field, the
 * counters' offsets and frozen values, the step counts the counters derive from, the wfi state,
 * the software-writable and wire-driven halves of {@code mip}, and the PMP entries. Caches (TLBs,
 * decoded code) are not state: a restore flushes them. The debug triggers the guest programmed
 * (tselect, tdata1, tdata2) are. Debugger settings (breakpoints, watchpoints, trap catching)
 * belong to the debugger, and a pending stop event to the run that raised it.
 * <p>
 * One section per hart, {@code hartN}. LR/SC reservations are the machine's ({@link Reservations}).
 */
public final class HartState {

    private HartState() {
    }

    public static void save(Hart h, StateWriter out) {
        out.section("hart" + h.id);
        out.putInt("id", h.id);
        out.putLongs("x", Arrays.copyOf(h.x, 32)); // x[32] is the x0 write sink, not a register
        out.putLongs("f", h.f);
        out.putLong("pc", h.pc);
        out.putInt("priv", h.priv);
        out.putLong("mstatus", h.mstatus);
        out.putLong("medeleg", h.medeleg);
        out.putLong("mideleg", h.mideleg);
        out.putLong("mie", h.mie);
        out.putLong("mipSoftware", h.mipSoftware);
        out.putLong("mipHardware", h.mipHardware);
        out.putLong("mtvec", h.mtvec);
        out.putLong("mscratch", h.mscratch);
        out.putLong("mepc", h.mepc);
        out.putLong("mcause", h.mcause);
        out.putLong("mtval", h.mtval);
        out.putLong("stvec", h.stvec);
        out.putLong("sscratch", h.sscratch);
        out.putLong("sepc", h.sepc);
        out.putLong("scause", h.scause);
        out.putLong("stval", h.stval);
        out.putLong("satp", h.satp);
        out.putLong("mcounteren", h.mcounteren);
        out.putLong("scounteren", h.scounteren);
        out.putLong("mcountinhibit", h.mcountinhibit);
        out.putLong("menvcfg", h.menvcfg);
        out.putLong("senvcfg", h.senvcfg);
        out.putInt("fflags", h.fflags);
        out.putInt("frm", h.frm);
        out.putLong("cycleOffset", h.cycleOffset);
        out.putLong("instretOffset", h.instretOffset);
        out.putLong("frozenCycle", h.frozenCycle);
        out.putLong("frozenInstret", h.frozenInstret);
        out.putLong("steps", h.steps);
        out.putLong("trapsTaken", h.trapsTaken);
        out.putLong("idleSteps", h.idleSteps);
        out.putBoolean("waitingForInterrupt", h.waitingForInterrupt);
        out.putBoolean("yielding", h.yielding);
        h.pmp.saveState(out);
        h.triggers.saveState(out);
    }

    /**
     * Reads everything before changing anything, so a state that does not fit leaves the hart as
     * it was. The interrupt wires into {@code mip} are set as saved; the devices driving them
     * re-drive the same levels when they are restored.
     */
    public static void restore(Hart h, StateReader in) throws SnapshotException {
        String section = "hart" + h.id;
        in.section(section);
        int id = in.getInt("id");
        if (id != h.id) {
            throw invalid(section, "id", "is " + id);
        }
        long[] x = in.getLongs("x");
        long[] f = in.getLongs("f");
        if (x.length != 32 || x[0] != 0) {
            throw invalid(section, "x", x.length != 32 ? "has " + x.length + " registers, not 32" : "has a non-zero x0");
        }
        if (f.length != 32) {
            throw invalid(section, "f", "has " + f.length + " registers, not 32");
        }
        long pc = in.getLong("pc");
        if ((pc & 1) != 0) {
            throw invalid(section, "pc", String.format("0x%x is odd", pc));
        }
        int priv = in.getInt("priv");
        if (priv != Hart.U && priv != Hart.S && priv != Hart.M) {
            throw invalid(section, "priv", "is " + priv + ", not 0 (U), 1 (S) or 3 (M)");
        }
        long mstatus = in.getLong("mstatus");
        if ((mstatus & ~HartCsrs.MSTATUS_WRITABLE) != 0 || ((mstatus & Hart.MPP) >>> Hart.MPP_SHIFT) == 2) {
            throw invalid(section, "mstatus", String.format("0x%x has bits no write can set", mstatus));
        }
        long medeleg = in.getLong("medeleg");
        long mideleg = in.getLong("mideleg");
        long mie = in.getLong("mie");
        long mipSoftware = in.getLong("mipSoftware");
        long mipHardware = in.getLong("mipHardware");
        long mtvec = in.getLong("mtvec");
        long mscratch = in.getLong("mscratch");
        long mepc = in.getLong("mepc");
        long mcause = in.getLong("mcause");
        long mtval = in.getLong("mtval");
        long stvec = in.getLong("stvec");
        long sscratch = in.getLong("sscratch");
        long sepc = in.getLong("sepc");
        long scause = in.getLong("scause");
        long stval = in.getLong("stval");
        long satp = in.getLong("satp");
        long mcounteren = in.getLong("mcounteren");
        long scounteren = in.getLong("scounteren");
        long mcountinhibit = in.getLong("mcountinhibit");
        long menvcfg = in.getLong("menvcfg");
        long senvcfg = in.getLong("senvcfg");
        int fflags = in.getInt("fflags");
        if ((fflags & ~0x1f) != 0) {
            throw invalid(section, "fflags", "is " + fflags + ", wider than 5 bits");
        }
        int frm = in.getInt("frm");
        if ((frm & ~7) != 0) {
            throw invalid(section, "frm", "is " + frm + ", wider than 3 bits");
        }
        long cycleOffset = in.getLong("cycleOffset");
        long instretOffset = in.getLong("instretOffset");
        long frozenCycle = in.getLong("frozenCycle");
        long frozenInstret = in.getLong("frozenInstret");
        long steps = in.getLong("steps");
        long trapsTaken = in.getLong("trapsTaken");
        long idleSteps = in.getLong("idleSteps");
        if (steps < 0 || trapsTaken < 0 || idleSteps < 0 || trapsTaken + idleSteps > steps) {
            throw invalid(section, "steps", "is " + steps + " with " + trapsTaken + " traps and " + idleSteps
                    + " idle steps, which do not add up");
        }
        boolean waiting = in.getBoolean("waitingForInterrupt");
        boolean yielding = in.getBoolean("yielding");
        Pmp pmp = new Pmp();
        pmp.restoreState(in); // checked on a scratch copy first, applied below
        Triggers triggers = new Triggers();
        triggers.restoreState(in);

        System.arraycopy(x, 0, h.x, 0, 32);
        h.x[32] = 0;
        System.arraycopy(f, 0, h.f, 0, 32);
        h.pc = pc;
        h.priv = priv;
        h.mstatus = mstatus;
        h.medeleg = medeleg;
        h.mideleg = mideleg;
        h.mie = mie;
        h.mipSoftware = mipSoftware;
        synchronized (h) { // the interrupt wires update mipHardware under the hart's lock
            h.mipHardware = mipHardware;
        }
        h.mtvec = mtvec;
        h.mscratch = mscratch;
        h.mepc = mepc;
        h.mcause = mcause;
        h.mtval = mtval;
        h.stvec = stvec;
        h.sscratch = sscratch;
        h.sepc = sepc;
        h.scause = scause;
        h.stval = stval;
        h.satp = satp;
        h.mcounteren = mcounteren;
        h.scounteren = scounteren;
        h.mcountinhibit = mcountinhibit;
        h.menvcfg = menvcfg;
        h.senvcfg = senvcfg;
        h.fflags = fflags;
        h.frm = frm;
        h.cycleOffset = cycleOffset;
        h.instretOffset = instretOffset;
        h.frozenCycle = frozenCycle;
        h.frozenInstret = frozenInstret;
        h.steps = steps;
        h.trapsTaken = trapsTaken;
        h.idleSteps = idleSteps;
        h.waitingForInterrupt = waiting;
        h.yielding = yielding;
        h.pmp.copyFrom(pmp);
        h.triggers.copyFrom(triggers);
        h.flushTranslations(); // no translation of the old state may survive
    }

    private static SnapshotException invalid(String section, String field, String why) {
        return new SnapshotException("machine state field '" + section + "." + field + "' " + why);
    }
}
