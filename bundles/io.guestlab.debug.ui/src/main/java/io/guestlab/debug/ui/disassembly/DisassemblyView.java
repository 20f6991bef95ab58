package io.guestlab.debug.ui.disassembly;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IBreakpointListener;
import org.eclipse.debug.core.IDebugEventSetListener;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import io.guestlab.debug.core.GuestlabDebugModel;
import io.guestlab.debug.core.breakpoints.GuestlabAddressBreakpoint;
import io.guestlab.debug.core.breakpoints.GuestlabBreakpoints;
import io.guestlab.debug.core.model.GuestlabDebugTarget;
import io.guestlab.debug.core.model.GuestlabStackFrame;
import io.guestlab.debug.core.model.GuestlabThread;
import io.guestlab.debug.core.session.DisassemblyLine;
import io.guestlab.debug.core.session.DisassemblyLine.Kind;
import io.guestlab.debug.core.session.MachineSession;
import io.guestlab.debug.ui.SelectedMachine;
import io.guestlab.debug.ui.views.MachineView;

/**
 * The Disassembly view: the instructions around the selected frame's pc as the selected hart
 * sees memory, with function labels, the source lines they come from and branch targets by
 * symbol; the hart's current instruction is marked, and so is the selected frame's (a caller's:
 * its call). It scrolls both ways without end, reading a page of {@value #PAGE} instructions at
 * a time in a job (the engine answers between slices; the UI thread never waits for it);
 * unreadable memory is a line that says so. A double-click in the ruler (the first column)
 * toggles an address breakpoint.
 */
public final class DisassemblyView extends MachineView {

    public static final String ID = "io.guestlab.debug.ui.disassemblyView";

    /** Instructions read per page. */
    static final int PAGE = 64;
    /** Rows from either end at which the next page is read. */
    private static final int MARGIN = 12;
    private static final int RULER = 0, MARKER = 1, ADDRESS = 2, BYTES = 3, TEXT = 4;

    /** Where a reloaded page puts the address it was read around. */
    private enum Reveal {
        /** A third down the view (the pc, with what led to it above). */
        CURRENT,
        /** Selected, a third down (go to). */
        SELECTED,
        /** The top row, as it was (a refresh in place). */
        TOP
    }

    private Table table;
    private Font bold;
    private Color currentBackground;
    private Color frameBackground;
    private Color sourceForeground;
    private Color unreadableForeground;
    private final SourceTexts sources = new SourceTexts();
    private final DisassemblyRows rows = new DisassemblyRows();

    /** What the rows show: which machine and hart, and the pcs marked. Changed on the UI thread only. */
    private GuestlabDebugTarget shownMachine;
    private int hart;
    private long currentPc = -1;
    private long framePc = -1;
    /** Bumped by every reload: pages read for an older one are dropped. */
    private int generation;
    private boolean loadingBefore;
    private boolean loadingAfter;
    private Map<Long, IBreakpoint> addressBreakpoints = new HashMap<>();

    private final IBreakpointListener breakpointListener = new IBreakpointListener() {
        @Override
        public void breakpointAdded(IBreakpoint breakpoint) {
            breakpointsChanged();
        }

        @Override
        public void breakpointRemoved(IBreakpoint breakpoint, IMarkerDelta delta) {
            breakpointsChanged();
        }

        @Override
        public void breakpointChanged(IBreakpoint breakpoint, IMarkerDelta delta) {
            breakpointsChanged();
        }
    };

    /** The machine runs (not a step): its pc is nowhere in particular, so nothing is marked until it stops. */
    private final IDebugEventSetListener resumeListener = events -> {
        for (DebugEvent e : events) {
            if (e.getKind() == DebugEvent.RESUME && !e.isStepStart() && e.getSource() instanceof GuestlabDebugTarget m) {
                Display.getDefault().asyncExec(() -> running(m));
                return;
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        Composite area = createStatusArea(parent);
        table = new Table(area, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.BORDER);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.setHeaderVisible(true);
        table.setFont(JFaceResources.getTextFont());
        bold = JFaceResources.getFontRegistry().getBold(JFaceResources.TEXT_FONT);
        Display display = parent.getDisplay();
        currentBackground = new Color(display, new RGB(0xc6, 0xdb, 0xae)); // the platform's current-line green
        frameBackground = new Color(display, new RGB(0xe8, 0xf2, 0xfe));
        sourceForeground = new Color(display, new RGB(0x2a, 0x4f, 0x8f));
        unreadableForeground = display.getSystemColor(SWT.COLOR_DARK_GRAY);
        column("", 22);
        column("", 22);
        column("Address", 110);
        column("Bytes", 80);
        column("Instruction / Source", 560);
        table.addListener(SWT.SetData, e -> fill((TableItem) e.item, e.index));
        table.getVerticalBar().addListener(SWT.Selection, e -> loadNearEdges());
        table.addListener(SWT.MouseVerticalWheel, e -> display.asyncExec(this::loadNearEdges));
        table.addListener(SWT.KeyDown, e -> display.asyncExec(this::loadNearEdges));
        table.addListener(SWT.Resize, e -> loadNearEdges());
        table.addListener(SWT.MouseDoubleClick, this::doubleClick);
        createActions();
        DebugPlugin.getDefault().getBreakpointManager().addBreakpointListener(breakpointListener);
        DebugPlugin.getDefault().addDebugEventListener(resumeListener);
        readAddressBreakpoints();
        followSelectedMachine();
    }

    private void column(String title, int width) {
        TableColumn c = new TableColumn(table, SWT.NONE);
        c.setText(title);
        c.setWidth(width);
    }

    private void createActions() {
        Action goTo = new Action("Go to Address or Symbol...") {
            @Override
            public void run() {
                askGoTo();
            }
        };
        goTo.setToolTipText("Go to an address, a symbol or an expression (0x80000100, main, $ra, &tasks[1])");
        Action current = new Action("Go to Current Instruction") {
            @Override
            public void run() {
                refresh();
            }
        };
        current.setImageDescriptor(DebugUITools.getImageDescriptor(IDebugUIConstants.IMG_OBJS_INSTRUCTION_POINTER_TOP));
        Action toggle = new Action("Toggle Breakpoint") {
            @Override
            public void run() {
                int row = table.getSelectionIndex();
                if (row >= 0) {
                    toggleBreakpoint(row);
                }
            }
        };
        getViewSite().getActionBars().getToolBarManager().add(current);
        getViewSite().getActionBars().getMenuManager().add(goTo);
        getViewSite().getActionBars().getMenuManager().add(current);
        MenuManager menu = new MenuManager();
        menu.add(toggle);
        menu.add(goTo);
        menu.add(current);
        table.setMenu(menu.createContextMenu(table));
    }

    // ---------------------------------------------------------------------------------------
    // What is shown

    /** Follows the Debug view: shows the selected frame's pc (the hart's top frame for a hart). */
    @Override
    protected void refresh() {
        Display display = Display.getDefault();
        display.asyncExec(() -> {
            if (table == null || table.isDisposed()) {
                return;
            }
            Object selected = selectedElement();
            GuestlabDebugTarget m = machine();
            int h = selected instanceof GuestlabStackFrame f ? ((GuestlabThread) f.getThread()).hart()
                    : selected instanceof GuestlabThread t ? t.hart() : 0;
            GuestlabStackFrame frame = selected instanceof GuestlabStackFrame f && f.getDebugTarget() == m ? f : null;
            reload(m, h, () -> {
                try {
                    IStackFrame[] frames = m.getThreads()[h].getStackFrames();
                    long top = frames.length > 0 ? ((GuestlabStackFrame) frames[0]).info().pc() : -1;
                    long at = frame != null ? frame.info().pc() : top;
                    // a caller's pc is where its call returns to, except for code a trap interrupted
                    boolean returnAddress = frame != null && at != top && !frame.info().trap();
                    return new long[] {at, top, at, returnAddress ? 1 : 0};
                } catch (DebugException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            }, Reveal.CURRENT);
        });
    }

    private void running(GuestlabDebugTarget m) {
        if (table.isDisposed() || m != shownMachine || m.isSuspended()) {
            return;
        }
        generation++; // pages being read are of the stopped machine
        currentPc = -1;
        framePc = -1;
        setStatus(m.getName() + ": running (the disassembly is read when the machine is suspended)");
        table.clearAll();
    }

    private static Object selectedElement() {
        var context = DebugUITools.getDebugContext();
        return context instanceof org.eclipse.jface.viewers.IStructuredSelection s ? s.getFirstElement() : context;
    }

    /**
     * Reads the pages around an address in a job and shows them. {@code where} (run in the job)
     * answers {address to show, the hart's pc, the selected frame's pc} and, optionally, 1 when
     * that frame's pc is a return address: its call instruction, the one ending there, is marked.
     */
    private void reload(GuestlabDebugTarget m, int h, Supplier<long[]> where, Reveal reveal) {
        int gen = ++generation;
        if (m == null) {
            show(gen, null, h, null, "Select a Guestlab machine in the Debug view.", reveal).accept(null);
            return;
        }
        Job job = Job.create("Disassembling", monitor -> {
            List<DisassemblyLine> page = null;
            long[] at = null;
            String text;
            try {
                MachineSession s = m.session();
                if (s == null || m.isTerminated()) {
                    text = m.getName() + ": terminated";
                } else if (!m.isSuspended()) {
                    text = m.getName() + ": running (the disassembly is read when the machine is suspended)";
                } else {
                    at = where.get();
                    page = new ArrayList<>(s.disassembleBefore(h, at[0], PAGE / 2));
                    page.addAll(s.disassemble(h, at[0], PAGE));
                    loadSources(page);
                    boolean call = at.length > 3 && at[3] == 1;
                    if (call) {
                        at[2] = callEndingAt(page, at[2]);
                    }
                    text = String.format("%s, hart %d: pc 0x%x%s", m.getName(), h, at[1],
                            at[2] != at[1] ? String.format(", selected frame at 0x%x%s", at[2], call ? " (its call)" : "") : "");
                }
            } catch (IllegalStateException e) {
                text = m.getName() + ": " + e.getMessage();
            }
            show(gen, m, h, at, text, reveal).accept(page);
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    /** The instruction of {@code page} that ends at {@code returnAddress} (a caller's call), or the return address itself. */
    private static long callEndingAt(List<DisassemblyLine> page, long returnAddress) {
        for (DisassemblyLine l : page) {
            if (l.kind() == Kind.INSTRUCTION && l.end() == returnAddress) {
                return l.address();
            }
        }
        return returnAddress;
    }

    private void loadSources(List<DisassemblyLine> page) {
        for (DisassemblyLine l : page) {
            if (l.kind() == Kind.SOURCE) {
                sources.load(l.file());
            }
        }
    }

    /** Shows a freshly read page (on the UI thread) unless a newer reload started meanwhile. */
    private java.util.function.Consumer<List<DisassemblyLine>> show(int gen, GuestlabDebugTarget m, int h, long[] at, String text,
                                                                    Reveal reveal) {
        return page -> table.getDisplay().asyncExec(() -> {
            if (table.isDisposed() || gen != generation) {
                return;
            }
            setStatus(text);
            if (page == null) {
                if (m == null || m.isTerminated()) {
                    rows.replace(List.of());
                    table.setItemCount(0);
                }
                return;
            }
            shownMachine = m;
            hart = h;
            currentPc = at[1];
            framePc = at[2];
            rows.replace(page);
            fitColumns(page);
            table.setItemCount(rows.size());
            table.clearAll();
            int row = Math.max(0, rows.headOf(at[0]));
            int visible = Math.max(1, table.getClientArea().height / Math.max(1, table.getItemHeight()));
            table.setTopIndex(reveal == Reveal.TOP ? row : Math.max(0, row - visible / 3));
            if (reveal == Reveal.SELECTED) {
                table.setSelection(row);
            }
            loadNearEdges();
        });
    }

    /**
     * Widens the address and bytes columns to what {@code page} puts in them (a kernel's 64-bit
     * addresses, "spinlock.h:29"), never narrowing one a user widened; at most a third of the view each.
     */
    private void fitColumns(List<DisassemblyLine> page) {
        int address = 0;
        int bytes = 0;
        GC gc = new GC(table);
        try {
            gc.setFont(table.getFont());
            for (DisassemblyLine l : page) {
                address = Math.max(address, gc.textExtent(hex(l.address())).x);
                if (l.kind() == Kind.SOURCE) {
                    bytes = Math.max(bytes, gc.textExtent(java.nio.file.Path.of(l.file()).getFileName() + ":" + l.line()).x);
                }
            }
        } finally {
            gc.dispose();
        }
        int limit = Math.max(110, table.getClientArea().width / 3);
        widen(table.getColumn(ADDRESS), Math.min(limit, address + 24));
        widen(table.getColumn(BYTES), Math.min(limit, bytes + 24));
    }

    private static void widen(TableColumn column, int width) {
        if (column.getWidth() < width) {
            column.setWidth(width);
        }
    }

    private void fill(TableItem item, int index) {
        if (index >= rows.size()) {
            return;
        }
        DisassemblyLine l = rows.get(index);
        switch (l.kind()) {
            case LABEL -> {
                item.setText(ADDRESS, hex(l.address()));
                item.setText(TEXT, l.text() + ":");
                item.setFont(TEXT, bold);
            }
            case SOURCE -> {
                String name = java.nio.file.Path.of(l.file()).getFileName().toString();
                item.setText(BYTES, name + ":" + l.line());
                item.setText(TEXT, sources.line(l.file(), l.line()));
                item.setForeground(sourceForeground);
            }
            case INSTRUCTION -> {
                item.setText(ADDRESS, hex(l.address()));
                item.setText(BYTES, l.length() == 2 ? String.format("%04x", l.bits() & 0xffff) : String.format("%08x", l.bits()));
                item.setText(TEXT, "    " + spaced(l.text()));
                IBreakpoint b = addressBreakpoints.get(l.address());
                if (b != null || l.breakpoint()) {
                    item.setImage(RULER, DebugUITools.getImage(enabled(b) ? IDebugUIConstants.IMG_OBJS_BREAKPOINT
                            : IDebugUIConstants.IMG_OBJS_BREAKPOINT_DISABLED));
                }
                if (l.address() == currentPc) {
                    item.setImage(MARKER, DebugUITools.getImage(IDebugUIConstants.IMG_OBJS_INSTRUCTION_POINTER_TOP));
                    item.setBackground(currentBackground);
                } else if (l.address() == framePc) {
                    item.setImage(MARKER, DebugUITools.getImage(IDebugUIConstants.IMG_OBJS_INSTRUCTION_POINTER));
                    item.setBackground(frameBackground);
                }
            }
            case UNREADABLE -> {
                item.setText(ADDRESS, hex(l.address()));
                item.setText(TEXT, "    " + l.text() + String.format(" (%,d bytes, to %s)", l.length(), hex(l.end() - 1)));
                item.setForeground(unreadableForeground);
            }
        }
    }

    private static boolean enabled(IBreakpoint b) {
        try {
            return b == null || b.isEnabled();
        } catch (CoreException e) {
            return false;
        }
    }

    /** 32-bit wide below 4 GiB (RAM, devices, an RV64 kernel's low half), else all 64 bits. */
    static String hex(long address) {
        return String.format((address >>> 32) == 0 ? "0x%08x" : "0x%016x", address);
    }

    /** objdump's "mnemonic\toperands" with the mnemonic padded to a column. */
    private static String spaced(String text) {
        int tab = text.indexOf('\t');
        return tab < 0 ? text : String.format("%-7s %s", text.substring(0, tab), text.substring(tab + 1));
    }

    // ---------------------------------------------------------------------------------------
    // Scrolling without end: a page more whenever either end comes into view

    private void loadNearEdges() {
        if (table.isDisposed() || rows.size() == 0 || shownMachine == null) {
            return;
        }
        int top = table.getTopIndex();
        int visible = Math.max(1, table.getClientArea().height / Math.max(1, table.getItemHeight()));
        if (top < MARGIN && !loadingBefore && rows.first() != 0) {
            loadPage(true);
        }
        if (top + visible > rows.size() - MARGIN && !loadingAfter && rows.end() != 0) {
            loadPage(false);
        }
    }

    private void loadPage(boolean before) {
        GuestlabDebugTarget m = shownMachine;
        int h = hart;
        int gen = generation;
        long from = before ? rows.first() : rows.end();
        if (before) {
            loadingBefore = true;
        } else {
            loadingAfter = true;
        }
        Job job = Job.create("Disassembling", monitor -> {
            List<DisassemblyLine> page = null;
            try {
                if (m.isSuspended() && m.session() != null) {
                    page = before ? m.session().disassembleBefore(h, from, PAGE) : m.session().disassemble(h, from, PAGE);
                    loadSources(page);
                }
            } catch (IllegalStateException e) {
                page = null; // ended meanwhile
            }
            List<DisassemblyLine> read = page;
            table.getDisplay().asyncExec(() -> {
                if (before) {
                    loadingBefore = false;
                } else {
                    loadingAfter = false;
                }
                if (table.isDisposed() || gen != generation || read == null || read.isEmpty()) {
                    return;
                }
                if (before) {
                    int top = table.getTopIndex();
                    int added = rows.prepend(read);
                    table.setItemCount(rows.size());
                    table.clearAll();
                    table.setTopIndex(top + added);
                } else {
                    rows.append(read);
                    table.setItemCount(rows.size());
                }
                loadNearEdges();
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    // ---------------------------------------------------------------------------------------
    // Go to

    private void askGoTo() {
        InputDialog d = new InputDialog(getSite().getShell(), "Go to Address or Symbol",
                "An address, a symbol or an expression (0x80000100, main, $ra, &tasks[1]):", "", s -> s.isBlank() ? "" : null);
        if (d.open() == Window.OK) {
            goTo(d.getValue());
        }
    }

    /**
     * Shows and selects the instruction at what {@code expression} names, evaluated in the
     * selected frame as the Memory view's monitors are; a problem is shown in the status line.
     */
    public void goTo(String expression) {
        GuestlabDebugTarget m = shownMachine != null ? shownMachine : machine();
        Object selected = selectedElement();
        GuestlabStackFrame frame = selected instanceof GuestlabStackFrame f && f.getDebugTarget() == m ? f : null;
        long current = currentPc;
        long selectedFrame = framePc;
        int h = hart;
        if (m == null) {
            setStatus("Select a Guestlab machine in the Debug view.");
            return;
        }
        Job job = Job.create("Evaluating " + expression, monitor -> {
            try {
                long address = m.addressOf(expression.trim(), frame);
                table.getDisplay().asyncExec(() -> reload(m, h, () -> new long[] {address, current, selectedFrame}, Reveal.SELECTED));
            } catch (DebugException e) {
                table.getDisplay().asyncExec(() -> {
                    if (!table.isDisposed()) {
                        setStatus("Go to: " + e.getStatus().getMessage());
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    // ---------------------------------------------------------------------------------------
    // The breakpoint ruler

    private void doubleClick(Event e) {
        TableItem item = table.getItem(new Point(e.x, e.y));
        if (item != null && item.getBounds(RULER).contains(e.x, e.y)) {
            toggleBreakpoint(table.indexOf(item));
        }
    }

    /** Adds an address breakpoint at the row's instruction, or removes the one there. */
    public void toggleBreakpoint(int row) {
        DisassemblyLine l = rows.instructionAt(row);
        if (l == null) {
            return;
        }
        try {
            IBreakpoint existing = addressBreakpoints.get(l.address());
            if (existing != null) {
                existing.delete();
            } else {
                GuestlabBreakpoints.addressBreakpoint(l.address());
            }
        } catch (CoreException ex) {
            setStatus("Breakpoint at " + hex(l.address()) + ": " + ex.getStatus().getMessage());
        }
    }

    /** Any breakpoint changed: the ruler shows address breakpoints, and the pages are read again for where others are placed now. */
    private void breakpointsChanged() {
        Display.getDefault().asyncExec(() -> {
            if (table.isDisposed()) {
                return;
            }
            readAddressBreakpoints();
            table.clearAll();
            int top = table.getTopIndex();
            GuestlabDebugTarget m = shownMachine;
            if (m != null && top < rows.size() && m.isSuspended()) {
                long address = rows.get(top).address();
                long current = currentPc;
                long selectedFrame = framePc;
                reload(m, hart, () -> new long[] {address, current, selectedFrame}, Reveal.TOP);
            }
        });
    }

    private void readAddressBreakpoints() {
        Map<Long, IBreakpoint> map = new HashMap<>();
        for (IBreakpoint b : DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(GuestlabDebugModel.ID)) {
            if (b instanceof GuestlabAddressBreakpoint a) {
                try {
                    map.put(a.getAddress(), a);
                } catch (CoreException e) {
                    // a marker edited by hand into nonsense: not shown
                }
            }
        }
        addressBreakpoints = map;
    }

    // ---------------------------------------------------------------------------------------
    // For tests and the README: what a user reads

    /** The rows, cells joined by " | " (the ruler's breakpoint as "B", the markers as "=>" for the pc, "->" for the selected frame's). */
    public List<String> rows() {
        List<String> out = new ArrayList<>();
        Image pc = DebugUITools.getImage(IDebugUIConstants.IMG_OBJS_INSTRUCTION_POINTER_TOP);
        for (int i = 0; i < table.getItemCount(); i++) {
            TableItem item = table.getItem(i);
            Image marker = item.getImage(MARKER);
            out.add((item.getImage(RULER) != null ? "B" : "") + " | " + (marker == null ? "" : marker == pc ? "=>" : "->") + " | "
                    + item.getText(ADDRESS) + " | " + item.getText(BYTES) + " | " + item.getText(TEXT));
        }
        return out;
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    @Override
    public void dispose() {
        DebugPlugin.getDefault().getBreakpointManager().removeBreakpointListener(breakpointListener);
        DebugPlugin.getDefault().removeDebugEventListener(resumeListener);
        if (currentBackground != null) {
            currentBackground.dispose();
            frameBackground.dispose();
            sourceForeground.dispose();
        }
        super.dispose();
    }
}
