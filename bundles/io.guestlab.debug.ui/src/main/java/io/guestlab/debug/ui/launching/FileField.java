package io.guestlab.debug.ui.launching;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.variables.VariablesPlugin;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.FilteredResourcesSelectionDialog;

/**
 * A labelled path field with Workspace... and File System... buttons. A workspace file is stored
 * as {@code ${workspace_loc:/project/path}}, which the launch resolves (any string variable may be typed).
 */
final class FileField {

    private final Text text;
    private final java.util.List<Button> buttons = new java.util.ArrayList<>();

    /** A row of four columns in {@code parent} (a 4-column grid: label, text, two buttons). */
    FileField(Composite parent, String label, Runnable changed) {
        new Label(parent, SWT.NONE).setText(label);
        text = new Text(parent, SWT.SINGLE | SWT.BORDER);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.addModifyListener(e -> changed.run());
        Button workspace = button(parent, "Works&pace...");
        workspace.addListener(SWT.Selection, e -> {
            FilteredResourcesSelectionDialog dialog = new FilteredResourcesSelectionDialog(parent.getShell(), false,
                    ResourcesPlugin.getWorkspace().getRoot(), org.eclipse.core.resources.IResource.FILE);
            dialog.setTitle(label.replace("&", "").replace(":", ""));
            dialog.setInitialPattern("**");
            if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof IFile file) {
                text.setText(workspaceLocation(file));
            }
        });
        Button fileSystem = button(parent, "File S&ystem...");
        fileSystem.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(parent.getShell(), SWT.OPEN);
            String chosen = dialog.open();
            if (chosen != null) {
                text.setText(chosen);
            }
        });
    }

    static GridLayout layout() {
        return new GridLayout(4, false);
    }

    /** How a launch configuration names a workspace file so that it follows the workspace. */
    static String workspaceLocation(IFile file) {
        return VariablesPlugin.getDefault().getStringVariableManager()
                .generateVariableExpression("workspace_loc", file.getFullPath().toString());
    }

    private Button button(Composite parent, String label) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(label);
        buttons.add(b);
        return b;
    }

    String get() {
        return text.getText().trim();
    }

    void set(String value) {
        text.setText(value == null ? "" : value);
    }

    void setEnabled(boolean enabled) {
        text.setEnabled(enabled);
        buttons.forEach(b -> b.setEnabled(enabled));
    }

    Text text() {
        return text;
    }
}
