package io.guestlab.debug.ui.memory;

import io.guestlab.debug.core.model.GuestlabMemoryBlock;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The Memory view monitor's "Read Device Registers": whether the selected monitors read and show
 * the device registers in their range (through the engine's side-effect-free peek) or leave them
 * as unread bytes, the default, since a guest-visible read of some registers changes the device.
 */
public final class ReadDevicesHandler extends AbstractHandler {

    public static final String COMMAND_ID = "io.guestlab.debug.ui.memory.readDevices";

    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) {
            for (Object o : selection) {
                if (o instanceof GuestlabMemoryBlock block) {
                    block.setReadDevices(!block.readsDevices());
                }
            }
        }
        return null;
    }
}
