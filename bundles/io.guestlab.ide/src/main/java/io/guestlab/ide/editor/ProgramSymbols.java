package io.guestlab.ide.editor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;

import io.guestlab.symbols.Declaration;
import io.guestlab.symbols.Declarations;
import io.guestlab.symbols.Program;
import io.guestlab.symbols.SymbolsException;
import io.guestlab.symbols.UnitSummary;

/**
 * Answers "where is this name defined, and what is it?" from the ELF files the project's last
 * build made: their DWARF knows every function, variable and type with its file and line, so no
 * index of the sources is needed. Each ELF is read once per modification.
 */
public final class ProgramSymbols {

    /** A definition and the ELF that told it. */
    public record Found(Declaration declaration, IFile elf, IFile source) {
    }

    private record Loaded(long modified, long size, Program program) {
    }

    private static final Map<Path, Loaded> PROGRAMS = new HashMap<>();
    private static final byte[] ELF_MAGIC = {0x7f, 'E', 'L', 'F'};

    private ProgramSymbols() {
    }

    /**
     * The definitions of {@code name} seen from {@code source}: from the project's ELFs that were
     * built from {@code source} first (a test suite has one ELF per test), the newest first.
     */
    public static List<Found> lookup(IFile source, String name) {
        List<Found> out = new ArrayList<>();
        for (IFile elf : elfsFor(source)) {
            Program program = program(elf);
            if (program == null) {
                continue;
            }
            synchronized (program) {
                try {
                    for (Declaration d : Declarations.named(program, name)) {
                        out.add(new Found(d, elf, workspaceFile(source.getProject(), d.file())));
                    }
                } catch (SymbolsException e) {
                    ILog.of(ProgramSymbols.class).warn(e.getMessage());
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return out;
    }

    /** The project's ELF files, those whose DWARF names {@code source} as a compilation unit first, then the newest. */
    static List<IFile> elfsFor(IFile source) {
        List<IFile> elfs = new ArrayList<>();
        collect(source.getProject(), elfs);
        String sourcePath = source.getLocation() == null ? "" : source.getLocation().toOSString();
        elfs.sort(Comparator.<IFile>comparingInt(elf -> builtFrom(elf, sourcePath) ? 0 : 1)
                .thenComparing(Comparator.comparingLong((IFile elf) -> elf.getLocation().toFile().lastModified()).reversed()));
        return elfs;
    }

    private static boolean builtFrom(IFile elf, String sourcePath) {
        Program program = program(elf);
        if (program == null) {
            return false;
        }
        synchronized (program) {
            try {
                for (UnitSummary unit : program.units()) {
                    Path unitPath = unit.compDir() == null ? Path.of(unit.name()) : Path.of(unit.compDir()).resolve(unit.name());
                    if (unitPath.normalize().toString().equals(sourcePath)) {
                        return true;
                    }
                }
            } catch (SymbolsException e) {
                return false;
            }
        }
        return false;
    }

    private static void collect(IContainer container, List<IFile> out) {
        try {
            for (IResource member : container.members()) {
                if (member instanceof IContainer c && !member.getName().startsWith(".")) {
                    collect(c, out);
                } else if (member instanceof IFile f && isElf(f)) {
                    out.add(f);
                }
            }
        } catch (CoreException e) {
            // a folder that vanished while we looked: nothing in it to find
        }
    }

    /** Linked programs are named *.elf or have no extension (as Linux's vmlinux); the magic number decides. */
    private static boolean isElf(IFile file) {
        String ext = file.getFileExtension();
        return (ext == null || ext.equals("elf")) && file.getLocation() != null && hasElfMagic(file);
    }

    private static boolean hasElfMagic(IFile file) {
        try (InputStream in = Files.newInputStream(file.getLocation().toPath())) {
            byte[] head = in.readNBytes(4);
            return java.util.Arrays.equals(head, ELF_MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    private static synchronized Program program(IFile elf) {
        Path path = elf.getLocation().toPath();
        long modified = path.toFile().lastModified(), size = path.toFile().length();
        Loaded known = PROGRAMS.get(path);
        if (known != null && known.modified == modified && known.size == size) {
            return known.program;
        }
        try {
            Program program = Program.open(path, 0);
            PROGRAMS.put(path, new Loaded(modified, size, program));
            return program;
        } catch (SymbolsException e) {
            PROGRAMS.remove(path);
            return null;
        }
    }

    private static IFile workspaceFile(IProject project, String path) {
        if (path == null || path.startsWith("<")) {
            return null;
        }
        IFile[] files = project.getWorkspace().getRoot().findFilesForLocationURI(Path.of(path).toUri());
        for (IFile f : files) {
            if (f.getProject().equals(project)) {
                return f;
            }
        }
        return files.length > 0 ? files[0] : null;
    }
}
