package io.guestlab.cli;

import io.guestlab.emulator.TranslationTraining;

import java.io.PrintStream;
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

    /**
     * The commands this build of Guestlab has, in the order `--help` lists them; each is made when
     * it is used, so that a run loads only its own classes. Lambdas, not constructor references (a
     * reference loads its class when the list is made), and summaries that are constants (the
     * compiler copies them here).
     */
    public static List<Command> standardCommands() {
        return List.of(
                new LazyCommand("run", RunCommand.SUMMARY, () -> new RunCommand()),
                new LazyCommand("qemu", QemuCommand.SUMMARY, () -> new QemuCommand()),
                new LazyCommand("disasm", DisasmCommand.SUMMARY, () -> new DisasmCommand()),
                new LazyCommand("addr2line", Addr2lineCommand.SUMMARY, () -> new Addr2lineCommand()),
                new LazyCommand("symbols", SymbolsCommand.SUMMARY, () -> new SymbolsCommand()),
                new LazyCommand("machine", MachineCommand.SUMMARY, () -> new MachineCommand()),
                new LazyCommand("test", TestCommand.SUMMARY, () -> new TestCommand()),
                new LazyCommand("install-qemu-shim", InstallQemuShimCommand.SUMMARY, () -> new InstallQemuShimCommand()));
    }

    public static void main(String[] args) {
        System.exit(new Main(standardCommands()).execute(Arrays.asList(args), System.out, System.err));
    }

    /**
     * Set by the launcher when this JVM records the classes it loads for its AOT cache
     * (aot_setup in ./guestlab): the run then translates a made-up loop first, so that the cache
     * holds translation's classes even if this run's guest never gets hot.
     */
    static final String AOT_TRAINING = "guestlab.aot.training";

    private static void train() {
        try {
            TranslationTraining.run();
        } catch (RuntimeException e) {
            // nothing to report: a cache without those classes only makes later runs warm up slower
        }
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
        if (Boolean.getBoolean(AOT_TRAINING)) {
            train();
        }
        try {
            return command.run(rest, out, err);
        } catch (UsageException e) {
            err.println("guestlab " + command.name() + ": " + e.getMessage());
            return EXIT_USAGE;
        } catch (OutOfMemoryError e) {
            // Not a defect: a guest's RAM and its disks' copy-on-write writes live on the Java heap,
            // which the launcher may have kept small (see small_heap in ./guestlab).
            err.println("guestlab " + command.name() + ": out of Java heap (" + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MiB); give the JVM more, e.g. GUESTLAB_JAVA_OPTS=-Xmx8g");
            return 1;
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
