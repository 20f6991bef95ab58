package io.guestlab.debug.core.os;

import io.guestlab.symbols.Program;
import io.guestlab.symbols.SymbolsException;

import java.util.List;

/**
 * The providers a debugger asks about a machine's kernel: the first that recognises one of the
 * machine's programs lists its processes. A provider's failure (an exception of any kind: it may
 * come from another bundle) becomes a one-sentence problem, never the debugger's.
 */
public final class OsAwareness {

    /** A kernel and the provider that knows it. */
    public record Kernel(OsAwarenessProvider provider, Program program) {
    }

    /** What a provider listed at a stop, or why not. */
    public record TaskList(String kernelName, List<GuestTask> tasks, String problem) {

        public static final TaskList NONE = new TaskList(null, List.of(), null);
    }

    private final List<OsAwarenessProvider> providers;

    public OsAwareness(List<OsAwarenessProvider> providers) {
        this.providers = List.copyOf(providers);
    }

    /** Guestlab's own providers, for use without OSGi; in the workbench they come from the extension point. */
    public static OsAwareness builtIn() {
        return new OsAwareness(List.of(new Xv6Provider(), new LinuxProvider()));
    }

    public List<OsAwarenessProvider> providers() {
        return providers;
    }

    /** The first (program, provider) pair that recognises a kernel, or null. */
    public Kernel recognise(List<Program> programs) {
        for (Program p : programs) {
            for (OsAwarenessProvider provider : providers) {
                try {
                    if (provider.recognises(p)) {
                        return new Kernel(provider, p);
                    }
                } catch (SymbolsException | RuntimeException e) {
                    // this provider cannot read this program: it is not its kernel
                }
            }
        }
        return null;
    }

    /** The kernel's processes now, or the provider's one-sentence problem. */
    public static TaskList tasks(Kernel kernel, KernelAccess machine) {
        String name = kernel.provider().kernelName();
        try {
            return new TaskList(name, List.copyOf(kernel.provider().tasks(kernel.program(), machine)), null);
        } catch (OsAwarenessException e) {
            return new TaskList(name, List.of(), e.getMessage());
        } catch (RuntimeException e) {
            return new TaskList(name, List.of(), "the " + name + " provider failed: " + e);
        }
    }
}
