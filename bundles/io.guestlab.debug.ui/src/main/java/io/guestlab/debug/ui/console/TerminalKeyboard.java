package io.guestlab.debug.ui.console;

import java.io.IOException;

import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.IStreamsProxy;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.text.ITextViewerExtension;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.custom.VerifyKeyListener;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.events.VerifyEvent;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.IConsolePageParticipant;
import org.eclipse.ui.console.IOConsole;
import org.eclipse.ui.console.TextConsolePage;
import org.eclipse.ui.part.IPageBookViewPage;

/**
 * A machine's console is its serial terminal: each key typed goes to the guest at once, as a
 * terminal's keyboard sends it (Enter as CR, Backspace as DEL, arrows as ANSI escape sequences),
 * and is not written into the console: what shows is what the guest writes back, its echo
 * included. (The platform's process console shows typed lines itself and sends them on Enter,
 * so a guest that echoes, as every shell does, showed each line twice.) Paste sends the
 * clipboard's text the same way; Copy with nothing selected sends Ctrl+C (ETX), as a terminal does.
 * What the guest writes back is drawn as a terminal draws it: Backspace moves back, CR to the
 * line's start.
 */
public final class TerminalKeyboard implements IConsolePageParticipant {

    private IProcess process;

    @Override
    public void init(IPageBookViewPage page, IConsole console) {
        if (!(page instanceof TextConsolePage textPage) || !(console instanceof org.eclipse.debug.ui.console.IConsole processConsole)) {
            return;
        }
        process = processConsole.getProcess();
        // a terminal's screen too: a guest's line editor erases with "\b \b" and redraws a line after
        // "\r" (the platform draws both as boxes unless a user turns on its preference for every console)
        if (console instanceof IOConsole screen) {
            screen.setHandleControlCharacters(true);
            screen.setCarriageReturnAsControlCharacter(true);
        }
        if (textPage.getViewer() instanceof ITextViewerExtension viewer) {
            viewer.prependVerifyKeyListener(keys());
        }
        Action paste = new Action("Paste") {
            @Override
            public void run() {
                Clipboard clipboard = new Clipboard(page.getControl().getDisplay());
                try {
                    if (clipboard.getContents(TextTransfer.getInstance()) instanceof String text) {
                        send(text.replace("\r\n", "\r").replace('\n', '\r'));
                    }
                } finally {
                    clipboard.dispose();
                }
            }
        };
        paste.setActionDefinitionId("org.eclipse.ui.edit.paste");
        StyledText text = textPage.getViewer().getTextWidget();
        // Ctrl+C copies what is selected; with nothing selected it is a terminal's interrupt (ETX)
        Action copy = new Action("Copy") {
            @Override
            public void run() {
                if (text.getSelectionCount() > 0 || process == null || process.isTerminated()) {
                    text.copy();
                } else {
                    send("\u0003");
                }
            }
        };
        copy.setActionDefinitionId("org.eclipse.ui.edit.copy");
        IActionBars bars = page.getSite().getActionBars();
        bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), paste);
        bars.setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
        bars.updateActionBars();
    }

    private VerifyKeyListener keys() {
        return (VerifyEvent e) -> {
            if (process == null || process.isTerminated()) {
                return; // an ended machine's console is only read
            }
            String bytes = bytesOf(e.keyCode, e.character);
            if (bytes != null) {
                e.doit = false;
                send(bytes);
            }
        };
    }

    /** What a terminal sends for a key (VT100/xterm), or null for a key the console keeps (page up, F-keys, modifiers). */
    private static String bytesOf(int keyCode, char character) {
        switch (keyCode) {
            case SWT.ARROW_UP:
                return "\u001b[A";
            case SWT.ARROW_DOWN:
                return "\u001b[B";
            case SWT.ARROW_RIGHT:
                return "\u001b[C";
            case SWT.ARROW_LEFT:
                return "\u001b[D";
            case SWT.HOME:
                return "\u001b[H";
            case SWT.END:
                return "\u001b[F";
            case SWT.KEYPAD_CR:
                return "\r";
            default:
                break;
        }
        return switch (character) {
            case 0 -> null;
            case '\r', '\n' -> "\r";
            case '\b' -> "\u007f";
            case SWT.DEL -> "\u001b[3~";
            default -> String.valueOf(character);
        };
    }

    private void send(String bytes) {
        IStreamsProxy streams = process.getStreamsProxy();
        if (streams != null) {
            try {
                streams.write(bytes);
            } catch (IOException e) {
                // the machine ended meanwhile: nobody reads the keys any more
            }
        }
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public void dispose() {
        process = null;
    }

    @Override
    public void activated() {
    }

    @Override
    public void deactivated() {
    }
}
