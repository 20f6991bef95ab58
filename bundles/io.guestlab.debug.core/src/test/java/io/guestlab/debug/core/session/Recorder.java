package io.guestlab.debug.core.session;

import static org.junit.Assert.fail;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A listener that keeps what a session reports, for tests to wait on. */
final class Recorder implements SessionListener {

    /** Adds {@code spec} to {@code session} and waits until it is placed, failing on a problem. */
    void place(MachineSession session, BreakpointSpec spec) throws InterruptedException {
        session.addBreakpoint(spec);
        Placed p = next(Placed.class);
        org.junit.Assert.assertNull(p.problem(), p.problem());
    }

    record Placed(BreakpointSpec spec, int line, String problem) {
    }

    record Ended(Integer exitCode, String reason) {
    }

    final LinkedBlockingQueue<Object> events = new LinkedBlockingQueue<>();
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    @Override
    public synchronized void output(byte[] bytes) {
        console.writeBytes(bytes);
    }

    synchronized String console() {
        return console.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public void resumed(boolean step) {
    }

    @Override
    public void suspended(Stop stop) {
        events.add(stop);
    }

    @Override
    public void terminated(Integer exitCode, String reason) {
        events.add(new Ended(exitCode, reason));
    }

    @Override
    public void breakpointPlaced(BreakpointSpec spec, int line, String problem) {
        events.add(new Placed(spec, line, problem));
    }

    @Override
    public void running(long instructions, double mips) {
    }

    /** The next event of {@code type}, skipping others; fails after 60 s. */
    <T> T next(Class<T> type) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Object e = events.poll(100, TimeUnit.MILLISECONDS);
            if (type.isInstance(e)) {
                return type.cast(e);
            }
            if (e instanceof Ended end && type != Ended.class) {
                fail("the machine ended (" + end + ") while waiting for a " + type.getSimpleName());
            }
        }
        fail("no " + type.getSimpleName() + " within 60 s");
        return null;
    }

    Stop stop() throws InterruptedException {
        return next(Stop.class);
    }
}
