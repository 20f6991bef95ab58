package io.guestlab.cli;

import java.io.PrintStream;
import java.util.List;

/** One `guestlab` sub-command. Returns the process exit code; never throws for bad input. */
public interface Command {

    /** The word after `guestlab`, e.g. {@code run}. */
    String name();

    /** One line for `guestlab --help`. */
    String summary();

    /** Full usage text for `guestlab NAME --help`. */
    String usage();

    int run(List<String> args, PrintStream out, PrintStream err);
}
