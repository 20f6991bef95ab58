package io.guestlab.ide.editor;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;

import io.guestlab.symbols.Declaration;

/** Hovering a name shows its C type and its address in the last build's ELF. */
public final class DeclarationHover implements ITextHover {

    @Override
    public IRegion getHoverRegion(ITextViewer viewer, int offset) {
        return Identifiers.at(viewer.getDocument(), offset);
    }

    @Override
    public String getHoverInfo(ITextViewer viewer, IRegion region) {
        IFile source = Identifiers.fileOf(viewer.getDocument());
        if (source == null || region == null) {
            return null;
        }
        String name;
        try {
            name = viewer.getDocument().get(region.getOffset(), region.getLength());
        } catch (BadLocationException e) {
            return null;
        }
        List<ProgramSymbols.Found> found = ProgramSymbols.lookup(source, name);
        return found.isEmpty() ? null : describe(found.get(0));
    }

    /** {@code unsigned long square(unsigned long)}, then {@code function at 0x80000040 (main.c:9, build/program.elf)}. */
    static String describe(ProgramSymbols.Found found) {
        Declaration d = found.declaration();
        StringBuilder s = new StringBuilder(d.signature()).append('\n');
        s.append(switch (d.kind()) {
            case FUNCTION -> "function";
            case VARIABLE -> "variable";
            case TYPE -> "type";
        });
        d.address().ifPresent(a -> s.append(" at 0x").append(Long.toHexString(a)));
        String where = found.source() != null ? found.source().getProjectRelativePath().toString()
                : d.file() == null ? null : d.file();
        s.append(" (");
        if (where != null && d.line() > 0) {
            s.append(where).append(':').append(d.line()).append(", ");
        }
        return s.append(found.elf().getProjectRelativePath()).append(')').toString();
    }
}
