package io.guestlab.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.junit.Test;

import io.guestlab.ui.GuestlabPerspective;

/** Opens the Guestlab perspective in a real workbench and checks what a user sees. */
public class GuestlabPerspectiveTest {

    private static final List<String> EXPECTED_VIEWS = List.of(
        GuestlabPerspective.PROJECT_EXPLORER,
        "org.eclipse.debug.ui.DebugView",
        "org.eclipse.debug.ui.RegisterView",
        "org.eclipse.debug.ui.MemoryView",
        "org.eclipse.ui.console.ConsoleView");

    @Test
    public void perspectiveOpensWithItsViewsAndAnEditorArea() throws WorkbenchException {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull("the workbench has a window", window);
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(GuestlabPerspective.ID, window);

        assertEquals(GuestlabPerspective.ID, page.getPerspective().getId());
        assertEquals("Guestlab", page.getPerspective().getLabel());
        assertTrue("the editor area is shown", page.isEditorAreaVisible());
        List<String> open = Arrays.stream(page.getViewReferences()).map(IViewReference::getId).toList();
        for (String id : EXPECTED_VIEWS) {
            assertTrue(id + " is part of the perspective (open: " + open + ")", open.contains(id));
        }
    }

    @Test
    public void perspectiveIsRegisteredWithItsIcon() {
        var descriptor = PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(GuestlabPerspective.ID);
        assertNotNull("Guestlab perspective is registered", descriptor);
        assertNotNull("it has an icon", descriptor.getImageDescriptor());
    }
}
