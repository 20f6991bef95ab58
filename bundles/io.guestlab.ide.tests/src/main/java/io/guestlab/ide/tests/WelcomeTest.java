package io.guestlab.ide.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.intro.IIntroManager;
import org.eclipse.ui.intro.IIntroPart;
import org.junit.After;
import org.junit.Test;

import io.guestlab.ide.project.ProjectTemplate;
import io.guestlab.ide.welcome.WelcomePart;
import io.guestlab.ui.testsupport.Screenshots;
import io.guestlab.ui.testsupport.TestWorkbench;

/** The welcome page offers each template and imports the shipped examples as projects. */
public class WelcomeTest {

    private IProject imported;

    @After
    public void cleanUp() throws Exception {
        IIntroManager intro = PlatformUI.getWorkbench().getIntroManager();
        if (intro.getIntro() != null) {
            intro.closeIntro(intro.getIntro());
        }
        if (imported != null && imported.exists()) {
            imported.delete(false, true, null); // the example's files stay in the repository
        }
    }

    @Test
    public void offersTheTemplatesAndImportsTheExamples() throws Exception {
        IIntroManager manager = PlatformUI.getWorkbench().getIntroManager();
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IIntroPart intro = manager.showIntro(window, false);
        assertTrue("the Guestlab welcome page, not " + intro, intro instanceof WelcomePart);
        TestWorkbench.processEvents();
        Screenshots.take("welcome", window.getShell());
        List<Object> templates = new ArrayList<>();
        Button examples = null;
        for (Button b : buttons(window.getShell())) {
            if (b.getData("template") != null) {
                templates.add(b.getData("template"));
            }
            if (b.getData("examples") != null) {
                examples = b;
            }
        }
        assertEquals(List.of(ProjectTemplate.values()), templates);
        assertNotNull("an import button", examples);

        examples.notifyListeners(SWT.Selection, null);
        TestWorkbench.waitUntil("the example kernel as a project", () -> TestWorkbench.root().getProject("debug-kernel").isOpen());
        imported = TestWorkbench.root().getProject("debug-kernel");
        assertTrue("its sources are there", imported.getFile("main.c").exists());
        assertEquals("the welcome page made way for the workbench", null, manager.getIntro());
    }

    private static List<Button> buttons(Control root) {
        List<Button> out = new ArrayList<>();
        if (root instanceof Button b) {
            out.add(b);
        } else if (root instanceof Composite c) {
            for (Control child : c.getChildren()) {
                out.addAll(buttons(child));
            }
        }
        return out;
    }
}
