package io.guestlab.ide.build;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PropertyPage;

import io.guestlab.ide.GuestlabProjects;

/** Project > Properties > Guestlab Build: the command a build runs in the project's folder. */
public final class BuildCommandPropertyPage extends PropertyPage {

    private Text command;

    @Override
    protected Control createContents(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(2, false));
        new Label(c, SWT.NONE).setText("Build &command:");
        command = new Text(c, SWT.BORDER);
        command.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        command.setText(GuestlabProjects.buildCommand(project()));
        command.addModifyListener(e -> validate());
        Label help = new Label(c, SWT.WRAP);
        help.setText("Runs in the project's folder on every build (Project > Clean adds the target 'clean'). "
                + "Messages of GCC, GNU as, ld and make in its output become problem markers.");
        GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        wide.widthHint = 420;
        help.setLayoutData(wide);
        return c;
    }

    private void validate() {
        boolean blank = command.getText().isBlank();
        setErrorMessage(blank ? "The build command is empty: 'make' is the default." : null);
        setValid(!blank);
    }

    @Override
    protected void performDefaults() {
        command.setText(GuestlabProjects.DEFAULT_BUILD_COMMAND);
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        try {
            GuestlabProjects.setBuildCommand(project(), command.getText());
            return true;
        } catch (CoreException e) {
            setErrorMessage(e.getMessage());
            return false;
        }
    }

    private IProject project() {
        return getElement().getAdapter(IProject.class);
    }
}
