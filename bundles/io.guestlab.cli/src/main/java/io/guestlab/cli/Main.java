package io.guestlab.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The headless entry point behind the `guestlab` script: dispatches to one {@link Command}. */
public final class Main {

    /** Exit code for a usage error, as in sysexits' EX_USAGE tradition of small tools. */
    public static final int EXIT_USAGE = 2;
    /** Exit code for a defect of Guestlab itself (an unexpected exception). */
    public static final int EXIT_INTERNAL = 70;

    private final Map<String, Command> commands = new LinkedHashMap<>();

    public Main(List<Command> commands) {
        for (Command c : commands) {
            this.commands.put(c.name(), c);
        }
    }

    /** The names of the commands this build of Guestlab has, in the order `--help` lists them. */
    private static final List<String> STANDARD = List.of("run", "qemu", "disasm", "addr2line", "symbols", "machine", "test",
        "install-qemu-shim");

    /**
     * The commands this build of Guestlab has; each is made when it is used, so that a run loads
     * only its own classes.
     */
    public static List<Command> standardCommands() {
        List<Command> commands = new ArrayList<>();
        for (String name : STANDARD) {
            commands.add(new LazyCommand(name, standardSummary(name), () -> standardCommand(name)));
        }
        return commands;
    }

    /** The constants, not the commands' summary(): constants are copied here and load no class. */
    private static String standardSummary(String name) {
        return switch (name) {
            case "run" -> RunCommand.SUMMARY;
            case "qemu" -> QemuCommand.SUMMARY;
            case "disasm" -> DisasmCommand.SUMMARY;
            case "addr2line" -> Addr2lineCommand.SUMMARY;
            case "symbols" -> SymbolsCommand.SUMMARY;
            case "machine" -> MachineCommand.SUMMARY;
            case "test" -> TestCommand.SUMMARY;
            case "install-qemu-shim" -> InstallQemuShimCommand.SUMMARY;
            default -> throw new IllegalArgumentException("no standard command " + name);
        };
    }

    /** A switch, not constructor references: a reference would load its class when the list is made. */
    private static Command standardCommand(String name) {
        return switch (name) {
            case "run" -> new RunCommand();
            case "qemu" -> new QemuCommand();
            case "disasm" -> new DisasmCommand();
            case "addr2line" -> new Addr2lineCommand();
            case "symbols" -> new SymbolsCommand();
            case "machine" -> new MachineCommand();
            case "test" -> new TestCommand();
            case "install-qemu-shim" -> new InstallQemuShimCommand();
            default -> throw new IllegalArgumentException("no standard command " + name);
        };
    }

    public static void main(String[] args) {
        System.exit(new Main(standardCommands()).execute(Arrays.asList(args), System.out, System.err));
    }

    public int execute(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h") || args.get(0).equals("help")) {
            printHelp(out);
            return args.isEmpty() ? EXIT_USAGE : 0;
        }
        Command command = commands.get(args.get(0));
        if (command == null) {
            err.println("guestlab: unknown command '" + args.get(0) + "' (see 'guestlab --help')");
            return EXIT_USAGE;
        }
        List<String> rest = args.subList(1, args.size());
        if (rest.contains("--help") || rest.contains("-h")) {
            out.print(command.usage());
            return 0;
        }
        try {
            return command.run(rest, out, err);
        } catch (UsageException e) {
            err.println("guestlab " + command.name() + ": " + e.getMessage());
            return EXIT_USAGE;
        } catch (RuntimeException | Error e) {
            // A defect, not bad input: one line here, the stack trace in a file for the bug report.
            err.println("guestlab " + command.name() + ": internal error: " + e + " (" + FailureReport.write(command.name(), rest, e)
                    + ")");
            return EXIT_INTERNAL;
        }
    }

    private void printHelp(PrintStream out) {
        out.println("usage: guestlab COMMAND [OPTIONS]");
        out.println();
        out.println("commands:");
        out.printf("  %-12s %s%n", "ide", "start the Guestlab IDE (builds it first if needed)");
        for (Command c : commands.values()) {
            out.printf("  %-12s %s%n", c.name(), c.summary());
        }
        out.println();
        out.println("'guestlab COMMAND --help' describes one command.");
    }
}
