package io.guestlab.emulator.semihosting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The one host folder a guest's semihosting file operations may touch. A guest path is taken
 * relative to the folder; absolute paths, {@code ..} that climbs out of it, and symbolic links
 * that lead out of it are refused with EACCES, so the guest can neither read nor create anything
 * elsewhere on the host.
 */
final class SharedFolder implements HostFolder {

    /** Longest guest path accepted (Linux's PATH_MAX). */
    static final int MAX_PATH = 4096;

    private final Path root;

    /** @param root an existing folder; symbolic links in its own path are resolved once here */
    SharedFolder(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException("semihosting root " + root + " is not an existing folder");
        }
        this.root = root.toRealPath();
    }

    /**
     * The host path for {@code guestPath}: the real path of an existing file, or the real path of
     * the existing parent folder plus the new name for a file still to be created.
     */
    Path resolve(String guestPath) throws CallFailed {
        if (guestPath.isEmpty()) {
            throw new CallFailed(Errno.ENOENT);
        }
        if (guestPath.indexOf('\0') >= 0) {
            throw new CallFailed(Errno.EINVAL);
        }
        if (guestPath.startsWith("/") || guestPath.startsWith("\\") || guestPath.matches("^[A-Za-z]:.*")) {
            throw new CallFailed(Errno.EACCES); // absolute: a host path, not one inside the folder
        }
        Path lexical;
        try {
            lexical = root.resolve(guestPath).normalize();
        } catch (InvalidPathException e) {
            throw new CallFailed(Errno.EINVAL);
        }
        if (!lexical.startsWith(root)) {
            throw new CallFailed(Errno.EACCES); // ".." above the folder
        }
        try {
            if (Files.exists(lexical, LinkOption.NOFOLLOW_LINKS)) {
                return inside(lexical.toRealPath()); // follows every link on the way
            }
            if (lexical.equals(root)) {
                throw new CallFailed(Errno.ENOENT);
            }
            // A new file: a dangling link would create it wherever the link points, so the name
            // must not exist at all (checked above) and its folder must really be inside.
            Path parent = lexical.getParent();
            if (!Files.isDirectory(parent)) {
                throw new CallFailed(Files.exists(parent) ? Errno.ENOTDIR : Errno.ENOENT);
            }
            return inside(parent.toRealPath()).resolve(lexical.getFileName());
        } catch (IOException e) {
            throw new CallFailed(Errno.of(e));
        }
    }

    @Override
    public OpenFile open(String guestPath, int mode) throws CallFailed {
        try {
            return HostFile.open(resolve(guestPath), mode);
        } catch (IOException e) {
            throw new CallFailed(Errno.of(e));
        }
    }

    @Override
    public void remove(String guestPath) throws CallFailed {
        Path file = resolve(guestPath);
        if (file.equals(root)) {
            throw new CallFailed(Errno.EACCES);
        }
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new CallFailed(Errno.of(e));
        }
    }

    @Override
    public void rename(String from, String to) throws CallFailed {
        Path source = resolve(from);
        Path target = resolve(to);
        if (source.equals(root) || target.equals(root)) {
            throw new CallFailed(Errno.EACCES);
        }
        try {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new CallFailed(Errno.of(e));
        }
    }

    private Path inside(Path real) throws CallFailed {
        if (!real.startsWith(root)) {
            throw new CallFailed(Errno.EACCES); // a symbolic link out of the folder
        }
        return real;
    }
}
