package io.guestlab.debug.ui.breakpoints;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.guestlab.debug.core.Numbers;

/** Asks what to watch: a variable or an address range, and whether reads, writes or both stop. */
final class WatchpointDialog extends TitleAreaDialog {

    private Text expressionText;
    private Text lengthText;
    private Button readButton;
    private Button writeButton;
    private String expression;
    private long length;
    private boolean read;
    private boolean write;

    WatchpointDialog(Shell shell) {
        super(shell);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        getShell().setText("Add Watchpoint");
        setTitle("Watch a variable or an address range");
        setMessage("For example total_work, tasks[1].runs, or *(char *)0x80004000 with a length of 64.");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite c = new Composite(area, SWT.NONE);
        c.setLayout(new GridLayout(2, false));
        c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        new Label(c, SWT.NONE).setText("&Expression:");
        expressionText = new Text(c, SWT.SINGLE | SWT.BORDER);
        expressionText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(c, SWT.NONE).setText("&Length in bytes:");
        lengthText = new Text(c, SWT.SINGLE | SWT.BORDER);
        lengthText.setText("0");
        lengthText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(c, SWT.NONE);
        Label hint = new Label(c, SWT.NONE);
        hint.setText("0: the size of the expression's type");
        new Label(c, SWT.NONE).setText("Stop on:");
        Composite kinds = new Composite(c, SWT.NONE);
        kinds.setLayout(new GridLayout(2, false));
        writeButton = new Button(kinds, SWT.CHECK);
        writeButton.setText("&Writes");
        writeButton.setSelection(true);
        readButton = new Button(kinds, SWT.CHECK);
        readButton.setText("&Reads");
        expressionText.addModifyListener(e -> validate());
        lengthText.addModifyListener(e -> validate());
        readButton.addListener(SWT.Selection, e -> validate());
        writeButton.addListener(SWT.Selection, e -> validate());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    private void validate() {
        String problem = expressionText.getText().isBlank() ? "Type the variable or address to watch."
                : BreakpointInputs.lengthProblem(lengthText.getText()) != null ? BreakpointInputs.lengthProblem(lengthText.getText())
                : !readButton.getSelection() && !writeButton.getSelection() ? "Choose reads, writes or both." : null;
        setErrorMessage(problem);
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(problem == null);
        }
    }

    @Override
    protected void okPressed() {
        expression = expressionText.getText().trim();
        length = Numbers.parse(lengthText.getText());
        read = readButton.getSelection();
        write = writeButton.getSelection();
        super.okPressed();
    }

    String expression() {
        return expression;
    }

    long length() {
        return length;
    }

    boolean read() {
        return read;
    }

    boolean write() {
        return write;
    }
}
