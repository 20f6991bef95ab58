package io.guestlab.debug.core.sourcelookup;

import io.guestlab.debug.core.model.GuestlabStackFrame;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.filesystem.URIUtil;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.sourcelookup.AbstractSourceLookupParticipant;
import org.eclipse.debug.core.sourcelookup.containers.LocalFileStorage;

/**
 * Finds a frame's source file: the debug information names it by an absolute path (GCC records
 * the compile directory), so the workspace file at that location wins, else the file on disk
 * (shown read-only); a relative name goes to the source containers (the launch's Source tab).
 */
public final class GuestlabSourceLookupParticipant extends AbstractSourceLookupParticipant {

    @Override
    public String getSourceName(Object object) throws CoreException {
        return object instanceof GuestlabStackFrame f ? f.getSourceName() : null;
    }

    @Override
    public Object[] findSourceElements(Object object) throws CoreException {
        String name = getSourceName(object);
        if (name == null) {
            return EMPTY;
        }
        File file = new File(name);
        if (file.isAbsolute()) {
            IFile[] inWorkspace = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(URIUtil.toURI(file.getPath()));
            List<Object> found = new ArrayList<>();
            for (IFile f : inWorkspace) {
                if (f.exists()) {
                    found.add(f);
                }
            }
            if (!found.isEmpty()) {
                return found.toArray();
            }
            if (file.isFile()) {
                return new Object[] {new LocalFileStorage(file)};
            }
        }
        return super.findSourceElements(object);
    }
}
