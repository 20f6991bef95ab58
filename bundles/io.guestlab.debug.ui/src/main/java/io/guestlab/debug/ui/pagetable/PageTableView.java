package io.guestlab.debug.ui.pagetable;

import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;

import io.guestlab.debug.core.model.GuestlabDebugTarget;
import io.guestlab.debug.core.session.MachineSession;
import io.guestlab.debug.ui.SelectedMachine;
import io.guestlab.debug.ui.views.MachineView;
import io.guestlab.emulator.PageTables;
import io.guestlab.emulator.PageTables.Mapping;

/**
 * The Page Table view: the selected hart's Sv39/Sv48 mappings, read from its page table by the
 * engine's side-effect-free walk ({@link PageTables}, the one behind the GDB server's
 * {@code monitor info mem}), with neighbouring pages of the same permissions merged into one
 * range: virtual range, physical range, size and the PTE bits U/R/W/X/G/A/D (Privileged ISA
 * section 4.3.1). "Bare" when satp's mode is 0. Read in a job each time the machine stops.
 */
public final class PageTableView extends MachineView {

    public static final String ID = "io.guestlab.debug.ui.pageTableView";

    /** Ranges listed at most: a kernel mapping every page of a large memory one by one stays readable. */
    private static final int LIMIT = 10_000;

    private TableViewer viewer;

    @Override
    public void createPartControl(Composite parent) {
        Composite area = createStatusArea(parent);
        viewer = createTable(area, SWT.MULTI);
        viewer.getTable().setFont(JFaceResources.getTextFont());
        column(viewer, Mapping.class, "Virtual", 230, m -> range(m.virtualAddress(), m.size()));
        column(viewer, Mapping.class, "Physical", 230, m -> range(m.physicalAddress(), m.size()));
        column(viewer, Mapping.class, "Size", 90, m -> size(m.size()));
        column(viewer, Mapping.class, "U R W X G A D", 130, m -> permissions(m.flags()));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        followSelectedMachine();
    }

    private static String range(long start, long size) {
        return String.format("0x%x-0x%x", start, start + size - 1);
    }

    /** 4 KiB, 2 MiB, 1 GiB, or the exact bytes of a merged range that is none of them. */
    static String size(long bytes) {
        String[] units = {"bytes", "KiB", "MiB", "GiB", "TiB", "PiB"};
        int unit = 0;
        long n = bytes;
        while (unit < units.length - 1 && n % 1024 == 0 && n >= 1024) {
            n /= 1024;
            unit++;
        }
        return String.format("%,d %s", n, units[unit]);
    }

    /** The PTE bits in the order U R W X G A D, '-' for a clear one. */
    static String permissions(int flags) {
        return "" + bit(flags, PageTables.U, 'U') + ' ' + bit(flags, PageTables.R, 'R') + ' ' + bit(flags, PageTables.W, 'W')
                + ' ' + bit(flags, PageTables.X, 'X') + ' ' + bit(flags, PageTables.G, 'G') + ' ' + bit(flags, PageTables.A, 'A')
                + ' ' + bit(flags, PageTables.D, 'D');
    }

    private static char bit(int flags, int mask, char name) {
        return (flags & mask) != 0 ? name : '-';
    }

    /** Reads the selected hart's page table in a job (the machine answers between slices), then shows it. */
    @Override
    protected void refresh() {
        Display.getDefault().asyncExec(() -> {
            if (viewer.getControl().isDisposed()) {
                return;
            }
            GuestlabDebugTarget m = machine();
            int hart = SelectedMachine.get() == m ? SelectedMachine.hart() : 0;
            Job job = Job.create("Reading the page table", monitor -> {
                List<Mapping> mappings = null;
                String text;
                try {
                    MachineSession s = m == null ? null : m.session();
                    if (m == null) {
                        text = "Select a Guestlab machine in the Debug view.";
                    } else if (s == null || m.isTerminated()) {
                        text = m.getName() + ": terminated";
                    } else if (!m.isSuspended()) {
                        text = m.getName() + ": the page table is shown while the machine is suspended";
                    } else {
                        PageTables.Listing l = s.pageTable(hart, LIMIT);
                        mappings = l.mappings();
                        text = describe(m.getName(), hart, l);
                    }
                } catch (IllegalStateException e) {
                    text = e.getMessage();
                }
                List<Mapping> shown = mappings;
                String line = text;
                viewer.getControl().getDisplay().asyncExec(() -> {
                    if (!viewer.getControl().isDisposed()) {
                        if (shown != null || m == null || m.isTerminated()) {
                            viewer.setInput(shown == null ? List.of() : shown);
                        }
                        setStatus(line);
                    }
                });
                return Status.OK_STATUS;
            });
            job.setSystem(true);
            job.schedule();
        });
    }

    private static String describe(String machine, int hart, PageTables.Listing l) {
        String head = String.format("%s, hart %d: satp 0x%016x, ", machine, hart, l.satp());
        if (l.mode() == 0) {
            return head + "Bare: no translation (virtual addresses are physical)";
        }
        if (l.mode() != 8 && l.mode() != 9) {
            return head + l.modeName() + ": not a mode this hart translates with";
        }
        return head + String.format("%s, root table at 0x%x: %,d range%s%s%s", l.modeName(), l.root(), l.mappings().size(),
                l.mappings().size() == 1 ? "" : "s", l.truncated() ? " (the first " + LIMIT + " only)" : "",
                l.problem() == null ? "" : "; " + l.problem());
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

    /** The line above the table: the hart, satp and its mode. */


    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
