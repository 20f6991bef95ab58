package io.guestlab.debug.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.junit.After;
import org.junit.Test;

import io.guestlab.debug.core.GuestlabDebugModel;
import io.guestlab.debug.core.LaunchAttributes;
import io.guestlab.debug.core.breakpoints.GuestlabLineBreakpoint;
import io.guestlab.ui.testsupport.DebugEvents;
import io.guestlab.ui.testsupport.Screenshots;
import io.guestlab.ui.testsupport.TestWorkbench;

/**
 * Line breakpoints in a C file outside the workspace, as a user meets them: a kernel's source
 * opened with File > Open File (here the example kernel's main.c, not imported), toggled in the
 * ruler, shown there, and hit by a session launched on the kernel's ELF by its path.
 */
public class ExternalSourceBreakpointTest {

    private ILaunch launch;

    @After
    public void cleanUp() throws CoreException {
        if (launch != null && launch.canTerminate()) {
            launch.terminate();
        }
        TestWorkbench.page().closeAllEditors(false);
        DebugPlugin.getDefault().getBreakpointManager().removeBreakpoints(
                DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(GuestlabDebugModel.ID), true);
        for (ILaunchConfiguration c : DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurations()) {
            c.delete();
        }
    }

    @Test
    public void theRulerTogglesAndShowsABreakpointInAFileOutsideTheWorkspace() throws Exception {
        Path main = kernelFolder().resolve("main.c");
        int line = lineOf(main, "int done = work(");
        ITextEditor editor = openExternal(main);

        BreakpointUiTest.toggle(editor, line);
        GuestlabLineBreakpoint added = only();
        assertTrue("kept on the workspace root with the file's path", added.isExternal());
        assertEquals(main, added.sourcePath());
        assertEquals(line, added.getLineNumber());
        String label = BreakpointUiTest.label(added);
        assertTrue("the Breakpoints view names file and line: " + label, label.contains("main.c") && label.contains(String.valueOf(line)));
        TestWorkbench.waitUntil("the breakpoint's icon in the editor's ruler", () -> annotatedLine(editor, added.getMarker()) == line);
        Screenshots.take("external-file-line-breakpoint");

        BreakpointUiTest.toggle(editor, line);
        assertEquals("toggled off again", 0, DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(GuestlabDebugModel.ID).length);
    }

    @Test
    public void aSessionStopsAtABreakpointInAFileOutsideTheWorkspace() throws Exception {
        Path main = kernelFolder().resolve("main.c");
        int line = lineOf(main, "int done = work(");
        BreakpointUiTest.toggle(openExternal(main), line);
        TestWorkbench.page().closeAllEditors(false);

        // What a user answers once with "Remember my decision": open the Debug perspective on a stop.
        DebugUITools.getPreferenceStore().setValue("org.eclipse.debug.ui.switch_perspective_on_suspend", "always");
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationWorkingCopy wc = manager.getLaunchConfigurationType(LaunchAttributes.LAUNCH_TYPE_ID)
                .newInstance(null, "external kernel");
        wc.setAttribute(LaunchAttributes.KERNEL, kernelFolder().resolve("build/kernel.elf").toString());
        wc.setAttribute(LaunchAttributes.FIRMWARE, LaunchAttributes.FIRMWARE_NONE);
        wc.setAttribute(LaunchAttributes.STOP_AT, LaunchAttributes.STOP_AT_NONE);
        ILaunchConfiguration config = wc.doSave();
        try (DebugEvents events = new DebugEvents()) {
            launch = events.debugUntilStopped(config, "the stop at the breakpoint");
            IStackFrame frame = suspendedFrame();
            assertTrue("in run_task: " + frame.getName(), frame.getName().startsWith("run_task"));
            assertEquals(line, frame.getLineNumber());
            TestWorkbench.waitUntil("main.c (outside the workspace) open at the stop", () ->
                    TestWorkbench.page().getActiveEditor() instanceof ITextEditor editor
                            && editor.getEditorInput() instanceof IURIEditorInput input
                            && Path.of(input.getURI()).equals(main));
            Screenshots.take("external-file-breakpoint-hit");
        }
    }

    private IStackFrame suspendedFrame() throws Exception {
        TestWorkbench.waitUntil("a suspended hart", () -> {
            try {
                return Arrays.stream(launch.getDebugTarget().getThreads()).anyMatch(IThread::isSuspended);
            } catch (CoreException e) {
                return false;
            }
        });
        for (IThread t : launch.getDebugTarget().getThreads()) {
            if (t.isSuspended() && t.getTopStackFrame() != null && t.getTopStackFrame().getName().startsWith("run_task")) {
                return t.getTopStackFrame();
            }
        }
        fail("no hart stopped in run_task: " + Arrays.stream(launch.getDebugTarget().getThreads())
                .map(t -> t.toString()).toList());
        return null;
    }

    /** The example kernel's folder; skipped (failed under GUESTLAB_REQUIRE_TOOLS=1) when it is not built. */
    private static Path kernelFolder() throws CoreException {
        // importProject checks the build and skips as the other tests do; the project itself is not wanted
        ExampleKernel.remove(ExampleKernel.importProject());
        return ExampleKernel.repositoryRoot().resolve("examples/debug-kernel").toAbsolutePath().normalize();
    }

    private static ITextEditor openExternal(Path file) throws CoreException {
        IEditorPart part = IDE.openEditorOnFileStore(TestWorkbench.page(), EFS.getLocalFileSystem().getStore(IPath.fromPath(file)));
        assertTrue("a text editor: " + part, part instanceof ITextEditor);
        return (ITextEditor) part;
    }

    private static GuestlabLineBreakpoint only() {
        List<IBreakpoint> all = List.of(DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(GuestlabDebugModel.ID));
        assertEquals("one breakpoint: " + all, 1, all.size());
        assertNotNull(all.get(0).getMarker());
        return (GuestlabLineBreakpoint) all.get(0);
    }

    /** The 1-based line of the ruler annotation of {@code marker}, or -1. */
    private static int annotatedLine(ITextEditor editor, IMarker marker) {
        IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
        if (model == null) {
            return -1;
        }
        for (var it = model.getAnnotationIterator(); it.hasNext();) {
            Annotation a = it.next();
            if (a instanceof MarkerAnnotation m && m.getMarker().equals(marker)) {
                try {
                    return editor.getDocumentProvider().getDocument(editor.getEditorInput())
                            .getLineOfOffset(model.getPosition(a).getOffset()) + 1;
                } catch (org.eclipse.jface.text.BadLocationException e) {
                    return -1;
                }
            }
        }
        return -1;
    }

    private static int lineOf(Path file, String text) throws java.io.IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        fail("no line with '" + text + "' in " + file);
        return -1;
    }
}
