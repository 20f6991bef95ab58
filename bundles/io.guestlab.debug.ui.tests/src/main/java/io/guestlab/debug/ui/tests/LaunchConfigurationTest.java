package io.guestlab.debug.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.debug.ui.ILaunchConfigurationTab;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.core.expressions.EvaluationContext;
import org.eclipse.core.expressions.EvaluationResult;
import org.eclipse.core.expressions.Expression;
import org.eclipse.core.expressions.ExpressionConverter;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import io.guestlab.debug.core.GuestlabPreferences;
import io.guestlab.debug.core.LaunchAttributes;
import io.guestlab.debug.ui.launching.MachineLaunchShortcut;
import io.guestlab.debug.ui.launching.MachineTabGroup;
import io.guestlab.ui.testsupport.Screenshots;

/** The launch shortcut's configuration for the example kernel, and the tabs' problem messages before a launch. */
public class LaunchConfigurationTest {

    private IProject project;

    @Before
    public void importExample() throws CoreException {
        project = ExampleKernel.importProject();
    }

    @After
    public void cleanUp() throws CoreException {
        for (ILaunchConfiguration c : DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurations(type())) {
            c.delete();
        }
        InstanceScope.INSTANCE.getNode(GuestlabPreferences.QUALIFIER).remove(GuestlabPreferences.HARTS);
        ExampleKernel.remove(project);
    }

    private static ILaunchConfigurationType type() {
        return DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurationType(LaunchAttributes.LAUNCH_TYPE_ID);
    }

    @Test
    public void shortcutMakesABareMetalConfigurationWithThePreferredMachineAndReusesIt() throws CoreException {
        InstanceScope.INSTANCE.getNode(GuestlabPreferences.QUALIFIER).putInt(GuestlabPreferences.HARTS, 2);

        ILaunchConfiguration c = MachineLaunchShortcut.configurationFor(ExampleKernel.elf(project));

        assertEquals("${workspace_loc:/debug-kernel/build/kernel.elf}", c.getAttribute(LaunchAttributes.KERNEL, ""));
        assertEquals("the ELF starts at 0x80000000: no firmware", LaunchAttributes.FIRMWARE_NONE, c.getAttribute(LaunchAttributes.FIRMWARE, ""));
        assertEquals("harts from the Guestlab preferences", 2, c.getAttribute(LaunchAttributes.HARTS, -1));
        assertEquals(LaunchAttributes.STOP_AT_MAIN, c.getAttribute(LaunchAttributes.STOP_AT, ""));
        assertEquals("the second time, the same configuration", c, MachineLaunchShortcut.configurationFor(ExampleKernel.elf(project)));
    }

    @Test
    public void debugAsGuestlabMachineIsOfferedOnElfAndMachineFilesOnly() throws CoreException {
        IFile machine = project.getFile("debug.machine");
        machine.create(new java.io.ByteArrayInputStream(new byte[0]), true, null);
        try {
            assertTrue("kernel.elf", offered(ExampleKernel.elf(project)));
            assertTrue("debug.machine", offered(machine));
            assertFalse("main.c is no kernel", offered(project.getFile("main.c")));
        } finally {
            machine.delete(true, null); // the project lives in the repository's examples/
        }
    }

    /** What the platform checks before listing the shortcut under Run As / Debug As for {@code file}. */
    private static boolean offered(IFile file) throws CoreException {
        if (!Platform.getAdapterManager().hasAdapter(file, "org.eclipse.debug.ui.actions.ILaunchable")) {
            return false;
        }
        IConfigurationElement shortcut = Arrays.stream(Platform.getExtensionRegistry()
                .getConfigurationElementsFor("org.eclipse.debug.ui.launchShortcuts"))
                .filter(e -> "io.guestlab.debug.ui.shortcut.machine".equals(e.getAttribute("id"))).findFirst().orElseThrow();
        IConfigurationElement enablement = shortcut.getChildren("contextualLaunch")[0].getChildren("enablement")[0];
        Expression expression = ExpressionConverter.getDefault().perform(enablement);
        EvaluationContext context = new EvaluationContext(null, List.of(file));
        context.addVariable("selection", List.of(file));
        return expression.evaluate(context) == EvaluationResult.TRUE;
    }

    @Test
    public void eachTabNamesTheProblemOfItsOwnField() throws CoreException {
        ILaunchConfigurationWorkingCopy c = MachineLaunchShortcut.configurationFor(ExampleKernel.elf(project)).getWorkingCopy();
        List<ILaunchConfigurationTab> tabs = tabs();
        assertEquals(List.of("Machine", "Symbols", "Debugger", "Source", "Common"), tabs.stream().map(ILaunchConfigurationTab::getName).toList());
        for (ILaunchConfigurationTab tab : tabs.subList(0, 3)) { // Guestlab's own; Source and Common need their controls
            assertTrue(tab.getName() + " accepts the shortcut's configuration: " + tab.getErrorMessage(), tab.isValid(c));
        }

        c.setAttribute(LaunchAttributes.MEMORY, "12Q");
        assertProblem(tabs.get(0), c, "12Q");
        c.setAttribute(LaunchAttributes.MEMORY, "128M");
        c.setAttribute(LaunchAttributes.KERNEL, "/nowhere/kernel.elf");
        assertProblem(tabs.get(0), c, "/nowhere/kernel.elf");
        c.setAttribute(LaunchAttributes.KERNEL, "${workspace_loc:/debug-kernel/build/kernel.elf}");

        c.setAttribute(LaunchAttributes.SYMBOL_FILES, List.of("0x0;/nowhere/symbols.elf"));
        assertProblem(tabs.get(1), c, "/nowhere/symbols.elf");
        c.setAttribute(LaunchAttributes.SYMBOL_FILES, List.of());

        c.setAttribute(LaunchAttributes.STOP_AT, LaunchAttributes.STOP_AT_FUNCTION_NAME);
        c.setAttribute(LaunchAttributes.STOP_AT_FUNCTION, "no_such_function");
        assertProblem(tabs.get(2), c, "no_such_function");
        c.setAttribute(LaunchAttributes.STOP_AT_FUNCTION, "run_task");
        assertTrue(tabs.get(2).getErrorMessage(), tabs.get(2).isValid(c));
    }

    @Test
    public void debugConfigurationsDialogShowsTheMachineTabsProblem() throws CoreException {
        ILaunchConfigurationWorkingCopy wc = MachineLaunchShortcut.configurationFor(ExampleKernel.elf(project)).getWorkingCopy();
        wc.setAttribute(LaunchAttributes.MEMORY, "lots");
        ILaunchConfiguration c = wc.doSave();
        List<String> seen = new ArrayList<>();
        Display display = Display.getCurrent();
        Shell workbench = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        // The dialog is modal: look at it from inside its event loop, then close it.
        display.timerExec(3000, () -> {
            Shell dialog = Arrays.stream(display.getShells()).filter(sh -> sh.getText().contains("Configurations")).findFirst().orElse(null);
            if (dialog != null) {
                collectTexts(dialog, seen);
                dialog.setSize(1000, 900); // as a user enlarges it, to see the Hardware group
                Screenshots.take("launch-dialog-machine-tab", dialog);
                dialog.close();
            }
        });
        int result = DebugUITools.openLaunchConfigurationDialogOnGroup(workbench, new StructuredSelection(c), IDebugUIConstants.ID_DEBUG_LAUNCH_GROUP);
        assertEquals("the dialog was closed, not launched from", org.eclipse.jface.window.Window.CANCEL, result);
        assertTrue("the dialog showed the memory problem, saw " + seen, seen.stream().anyMatch(s -> s.contains("lots")));
        assertTrue("and the Machine tab, saw " + seen, seen.contains("&Harts:") || seen.contains("Harts:"));
    }

    /**
     * The Machine tab's flash fields: an image of exactly 32 MiB in bank 0 is stored under
     * {@link LaunchAttributes#FLASH0} and accepted; one of another size in bank 1 is refused naming
     * the file and the size, as a machine file's flash element is.
     */
    @Test
    public void theMachineTabTakesFlashImagesOfExactly32MiB() throws Exception {
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("flash");
        java.nio.file.Path bank = folder.resolve("edk2-code.fd");
        java.nio.file.Path small = folder.resolve("small.fd");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(bank.toFile(), "rw")) {
            f.setLength(32L << 20);
        }
        java.nio.file.Files.write(small, new byte[4096]);
        ILaunchConfigurationWorkingCopy c = MachineLaunchShortcut.configurationFor(ExampleKernel.elf(project)).getWorkingCopy();
        Shell shell = new Shell(Display.getCurrent());
        shell.setText("Machine tab");
        shell.setLayout(new org.eclipse.swt.layout.FillLayout());
        ILaunchConfigurationTab tab = tabs().get(0);
        try {
            tab.createControl(shell);
            tab.initializeFrom(c);
            shell.setSize(1000, 1000);
            shell.open();
            Text bank0 = fieldAfter(shell, "Flash bank &0 (pflash0):");
            Text bank1 = fieldAfter(shell, "Flash bank &1 (pflash1):");
            assertEquals("blank by default", "", bank0.getText());

            bank0.setText(bank.toString());
            tab.performApply(c);
            assertEquals(bank.toString(), c.getAttribute(LaunchAttributes.FLASH0, ""));
            assertTrue(tab.getErrorMessage(), tab.isValid(c));

            bank1.setText(small.toString());
            tab.performApply(c);
            assertEquals(small.toString(), c.getAttribute(LaunchAttributes.FLASH1, ""));
            assertProblem(tab, c, "Flash bank 1: " + small + " is 4096 bytes; a virt flash bank needs exactly 33554432 (32 MiB)");
            while (Display.getCurrent().readAndDispatch()) {
                // paint the fields before the screenshot
            }
            Screenshots.take("machine-tab-flash", shell);
        } finally {
            shell.dispose();
            tab.dispose();
            java.nio.file.Files.delete(bank);
            java.nio.file.Files.delete(small);
            java.nio.file.Files.delete(folder);
        }
    }

    /** The text field that follows the label {@code label} in the tab's grid. */
    private static Text fieldAfter(Composite root, String label) {
        List<Control> all = new ArrayList<>();
        collectControls(root, all);
        for (int i = 0; i + 1 < all.size(); i++) {
            if (all.get(i) instanceof Label l && label.equals(l.getText()) && all.get(i + 1) instanceof Text t) {
                return t;
            }
        }
        throw new AssertionError("no field labelled " + label);
    }

    private static void collectControls(Control control, List<Control> into) {
        into.add(control);
        if (control instanceof Composite c) {
            Arrays.stream(c.getChildren()).forEach(child -> collectControls(child, into));
        }
    }

    private static void collectTexts(Control control, List<String> into) {
        if (control instanceof Label l) {
            into.add(l.getText());
        } else if (control instanceof CLabel l && l.getText() != null) {
            into.add(l.getText());
        } else if (control instanceof Text t) {
            into.add(t.getText());
        }
        if (control instanceof Composite c) {
            Arrays.stream(c.getChildren()).forEach(child -> collectTexts(child, into));
        }
    }

    private static List<ILaunchConfigurationTab> tabs() {
        MachineTabGroup group = new MachineTabGroup();
        group.createTabs(null, "debug");
        return Arrays.asList(group.getTabs());
    }

    private static void assertProblem(ILaunchConfigurationTab tab, ILaunchConfiguration c, String named) {
        assertFalse(tab.getName() + " rejects the configuration", tab.isValid(c));
        assertNotNull(tab.getName() + " says why", tab.getErrorMessage());
        assertTrue(tab.getName() + "'s message names " + named + ": " + tab.getErrorMessage(), tab.getErrorMessage().contains(named));
    }
}
