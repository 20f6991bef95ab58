package io.guestlab.ui.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Pictures of the workbench window at the moments a user would look, under the test bundle's target/screenshots/. */
public final class Screenshots {

    public static final Path FOLDER = Path.of("target", "screenshots");

    private Screenshots() {
    }

    /** Saves the workbench window as {@code name}.png and returns the file. */
    public static Path take(String name) {
        return take(name, TestWorkbench.shell());
    }

    /** Saves what the screen shows of {@code shell} (a dialog, say) as {@code name}.png: what is on top is in it. */
    public static Path take(String name, Shell shell) {
        TestWorkbench.processEvents();
        Display display = shell.getDisplay();
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            return save(image.getImageData(), name);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private static Path save(ImageData data, String name) {
        Path file = FOLDER.resolve(name + ".png");
        try {
            Files.createDirectories(FOLDER);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {data};
            loader.save(file.toString(), SWT.IMAGE_PNG);
            return file;
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
