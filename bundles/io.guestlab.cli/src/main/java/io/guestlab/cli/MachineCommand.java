package io.guestlab.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.guestlab.model.DefinitionException;
import io.guestlab.model.Definitions;
import io.guestlab.model.Machine;
import io.guestlab.model.Problem;

/** {@code guestlab machine check FILE...}: validates machine and test-suite definitions. */
public final class MachineCommand implements Command {

    /** What `guestlab --help` says of this command (a constant: listing it loads no class). */
    static final String SUMMARY = "check machine (*.machine) and test-suite (*.testsuite) definitions";

    @Override
    public String name() {
        return "machine";
    }

    @Override
    public String summary() {
        return SUMMARY;
    }

    @Override
    public String usage() {
        return """
                usage: guestlab machine check FILE...
                Loads each *.machine or *.testsuite file (and the machine a suite references) and
                checks it against Guestlab's rules and what `guestlab run --machine` can boot:
                every problem is printed as FILE: error|warning: ELEMENT: MESSAGE. Exits 1 if any
                file has an error; a machine that passes is one `guestlab run --machine` accepts.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() < 2 || !args.get(0).equals("check")) {
            throw new UsageException("expects 'check FILE...' (see 'guestlab machine --help')");
        }
        boolean ok = true;
        for (String name : args.subList(1, args.size())) {
            ok &= check(Path.of(name), out, err);
        }
        return ok ? 0 : 1;
    }

    private static boolean check(Path file, PrintStream out, PrintStream err) {
        EObject root;
        try {
            root = file.toString().endsWith("." + Definitions.TEST_SUITE_EXTENSION)
                ? Definitions.loadTestSuite(file) : Definitions.loadMachine(file);
        } catch (DefinitionException e) {
            err.println(e.getMessage());
            return false;
        }
        List<Problem> problems = new ArrayList<>(Definitions.validate(root));
        if (root instanceof Machine machine) {
            problems.addAll(MachineDefinitions.unsupported(file, machine));
        }
        problems.forEach(p -> (p.isError() ? err : out).println(p));
        boolean ok = problems.stream().noneMatch(Problem::isError);
        if (ok && root instanceof Machine) {
            // What is left is what `guestlab run --machine` checks on the board itself.
            try {
                MachineDefinitions.toBoardConfig(file);
            } catch (DefinitionException e) {
                err.println(e.getMessage());
                ok = false;
            }
        }
        if (ok) {
            out.println(file + ": ok" + (problems.isEmpty() ? "" : " (" + problems.size() + " warnings)"));
        }
        return ok;
    }
}
