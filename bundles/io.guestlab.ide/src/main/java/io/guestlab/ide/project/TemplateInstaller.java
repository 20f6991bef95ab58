package io.guestlab.ide.project;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import io.guestlab.ide.GuestlabProjects;

/** Creates a Guestlab project from a {@link ProjectTemplate}: the project, its nature and builder, the template's files. */
public final class TemplateInstaller {

    private static final String ROOT = "templates/";

    private TemplateInstaller() {
    }

    /**
     * Creates and opens {@code project} (at {@code location}, or in the workspace when null) with
     * the Guestlab nature and the template's files.
     *
     * @throws CoreException when the project exists already or a file cannot be written
     */
    public static void create(IProject project, URI location, ProjectTemplate template, IProgressMonitor monitor) throws CoreException {
        if (project.exists()) {
            throw new CoreException(Status.error("A project named " + project.getName() + " exists already."));
        }
        List<URL> files = files(template);
        SubMonitor progress = SubMonitor.convert(monitor, "Creating " + project.getName(), files.size() + 3);
        IProjectDescription description = project.getWorkspace().newProjectDescription(project.getName());
        description.setLocationURI(location);
        description.setComment("A Guestlab project (" + template.label() + ") built by its Makefile.");
        project.create(description, progress.split(1));
        project.open(progress.split(1));
        for (URL url : files) {
            String relative = url.getPath().substring(url.getPath().indexOf(ROOT + template.folder() + "/")
                    + ROOT.length() + template.folder().length() + 1);
            IFile file = project.getFile(relative.replace(ProjectTemplate.PROJECT_TOKEN, project.getName()));
            createParents(file.getParent(), progress.split(0));
            try (InputStream in = url.openStream()) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .replace(ProjectTemplate.PROJECT_TOKEN, project.getName());
                file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, progress.split(1));
            } catch (IOException e) {
                throw new CoreException(Status.error("Cannot read the template file " + url + ": " + e.getMessage(), e));
            }
        }
        IProjectDescription withNature = project.getDescription();
        withNature.setNatureIds(new String[] {GuestlabProjects.NATURE_ID});
        project.setDescription(withNature, progress.split(1)); // configures the make builder
    }

    /** The template's files (not folders), in a stable order. */
    static List<URL> files(ProjectTemplate template) throws CoreException {
        Bundle bundle = FrameworkUtil.getBundle(TemplateInstaller.class);
        Enumeration<URL> entries = bundle.findEntries(ROOT + template.folder(), "*", true);
        List<URL> out = new ArrayList<>();
        for (URL url : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
            if (!url.getPath().endsWith("/") && !url.getPath().contains("/build/")) { // a template built in place
                out.add(url);
            }
        }
        if (out.isEmpty()) {
            throw new CoreException(Status.error(bundle.getSymbolicName() + " has no template " + ROOT + template.folder()));
        }
        out.sort((a, b) -> a.getPath().compareTo(b.getPath()));
        return out;
    }

    private static void createParents(IContainer container, IProgressMonitor monitor) throws CoreException {
        if (container instanceof IFolder folder && !folder.exists()) {
            createParents(folder.getParent(), monitor);
            folder.create(true, true, monitor);
        }
    }
}
