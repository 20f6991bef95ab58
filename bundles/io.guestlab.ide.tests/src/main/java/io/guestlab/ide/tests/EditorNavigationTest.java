package io.guestlab.ide.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextSelection;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import io.guestlab.ide.editor.DeclarationHover;
import io.guestlab.ide.project.ProjectTemplate;
import io.guestlab.ide.project.TemplateInstaller;
import io.guestlab.ui.testsupport.Screenshots;
import io.guestlab.ui.testsupport.TestWorkbench;
import io.guestlab.ui.testsupport.Widgets;

/** F3 on a call opens the definition; hovers tell type and address; the Outline lists the file's functions. */
public class EditorNavigationTest {

    private static IProject project;

    @BeforeClass
    public static void builtProject() throws Exception {
        Projects.requireCrossCompiler();
        project = TestWorkbench.inWorkspace(m -> TemplateInstaller.create(
                TestWorkbench.root().getProject("navigate"), null, ProjectTemplate.BARE_METAL, m));
        Projects.waitForBuild(project, "build/program.elf");
    }

    @AfterClass
    public static void cleanUp() throws Exception {
        TestWorkbench.page().closeAllEditors(false);
        Projects.delete(project);
    }

    @Test
    public void f3OnACallJumpsToTheDefinition() throws Exception {
        IFile main = project.getFile("main.c");
        ITextEditor editor = open(main);
        // in the same file: the call of square() in main
        caretIn(editor, "sum.value += square(i)", "square");
        openDeclaration();
        ITextEditor at = (ITextEditor) TestWorkbench.page().getActiveEditor();
        assertEquals("main.c", at.getEditorInput().getName());
        assertSelected(at, Projects.lineOf(main, "static unsigned long square("), "square");

        // in another file: uart_puts is defined in uart.c
        caretIn(editor, "uart_puts(\"Hello", "uart_puts");
        openDeclaration();
        ITextEditor uart = (ITextEditor) TestWorkbench.page().getActiveEditor();
        assertEquals("F3 opened the defining file", "uart.c", uart.getEditorInput().getName());
        assertSelected(uart, Projects.lineOf(project.getFile("uart.c"), "void uart_puts("), "uart_puts");
        Screenshots.take("f3-to-definition");
    }

    @Test
    public void hoverShowsTypeAndAddress() throws Exception {
        ITextEditor editor = open(project.getFile("main.c"));
        ITextViewer viewer = (ITextViewer) editor.getAdapter(ITextOperationTarget.class);
        IDocument document = viewer.getDocument();
        int call = document.get().indexOf("square(i)") + 2;
        String hover = new DeclarationHover().getHoverInfo(viewer, new DeclarationHover().getHoverRegion(viewer, call));
        assertNotNull("a hover on square", hover);
        assertTrue(hover, hover.startsWith("long unsigned int square(long unsigned int)\nfunction at 0x800"));
        assertTrue(hover, hover.endsWith("(main.c:" + Projects.lineOf(project.getFile("main.c"), "static unsigned long square(")
                + ", build/program.elf)"));
        int uart = document.get().indexOf("uart_putc('\\n')") + 1;
        String putc = new DeclarationHover().getHoverInfo(viewer, new DeclarationHover().getHoverRegion(viewer, uart));
        assertTrue(putc, putc.startsWith("void uart_putc(char)\nfunction at 0x800"));
        assertTrue(putc, putc.endsWith("(uart.c:" + Projects.lineOf(project.getFile("uart.c"), "void uart_putc(") + ", build/program.elf)"));
        assertEquals("nothing for a keyword", null, new DeclarationHover().getHoverInfo(viewer, new Region(document.get().indexOf("return"), 6)));
    }

    @Test
    public void outlineListsTheFunctions() throws Exception {
        open(project.getFile("main.c"));
        assertEquals(List.of("struct counter", "square()", "main()"), outline());
        Screenshots.take("outline-main-c");
        open(project.getFile("start.S"));
        assertEquals(List.of(".text.start", "_start:", "park:"), outline());
        open(project.getFile("link.ld"));
        assertEquals(List.of(".text", ".rodata", ".tohost", ".data", ".bss"), outline());
    }

    private static ITextEditor open(IFile file) throws Exception {
        ITextEditor editor = (ITextEditor) IDE.openEditor(TestWorkbench.page(), file);
        TestWorkbench.processEvents();
        return editor;
    }

    private static void caretIn(ITextEditor editor, String context, String word) {
        TestWorkbench.page().activate(editor);
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        int at = document.get().indexOf(context);
        assertTrue(context, at >= 0);
        editor.getSelectionProvider().setSelection(new TextSelection(document, at + context.indexOf(word) + 1, 0));
        TestWorkbench.processEvents();
    }

    /** F3: the generic editor's Open Hyperlink command, as its key binding runs it. */
    private static void openDeclaration() throws Exception {
        TestWorkbench.page().getWorkbenchWindow().getService(IHandlerService.class)
                .executeCommand("org.eclipse.ui.edit.text.open.hyperlink", null);
        TestWorkbench.processEvents();
    }

    private static void assertSelected(ITextEditor editor, int line, String word) {
        ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
        assertEquals("line of the definition", line, selection.getStartLine() + 1);
        assertEquals(word, selection.getText());
    }

    private static List<String> outline() throws Exception {
        ContentOutline view = (ContentOutline) TestWorkbench.page().showView(IPageLayout.ID_OUTLINE);
        TestWorkbench.page().activate(TestWorkbench.page().getActiveEditor());
        TestWorkbench.processEvents();
        Tree tree = Widgets.find(view.getCurrentPage().getControl(), Tree.class);
        assertNotNull("the Outline shows a tree for " + TestWorkbench.page().getActiveEditor().getTitle(), tree);
        List<String> items = new ArrayList<>();
        for (TreeItem item : tree.getItems()) {
            items.add(item.getText());
        }
        return items;
    }
}
