package io.guestlab.debug.ui.launching;


import org.eclipse.core.expressions.PropertyTester;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IAdaptable;

import io.guestlab.debug.core.launching.ElfCheck;


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
        return file.exists() && file.getLocation() != null && ElfCheck.isElf(file.getLocation().toPath());
    }
}
