package io.guestlab.ide.wizard;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.guestlab.ide.project.CrossCompiler;
import io.guestlab.ide.project.ProjectTemplate;

/** Which template the project starts from, with what each brings; warns when the cross compiler is missing. */
final class TemplatePage extends WizardPage {

    private ProjectTemplate template;
    private TableViewer list;
    private Label description;

    TemplatePage(ProjectTemplate initial) {
        super("template");
        this.template = initial;
        setTitle("Guestlab Project");
        setDescription("Choose what the project starts as: every template builds with make and boots as created.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(1, false));
        new Label(c, SWT.NONE).setText("&Templates:");
        list = new TableViewer(c, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION);
        list.setContentProvider(ArrayContentProvider.getInstance());
        list.setLabelProvider(LabelProvider.createTextProvider(t -> ((ProjectTemplate) t).label()));
        list.setInput(ProjectTemplate.values());
        list.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
        description = new Label(c, SWT.WRAP);
        GridData wide = new GridData(SWT.FILL, SWT.TOP, true, true);
        wide.widthHint = 450;
        description.setLayoutData(wide);
        Label files = new Label(c, SWT.WRAP);
        files.setText("Each brings its Makefile, linker script, start code, a .machine file and launch configurations "
                + "(run, debug, and for the test suite: tests).");
        files.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        list.addSelectionChangedListener(e -> {
            Object chosen = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (chosen instanceof ProjectTemplate t) {
                template = t;
                description.setText(t.description());
                c.layout(true, true);
            }
        });
        list.setSelection(new StructuredSelection(template));
        if (CrossCompiler.find().isEmpty()) {
            setMessage(CrossCompiler.MISSING, WARNING);
        }
        setControl(c);
    }

    ProjectTemplate template() {
        return template;
    }
}
