package io.guestlab.debug.core.launching;


import java.util.Map;
import java.util.function.UnaryOperator;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.variables.VariablesPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;

/**
 * The checks the launch tabs show as their error message and the delegate refuses to launch
 * with: null when fine, else one sentence naming the field. Cheap (files are looked at, an ELF's
 * symbol table read at most), no exceptions.
 */
public final class LaunchCheck {

    private LaunchCheck() {
    }

    /** Machine tab: machine file, firmware, kernel, initrd, drives exist; harts, memory, time, GDB port. */
    public static String machineProblem(ILaunchConfiguration configuration) {
        return check(configuration, MachineSetup::machineProblem);
    }

    /** Symbols tab: each symbol file exists and is an ELF; offsets are numbers. */
    public static String symbolsProblem(ILaunchConfiguration configuration) {
        return check(configuration, MachineSetup::symbolsProblem);
    }

    /** Debugger tab: where to stop (the function exists in the symbol files), traps to catch, GDB port. */
    public static String debuggerProblem(ILaunchConfiguration configuration) {
        return check(configuration, MachineSetup::debuggerProblem);
    }

    /** Reads the whole configuration the way the delegate does. */
    public static MachineSetup read(ILaunchConfiguration configuration) throws CoreException {
        try {
            return MachineSetup.read(configuration.getAttributes(), LaunchCheck::expand);
        } catch (LaunchProblem e) {
            throw new CoreException(Status.error(configuration.getName() + ": " + e.getMessage()));
        }
    }

    private interface Check {
        String problem(Map<String, Object> attributes, UnaryOperator<String> expand);
    }

    private static String check(ILaunchConfiguration configuration, Check check) {
        try {
            return check.problem(configuration.getAttributes(), LaunchCheck::expand);
        } catch (CoreException e) {
            return "the configuration cannot be read: " + e.getStatus().getMessage();
        }
    }

    /** Expands Eclipse string variables such as ${workspace_loc:/p/f}; a bad one is an IllegalArgumentException. */
    static String expand(String text) {
        if (!text.contains("${")) {
            return text;
        }
        try {
            return VariablesPlugin.getDefault().getStringVariableManager().performStringSubstitution(text);
        } catch (CoreException e) {
            throw new IllegalArgumentException(e.getStatus().getMessage());
        }
    }

}
