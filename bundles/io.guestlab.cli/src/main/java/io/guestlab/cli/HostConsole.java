package io.guestlab.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The terminal side of a guest's serial console. When standard input is a terminal it is put in
 * raw mode (every key, Ctrl-C included, goes to the guest, as with QEMU's {@code -nographic}) and
 * restored on {@link #close()} or JVM exit; otherwise the input is forwarded as it comes, so
 * commands can be piped in. Ctrl-A x quits in both cases ({@link ConsoleEscape}).
 */
final class HostConsole implements AutoCloseable {

    private final InputStream input;
    private final ConsoleEscape escape;
    private final Consumer<byte[]> guest;
    private String savedTerminal;
    private Thread shutdownHook;
    private volatile boolean endOfInput;

    /**
     * @param input the host input (System.in)
     * @param guest receives the bytes for the guest; called on the reader thread
     * @param messages where Ctrl-A h prints its help
     */
    HostConsole(InputStream input, Consumer<byte[]> guest, PrintStream messages) {
        this.input = input;
        this.guest = guest;
        this.escape = new ConsoleEscape(() -> {
            messages.print(ConsoleEscape.HELP);
            messages.flush();
        });
    }

    /** Enters raw mode if {@code terminal} and starts forwarding input on a daemon thread. */
    void start(boolean terminal) {
        if (terminal) {
            savedTerminal = stty("-g");
            // raw input, but output post-processing stays on (as QEMU keeps OPOST) so that a guest
            // printing bare "\n" does not staircase
            if (savedTerminal != null && stty("raw", "-echo", "opost") != null) {
                shutdownHook = new Thread(this::restore, "guestlab-terminal-restore");
                Runtime.getRuntime().addShutdownHook(shutdownHook);
            } else {
                savedTerminal = null;
            }
        }
        Thread reader = new Thread(this::forward, "guestlab-console-input");
        reader.setDaemon(true);
        reader.start();
    }

    private void forward() {
        byte[] buffer = new byte[256];
        try {
            int n;
            while (!escape.quitRequested() && (n = input.read(buffer)) > 0) {
                byte[] bytes = escape.filter(buffer, n);
                if (bytes.length > 0) {
                    guest.accept(bytes);
                }
            }
        } catch (IOException e) {
            // input closed underneath us: treated as its end
        }
        endOfInput = true;
    }

    /** True once the user typed Ctrl-A x. */
    boolean quitRequested() {
        return escape.quitRequested();
    }

    /** True once the input has ended (or Ctrl-A x was typed): nothing more will arrive. */
    boolean inputEnded() {
        return endOfInput;
    }

    /**
     * True if standard input is a terminal (asked of stty, which fails on anything else). Where
     * /proc tells that it is a pipe, a socket, a file outside /dev or /dev/null, stty is not
     * started: a process start costs tens of milliseconds (and loads the JDK's logging).
     */
    static boolean stdinIsTerminal() {
        try {
            String stdin = Files.readSymbolicLink(Path.of("/proc/self/fd/0")).toString();
            if (!stdin.startsWith("/dev/") || stdin.equals("/dev/null")) {
                return false;
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // no /proc to ask (not Linux): stty decides
        }
        return stty("-g") != null;
    }

    @Override
    public void close() {
        restore();
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // already shutting down: the hook restores the terminal itself
            }
            shutdownHook = null;
        }
    }

    private synchronized void restore() {
        if (savedTerminal != null) {
            stty(savedTerminal);
            savedTerminal = null;
        }
    }

    /** Runs stty on our standard input; its output, or null if it failed (not a terminal, no stty). */
    private static String stty(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("stty"));
        command.addAll(Arrays.asList(args));
        try {
            Process p = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            if (!p.waitFor(5, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return null;
            }
            return out;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
