package io.guestlab.debug.ui.traplog;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.filesystem.IFileStore;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

import io.guestlab.debug.core.model.GuestlabDebugTarget;
import io.guestlab.debug.ui.views.MachineView;
import io.guestlab.debug.core.session.MachineSession;
import io.guestlab.debug.core.session.TrapRecord;

/**
 * The Trap log view: the last traps and interrupts of the machine selected in the Debug view,
 * newest first: hart, cause by name, privilege before and after, the pc with its function and
 * line, and tval. Double-click opens that line in the editor. It reads the log in a job each
 * time the machine stops or ends (the last traps stay listed); while it runs, the log fills on
 * the engine side only.
 */
public final class TrapLogView extends MachineView {

    public static final String ID = "io.guestlab.debug.ui.trapLogView";

    private TableViewer viewer;

    @Override
    public void createPartControl(Composite parent) {
        Composite area = createStatusArea(parent);
        viewer = createTable(area, SWT.MULTI);
        column(viewer, TrapRecord.class, "Hart", 45, t -> String.valueOf(t.trap().hart()));
        column(viewer, TrapRecord.class, "Cause", 230, t -> (t.trap().interrupt() ? "interrupt " : "exception ") + (t.trap().cause() & 63)
                + ": " + t.trap().causeName());
        column(viewer, TrapRecord.class, "Privilege", 70, t -> TrapRecord.privilegeName(t.trap().fromPrivilege()) + " \u2192 "
                + TrapRecord.privilegeName(t.trap().toPrivilege()));
        column(viewer, TrapRecord.class, "pc", 140, t -> String.format("0x%x", t.trap().epc()));
        column(viewer, TrapRecord.class, "Where", 260, TrapRecord::where);
        column(viewer, TrapRecord.class, "tval", 140, t -> String.format("0x%x", t.trap().tval()));
        column(viewer, TrapRecord.class, "Hart step", 110, t -> String.format("%,d", t.trap().hartStep()));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addDoubleClickListener(e -> {
            Object o = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (o instanceof TrapRecord t) {
                open(t);
            }
        });
        Action depth = new Action("Depth...") {
            @Override
            public void run() {
                askDepth();
            }
        };
        depth.setToolTipText("How many traps the log keeps");
        getViewSite().getActionBars().getMenuManager().add(depth);
        followSelectedMachine();
    }




    /** Reads the log in a job (the machine answers between slices), then shows it newest first. */
    @Override
    public void refresh() {
        GuestlabDebugTarget m = machine();
        Job job = Job.create("Reading the trap log", monitor -> {
            MachineSession s = m == null ? null : m.session();
            List<TrapRecord> traps;
            String text;
            try {
                // suspended or ended (what ended the guest is what a user looks for); not while it runs
                traps = s == null || !(m.isSuspended() || m.isTerminated()) ? null : s.traps().reversed();
                text = m == null ? "Select a Guestlab machine in the Debug view."
                        : traps == null ? m.getName() + ": the log is shown while the machine is suspended"
                        : String.format("%s: the last %,d traps and interrupts%s (the log keeps %,d), newest first",
                                m.getName(), traps.size(), m.isTerminated() ? " before it ended" : "", s.trapLogDepth());
            } catch (IllegalStateException e) {
                traps = null;
                text = e.getMessage();
            }
            List<TrapRecord> shown = traps;
            String line = text;
            viewer.getControl().getDisplay().asyncExec(() -> {
                if (!viewer.getControl().isDisposed()) {
                    if (shown != null || m == null) {
                        viewer.setInput(shown == null ? List.of() : shown);
                    }
                    setStatus(line);
                }
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void askDepth() {
        GuestlabDebugTarget m = machine();
        if (m == null || m.session() == null) {
            return;
        }
        InputDialog d = new InputDialog(getSite().getShell(), "Trap Log Depth", "How many traps and interrupts to keep:",
                String.valueOf(m.session().trapLogDepth()), s -> {
                    try {
                        return Integer.parseInt(s.trim()) >= 1 ? null : "At least 1.";
                    } catch (NumberFormatException e) {
                        return "'" + s + "' is not a whole number.";
                    }
                });
        if (d.open() == Window.OK) {
            m.session().setTrapLogDepth(Integer.parseInt(d.getValue().trim()));
            refresh();
        }
    }

    /** Opens the trap's source line in an editor; says so when the trap has none. */
    public void open(TrapRecord t) {
        if (t.file() == null || t.line() <= 0) {
            MessageDialog.openInformation(getSite().getShell(), "Trap log",
                    String.format("No source line for pc 0x%x (no line information there).", t.trap().epc()));
            return;
        }
        IFileStore store = EFS.getLocalFileSystem().getStore(Path.of(t.file()).toUri());
        try {
            IEditorPart editor = IDE.openEditorOnFileStore(getSite().getPage(), store);
            if (editor instanceof ITextEditor text) {
                IDocument doc = text.getDocumentProvider().getDocument(text.getEditorInput());
                text.selectAndReveal(doc.getLineOffset(t.line() - 1), doc.getLineLength(t.line() - 1));
            }
        } catch (PartInitException | BadLocationException e) {
            MessageDialog.openError(getSite().getShell(), "Trap log", "Cannot open " + t.file() + ":" + t.line()
                    + ": " + e.getMessage());
        }
    }

    /** The rows shown, as their cells joined by " | " (for tests). */
    public List<String> rows() {
        return java.util.Arrays.stream(viewer.getTable().getItems()).map(i -> {
            StringBuilder b = new StringBuilder();
            for (int c = 0; c < viewer.getTable().getColumnCount(); c++) {
                b.append(c == 0 ? "" : " | ").append(i.getText(c));
            }
            return b.toString();
        }).toList();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

}
