package io.guestlab.debug.core.launching;

import io.guestlab.debug.core.GuestlabPreferences;
import io.guestlab.debug.core.LaunchAttributes;

import io.guestlab.emulator.board.VirtMemoryMap;
import io.guestlab.model.Definitions;
import io.guestlab.symbols.Program;
import io.guestlab.symbols.SymbolsException;

import java.nio.file.Path;

import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;

/** What a new Guestlab Machine configuration starts with: the preferences' harts, memory, time mode and GDB port. */
public final class LaunchDefaults {

    private LaunchDefaults() {
    }

    public static void apply(ILaunchConfigurationWorkingCopy configuration) {
        configuration.setAttribute(LaunchAttributes.HARTS, GuestlabPreferences.harts());
        configuration.setAttribute(LaunchAttributes.MEMORY, GuestlabPreferences.memory());
        configuration.setAttribute(LaunchAttributes.TIME_MODE, GuestlabPreferences.timeMode());
        configuration.setAttribute(LaunchAttributes.GDB_PORT, GuestlabPreferences.gdbPort());
        configuration.setAttribute(LaunchAttributes.STOP_AT, LaunchAttributes.STOP_AT_MAIN);
    }

    /**
     * The defaults plus what a launch shortcut on {@code file} means: a {@code *.machine} file is
     * the machine; an ELF is the kernel, bare metal ({@code --bios none}) when its entry is at
     * 0x80000000 where the board starts without firmware, after OpenSBI otherwise.
     */
    public static void applyFor(ILaunchConfigurationWorkingCopy configuration, Path file) {
        apply(configuration);
        String path = file.toAbsolutePath().toString();
        if (path.endsWith("." + Definitions.MACHINE_EXTENSION)) {
            configuration.setAttribute(LaunchAttributes.MACHINE_FILE, path);
            return;
        }
        configuration.setAttribute(LaunchAttributes.KERNEL, path);
        configuration.setAttribute(LaunchAttributes.FIRMWARE, isBareMetal(file) ? LaunchAttributes.FIRMWARE_NONE : "");
    }

    /** An ELF whose entry is the start of RAM runs without firmware. */
    public static boolean isBareMetal(Path elf) {
        try {
            return ElfCheck.isElf(elf) && Program.open(elf, 0).entry() == VirtMemoryMap.DRAM_BASE;
        } catch (SymbolsException e) {
            return false;
        }
    }
}
