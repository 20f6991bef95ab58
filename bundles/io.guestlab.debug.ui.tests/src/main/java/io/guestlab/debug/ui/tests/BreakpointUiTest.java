package io.guestlab.debug.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugModelPresentation;
import org.eclipse.debug.ui.actions.IToggleBreakpointsTarget;
import org.eclipse.jface.text.TextSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.dialogs.PropertyPage;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import io.guestlab.debug.core.CaughtTrap;
import io.guestlab.debug.core.GuestlabDebugModel;
import io.guestlab.debug.core.breakpoints.GuestlabBreakpoint;
import io.guestlab.debug.core.breakpoints.GuestlabBreakpoints;
import io.guestlab.debug.core.breakpoints.GuestlabLineBreakpoint;
import io.guestlab.ui.testsupport.Screenshots;
import io.guestlab.ui.testsupport.TestWorkbench;

/** Line breakpoints toggled from the editor's ruler target, and how breakpoints read in the Breakpoints view. */
public class BreakpointUiTest {

    private IProject project;

    @Before
    public void importExample() throws CoreException {
        project = ExampleKernel.importProject();
    }

    @After
    public void cleanUp() throws CoreException {
        TestWorkbench.page().closeAllEditors(false);
        DebugPlugin.getDefault().getBreakpointManager().removeBreakpoints(
                DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(GuestlabDebugModel.ID), true);
        ExampleKernel.remove(project);
    }

    @Test
    public void rulerTogglesALineBreakpointOnAndOff() throws Exception {
        IFile main = project.getFile("main.c");
        int line = ExampleKernel.lineOf(main, "BREAK: run_task");
        ITextEditor editor = (ITextEditor) IDE.openEditor(TestWorkbench.page(), main);
        assertNotNull("double-click in the ruler is wired to Toggle Breakpoint",
                editor.getAdapter(org.eclipse.ui.texteditor.AbstractTextEditor.class) == null
                        ? null : ((org.eclipse.ui.texteditor.AbstractTextEditor) editor).getAction(ITextEditorActionConstants.RULER_DOUBLE_CLICK));

        toggle(editor, line);
        GuestlabLineBreakpoint added = only(main);
        assertEquals(line, added.getLineNumber());
        assertTrue(added.isEnabled());
        assertTrue("the Breakpoints view names file and line: " + label(added), label(added).contains("main.c") && label(added).contains(String.valueOf(line)));
        Screenshots.take("editor-line-breakpoint");

        toggle(editor, line);
        assertEquals("toggled off again", 0, DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(GuestlabDebugModel.ID).length);
    }

    @Test
    public void breakpointLabelsShowConditionAndHitCount() throws CoreException {
        GuestlabBreakpoint f = GuestlabBreakpoints.functionBreakpoint("run_task");
        f.setCondition("t->id == 3");
        f.setHitCount(2);
        String label = label(f);
        assertTrue(label, label.contains("run_task") && label.contains("[if t->id == 3]") && label.contains("[hit count: 2]"));
        String trap = label(GuestlabBreakpoints.trapCatchpoint(new CaughtTrap(false, 2)));
        assertTrue(trap, trap.contains("illegal instruction"));
        IDebugModelPresentation p = DebugUITools.newDebugModelPresentation();
        try {
            assertNotNull("catchpoints have Guestlab's trap icon", p.getImage(GuestlabBreakpoints.trapCatchpoint(new CaughtTrap(true, 7))));
        } finally {
            p.dispose();
        }
    }

    @Test
    public void propertyPageSetsConditionAndHitCount() throws CoreException {
        GuestlabBreakpoint b = GuestlabBreakpoints.functionBreakpoint("work");
        PreferenceDialog dialog = PreferencesUtil.createPropertyDialogOn(TestWorkbench.page().getWorkbenchWindow().getShell(), b,
                "io.guestlab.debug.ui.breakpointPropertyPage", null, null);
        assertNotNull("Breakpoint Properties has Guestlab's page", dialog);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            PropertyPage page = (PropertyPage) dialog.getSelectedPage();
            List<Control> controls = new ArrayList<>();
            collect(page.getControl(), controls);
            Text condition = controls.stream().filter(Text.class::isInstance).map(Text.class::cast).findFirst().orElseThrow();
            Button hitCount = controls.stream().filter(Button.class::isInstance).map(Button.class::cast)
                    .filter(button -> button.getText().contains("Hit count")).findFirst().orElseThrow();
            Spinner hits = controls.stream().filter(Spinner.class::isInstance).map(Spinner.class::cast).findFirst().orElseThrow();
            // a malformed condition is the page's error message as it is typed, and OK is refused
            condition.setText("t-> == 2");
            assertEquals("Condition: expected a member name after '->' before '=='", page.getErrorMessage());
            assertFalse(page.isValid());
            Screenshots.take("breakpoint-properties-bad-condition", dialog.getShell());
            condition.setText("id == 2");
            assertNull(page.getErrorMessage());
            assertTrue(page.isValid());
            hitCount.setSelection(true);
            hits.setSelection(3);
            Screenshots.take("breakpoint-properties", dialog.getShell());
            assertTrue(page.performOk());
        } finally {
            dialog.close();
        }
        assertEquals("id == 2", b.getCondition());
        assertEquals(3, b.getHitCount());
    }

    @Test
    public void theFactoryRefusesMalformedConditionsAndWatchExpressions() throws CoreException {
        GuestlabBreakpoint b = GuestlabBreakpoints.functionBreakpoint("work");
        CoreException e = assertThrows(CoreException.class, () -> b.setCondition("(t->id == 3"));
        assertEquals("Condition '(t->id == 3': expected ')' at the end", e.getMessage());
        assertEquals("", b.getCondition());
        e = assertThrows(CoreException.class, () -> GuestlabBreakpoints.watchpoint("tasks[1", 0, false, true));
        assertEquals("Watchpoint on 'tasks[1': expected ']' at the end", e.getMessage());
    }

    private static void collect(Control control, List<Control> into) {
        into.add(control);
        if (control instanceof Composite c) {
            for (Control child : c.getChildren()) {
                collect(child, into);
            }
        }
    }

    /** What a double-click in the ruler on {@code line} does: the editor's toggle target toggles there. */
    static void toggle(ITextEditor editor, int line) throws Exception {
        TextSelection selection = TestWorkbench.selectLine(editor, line);
        IToggleBreakpointsTarget target = DebugUITools.getToggleBreakpointsTargetManager()
                .getToggleBreakpointsTarget((IEditorPart) editor, selection);
        assertNotNull("a toggle target for C files", target);
        assertTrue(target.canToggleLineBreakpoints(editor, selection));
        target.toggleLineBreakpoints(editor, selection);
    }

    private static GuestlabLineBreakpoint only(IFile file) {
        IBreakpoint[] all = DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(GuestlabDebugModel.ID);
        assertEquals("one Guestlab breakpoint", 1, all.length);
        assertTrue(all[0] instanceof GuestlabLineBreakpoint);
        assertEquals(file, all[0].getMarker().getResource());
        return (GuestlabLineBreakpoint) all[0];
    }

    static String label(IBreakpoint b) {
        IDebugModelPresentation p = DebugUITools.newDebugModelPresentation();
        try {
            return p.getText(b);
        } finally {
            p.dispose();
        }
    }

}
