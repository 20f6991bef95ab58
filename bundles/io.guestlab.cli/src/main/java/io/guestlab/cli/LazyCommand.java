package io.guestlab.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Supplier;

/**
 * A command made only when it is used. Loading a command class loads what it links to: `machine`
 * and `test` pull in EMF, whose signed jars cost about half a second to verify, which `run` must
 * not pay.
 */
final class LazyCommand implements Command {

    private final String name;
    private final Supplier<Command> factory;
    private Command command;

    /** @param name the word of the command {@code factory} makes (MainTest checks they agree) */
    LazyCommand(String name, Supplier<Command> factory) {
        this.name = name;
        this.factory = factory;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String summary() {
        return command().summary();
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
