package io.guestlab.debug.core.launching;

import io.guestlab.cli.MachineDefinitions;
import io.guestlab.debug.core.CaughtTrap;
import io.guestlab.debug.core.GuestlabPreferences;
import io.guestlab.debug.core.LaunchAttributes;
import io.guestlab.debug.core.Numbers;
import io.guestlab.debug.core.SymbolFile;
import io.guestlab.emulator.board.BoardSnapshot;
import io.guestlab.emulator.board.Drive;
import io.guestlab.emulator.board.FlashImage;
import io.guestlab.emulator.board.Semihosting;
import io.guestlab.emulator.board.SnapshotFile;
import io.guestlab.emulator.board.VirtBoardConfig;
import io.guestlab.emulator.devices.CfiFlash;
import io.guestlab.emulator.snapshot.SnapshotException;
import io.guestlab.model.DefinitionException;
import io.guestlab.model.MemorySize;
import io.guestlab.symbols.Program;
import io.guestlab.symbols.SymbolsException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A launch configuration's attributes read and checked: the board to boot, the symbol files, where
 * to stop first, the traps to catch. Works on the attribute map
 * ({@code ILaunchConfiguration.getAttributes()}) so that tabs, the delegate and plain tests read it
 * alike. Every problem is a {@link LaunchProblem} with one sentence naming the field.
 *
 * @param stopAt         one of {@code LaunchAttributes.STOP_AT_*}
 * @param stopFunction   the function for {@link LaunchAttributes#STOP_AT_FUNCTION_NAME}, else null
 * @param gdbPort        the GDB server's port, or 0 for none
 * @param snapshot       the snapshot to start from ({@link LaunchAttributes#SNAPSHOT_FILE}), or null to boot
 * @param replay         a recorded run to start from instead of booting, or null
 */
public record MachineSetup(VirtBoardConfig board, List<Symbols> symbols, String stopAt, String stopFunction,
                           List<CaughtTrap> traps, int gdbPort, BoardSnapshot snapshot, ReplaySetup replay) {

    /** A machine booted from its images. */
    public MachineSetup(VirtBoardConfig board, List<Symbols> symbols, String stopAt, String stopFunction,
                        List<CaughtTrap> traps, int gdbPort) {
        this(board, symbols, stopAt, stopFunction, traps, gdbPort, null, null);
    }

    /** An ELF to read symbols from, resolved, and its load offset. */
    public record Symbols(Path file, long loadOffset) {
    }

    /** Reads every field, in the order of the tabs; the first problem wins. */
    public static MachineSetup read(Map<String, Object> attributes, UnaryOperator<String> expand) throws LaunchProblem {
        Reader r = new Reader(attributes, expand);
        BoardSnapshot snapshot = r.snapshot();
        VirtBoardConfig board = snapshot != null ? snapshot.config() : r.board();
        List<Symbols> symbols = r.symbols(board);
        return new MachineSetup(board, symbols, r.stopAt(), r.stopFunction(), r.traps(), r.gdbPort(), snapshot,
                ReplaySetup.read(attributes, expand));
    }

    /** Reads the Machine tab's fields only: the first problem, or null. */
    public static String machineProblem(Map<String, Object> attributes, UnaryOperator<String> expand) {
        try {
            Reader r = new Reader(attributes, expand);
            if (r.snapshotFile() == null) {
                r.board();
            }
            r.gdbPort();
            return null;
        } catch (LaunchProblem e) {
            return e.getMessage();
        }
    }

    /** Reads the Symbols tab's fields only (symbol files and offsets): the first problem, or null. */
    public static String symbolsProblem(Map<String, Object> attributes, UnaryOperator<String> expand) {
        try {
            Reader r = new Reader(attributes, expand);
            for (String entry : r.list(LaunchAttributes.SYMBOL_FILES)) {
                r.symbolFile(entry);
            }
            return null;
        } catch (LaunchProblem e) {
            return e.getMessage();
        }
    }

    /** Reads the Debugger tab's fields only (stop at, traps, GDB port): the first problem, or null. */
    public static String debuggerProblem(Map<String, Object> attributes, UnaryOperator<String> expand) {
        try {
            Reader r = new Reader(attributes, expand);
            r.stopAt();
            String function = r.stopFunction();
            r.traps();
            r.gdbPort();
            if (function != null) {
                r.checkFunction(function);
            }
            return null;
        } catch (LaunchProblem e) {
            return e.getMessage();
        }
    }

    /** Reads attributes one field at a time. */
    private static final class Reader {
        private final Map<String, Object> a;
        private final UnaryOperator<String> expand;

        Reader(Map<String, Object> attributes, UnaryOperator<String> expand) {
            this.a = attributes;
            this.expand = expand;
        }

        private String string(String key) throws LaunchProblem {
            Object v = a.get(key);
            if (v == null) {
                return "";
            }
            if (!(v instanceof String s)) {
                throw new LaunchProblem(field(key) + " is not text");
            }
            return s.trim();
        }

        private boolean bool(String key) throws LaunchProblem {
            Object v = a.get(key);
            if (v == null) {
                return false;
            }
            if (!(v instanceof Boolean b)) {
                throw new LaunchProblem(field(key) + " is not true or false");
            }
            return b;
        }

        private int integer(String key, int fallback) throws LaunchProblem {
            Object v = a.get(key);
            if (v == null) {
                return fallback;
            }
            if (v instanceof Integer i) {
                return i;
            }
            try {
                return Integer.parseInt(v.toString().trim());
            } catch (NumberFormatException e) {
                throw new LaunchProblem(field(key) + ": '" + v + "' is not a whole number");
            }
        }

        List<String> list(String key) throws LaunchProblem {
            Object v = a.get(key);
            if (v == null) {
                return List.of();
            }
            if (!(v instanceof List<?> l)) {
                throw new LaunchProblem(field(key) + " is not a list");
            }
            List<String> out = new ArrayList<>();
            for (Object o : l) {
                if (o != null && !o.toString().isBlank()) {
                    out.add(o.toString().trim());
                }
            }
            return out;
        }

        /** A file that must exist; null when the attribute is empty. */
        private Path file(String key, String value) throws LaunchProblem {
            if (value.isEmpty()) {
                return null;
            }
            String expanded;
            try {
                expanded = expand.apply(value);
            } catch (IllegalArgumentException e) {
                throw new LaunchProblem(field(key) + ": " + e.getMessage());
            }
            Path p = Path.of(expanded);
            if (!Files.isRegularFile(p)) {
                throw new LaunchProblem(field(key) + ": " + expanded + " does not exist or is not a file");
            }
            return p.toAbsolutePath();
        }

        /** A flash bank's image, which must be exactly a bank's size as in machine files; null: blank. */
        private FlashImage flash(String key) throws LaunchProblem {
            Path image = file(key, string(key));
            if (image == null) {
                return null;
            }
            try {
                String problem = CfiFlash.sizeProblem(Files.size(image));
                if (problem != null) {
                    throw new LaunchProblem(field(key) + ": " + image + " " + problem);
                }
            } catch (java.io.IOException e) {
                throw new LaunchProblem(field(key) + ": " + image + " cannot be read: " + e.getMessage());
            }
            return new FlashImage(image, false);
        }

        /** The snapshot file to start from, checked to exist (not read: tabs ask often); null: boot. */
        Path snapshotFile() throws LaunchProblem {
            return file(LaunchAttributes.SNAPSHOT_FILE, string(LaunchAttributes.SNAPSHOT_FILE));
        }

        BoardSnapshot snapshot() throws LaunchProblem {
            Path f = snapshotFile();
            if (f == null) {
                return null;
            }
            try {
                return SnapshotFile.load(f);
            } catch (SnapshotException e) {
                throw new LaunchProblem("Snapshot file: " + e.getMessage());
            }
        }

        VirtBoardConfig board() throws LaunchProblem {
            Path machineFile = file(LaunchAttributes.MACHINE_FILE, string(LaunchAttributes.MACHINE_FILE));
            if (machineFile != null) {
                try {
                    return MachineDefinitions.toBoardConfig(machineFile);
                } catch (DefinitionException e) {
                    throw new LaunchProblem("Machine file: " + e.getMessage());
                }
            }
            String firmware = string(LaunchAttributes.FIRMWARE);
            Path bios = firmware.isEmpty() ? VirtBoardConfig.DEFAULT_BIOS
                    : firmware.equals(LaunchAttributes.FIRMWARE_NONE) ? null : file(LaunchAttributes.FIRMWARE, firmware);
            if (bios != null && !Files.isRegularFile(bios)) {
                throw new LaunchProblem("Firmware: the default firmware " + bios + " is missing (install Debian's"
                        + " opensbi, or choose 'none' for a bare-metal kernel)");
            }
            Path kernel = file(LaunchAttributes.KERNEL, string(LaunchAttributes.KERNEL));
            Path initrd = file(LaunchAttributes.INITRD, string(LaunchAttributes.INITRD));
            int harts = integer(LaunchAttributes.HARTS, GuestlabPreferences.DEFAULT_HARTS);
            if (harts < 1 || harts > 8) {
                throw new LaunchProblem("Harts: " + harts + " is out of range 1..8");
            }
            String memoryText = string(LaunchAttributes.MEMORY);
            long memory;
            try {
                memory = memoryText.isEmpty() ? VirtBoardConfig.DEFAULT_MEMORY : MemorySize.valueOf(memoryText).bytes();
            } catch (IllegalArgumentException e) {
                throw new LaunchProblem("Memory: '" + memoryText + "' is not " + MemorySize.SYNTAX);
            }
            List<Drive> drives = new ArrayList<>();
            for (String spec : list(LaunchAttributes.DRIVES)) {
                Drive d;
                try {
                    d = Drive.parse(expand.apply(spec));
                } catch (IllegalArgumentException e) {
                    throw new LaunchProblem("Drives: " + e.getMessage());
                }
                if (!Files.isRegularFile(d.file())) {
                    throw new LaunchProblem("Drives: " + d.file() + " does not exist or is not a file");
                }
                drives.add(d);
            }
            String time = string(LaunchAttributes.TIME_MODE);
            if (!time.isEmpty() && !time.equals(LaunchAttributes.TIME_VIRTUAL) && !time.equals(LaunchAttributes.TIME_WALLCLOCK)) {
                throw new LaunchProblem("Time: '" + time + "' is not " + LaunchAttributes.TIME_VIRTUAL + " or "
                        + LaunchAttributes.TIME_WALLCLOCK);
            }
            Semihosting semihosting = Semihosting.OFF;
            String root = string(LaunchAttributes.SEMIHOSTING_ROOT);
            if (!root.isEmpty()) {
                Path r = Path.of(expand.apply(root));
                if (!Files.isDirectory(r)) {
                    throw new LaunchProblem("Semihosting root: " + r + " is not an existing folder");
                }
                semihosting = new Semihosting(true, r.toAbsolutePath());
            } else if (bool(LaunchAttributes.SEMIHOSTING)) {
                semihosting = new Semihosting(true, null);
            }
            Long rngSeed = null;
            if (bool(LaunchAttributes.RNG)) {
                String seed = string(LaunchAttributes.RNG_SEED);
                try {
                    rngSeed = seed.isEmpty() ? 0L : Numbers.parse(seed);
                } catch (NumberFormatException e) {
                    throw new LaunchProblem("Entropy seed: '" + seed + "' is not a number");
                }
            }
            FlashImage[] flash = {flash(LaunchAttributes.FLASH0), flash(LaunchAttributes.FLASH1)};
            try {
                VirtBoardConfig config = new VirtBoardConfig(harts, memory, bios, kernel, initrd,
                        string(LaunchAttributes.BOOTARGS), drives, false, time.equals(LaunchAttributes.TIME_WALLCLOCK),
                        semihosting, rngSeed).withFlash(0, flash[0]).withFlash(1, flash[1]);
                config.checkBootable();
                return config;
            } catch (IllegalArgumentException e) {
                throw new LaunchProblem("Machine: " + e.getMessage());
            }
        }

        Symbols symbolFile(String entry) throws LaunchProblem {
            SymbolFile f;
            try {
                f = SymbolFile.decode(entry);
            } catch (IllegalArgumentException e) {
                throw new LaunchProblem("Symbols: " + e.getMessage());
            }
            Path p = file(LaunchAttributes.SYMBOL_FILES, f.path());
            if (p == null) {
                throw new LaunchProblem("Symbols: an entry names no file");
            }
            if (!ElfCheck.isElf(p)) {
                throw new LaunchProblem("Symbols: " + p + " is not an ELF file");
            }
            return new Symbols(p, f.loadOffset());
        }

        /** The symbol files; none given: the kernel (else the firmware) when it is an ELF. */
        List<Symbols> symbols(VirtBoardConfig board) throws LaunchProblem {
            List<Symbols> out = new ArrayList<>();
            for (String entry : list(LaunchAttributes.SYMBOL_FILES)) {
                out.add(symbolFile(entry));
            }
            if (out.isEmpty()) {
                Path image = board.kernel() != null ? board.kernel() : board.bios();
                if (image != null && ElfCheck.isElf(image)) {
                    out.add(new Symbols(image, 0));
                }
            }
            return out;
        }

        String stopAt() throws LaunchProblem {
            String s = string(LaunchAttributes.STOP_AT);
            if (s.isEmpty()) {
                return LaunchAttributes.STOP_AT_MAIN;
            }
            return switch (s) {
                case LaunchAttributes.STOP_AT_NONE, LaunchAttributes.STOP_AT_RESET, LaunchAttributes.STOP_AT_ENTRY,
                     LaunchAttributes.STOP_AT_MAIN, LaunchAttributes.STOP_AT_FUNCTION_NAME -> s;
                default -> throw new LaunchProblem("Stop at: '" + s + "' is not none, reset, entry, main or function");
            };
        }

        String stopFunction() throws LaunchProblem {
            if (!stopAt().equals(LaunchAttributes.STOP_AT_FUNCTION_NAME)) {
                return null;
            }
            String f = string(LaunchAttributes.STOP_AT_FUNCTION);
            if (f.isEmpty()) {
                throw new LaunchProblem("Stop at function: no function name given");
            }
            return f;
        }

        List<CaughtTrap> traps() throws LaunchProblem {
            List<CaughtTrap> out = new ArrayList<>();
            for (String entry : list(LaunchAttributes.CATCH_TRAPS)) {
                try {
                    out.add(CaughtTrap.decode(entry));
                } catch (IllegalArgumentException e) {
                    throw new LaunchProblem("Catch traps: " + e.getMessage());
                }
            }
            return out;
        }

        int gdbPort() throws LaunchProblem {
            if (!bool(LaunchAttributes.GDB_SERVER)) {
                return 0;
            }
            int port = integer(LaunchAttributes.GDB_PORT, GuestlabPreferences.DEFAULT_GDB_PORT);
            if (port < 1 || port > 65535) {
                throw new LaunchProblem("GDB server port: " + port + " is out of range 1..65535");
            }
            return port;
        }

        /** The stop-at function must be in one of the symbol files (when they can be read at all). */
        void checkFunction(String function) throws LaunchProblem {
            List<Symbols> symbols;
            try {
                symbols = symbols(board());
            } catch (LaunchProblem e) {
                return; // the Machine or Symbols tab reports that one
            }
            if (symbols.isEmpty()) {
                throw new LaunchProblem("Stop at function: no symbol file to find '" + function + "' in");
            }
            for (Symbols s : symbols) {
                try {
                    if (Program.open(s.file(), s.loadOffset()).addressOf(function).isPresent()) {
                        return;
                    }
                } catch (SymbolsException e) {
                    throw new LaunchProblem("Symbols: " + e.getMessage());
                }
            }
            throw new LaunchProblem("Stop at function: no function '" + function + "' in " + symbols.get(0).file()
                    + (symbols.size() > 1 ? " or the other symbol files" : ""));
        }

        /** A field's name as the tabs label it. */
        private static String field(String key) {
            return switch (key) {
                case LaunchAttributes.MACHINE_FILE -> "Machine file";
                case LaunchAttributes.SNAPSHOT_FILE -> "Snapshot file";
                case LaunchAttributes.FIRMWARE -> "Firmware";
                case LaunchAttributes.KERNEL -> "Kernel";
                case LaunchAttributes.INITRD -> "Initrd";
                case LaunchAttributes.BOOTARGS -> "Kernel command line";
                case LaunchAttributes.HARTS -> "Harts";
                case LaunchAttributes.MEMORY -> "Memory";
                case LaunchAttributes.DRIVES -> "Drives";
                case LaunchAttributes.FLASH0 -> "Flash bank 0";
                case LaunchAttributes.FLASH1 -> "Flash bank 1";
                case LaunchAttributes.TIME_MODE -> "Time";
                case LaunchAttributes.SEMIHOSTING, LaunchAttributes.SEMIHOSTING_ROOT -> "Semihosting";
                case LaunchAttributes.RNG, LaunchAttributes.RNG_SEED -> "Entropy device";
                case LaunchAttributes.SYMBOL_FILES -> "Symbols";
                case LaunchAttributes.STOP_AT, LaunchAttributes.STOP_AT_FUNCTION -> "Stop at";
                case LaunchAttributes.CATCH_TRAPS -> "Catch traps";
                case LaunchAttributes.GDB_SERVER, LaunchAttributes.GDB_PORT -> "GDB server port";
                default -> key;
            };
        }
    }
}
