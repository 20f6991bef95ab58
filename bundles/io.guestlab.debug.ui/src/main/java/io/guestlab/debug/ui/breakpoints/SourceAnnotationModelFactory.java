package io.guestlab.debug.ui.breakpoints;

import java.nio.file.Path;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.IAnnotationModelFactory;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.texteditor.ResourceMarkerAnnotationModel;

import io.guestlab.debug.core.breakpoints.GuestlabLineBreakpoint;

/**
 * The annotation model of a C or assembly file's editor: the file's own markers in the workspace;
 * outside it, the breakpoints kept on the workspace root for that path (the platform's default
 * model of an external file shows no markers, so a breakpoint there would be invisible).
 */
public final class SourceAnnotationModelFactory implements IAnnotationModelFactory {

    @Override
    public IAnnotationModel createAnnotationModel(IPath location) {
        IFile file = FileBuffers.getWorkspaceFileAtLocation(location);
        if (file != null) {
            return new ResourceMarkerAnnotationModel(file);
        }
        return new ExternalFileModel(location.toPath().toAbsolutePath().normalize());
    }

    /** The workspace root's markers that carry this file's path. */
    private static final class ExternalFileModel extends ResourceMarkerAnnotationModel {

        private final String path;

        ExternalFileModel(Path file) {
            super(ResourcesPlugin.getWorkspace().getRoot());
            this.path = file.toString();
        }

        @Override
        protected boolean isAcceptable(IMarker marker) {
            return super.isAcceptable(marker)
                    && path.equals(marker.getAttribute(GuestlabLineBreakpoint.SOURCE_PATH, null));
        }
    }
}
