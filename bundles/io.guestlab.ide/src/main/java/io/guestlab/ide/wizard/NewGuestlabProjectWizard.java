package io.guestlab.ide.wizard;

import java.lang.reflect.InvocationTargetException;
import java.net.URI;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.ide.IDE;

import io.guestlab.ide.project.ProjectTemplate;
import io.guestlab.ide.project.TemplateInstaller;

/** File > New > Guestlab Project: a name and location, a template; creates, opens its main source and builds. */
public final class NewGuestlabProjectWizard extends Wizard implements INewWizard {

    private final ProjectTemplate initial;
    private WizardNewProjectCreationPage namePage;
    private TemplatePage templatePage;
    private IProject created;

    public NewGuestlabProjectWizard() {
        this(ProjectTemplate.BARE_METAL);
    }

    /** A wizard with {@code template} chosen already (the welcome page's links). */
    public NewGuestlabProjectWizard(ProjectTemplate template) {
        this.initial = template;
        setWindowTitle("New Guestlab Project");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        // nothing from the selection: a Guestlab project stands alone
    }

    @Override
    public void addPages() {
        namePage = new WizardNewProjectCreationPage("name");
        namePage.setTitle("Guestlab Project");
        namePage.setDescription("A RISC-V kernel or bare-metal program, built by make and booted on Guestlab's machine.");
        addPage(namePage);
        templatePage = new TemplatePage(initial);
        addPage(templatePage);
    }

    @Override
    public boolean performFinish() {
        IProject project = namePage.getProjectHandle();
        URI location = namePage.useDefaults() ? null : namePage.getLocationURI();
        ProjectTemplate template = templatePage.template();
        try {
            getContainer().run(true, true, new WorkspaceModifyOperation() {
                @Override
                protected void execute(IProgressMonitor monitor) throws CoreException {
                    TemplateInstaller.create(project, location, template, monitor);
                }
            });
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            IStatus status = cause instanceof CoreException ce ? ce.getStatus() : Status.error(String.valueOf(cause.getMessage()), cause);
            ErrorDialog.openError(getShell(), "New Guestlab Project", "The project could not be created.", status);
            return false;
        } catch (InterruptedException e) {
            return false;
        }
        created = project;
        open(project.getFile(template.mainSource()));
        if (!ResourcesPlugin.getWorkspace().isAutoBuilding()) {
            build(project);
        }
        return true;
    }

    /** The project the wizard made, once it finished. */
    public IProject createdProject() {
        return created;
    }

    private static void open(IFile file) {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        try {
            IDE.openEditor(page, file);
        } catch (PartInitException e) {
            ILog.of(NewGuestlabProjectWizard.class).log(e.getStatus()); // the project exists: no reason to fail the wizard
        }
    }

    /** The first build, in the background, when the workspace does not build automatically. */
    private static void build(IProject project) {
        WorkspaceJob job = new WorkspaceJob("Building " + project.getName()) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, monitor);
                return Status.OK_STATUS;
            }
        };
        job.setRule(ResourcesPlugin.getWorkspace().getRuleFactory().buildRule());
        job.setUser(false);
        job.schedule();
    }
}
