package io.guestlab.ide.build;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import io.guestlab.ide.GuestlabProjects;
import io.guestlab.ide.project.CrossCompiler;

/**
 * Builds a Guestlab project by running its build command ({@code make} unless the project says
 * otherwise) in the project's folder, in the platform's build job (never the UI thread): output in
 * the {@link BuildConsole}, each compiler, assembler, linker or make message a problem marker,
 * the previous build's markers removed first. Cancelling the build ends the command and its children;
 * the problems its output named up to then stay as markers.
 */
public final class MakeBuilder extends IncrementalProjectBuilder {

    /** How often a running command looks at the cancel button. */
    private static final long CANCEL_POLL_MS = 100;

    @Override
    protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
        run(List.of(), monitor);
        return null;
    }

    /** Project > Clean: the Makefile's {@code clean} target. */
    @Override
    protected void clean(IProgressMonitor monitor) throws CoreException {
        run(List.of("clean"), monitor);
    }

    private void run(List<String> targets, IProgressMonitor monitor) throws CoreException {
        IProject project = getProject();
        Path folder = project.getLocation().toPath();
        List<String> command = new ArrayList<>(Arrays.asList(GuestlabProjects.buildCommand(project).split("\\s+")));
        command.addAll(targets);
        String commandLine = String.join(" ", command);
        monitor.beginTask(project.getName() + ": " + commandLine, IProgressMonitor.UNKNOWN);
        ProblemMarkers.clear(project);
        BuildConsole console = BuildConsole.get();
        console.start("Building " + project.getName() + ": " + commandLine + "  (in " + folder + ")");
        long started = System.nanoTime();

        ProcessBuilder pb = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
        pb.environment().put("LC_ALL", "C"); // the messages' wording and quotes the parser reads
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            String problem = "Cannot run '" + command.get(0) + "' in " + folder + " (" + e.getMessage() + ")"
                    + (command.get(0).equals("make") ? ": install Debian's make package." : ": check the build command in the project's properties (Guestlab Build).");
            console.status(problem);
            console.flush();
            ProblemMarkers.create(project, new CompilerMessage(null, 0, 0, CompilerMessage.Severity.ERROR, problem));
            return;
        }
        CompilerOutputParser parser = new CompilerOutputParser(folder);
        List<CompilerMessage> messages = new ArrayList<>();
        Thread reader = Thread.ofVirtual().name("guestlab-build-output").start(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null;) {
                    console.line(line);
                    parser.parse(line).ifPresent(m -> {
                        synchronized (messages) {
                            messages.add(m);
                        }
                    });
                }
            } catch (IOException e) {
                // the stream closes when a cancelled command is ended: its output is over
            }
        });
        try {
            while (!process.waitFor(CANCEL_POLL_MS, TimeUnit.MILLISECONDS)) {
                if (monitor.isCanceled()) {
                    process.descendants().forEach(ProcessHandle::destroy);
                    process.destroy();
                    process.waitFor(5, TimeUnit.SECONDS);
                    process.destroyForcibly();
                    reader.join(); // the output up to the kill: what the compiler said so far is true
                    for (CompilerMessage m : messages) {
                        ProblemMarkers.create(project, m);
                    }
                    console.status("Build of " + project.getName() + " cancelled: '" + commandLine + "' was ended; "
                            + messages.size() + " problem" + (messages.size() == 1 ? "" : "s") + " from its output so far.");
                    console.flush();
                    throw new OperationCanceledException();
                }
            }
            reader.join();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        }
        int exit = process.exitValue();
        int errors = 0, warnings = 0;
        for (CompilerMessage m : messages) {
            ProblemMarkers.create(project, m);
            errors += m.severity() == CompilerMessage.Severity.ERROR ? 1 : 0;
            warnings += m.severity() == CompilerMessage.Severity.WARNING ? 1 : 0;
        }
        if (exit != 0 && CrossCompiler.find().isEmpty()) {
            ProblemMarkers.create(project, new CompilerMessage(null, 0, 0, CompilerMessage.Severity.ERROR, CrossCompiler.MISSING));
            errors++;
        } else if (exit != 0 && errors == 0) {
            ProblemMarkers.create(project, new CompilerMessage(null, 0, 0, CompilerMessage.Severity.ERROR,
                    "'" + commandLine + "' failed with exit code " + exit + " (see the " + BuildConsole.NAME + " console)"));
            errors++;
        }
        project.refreshLocal(IResource.DEPTH_INFINITE, monitor); // the new ELF and objects
        console.status(String.format("%s %s: %d error%s, %d warning%s, exit code %d, %.1f s", project.getName(),
                exit == 0 ? "built" : "failed", errors, errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s", exit,
                (System.nanoTime() - started) / 1e9));
        console.flush();
        monitor.done();
    }
}
