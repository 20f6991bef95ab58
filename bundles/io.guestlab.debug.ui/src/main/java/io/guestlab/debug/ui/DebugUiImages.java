package io.guestlab.debug.ui;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.swt.graphics.Image;

/** The bundle's icons, created once in JFace's image registry (which disposes them with the display). */
public final class DebugUiImages {

    public static final String PLUGIN_ID = "io.guestlab.debug.ui";

    public static final String MACHINE = "icons/machine.png";
    public static final String SYMBOLS = "icons/symbols.png";
    public static final String INSTRUCTION_STEPPING = "icons/istep.png";
    public static final String TRAP = "icons/trap.png";
    /** A guest kernel's process or thread (OS awareness), unlike a hart. */
    public static final String PROCESS = "icons/process.png";

    private DebugUiImages() {
    }

    public static ImageDescriptor descriptor(String path) {
        return ResourceLocator.imageDescriptorFromBundle(PLUGIN_ID, path).orElse(ImageDescriptor.getMissingImageDescriptor());
    }

    /** Must be called on the UI thread. */
    public static Image get(String path) {
        ImageRegistry registry = JFaceResources.getImageRegistry();
        String key = PLUGIN_ID + "/" + path;
        Image image = registry.get(key);
        if (image == null) {
            registry.put(key, descriptor(path));
            image = registry.get(key);
        }
        return image;
    }
}
