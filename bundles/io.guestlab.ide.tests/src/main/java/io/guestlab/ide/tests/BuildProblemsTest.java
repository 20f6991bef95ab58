package io.guestlab.ide.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.TextConsole;
import org.eclipse.ui.ide.IDE;
import org.junit.After;
import org.junit.BeforeClass;
import org.junit.Test;

import io.guestlab.ide.build.BuildConsole;
import io.guestlab.ide.project.ProjectTemplate;
import io.guestlab.ide.project.TemplateInstaller;
import io.guestlab.ui.testsupport.Screenshots;
import io.guestlab.ui.testsupport.TestWorkbench;

/**
 * Saving a file builds the project in the background; the compiler's and the linker's complaints
 * become Problems markers at the lines they name, and the next build removes them once fixed.
 */
public class BuildProblemsTest {

    private IProject project;

    @BeforeClass
    public static void crossCompiler() {
        Projects.requireCrossCompiler();
    }

    @After
    public void cleanUp() throws Exception {
        TestWorkbench.page().closeAllEditors(false);
        Projects.delete(project);
    }

    @Test
    public void syntaxErrorAndUndefinedSymbolBecomeMarkersUntilFixed() throws Exception {
        project = TestWorkbench.inWorkspace(m -> TemplateInstaller.create(
                TestWorkbench.root().getProject("broken"), null, ProjectTemplate.BARE_METAL, m));
        Projects.waitForBuild(project, "build/program.elf");
        IFile main = project.getFile("main.c");
        String good = Projects.read(main);
        assertEquals(List.of(), Projects.problems(project));

        // A missing semicolon: GCC names the line and column.
        Projects.write(main, good.replace("return n * n;", "return n * n"));
        int returnLine = Projects.lineOf(main, "return n * n");
        waitForProblems();
        assertEquals(List.of("main.c:" + returnLine + ": error: expected ';' before '}' token"), Projects.problems(project));
        IDE.openEditor(TestWorkbench.page(), main);
        TestWorkbench.page().showView(IPageLayout.ID_PROBLEM_VIEW);
        TestWorkbench.processEvents();
        Screenshots.take("build-problems-syntax-error");
        assertTrue("the build console shows the compiler's output", buildConsole().contains("main.c:" + returnLine + ":17: error"));

        Projects.write(main, good);
        waitForClean();

        // A call of a function nobody defines: ld names the caller's line and function.
        Projects.write(main, good.replace("    uart_puts(sum.name);", "    extern void missing_function(int);\n    missing_function(3);\n    uart_puts(sum.name);"));
        int callLine = Projects.lineOf(main, "missing_function(3);");
        waitForProblems();
        assertEquals(List.of("main.c:" + callLine + ": error: undefined reference to `missing_function' (in function main)"),
                Projects.problems(project));
        Screenshots.take("build-problems-undefined-reference");

        Projects.write(main, good);
        waitForClean();
    }

    @Test
    public void aBadBuildCommandIsOneClearProblem() throws Exception {
        project = TestWorkbench.inWorkspace(m -> TemplateInstaller.create(
                TestWorkbench.root().getProject("no-make"), null, ProjectTemplate.BARE_METAL, m));
        Projects.waitForBuild(project, "build/program.elf");
        io.guestlab.ide.GuestlabProjects.setBuildCommand(project, "no-such-make-tool -j2");
        Projects.write(project.getFile("main.c"), Projects.read(project.getFile("main.c")) + "\n");
        waitForProblems();
        List<String> problems = Projects.problems(project);
        assertEquals(problems.toString(), 1, problems.size());
        assertTrue(problems.get(0), problems.get(0).startsWith("no-make:0: error: Cannot run 'no-such-make-tool' in "));
        assertTrue(problems.get(0), problems.get(0).endsWith("check the build command in the project's properties (Guestlab Build)."));
    }

    private void waitForProblems() {
        TestWorkbench.waitUntil("problem markers on " + project.getName(), () -> {
            try {
                return Projects.idle() && !Projects.problems(project).isEmpty();
            } catch (Exception e) {
                return false;
            }
        });
    }

    private void waitForClean() throws Exception {
        TestWorkbench.waitUntil("a clean build of " + project.getName(), () -> {
            try {
                return Projects.idle() && Projects.problems(project).isEmpty() && project.getFile("build/program.elf").exists();
            } catch (Exception e) {
                return false;
            }
        });
    }

    private static String buildConsole() {
        for (IConsole c : ConsolePlugin.getDefault().getConsoleManager().getConsoles()) {
            if (c.getName().equals(BuildConsole.NAME) && c instanceof TextConsole text) {
                return text.getDocument().get();
            }
        }
        return "";
    }
}
