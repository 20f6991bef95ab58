package io.guestlab.debug.ui.views;

import java.util.function.Function;

import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IDebugEventSetListener;
import org.eclipse.debug.core.model.IDebugElement;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.contexts.IDebugContextListener;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

import io.guestlab.debug.core.model.GuestlabDebugTarget;
import io.guestlab.debug.ui.SelectedMachine;

/**
 * A view of the Guestlab machine selected in the Debug view (Snapshots, Trap Log, Page Table,
 * Disassembly): it follows the selection, keeps showing its machine while something else is
 * selected (also once it ended, until its launch is removed), and refreshes when that machine
 * stops or ends. What to show is the subclass's
 * {@link #refresh()}; the views share their layout, a status line over a table.
 */
public abstract class MachineView extends ViewPart {

    private volatile GuestlabDebugTarget machine;
    private Label status;
    private final IDebugContextListener contextListener = event -> follow();
    private final IDebugEventSetListener debugListener = this::debugEvents;

    /** The machine shown, or null when none has been selected. */
    protected final GuestlabDebugTarget machine() {
        return machine;
    }

    /** Shows the machine's current state; called on the UI thread, it must not wait for the machine. */
    protected abstract void refresh();

    /** Starts following the Debug view's selection; call at the end of createPartControl. */
    protected final void followSelectedMachine() {
        DebugUITools.getDebugContextManager().addDebugContextListener(contextListener);
        DebugPlugin.getDefault().addDebugEventListener(debugListener);
        follow();
    }

    /** The view's area: a status line on top, then what the subclass adds below it, filling the rest. */
    protected final Composite createStatusArea(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = layout.marginHeight = 0;
        area.setLayout(layout);
        status = new Label(area, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return area;
    }

    /** A table with headers and lines filling the rest of {@code area} (made by {@link #createStatusArea}). */
    protected static TableViewer createTable(Composite area, int style) {
        TableViewer viewer = new TableViewer(area, style | SWT.FULL_SELECTION | SWT.BORDER);
        viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        return viewer;
    }

    /** Shows {@code text} in the status line. */
    protected final void setStatus(String text) {
        status.setText(text);
        status.getParent().layout();
    }

    /** What the status line says (the machine, or why nothing is shown). */
    public final String status() {
        return status.getText();
    }

    /** Adds a text column to {@code viewer} whose rows are {@code type}. */
    protected static <T> void column(TableViewer viewer, Class<T> type, String title, int width, Function<T, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(type.cast(element));
            }
        });
    }

    private void follow() {
        GuestlabDebugTarget selected = SelectedMachine.get();
        if (selected != null || machine == null || removed(machine)) {
            machine = selected;
        }
        refresh();
    }

    /** Whether the machine's launch is gone from the Debug view (an ended one stays shown until then: how it ended is worth reading). */
    private static boolean removed(GuestlabDebugTarget m) {
        return m.isTerminated() && !DebugPlugin.getDefault().getLaunchManager().isRegistered(m.getLaunch());
    }

    private void debugEvents(DebugEvent[] events) {
        for (DebugEvent e : events) {
            if ((e.getKind() == DebugEvent.SUSPEND || e.getKind() == DebugEvent.TERMINATE)
                    && e.getSource() instanceof IDebugElement d && d.getDebugTarget() == machine) {
                refresh();
                return;
            }
        }
    }

    @Override
    public void dispose() {
        DebugUITools.getDebugContextManager().removeDebugContextListener(contextListener);
        DebugPlugin.getDefault().removeDebugEventListener(debugListener);
        super.dispose();
    }
}
