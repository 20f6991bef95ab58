package io.guestlab.debug.core.model;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.IStreamMonitor;
import org.eclipse.debug.core.model.IStreamsProxy;

/**
 * The machine as a process of its launch: its console is the UART (and HTIF and semihosting
 * output), and what is typed into the console goes to the UART.
 */
public final class GuestlabProcess extends PlatformObject implements IProcess {

    /** {@link IProcess#ATTR_PROCESS_TYPE} of Guestlab machines, for console page participants. */
    public static final String PROCESS_TYPE = "io.guestlab.machine";

    private final ILaunch launch;
    private final String label;
    private final GuestlabDebugTarget target;
    private final ConsoleStream output = new ConsoleStream();
    private final ConsoleStream noErrors = new ConsoleStream();
    private final Map<String, String> attributes = new HashMap<>();
    private volatile Integer exitValue;
    private volatile boolean terminated;

    GuestlabProcess(ILaunch launch, String label, GuestlabDebugTarget target) {
        this.launch = launch;
        this.label = label;
        this.target = target;
        attributes.put(ATTR_PROCESS_TYPE, PROCESS_TYPE);
        attributes.put(ATTR_PROCESS_LABEL, label);
    }

    void output(byte[] bytes) {
        output.append(bytes);
    }

    void ended(Integer code) {
        exitValue = code;
        terminated = true;
        DebugPlugin.getDefault().fireDebugEventSet(new DebugEvent[] {new DebugEvent(this, DebugEvent.TERMINATE)});
    }

    @Override
    public String getLabel() {
        return label;
    }

    @Override
    public ILaunch getLaunch() {
        return launch;
    }

    @Override
    public IStreamsProxy getStreamsProxy() {
        return new IStreamsProxy() {
            @Override
            public IStreamMonitor getErrorStreamMonitor() {
                return noErrors;
            }

            @Override
            public IStreamMonitor getOutputStreamMonitor() {
                return output;
            }

            @Override
            public void write(String input) {
                target.session().typeInput(input.getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    @Override
    public void setAttribute(String key, String value) {
        attributes.put(key, value);
    }

    @Override
    public String getAttribute(String key) {
        return attributes.get(key);
    }

    /** The guest's exit code (test device, HTIF); -1 when it was terminated instead. */
    @Override
    public int getExitValue() throws org.eclipse.debug.core.DebugException {
        if (!terminated) {
            throw new org.eclipse.debug.core.DebugException(org.eclipse.core.runtime.Status.error("the machine still runs"));
        }
        return exitValue == null ? -1 : exitValue;
    }

    @Override
    public boolean canTerminate() {
        return !terminated;
    }

    @Override
    public boolean isTerminated() {
        return terminated;
    }

    @Override
    public void terminate() {
        target.terminate();
    }
}
