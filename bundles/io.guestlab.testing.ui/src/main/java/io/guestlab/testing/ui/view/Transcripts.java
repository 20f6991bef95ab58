package io.guestlab.testing.ui.view;

import io.guestlab.testing.ReplayFiles;
import io.guestlab.testing.TestResult;
import io.guestlab.testing.TestRun;
import io.guestlab.testing.Verdict;
import io.guestlab.testing.ui.session.TestSession;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.unittest.model.ITestElement;

/**
 * Opens a test's console transcript (the file in its run's results folder, read-only) in a
 * text editor, scrolled to the failure: the failing TAP / KTAP result line, the line a fail
 * pattern matched, or for an exit, trap or timeout the end of the console.
 */
public final class Transcripts {

    private Transcripts() {
    }

    /** Opens the transcript of {@code element}'s test; says why in a dialog when there is none. */
    public static IEditorPart open(Shell shell, ITestElement element) {
        TestSession session = TestElements.session(element);
        TestRun run = TestElements.run(element);
        if (session == null || run == null) {
            MessageDialog.openInformation(shell, "Transcript", "'" + element.getDisplayName()
                    + "' has no transcript yet: its machine has not finished.");
            return null;
        }
        Path file = ReplayFiles.transcript(session.results(), run);
        try {
            file.toFile().setWritable(false); // what the guest printed: not for editing
            IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            IEditorPart editor = IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(file.toUri()));
            if (editor instanceof ITextEditor text) {
                int[] at = failure(Files.readString(file, StandardCharsets.UTF_8), TestElements.result(element));
                text.selectAndReveal(at[0], at[1]);
            }
            return editor;
        } catch (CoreException | IOException e) {
            MessageDialog.openError(shell, "Transcript", "Cannot open " + file + ": " + e.getMessage());
            return null;
        }
    }

    /** Offset and length of the failure's line in {@code transcript}, or of its last line. */
    static int[] failure(String transcript, TestResult result) {
        if (result != null && result.verdict() != Verdict.PASS) {
            Pattern line = null;
            if (result.message().startsWith("fail pattern matched: ")) {
                line = Pattern.compile("(?m)^" + Pattern.quote(result.message().substring("fail pattern matched: ".length()))
                        + "\\r?$");
            } else if (!result.suite().isEmpty() && !result.name().isEmpty()) {
                line = Pattern.compile("(?m)^.*(not )?ok \\d+ (- )?" + Pattern.quote(result.name()) + "\\b.*$");
            }
            if (line != null) {
                Matcher m = line.matcher(transcript);
                int start = -1;
                int end = -1;
                while (m.find()) { // the last one: a repeated name's failing run comes after its passes
                    start = m.start();
                    end = m.end();
                }
                if (start >= 0) {
                    return new int[] {start, end - start};
                }
            }
        }
        String trimmed = transcript.stripTrailing();
        int start = trimmed.lastIndexOf('\n') + 1;
        return new int[] {start, trimmed.length() - start};
    }
}
