package io.guestlab.testing.ui.tests;

import static org.junit.Assert.assertTrue;

import io.guestlab.ui.testsupport.Screenshots;
import io.guestlab.ui.testsupport.TestWorkbench;

import java.util.Arrays;

import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.Test;

/** Where the test view opens in Guestlab's perspective after a reset: with the Project Explorer. */
public class TestViewPlacementTest {

    private static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";

    @Test
    public void theTestViewOpensWithTheProjectExplorer() throws Exception {
        IWorkbenchPage page = TestWorkbench.page();
        PlatformUI.getWorkbench().showPerspective("io.guestlab.ui.perspective", page.getWorkbenchWindow());
        page.resetPerspective(); // what Window > Perspective > Reset gives
        IViewPart explorer = page.showView(PROJECT_EXPLORER);
        IViewPart tests = TestView.show();
        IViewPart[] stack = page.getViewStack(tests);
        assertTrue("the test view's stack holds the Project Explorer: " + Arrays.toString(stack),
                Arrays.asList(stack).contains(explorer));
        TestWorkbench.processEvents();
        Screenshots.take("test-view-in-the-guestlab-perspective");
    }
}
