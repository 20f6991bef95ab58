package io.guestlab.debug.ui.tests;

import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.junit.Assume;

/**
 * examples/debug-kernel imported as a user does it (File > Import > Existing Projects into
 * Workspace: the project stays where it is), built by {@code make -C examples}.
 */
final class ExampleKernel {

    static final String PROJECT = "debug-kernel";

    private ExampleKernel() {
    }

    /** The repository root: the nearest folder above the working directory holding examples/Makefile. */
    static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("examples/Makefile"))) {
                return dir;
            }
        }
        fail("no Guestlab repository above " + Path.of("").toAbsolutePath());
        return null;
    }

    /** The imported project; the test is skipped (failed under GUESTLAB_REQUIRE_TOOLS=1) when the kernel is not built. */
    static IProject importProject() throws CoreException {
        return importProject(PROJECT);
    }

    /** The example kernel of folder examples/{@code example}, imported likewise. */
    static IProject importProject(String example) throws CoreException {
        Path folder = repositoryRoot().resolve("examples").resolve(example);
        if (!Files.isRegularFile(folder.resolve("build/kernel.elf"))) {
            String message = "missing examples/" + example + "/build/kernel.elf (make -C examples)";
            if ("1".equals(System.getenv("GUESTLAB_REQUIRE_TOOLS"))) {
                fail(message + " and GUESTLAB_REQUIRE_TOOLS=1");
            }
            Assume.assumeTrue(message, false);
        }
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        IProjectDescription description = workspace.loadProjectDescription(IPath.fromPath(folder.resolve(".project")));
        IProject project = workspace.getRoot().getProject(description.getName());
        if (!project.exists()) {
            project.create(description, null);
        }
        project.open(null);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        return project;
    }

    /** Removes the project from the workspace, leaving its files in the repository. */
    static void remove(IProject project) throws CoreException {
        if (project != null && project.exists()) {
            project.delete(false, true, null);
        }
    }

    static IFile elf(IProject project) {
        return project.getFile("build/kernel.elf");
    }

    /** The 1-based number of the first line of {@code file} containing {@code text}. */
    static int lineOf(IFile file, String text) {
        try {
            List<String> lines = Files.readAllLines(file.getLocation().toPath(), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            fail("cannot read " + file.getLocation() + ": " + e.getMessage());
        }
        fail("no line with '" + text + "' in " + file.getFullPath());
        return -1;
    }
}
