package io.guestlab.debug.ui.launching;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.FilteredResourcesSelectionDialog;

import io.guestlab.debug.core.LaunchAttributes;
import io.guestlab.debug.core.launching.LaunchCheck;
import io.guestlab.debug.core.SymbolFile;
import io.guestlab.debug.ui.DebugUiImages;

/**
 * The ELF files whose symbols and DWARF the debugger uses, each with the offset added to its
 * link-time addresses. Empty: the kernel's own, at offset 0.
 */
public final class SymbolsTab extends AbstractLaunchConfigurationTab {

    /** Rows as typed: path and offset text (an offset that does not parse is the tab's error). */
    private record Row(String path, String offset) {
    }

    private final List<Row> rows = new ArrayList<>();
    private Table table;
    private Text offset;
    private Button remove;

    @Override
    public void createControl(Composite parent) {
        Composite top = new Composite(parent, SWT.NONE);
        top.setLayout(new GridLayout(2, false));
        setControl(top);
        Label intro = new Label(top, SWT.WRAP);
        intro.setText("ELF files that give symbols and source lines. None listed: the kernel's own (when it is an ELF).");
        intro.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

        table = new Table(top, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.heightHint = 160;
        table.setLayoutData(tableData);
        column("File", 420);
        column("Load offset", 140);
        table.addListener(SWT.Selection, e -> selected());

        Composite buttons = new Composite(top, SWT.NONE);
        buttons.setLayout(new GridLayout(1, true));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, false, false));
        button(buttons, "Add Works&pace File...").addListener(SWT.Selection, e -> addWorkspaceFile());
        button(buttons, "Add File S&ystem File...").addListener(SWT.Selection, e -> addFileSystemFile());
        remove = button(buttons, "&Remove");
        remove.addListener(SWT.Selection, e -> {
            int i = table.getSelectionIndex();
            if (i >= 0) {
                rows.remove(i);
                refresh(-1);
            }
        });

        Composite offsetRow = new Composite(top, SWT.NONE);
        offsetRow.setLayout(new GridLayout(2, false));
        offsetRow.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        new Label(offsetRow, SWT.NONE).setText("Load &offset of the selected file (0x hex or decimal):");
        offset = new Text(offsetRow, SWT.SINGLE | SWT.BORDER);
        offset.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        offset.addModifyListener(e -> {
            int i = table.getSelectionIndex();
            if (i >= 0 && !rows.get(i).offset().equals(offset.getText().trim())) {
                rows.set(i, new Row(rows.get(i).path(), offset.getText().trim()));
                table.getItem(i).setText(1, rows.get(i).offset());
                updateLaunchConfigurationDialog();
            }
        });
        selected();
    }

    private void column(String title, int width) {
        TableColumn c = new TableColumn(table, SWT.LEFT);
        c.setText(title);
        c.setWidth(width);
    }

    private static Button button(Composite parent, String label) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(label);
        b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return b;
    }

    private void addWorkspaceFile() {
        FilteredResourcesSelectionDialog dialog = new FilteredResourcesSelectionDialog(getShell(), false,
                ResourcesPlugin.getWorkspace().getRoot(), IResource.FILE);
        dialog.setTitle("Symbol File");
        dialog.setInitialPattern("*.elf");
        if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof IFile file) {
            add(FileField.workspaceLocation(file));
        }
    }

    private void addFileSystemFile() {
        String chosen = new FileDialog(getShell(), SWT.OPEN).open();
        if (chosen != null) {
            add(chosen);
        }
    }

    private void add(String path) {
        rows.add(new Row(path, "0x0"));
        refresh(rows.size() - 1);
    }

    private void refresh(int select) {
        table.removeAll();
        for (Row r : rows) {
            new TableItem(table, SWT.NONE).setText(new String[] {r.path(), r.offset()});
        }
        if (select >= 0) {
            table.setSelection(select);
        }
        selected();
        updateLaunchConfigurationDialog();
    }

    private void selected() {
        int i = table.getSelectionIndex();
        offset.setEnabled(i >= 0);
        remove.setEnabled(i >= 0);
        offset.setText(i >= 0 ? rows.get(i).offset() : "");
    }

    @Override
    public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
        // no symbol files: the kernel's own
    }

    @Override
    public void initializeFrom(ILaunchConfiguration c) {
        rows.clear();
        for (String entry : Attributes.get(c, LaunchAttributes.SYMBOL_FILES, List.of())) {
            try {
                SymbolFile f = SymbolFile.decode(entry);
                rows.add(new Row(f.path(), "0x" + Long.toHexString(f.loadOffset())));
            } catch (IllegalArgumentException e) {
                int semicolon = entry.indexOf(';');
                rows.add(new Row(entry.substring(semicolon + 1), entry.substring(0, semicolon)));
            }
        }
        refresh(-1);
    }

    @Override
    public void performApply(ILaunchConfigurationWorkingCopy c) {
        List<String> entries = new ArrayList<>();
        for (Row r : rows) {
            try {
                entries.add(SymbolFile.decode(r.offset() + ";" + r.path()).encode());
            } catch (IllegalArgumentException e) {
                entries.add(r.offset() + ";" + r.path()); // kept as typed: isValid names the problem
            }
        }
        c.setAttribute(LaunchAttributes.SYMBOL_FILES, entries);
    }

    @Override
    public boolean isValid(ILaunchConfiguration c) {
        String problem = LaunchCheck.symbolsProblem(c);
        setErrorMessage(problem);
        return problem == null;
    }

    @Override
    public String getName() {
        return "Symbols";
    }

    @Override
    public String getId() {
        return "io.guestlab.debug.ui.tab.symbols";
    }

    @Override
    public Image getImage() {
        return DebugUiImages.get(DebugUiImages.SYMBOLS);
    }
}
