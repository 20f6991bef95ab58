package io.guestlab.debug.ui.tests;

import org.eclipse.core.commands.Command;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

import io.guestlab.ui.testsupport.DebugEvents;
import io.guestlab.ui.testsupport.TestWorkbench;

/** The workbench's commands run as a user runs them (a toolbar button, a key), once they are enabled. */
final class DebugCommands {

    private DebugCommands() {
    }

    /** Runs command {@code id} once its handler is enabled for the current selection, and waits for the stop it leads to. */
    static void runToStop(DebugEvents events, String id) throws Exception {
        int suspends = events.count(DebugEvent.SUSPEND);
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        Command command = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(id);
        TestWorkbench.waitUntil(id + " enabled", () -> {
            command.setEnabled(handlers.getCurrentState());
            return command.isEnabled();
        });
        handlers.executeCommand(id, null);
        events.waitFor("the stop after " + id, DebugEvent.SUSPEND, suspends);
    }
}
