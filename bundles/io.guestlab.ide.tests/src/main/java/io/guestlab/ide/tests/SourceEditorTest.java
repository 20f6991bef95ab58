package io.guestlab.ide.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import io.guestlab.ide.editor.SourcePresentationReconciler;
import io.guestlab.ui.testsupport.TestWorkbench;

/** C, assembly and linker-script files open in the generic editor with keywords, comments, strings, numbers, instructions and registers coloured. */
public class SourceEditorTest {

    private IProject project;

    @Before
    public void createProject() throws CoreException {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("editor-test");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
    }

    @After
    public void deleteProject() throws CoreException {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        project.delete(true, null);
    }

    @Test
    public void cFileIsHighlighted() throws CoreException {
        String text = "/* the\n   kernel */\n#include \"uart.h\"\nstruct point { int x; };\nstatic char c = 'a';\n"
                + "unsigned long base = 0x10000000UL; // UART\nint point2d;\n";
        StyledText styled = open("main.c", text, "io.guestlab.contentType.c");
        assertColour(styled, text, "kernel", SourcePresentationReconciler.COMMENT);
        assertColour(styled, text, "#include", SourcePresentationReconciler.KEYWORD);
        assertColour(styled, text, "\"uart.h\"", SourcePresentationReconciler.STRING);
        assertColour(styled, text, "struct", SourcePresentationReconciler.KEYWORD);
        assertColour(styled, text, "'a'", SourcePresentationReconciler.STRING);
        assertColour(styled, text, "0x10000000UL", SourcePresentationReconciler.NUMBER);
        assertColour(styled, text, "UART", SourcePresentationReconciler.COMMENT);
        assertBold(styled, text, "unsigned");
        assertNotColoured(styled, text, "point2d");
    }

    @Test
    public void assemblyHashIsACommentButNotADirective() throws CoreException {
        String text = "#include \"csr.h\"\n.section .text.init\n_start:\n    li t0, 0x80000000 # DRAM base\n    j 1f\n"
                + "    CSRR a0, mstatus\n    amoswap.w.aqrl a1, a2, (sp)\n";
        StyledText styled = open("start.S", text, "io.guestlab.contentType.asm");
        assertColour(styled, text, "#include", SourcePresentationReconciler.KEYWORD);
        assertColour(styled, text, ".section", SourcePresentationReconciler.KEYWORD);
        assertColour(styled, text, "# DRAM base", SourcePresentationReconciler.COMMENT);
        assertColour(styled, text, "0x80000000", SourcePresentationReconciler.NUMBER);
        assertNotColoured(styled, text, "_start");
        // instructions and registers: the disassembler's own vocabulary (AssemblyNames), in any case
        assertColour(styled, text, "li", SourcePresentationReconciler.INSTRUCTION);
        assertColour(styled, text, "CSRR", SourcePresentationReconciler.INSTRUCTION);
        assertColour(styled, text, "amoswap.w.aqrl", SourcePresentationReconciler.INSTRUCTION);
        assertColour(styled, text, "t0", SourcePresentationReconciler.REGISTER);
        assertColour(styled, text, "mstatus", SourcePresentationReconciler.REGISTER);
        assertColour(styled, text, "(sp", SourcePresentationReconciler.REGISTER);
    }

    @Test
    public void linkerScriptKeywords() throws CoreException {
        String text = "ENTRY(_start)\nSECTIONS {\n  . = 0x80000000; /* RAM */\n  .text : { *(.text.init) }\n}\n";
        StyledText styled = open("link.ld", text, "io.guestlab.contentType.linkerScript");
        assertColour(styled, text, "ENTRY", SourcePresentationReconciler.KEYWORD);
        assertColour(styled, text, "SECTIONS", SourcePresentationReconciler.KEYWORD);
        assertColour(styled, text, "0x80000000", SourcePresentationReconciler.NUMBER);
        assertColour(styled, text, "RAM", SourcePresentationReconciler.COMMENT);
    }

    @Test
    public void openingACommentRecoloursTheLinesBelow() throws CoreException {
        String text = "int a;\nint b;\nint c;\n";
        StyledText styled = open("late.c", text, "io.guestlab.contentType.c");
        styled.replaceTextRange(0, 0, "/* ");
        TestWorkbench.processEvents();
        String now = styled.getText();
        assertColour(styled, now, "int c", SourcePresentationReconciler.COMMENT);
    }

    private StyledText open(String name, String text, String contentTypeId) throws CoreException {
        IFile file = project.getFile(name);
        file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
        IContentType type = file.getContentDescription().getContentType();
        assertEquals(name + " has Guestlab's content type", contentTypeId, type.getId());
        IEditorPart editor = IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), file);
        assertEquals("the generic editor opens " + name, "org.eclipse.ui.genericeditor.GenericEditor", editor.getSite().getId());
        TestWorkbench.processEvents();
        Control control = editor.getAdapter(Control.class);
        assertTrue("the editor shows a StyledText, not " + control, control instanceof StyledText);
        return (StyledText) control;
    }

    private static StyleRange styleAt(StyledText styled, String text, String what) {
        int offset = text.indexOf(what);
        assertTrue(what + " is in the text", offset >= 0);
        return styled.getStyleRangeAtOffset(offset + what.length() - 1);
    }

    private static void assertColour(StyledText styled, String text, String what, RGB expected) {
        StyleRange style = styleAt(styled, text, what);
        assertNotNull("'" + what + "' is styled", style);
        assertNotNull("'" + what + "' has a colour", style.foreground);
        assertEquals("colour of '" + what + "'", expected, style.foreground.getRGB());
    }

    private static void assertBold(StyledText styled, String text, String what) {
        StyleRange style = styleAt(styled, text, what);
        assertTrue("'" + what + "' is bold", style != null && (style.fontStyle & SWT.BOLD) != 0);
    }

    private static void assertNotColoured(StyledText styled, String text, String what) {
        StyleRange style = styleAt(styled, text, what);
        assertTrue("'" + what + "' is plain text, not " + style, style == null || style.foreground == null);
    }

}
