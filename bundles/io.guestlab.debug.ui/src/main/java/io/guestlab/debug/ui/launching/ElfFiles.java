package io.guestlab.debug.ui.launching;

import java.io.IOException;
import java.io.InputStream;

import org.eclipse.core.expressions.PropertyTester;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;


/**
 * Which workspace files are ELF ({@code io.guestlab.debug.ui.elf}: the first four bytes are
 * 0x7f 'E' 'L' 'F', so kernels without a .elf suffix count too), for Debug As > Guestlab Machine.
 */
public final class ElfFiles extends PropertyTester {

    @Override
    public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
        IFile file = receiver instanceof IFile f ? f : receiver instanceof IAdaptable a ? a.getAdapter(IFile.class) : null;
        return "elf".equals(property) && file != null && isElf(file);
    }

    static boolean isElf(IFile file) {
        if (!file.exists()) {
            return false;
        }
        try (InputStream in = file.getContents(true)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 0x7f && magic[1] == 'E' && magic[2] == 'L' && magic[3] == 'F';
        } catch (IOException | CoreException e) {
            return false;
        }
    }
}
