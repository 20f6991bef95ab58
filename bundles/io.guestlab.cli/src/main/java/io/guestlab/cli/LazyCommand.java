package io.guestlab.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Supplier;

/**
 * A command made only when it is used. Loading a command class loads what it links to: `machine`
 * and `test` pull in EMF, whose signed jars cost about half a second to verify, which `run` must
 * not pay, and neither must `--help`, which lists every command by name and summary.
 */
final class LazyCommand implements Command {

    private final String name;
    private final String summary;
    private final Supplier<Command> factory;
    private Command command;

    /**
     * @param name    the word of the command {@code factory} makes
     * @param summary its {@link Command#summary()} (MainTest checks that both agree)
     */
    LazyCommand(String name, String summary, Supplier<Command> factory) {
        this.name = name;
        this.summary = summary;
        this.factory = factory;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String summary() {
        return summary;
    }

    @Override
    public String usage() {
        return command().usage();
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        return command().run(args, out, err);
    }

    /** The command itself, made on first use. */
    Command command() {
        if (command == null) {
            command = factory.get();
        }
        return command;
    }
}
