package io.guestlab.debug.core.breakpoints;

import io.guestlab.debug.core.session.ExpressionSyntax;

import io.guestlab.debug.core.CaughtTrap;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.model.IBreakpoint;

/**
 * Creates each kind of Guestlab breakpoint from code (tests, the test launcher's "Debug this
 * test", the UI's actions) and adds it to the workspace's breakpoint manager, where it is
 * persisted and shown in the Breakpoints view. Conditions and hit counts are set on the result
 * ({@link GuestlabBreakpoint#setCondition}, {@link GuestlabBreakpoint#setHitCount}).
 */
public final class GuestlabBreakpoints {

    private GuestlabBreakpoints() {
    }

    /** A breakpoint on line {@code line} (1-based) of a source file. */
    public static GuestlabLineBreakpoint lineBreakpoint(IResource file, int line) throws CoreException {
        if (line < 1) {
            throw new IllegalArgumentException("line numbers start at 1, got " + line);
        }
        return register(new GuestlabLineBreakpoint(file, line));
    }

    /**
     * A breakpoint on line {@code line} (1-based) of the source file at {@code file}: on the
     * workspace's file when the workspace has one there, else on the workspace root with the
     * path (a file outside the workspace).
     */
    public static GuestlabLineBreakpoint lineBreakpoint(Path file, int line) throws CoreException {
        if (line < 1) {
            throw new IllegalArgumentException("line numbers start at 1, got " + line);
        }
        Path absolute = file.toAbsolutePath().normalize();
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        IFile inWorkspace = root.getFileForLocation(IPath.fromPath(absolute));
        if (inWorkspace != null && inWorkspace.exists()) {
            return lineBreakpoint(inWorkspace, line);
        }
        return register(new GuestlabLineBreakpoint(root, absolute, line));
    }

    /** A breakpoint at a function's first line (after its prologue). */
    public static GuestlabFunctionBreakpoint functionBreakpoint(String function) throws CoreException {
        return register(new GuestlabFunctionBreakpoint(function.trim()));
    }

    /** A breakpoint at an instruction address. */
    public static GuestlabAddressBreakpoint addressBreakpoint(long address) throws CoreException {
        return register(new GuestlabAddressBreakpoint(address));
    }

    /**
     * A watchpoint on a variable ({@code total_work}, {@code tasks[1].runs}) or an address range
     * ({@code *(char *)0x80004000} with {@code length} 64).
     *
     * @param length bytes to watch; 0 for the size of the expression's type
     */
    public static GuestlabWatchpoint watchpoint(String expression, long length, boolean read, boolean write)
            throws CoreException {
        String problem = ExpressionSyntax.problem(expression);
        if (problem != null) {
            throw new CoreException(Status.error("Watchpoint on '" + expression.trim() + "': " + problem));
        }
        return register(new GuestlabWatchpoint(expression.trim(), length, read, write));
    }

    /** A catchpoint for a trap cause (exception or interrupt), on every hart and privilege. */
    public static GuestlabTrapCatchpoint trapCatchpoint(CaughtTrap trap) throws CoreException {
        return register(new GuestlabTrapCatchpoint(trap));
    }

    /** {@link #trapCatchpoint(CaughtTrap)} by cause code (mcause without the interrupt bit). */
    public static GuestlabTrapCatchpoint trapCatchpoint(int cause, boolean interrupt) throws CoreException {
        return trapCatchpoint(new CaughtTrap(interrupt, cause));
    }

    private static <B extends IBreakpoint> B register(B breakpoint) throws CoreException {
        DebugPlugin.getDefault().getBreakpointManager().addBreakpoint(breakpoint);
        return breakpoint;
    }
}
