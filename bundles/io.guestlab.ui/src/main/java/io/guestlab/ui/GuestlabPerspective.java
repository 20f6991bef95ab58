package io.guestlab.ui;

import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.console.IConsoleConstants;

/**
 * The Guestlab perspective: sources on the left, the editor in the middle, the machine's state
 * (harts, registers, breakpoints) on the right and its console and memory below.
 */
public final class GuestlabPerspective implements IPerspectiveFactory {

    public static final String ID = "io.guestlab.ui.perspective";

    /** Eclipse's Project Explorer (org.eclipse.ui.navigator.resources). */
    public static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editor = layout.getEditorArea();

        IFolderLayout left = layout.createFolder("io.guestlab.ui.left", IPageLayout.LEFT, 0.22f, editor);
        left.addView(PROJECT_EXPLORER);

        IFolderLayout top = layout.createFolder("io.guestlab.ui.top", IPageLayout.TOP, 0.28f, editor);
        top.addView(IDebugUIConstants.ID_DEBUG_VIEW);

        IFolderLayout right = layout.createFolder("io.guestlab.ui.right", IPageLayout.RIGHT, 0.68f, editor);
        right.addView(IDebugUIConstants.ID_REGISTER_VIEW);
        right.addView(IDebugUIConstants.ID_VARIABLE_VIEW);
        right.addView(IDebugUIConstants.ID_BREAKPOINT_VIEW);

        IFolderLayout bottom = layout.createFolder("io.guestlab.ui.bottom", IPageLayout.BOTTOM, 0.68f, editor);
        bottom.addView(IConsoleConstants.ID_CONSOLE_VIEW);
        bottom.addView(IDebugUIConstants.ID_MEMORY_VIEW);
        bottom.addPlaceholder(IPageLayout.ID_PROBLEM_VIEW);

        layout.addActionSet(IDebugUIConstants.LAUNCH_ACTION_SET);
        layout.addShowViewShortcut(PROJECT_EXPLORER);
        layout.addShowViewShortcut(IDebugUIConstants.ID_DEBUG_VIEW);
        layout.addShowViewShortcut(IDebugUIConstants.ID_REGISTER_VIEW);
        layout.addShowViewShortcut(IDebugUIConstants.ID_MEMORY_VIEW);
        layout.addShowViewShortcut(IConsoleConstants.ID_CONSOLE_VIEW);
        layout.addPerspectiveShortcut(IDebugUIConstants.ID_DEBUG_PERSPECTIVE);
    }
}
