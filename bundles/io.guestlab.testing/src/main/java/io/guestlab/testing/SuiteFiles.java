package io.guestlab.testing;

import io.guestlab.emulator.board.VirtBoardConfig;
import io.guestlab.emulator.loader.ElfFile;
import io.guestlab.emulator.loader.ElfFormatException;
import io.guestlab.model.ConsoleResult;
import io.guestlab.model.DefinitionException;
import io.guestlab.model.Definitions;
import io.guestlab.model.ExitChannel;
import io.guestlab.model.ExitCodeResult;
import io.guestlab.model.KtapResult;
import io.guestlab.model.Machine;
import io.guestlab.model.PlannedTest;
import io.guestlab.model.Problem;
import io.guestlab.model.ReadyPhase;
import io.guestlab.model.ResultCheck;
import io.guestlab.model.TapResult;
import io.guestlab.model.TestPlan;
import io.guestlab.model.TestSuite;
import io.guestlab.emulator.devices.MachineStop;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a test suite ({@code *.testsuite}, the model's {@link TestSuite}) into a {@link SuitePlan}.
 * Everything wrong with it is reported before anything runs, one line per problem naming the
 * file and the element.
 */
public final class SuiteFiles {

    /** Turns the suite's machine definition into a board; the caller owns that mapping (guestlab run's). */
    @FunctionalInterface
    public interface MachineMapper {
        VirtBoardConfig toBoardConfig(Machine machine) throws DefinitionException;
    }

    private SuiteFiles() {
    }

    /** Loads, checks and plans {@code file}. */
    public static SuitePlan load(Path file, MachineMapper machines) throws SuiteException {
        try {
            return plan(file, machines);
        } catch (DefinitionException e) {
            throw new SuiteException(e.getMessage());
        }
    }

    private static SuitePlan plan(Path file, MachineMapper machines) throws DefinitionException, SuiteException {
        TestSuite suite = Definitions.loadTestSuite(file);
        List<Problem> errors = Definitions.validate(suite).stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            StringBuilder message = new StringBuilder();
            for (Problem p : errors) {
                message.append(message.isEmpty() ? "" : "\n").append(p);
            }
            throw new SuiteException(message.toString()); // each line names the file

        }
        List<PlannedTest> planned = TestPlan.of(suite);
        Machine machine = suite.effectiveMachine();
        VirtBoardConfig base = boardOf(machine, planned, machines);
        String name = suite.getName() != null && !suite.getName().isBlank() ? suite.getName() : stem(file);
        ReadyPhase ready = suite.getReady();
        List<TestSpec> tests = new ArrayList<>();
        for (PlannedTest t : planned) {
            VirtBoardConfig config = null;
            if (ready == null) {
                String append = base.append();
                for (String argument : t.arguments()) {
                    append = append.isEmpty() ? argument : append + " " + argument;
                }
                config = base.withKernel(t.program()).withAppend(append);
            }
            tests.add(new TestSpec(t.name(), config, t.input(), check(file, t.name(), t.result()),
                    t.timeoutInstructions().orElse(Long.MAX_VALUE), t.timeoutSeconds().orElse(Double.POSITIVE_INFINITY)));
        }
        if (ready == null) {
            return new SuitePlan(name, null, null, tests);
        }
        return new SuitePlan(name, base, readyPoint(file, ready, base), tests);
    }

    /**
     * The suite's machine as a board. A machine without a kernel (its tests bring their own
     * programs) is mapped with the first test's program in its place, as the mapping requires
     * something to boot; every test then sets its own.
     */
    private static VirtBoardConfig boardOf(Machine machine, List<PlannedTest> planned, MachineMapper machines)
            throws DefinitionException {
        if (machine.getKernel() != null || planned.isEmpty() || planned.get(0).program() == null) {
            return machines.toBoardConfig(machine);
        }
        machine.setKernel(planned.get(0).program().toString());
        try {
            return machines.toBoardConfig(machine);
        } finally {
            machine.setKernel(null);
        }
    }

    private static Check check(Path file, String test, ResultCheck result) throws DefinitionException {
        return switch (result) {
            case ExitCodeResult exit -> new Check.Exit(channel(exit.getVia()), exit.getExpected());
            case TapResult tap -> new Check.Tap();
            case KtapResult ktap -> new Check.Ktap();
            case ConsoleResult console -> new Check.Console(patterns(console.getPass()), patterns(console.getFail()));
            default -> throw new DefinitionException(file, 0, "test case '" + test + "': result "
                    + result.eClass().getName() + " is not supported by guestlab test");
        };
    }

    private static MachineStop.Channel channel(ExitChannel via) {
        return switch (via) {
            case HTIF -> MachineStop.Channel.HTIF;
            case SEMIHOSTING -> MachineStop.Channel.SEMIHOSTING;
            case SYSCON -> MachineStop.Channel.SYSCON;
            case ANY -> null;
        };
    }

    /** Patterns the validator has compiled once already. */
    private static List<Pattern> patterns(List<String> regexes) {
        return regexes.stream().map(Pattern::compile).toList();
    }

    private static ReadyPoint readyPoint(Path file, ReadyPhase ready, VirtBoardConfig machine) throws DefinitionException {
        long insns = ready.isSetTimeoutInstructions() ? ready.getTimeoutInstructions() : Long.MAX_VALUE;
        double seconds = ready.isSetTimeoutSeconds() ? ready.getTimeoutSeconds() : Double.POSITIVE_INFINITY;
        return switch (ready.getTrigger()) {
            case CONSOLE -> ReadyPoint.console(Pattern.compile(ready.getPattern()), insns, seconds);
            case INSTRUCTIONS -> ReadyPoint.instructions(ready.getInstructions(), seconds);
            case SYMBOL -> {
                try {
                    ElfFile elf = ElfFile.read(machine.kernel());
                    long address = elf.symbol(ready.getSymbol()).orElseThrow(() -> new DefinitionException(file, 0,
                            "boot-to-ready phase: symbol '" + ready.getSymbol() + "' is not in " + machine.kernel()));
                    yield ReadyPoint.symbol(ready.getSymbol(), address, insns, seconds);
                } catch (ElfFormatException e) {
                    throw new DefinitionException(file, 0, "boot-to-ready phase: the symbol trigger needs the kernel"
                            + " as an ELF: " + e.getMessage());
                }
            }
            case SEMIHOSTING -> {
                if (!machine.semihosting().enabled()) {
                    throw new DefinitionException(file, 0, "boot-to-ready phase: trigger=\"semihosting\" needs"
                            + " semihosting enabled on the suite's machine");
                }
                yield ReadyPoint.semihostingBreakpoint(insns, seconds);
            }
        };
    }

    private static String stem(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
