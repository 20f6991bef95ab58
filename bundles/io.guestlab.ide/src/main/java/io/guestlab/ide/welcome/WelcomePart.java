package io.guestlab.ide.welcome;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.part.IntroPart;
import org.eclipse.ui.part.ISetSelectionTarget;

import io.guestlab.ide.project.CrossCompiler;
import io.guestlab.ide.project.ExampleProjects;
import io.guestlab.ide.project.ProjectTemplate;
import io.guestlab.ide.wizard.NewGuestlabProjectWizard;

/**
 * The Guestlab IDE's welcome page (shown on first start, again from Help > Welcome): create a
 * project from a template, or import the shipped examples; then it steps aside for the workbench.
 */
public final class WelcomePart extends IntroPart {

    private static final String PERSPECTIVE = "io.guestlab.ui.perspective";

    private Composite page;

    @Override
    public void createPartControl(Composite parent) {
        page = new Composite(parent, SWT.NONE);
        page.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        page.setBackgroundMode(SWT.INHERIT_FORCE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 48;
        layout.marginHeight = 36;
        layout.verticalSpacing = 10;
        page.setLayout(layout);

        Label title = new Label(page, SWT.NONE);
        title.setText("Welcome to Guestlab");
        title.setFont(JFaceResources.getHeaderFont());
        text("Write a kernel, build it with make, boot it in Guestlab's own RISC-V machine and debug it at source "
                + "level: no QEMU, no GDB, no CDT needed.");

        heading("Create a project from a template");
        for (ProjectTemplate template : ProjectTemplate.values()) {
            Button create = new Button(page, SWT.PUSH);
            create.setText(template.label() + "...");
            create.setData("template", template);
            create.setToolTipText(template.description());
            create.addListener(SWT.Selection, e -> newProject(template));
            text(template.description()).setLayoutData(indented());
        }
        if (CrossCompiler.find().isEmpty()) {
            Label missing = text(CrossCompiler.MISSING);
            missing.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        }

        heading("Or start from the examples");
        Button examples = new Button(page, SWT.PUSH);
        examples.setText("Import the Guestlab examples...");
        examples.setData("examples", Boolean.TRUE);
        examples.addListener(SWT.Selection, e -> importExamples());
        Optional<Path> folder = ExampleProjects.folder();
        text(folder.map(f -> "From " + f + ": each example with a .project (the debugger's example kernel among them) "
                + "becomes a project where it is.").orElse("Choose the examples folder of a Guestlab checkout."))
                .setLayoutData(indented());

        Button workbench = new Button(page, SWT.PUSH);
        workbench.setText("Go to the workbench");
        workbench.addListener(SWT.Selection, e -> close());
        GridData gap = new GridData();
        gap.verticalIndent = 16;
        workbench.setLayoutData(gap);
    }

    /** Opens the New Guestlab Project wizard on {@code template}; the created project's main file opens in the workbench. */
    public void newProject(ProjectTemplate template) {
        NewGuestlabProjectWizard wizard = new NewGuestlabProjectWizard(template);
        wizard.init(PlatformUI.getWorkbench(), null);
        WizardDialog dialog = new WizardDialog(page.getShell(), wizard);
        if (dialog.open() == WizardDialog.OK) {
            close();
            reveal(List.of(wizard.createdProject()));
        }
    }

    private void importExamples() {
        Optional<Path> folder = ExampleProjects.folder();
        if (folder.isEmpty()) {
            DirectoryDialog choose = new DirectoryDialog(page.getShell());
            choose.setText("The examples folder of a Guestlab checkout");
            String chosen = choose.open();
            if (chosen == null) {
                return;
            }
            folder = Optional.of(Path.of(chosen));
        }
        Path examples = folder.get();
        List<IProject>[] imported = new List[1];
        try {
            new ProgressMonitorDialog(page.getShell()).run(true, false, new WorkspaceModifyOperation() {
                @Override
                protected void execute(org.eclipse.core.runtime.IProgressMonitor monitor) throws CoreException {
                    imported[0] = ExampleProjects.importAll(ResourcesPlugin.getWorkspace(), examples, monitor);
                }
            });
        } catch (InvocationTargetException e) {
            CoreException cause = e.getCause() instanceof CoreException ce ? ce : null;
            ErrorDialog.openError(page.getShell(), "Import the Guestlab examples", "The examples could not be imported.",
                    cause != null ? cause.getStatus() : org.eclipse.core.runtime.Status.error(String.valueOf(e.getCause())));
            return;
        } catch (InterruptedException e) {
            return;
        }
        close();
        reveal(imported[0]);
    }

    private void close() {
        PlatformUI.getWorkbench().getIntroManager().closeIntro(this);
        try {
            PlatformUI.getWorkbench().showPerspective(PERSPECTIVE, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        } catch (WorkbenchException e) {
            // without the Guestlab perspective (a plain Eclipse with the plugins) the current one stays
        }
    }

    /** Selects the projects in the Project Explorer. */
    private static void reveal(List<IProject> projects) {
        IWorkbenchPage active = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        if (active.findView("org.eclipse.ui.navigator.ProjectExplorer") instanceof ISetSelectionTarget target) {
            target.selectReveal(new org.eclipse.jface.viewers.StructuredSelection(projects));
        }
    }

    private void heading(String text) {
        Label l = new Label(page, SWT.NONE);
        l.setText(text);
        l.setFont(JFaceResources.getBannerFont());
        GridData d = new GridData();
        d.verticalIndent = 14;
        l.setLayoutData(d);
    }

    private Label text(String text) {
        Label l = new Label(page, SWT.WRAP);
        l.setText(text);
        GridData d = new GridData(SWT.FILL, SWT.TOP, true, false);
        d.widthHint = 700;
        l.setLayoutData(d);
        return l;
    }

    private static GridData indented() {
        GridData d = new GridData(SWT.FILL, SWT.TOP, true, false);
        d.widthHint = 700;
        d.horizontalIndent = 16;
        return d;
    }

    @Override
    public void standbyStateChanged(boolean standby) {
        // one layout serves both the full page and the standby strip
    }

    @Override
    public void setFocus() {
        page.setFocus();
    }
}
