package io.guestlab.debug.core.os;

import io.guestlab.symbols.CType;
import io.guestlab.symbols.Program;
import io.guestlab.symbols.SymbolsException;
import io.guestlab.symbols.Variable;
import io.guestlab.symbols.Variables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * xv6 (riscv) and kernels that keep processes as it does: {@code struct proc proc[NPROC]} with a
 * {@code state} of {@code enum procstate}, a {@code pid}, a {@code name} and the {@code struct context}
 * swtch saved (ra, sp, s0-s11); {@code struct cpu cpus[NCPU]} says which process each hart runs
 * (xv6 indexes cpus by hart id). Unused slots are left out, as xv6's procdump does.
 */
public final class Xv6Provider implements OsAwarenessProvider {

    private static final String UNUSED = "UNUSED";

    private KernelGlobals globals;

    @Override
    public String kernelName() {
        return "xv6";
    }

    @Override
    public boolean recognises(Program kernel) throws SymbolsException {
        if (!kernel.hasDebugInfo() || kernel.addressOf("proc").isEmpty() || kernel.addressOf("swtch").isEmpty()
                || kernel.addressOf("scheduler").isEmpty()) {
            return false;
        }
        Variable proc = Variables.global(kernel, "proc");
        if (proc == null || proc.type().stripped().kind() != CType.Kind.ARRAY) {
            return false;
        }
        CType p = proc.type().elementType().stripped();
        return p.kind() == CType.Kind.STRUCT && p.member("state") != null && p.member("pid") != null
                && p.member("name") != null && p.member("context") != null;
    }

    @Override
    public List<GuestTask> tasks(Program kernel, KernelAccess machine) throws OsAwarenessException {
        if (globals == null || globals.kernel() != kernel) {
            globals = new KernelGlobals(kernel);
        }
        Map<Long, Integer> running = runningByHart(globals, machine);
        GuestObject table = globals.get("proc", machine);
        List<GuestTask> out = new ArrayList<>();
        for (long i = 0; i < table.length(); i++) {
            GuestObject p = table.element(i);
            GuestObject state = p.member("state");
            String stateName = state.enumerator();
            if (UNUSED.equals(stateName)) {
                continue;
            }
            Integer hart = running.get(p.address());
            out.add(new GuestTask(p.address(), p.member("pid").integer(), p.member("name").string(), stateName,
                    hart == null ? -1 : hart, context(p.member("context"))));
        }
        return out;
    }

    /** Which hart runs which process: {@code cpus[hart].proc}, when the kernel has {@code cpus}. */
    private static Map<Long, Integer> runningByHart(KernelGlobals kernel, KernelAccess machine) throws OsAwarenessException {
        Map<Long, Integer> running = new HashMap<>();
        if (!kernel.hasSymbol("cpus")) {
            return running;
        }
        GuestObject cpus = kernel.get("cpus", machine);
        for (long h = 0; h < Math.min(cpus.length(), machine.harts()); h++) {
            GuestObject c = cpus.element(h);
            if (c.has("proc")) {
                long p = c.member("proc").unsigned();
                if (p != 0) {
                    running.put(p, (int) h);
                }
            }
        }
        return running;
    }

    /** ra, sp and s0-s11 of a {@code struct context}, by member name. */
    private static Map<Integer, Long> context(GuestObject context) throws OsAwarenessException {
        Map<Integer, Long> regs = new HashMap<>();
        regs.put(GuestTask.RA, context.member("ra").unsigned());
        regs.put(GuestTask.SP, context.member("sp").unsigned());
        for (int n = 0; n < 12; n++) {
            if (context.has("s" + n)) {
                regs.put(GuestTask.s(n), context.member("s" + n).unsigned());
            }
        }
        return regs;
    }
}
