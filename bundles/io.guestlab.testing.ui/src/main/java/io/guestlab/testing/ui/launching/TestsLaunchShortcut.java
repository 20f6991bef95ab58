package io.guestlab.testing.ui.launching;

import io.guestlab.debug.core.launching.LaunchDefaults;
import io.guestlab.debug.ui.launching.ResourceLaunchShortcut;
import io.guestlab.testing.ui.TestsLaunchAttributes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.unittest.ui.ConfigureViewerSupport;

/**
 * Run As > Guestlab Tests on a {@code *.testsuite} file, on a folder (each ELF file in it is a
 * test) or on an ELF: runs the configuration made for that resource before, or a new one (a
 * program's machine: the debugger's defaults for it, bare metal when it starts at 0x80000000).
 */
public final class TestsLaunchShortcut extends ResourceLaunchShortcut {

    public TestsLaunchShortcut() {
        super(IResource.class);
    }

    @Override
    protected ILaunchConfiguration configuration(IResource resource) throws CoreException {
        return configurationFor(resource);
    }

    @Override
    protected String title() {
        return "Guestlab Tests";
    }

    @Override
    protected String failure(IResource resource) {
        return "Cannot run the tests of " + resource.getFullPath();
    }

    /** The configuration this shortcut made for {@code resource} earlier, else a new one (saved). */
    public static ILaunchConfiguration configurationFor(IResource resource) throws CoreException {
        boolean suite = resource instanceof IFile && "testsuite".equals(resource.getFileExtension());
        String value = "${workspace_loc:" + resource.getFullPath().toString() + "}";
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationType type = manager.getLaunchConfigurationType(TestsLaunchAttributes.LAUNCH_TYPE_ID);
        for (ILaunchConfiguration c : manager.getLaunchConfigurations(type)) {
            if (suite ? value.equals(c.getAttribute(TestsLaunchAttributes.SUITE, ""))
                    : List.of(value).equals(c.getAttribute(TestsLaunchAttributes.PROGRAMS, List.of()))) {
                return c;
            }
        }
        ILaunchConfigurationWorkingCopy wc = type.newInstance(null,
                manager.generateLaunchConfigurationName(resource.getProject().getName() + " " + resource.getName()));
        new ConfigureViewerSupport(TestsLaunchDelegate.VIEW_SUPPORT_ID).apply(wc);
        if (suite) {
            wc.setAttribute(TestsLaunchAttributes.SUITE, value);
        } else {
            Path program = resource instanceof IContainer ? firstElf(resource.getLocation().toPath())
                    : resource.getLocation().toPath();
            if (program != null) {
                LaunchDefaults.applyFor(wc, program);
            } else {
                LaunchDefaults.apply(wc);
            }
            wc.setAttribute(TestsLaunchAttributes.PROGRAMS, List.of(value));
        }
        wc.setMappedResources(new IResource[] {resource});
        return wc.doSave();
    }

    private static Path firstElf(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".elf")).sorted().findFirst().orElse(null);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
