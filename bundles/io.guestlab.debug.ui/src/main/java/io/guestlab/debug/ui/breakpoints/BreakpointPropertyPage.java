package io.guestlab.debug.ui.breakpoints;

import io.guestlab.debug.core.session.ExpressionSyntax;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PropertyPage;

import io.guestlab.debug.core.breakpoints.GuestlabBreakpoint;
import io.guestlab.debug.ui.model.GuestlabModelPresentation;

/**
 * Breakpoint Properties of any Guestlab breakpoint: enabled, a condition over registers and
 * variables ({@code $a0 == 3 && t->id == 2}) and a hit count (stop from the n-th hit on).
 */
public final class BreakpointPropertyPage extends PropertyPage {

    private Button enabled;
    private Text condition;
    private Button useHitCount;
    private Spinner hitCount;

    GuestlabBreakpoint breakpoint() {
        return getElement().getAdapter(GuestlabBreakpoint.class) != null ? getElement().getAdapter(GuestlabBreakpoint.class)
                : (GuestlabBreakpoint) getElement();
    }

    @Override
    protected Control createContents(Composite parent) {
        noDefaultAndApplyButton();
        GuestlabBreakpoint b = breakpoint();
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(2, false));
        Label what = new Label(c, SWT.WRAP);
        what.setText(GuestlabModelPresentation.breakpointLabel(b));
        what.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

        enabled = new Button(c, SWT.CHECK);
        enabled.setText("&Enabled");
        enabled.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 2, 1));
        try {
            enabled.setSelection(b.isEnabled());
        } catch (CoreException e) {
            enabled.setSelection(true);
        }

        useHitCount = new Button(c, SWT.CHECK);
        useHitCount.setText("&Hit count: stop from hit");
        hitCount = new Spinner(c, SWT.BORDER);
        hitCount.setValues(Math.max(1, b.getHitCount()), 1, Integer.MAX_VALUE, 0, 1, 10);
        useHitCount.setSelection(b.getHitCount() > 0);
        hitCount.setEnabled(useHitCount.getSelection());
        useHitCount.addListener(SWT.Selection, e -> hitCount.setEnabled(useHitCount.getSelection()));

        new Label(c, SWT.NONE).setText("&Condition:");
        condition = new Text(c, SWT.SINGLE | SWT.BORDER);
        condition.setText(b.getCondition());
        condition.setMessage("e.g. t->id == 2 && $a0 != 0");
        condition.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        condition.addListener(SWT.Modify, e -> checkCondition());
        Label hint = new Label(c, SWT.WRAP);
        hint.setText("Stops only when the condition is true (non-zero). Variables, $registers such as $a0 or $mstatus, "
                + ". -> [] * &, casts, arithmetic and comparisons.");
        hint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        checkCondition();
        return c;
    }

    /** A malformed condition is the page's error (OK disabled), as it is typed: not a surprise at the first hit. */
    private void checkCondition() {
        String text = condition.getText().trim();
        String problem = text.isEmpty() ? null : ExpressionSyntax.problem(text);
        setErrorMessage(problem == null ? null : "Condition: " + problem);
        setValid(problem == null);
    }

    @Override
    public boolean performOk() {
        GuestlabBreakpoint b = breakpoint();
        try {
            b.setEnabled(enabled.getSelection());
            b.setCondition(condition.getText());
            b.setHitCount(useHitCount.getSelection() ? hitCount.getSelection() : 0);
            return true;
        } catch (CoreException e) {
            ErrorDialog.openError(getShell(), "Breakpoint Properties", "The breakpoint could not be changed.", e.getStatus());
            return false;
        }
    }
}
