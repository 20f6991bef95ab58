package io.guestlab.debug.ui.snapshots;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;

import io.guestlab.debug.core.LaunchAttributes;
import io.guestlab.debug.core.model.GuestlabDebugTarget;
import io.guestlab.debug.ui.views.MachineView;
import io.guestlab.debug.core.session.SnapshotInfo;

/**
 * The Snapshots view: the snapshots of the machine selected in the Debug view. Take one (named),
 * restore, delete, save it to a file (a launch configuration can start from it, see
 * {@link LaunchAttributes#SNAPSHOT_FILE}), or fork the machine's current state into a second,
 * independent debug target. Every call into the machine runs in a job: the UI never waits for it.
 */
public final class SnapshotsView extends MachineView {

    public static final String ID = "io.guestlab.debug.ui.snapshotsView";

    private TableViewer viewer;
    private Action take, restore, delete, save, fork;

    @Override
    public void createPartControl(Composite parent) {
        Composite area = createStatusArea(parent);
        Composite tableArea = new Composite(area, SWT.NONE);
        tableArea.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.FILL, true, true));
        tableArea.setLayout(new FillLayout());
        viewer = new TableViewer(tableArea, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        column(viewer, SnapshotInfo.class, "Name", 160, s -> s.name());
        column(viewer, SnapshotInfo.class, "Step", 100, s -> String.format("%,d", s.step()));
        column(viewer, SnapshotInfo.class, "Instructions", 110, s -> String.format("%,d", s.instructions()));
        column(viewer, SnapshotInfo.class, "Hart 0 at", 260, s -> s.where());
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addSelectionChangedListener(e -> updateActions());
        viewer.addDoubleClickListener(e -> restore());
        createActions();
        followSelectedMachine();
    }


    private void createActions() {
        take = action("Take Snapshot...", "snapshot.png", this::take);
        restore = action("Restore", null, this::restore);
        delete = action("Delete", null, this::delete);
        save = action("Save to File...", null, this::save);
        fork = action("Fork", null, this::fork);
        IToolBarManager bar = getViewSite().getActionBars().getToolBarManager();
        for (Action a : List.of(take, restore, delete, save, fork)) {
            bar.add(a);
        }
        getViewSite().getActionBars().updateActionBars();
    }

    private Action action(String text, String icon, Runnable run) {
        Action a = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        a.setToolTipText(text.replace("...", ""));
        if (icon != null) {
            a.setImageDescriptor(ImageDescriptor.createFromURLSupplier(true,
                    () -> SnapshotsView.class.getResource("/icons/" + icon)));
        }
        return a;
    }

    // ---------------------------------------------------------------------------------------



    /** Reads the machine's snapshots in a job, then shows them. */
    @Override
    protected void refresh() {
        GuestlabDebugTarget m = machine();
        inJob("Reading snapshots", () -> {
            List<SnapshotInfo> list = m == null || m.isTerminated() || m.session() == null ? List.of() : m.session().snapshots();
            String text = m == null ? "Select a Guestlab machine in the Debug view."
                    : m.getName() + (m.isTerminated() ? ": terminated" : m.isSuspended() ? "" : ": suspend it to take or restore snapshots");
            ui(() -> {
                viewer.setInput(list);
                setStatus(text);
                updateActions();
            });
        });
    }

    private void updateActions() {
        GuestlabDebugTarget m = machine();
        boolean suspended = m != null && m.isSuspended() && !m.isTerminated();
        boolean chosen = selected() != null;
        take.setEnabled(suspended);
        fork.setEnabled(suspended);
        restore.setEnabled(suspended && chosen);
        delete.setEnabled(chosen);
        save.setEnabled(chosen);
    }

    private SnapshotInfo selected() {
        return (SnapshotInfo) ((IStructuredSelection) viewer.getSelection()).getFirstElement();
    }

    private void take() {
        GuestlabDebugTarget m = machine();
        if (m == null) {
            return;
        }
        InputDialog d = new InputDialog(getSite().getShell(), "Take Snapshot", "Name of the snapshot:",
                "snapshot " + (viewer.getTable().getItemCount() + 1), s -> s.isBlank() ? "Give the snapshot a name." : null);
        if (d.open() == Window.OK) {
            String name = d.getValue().trim();
            act("Taking snapshot '" + name + "'", () -> m.session().takeSnapshot(name));
        }
    }

    private void restore() {
        GuestlabDebugTarget m = machine();
        SnapshotInfo s = selected();
        if (m != null && s != null && m.isSuspended()) {
            act("Restoring snapshot '" + s.name() + "'", () -> m.session().restoreSnapshot(s.name()));
        }
    }

    private void delete() {
        GuestlabDebugTarget m = machine();
        SnapshotInfo s = selected();
        if (m != null && s != null) {
            act("Deleting snapshot '" + s.name() + "'", () -> m.session().deleteSnapshot(s.name()));
        }
    }

    private void save() {
        GuestlabDebugTarget m = machine();
        SnapshotInfo s = selected();
        if (m == null || s == null) {
            return;
        }
        FileDialog d = new FileDialog(getSite().getShell(), SWT.SAVE);
        d.setText("Save Snapshot '" + s.name() + "'");
        d.setFileName(s.name().replaceAll("[^A-Za-z0-9._-]", "_") + ".snap");
        d.setOverwrite(true);
        String file = d.open();
        if (file != null) {
            saveTo(s.name(), Path.of(file));
        }
    }

    /** Writes snapshot {@code name} of the selected machine to {@code file}, in a job. */
    public void saveTo(String name, Path file) {
        GuestlabDebugTarget m = machine();
        act("Saving snapshot '" + name + "' to " + file, () -> m.session().saveSnapshot(name, file));
    }

    private void fork() {
        GuestlabDebugTarget m = machine();
        if (m == null) {
            return;
        }
        inJob("Forking " + m.getName(), () -> {
            try {
                m.fork();
            } catch (CoreException e) {
                ui(() -> MessageDialog.openError(getSite().getShell(), "Fork", e.getStatus().getMessage()));
            }
        });
    }

    /** Runs {@code call} on the machine in a job; a refusal is shown as one sentence. */
    private void act(String what, Runnable call) {
        inJob(what, () -> {
            try {
                call.run();
            } catch (IllegalArgumentException | IllegalStateException e) {
                ui(() -> MessageDialog.openError(getSite().getShell(), "Snapshots", e.getMessage()));
            }
            refresh();
        });
    }

    private static void inJob(String name, Runnable body) {
        Job job = Job.create(name, monitor -> {
            try {
                body.run();
            } catch (IllegalStateException e) {
                return Status.info(e.getMessage()); // the machine ended meanwhile
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void ui(Runnable r) {
        Display d = viewer.getControl().getDisplay();
        d.asyncExec(() -> {
            if (!viewer.getControl().isDisposed()) {
                r.run();
            }
        });
    }

    /** The snapshots shown (for tests). */
    public List<String> names() {
        return java.util.Arrays.stream(viewer.getTable().getItems()).map(i -> i.getText(0)).toList();
    }

    /** Selects snapshot {@code name} and runs an action: "Restore", "Delete" or "Fork" (for tests and keyboard users). */
    public void run(String action, String name) {
        for (int i = 0; i < viewer.getTable().getItemCount(); i++) {
            if (viewer.getTable().getItem(i).getText(0).equals(name)) {
                viewer.getTable().select(i);
                viewer.setSelection(viewer.getSelection());
            }
        }
        switch (action) {
            case "Restore" -> restore();
            case "Delete" -> delete();
            case "Fork" -> fork();
            default -> throw new IllegalArgumentException("no action " + action);
        }
    }

    /** Takes a snapshot named {@code name} of the selected machine, in a job (what Take does after its dialog). */
    public void take(String name) {
        GuestlabDebugTarget m = machine();
        act("Taking snapshot '" + name + "'", () -> m.session().takeSnapshot(name));
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

}
