package io.guestlab.debug.ui.tests;

import static org.junit.Assert.assertEquals;
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
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import io.guestlab.debug.core.CaughtTrap;
import io.guestlab.debug.core.GuestlabDebugModel;
import io.guestlab.debug.core.breakpoints.GuestlabBreakpoint;
import io.guestlab.debug.core.breakpoints.GuestlabBreakpoints;
import io.guestlab.debug.core.breakpoints.GuestlabLineBreakpoint;

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

    private static void toggle(ITextEditor editor, int line) throws Exception {
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        TextSelection selection = new TextSelection(document, document.getLineOffset(line - 1), 0);
        editor.getSelectionProvider().setSelection(selection);
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
