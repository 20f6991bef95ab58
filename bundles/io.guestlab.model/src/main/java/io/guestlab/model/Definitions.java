package io.guestlab.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.guestlab.model.internal.DefinitionResourceFactory;
import io.guestlab.model.internal.DefinitionValidator;
import io.guestlab.model.internal.LoadErrors;

/**
 * Reads, writes and checks machine and test-suite definitions in plain Java (no OSGi needed).
 *
 * <p>Paths inside a definition are relative to the file that holds them; {@link #resolve} turns
 * them into host paths. Every failure is a {@link DefinitionException} whose message names the
 * file and line.
 */
public final class Definitions {

    /** File extension of machine definitions. */
    public static final String MACHINE_EXTENSION = "machine";
    /** File extension of test-suite definitions. */
    public static final String TEST_SUITE_EXTENSION = "testsuite";

    private Definitions() {
    }

    /** A resource set that reads and writes both kinds of definition file. */
    public static ResourceSet newResourceSet() {
        ResourceSet resources = new ResourceSetImpl();
        DefinitionResourceFactory factory = new DefinitionResourceFactory();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put(MACHINE_EXTENSION, factory);
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put(TEST_SUITE_EXTENSION, factory);
        resources.getPackageRegistry().put(GuestlabPackage.eNS_URI, GuestlabPackage.eINSTANCE);
        return resources;
    }

    /** Loads a machine definition. */
    public static Machine loadMachine(Path file) throws DefinitionException {
        return load(newResourceSet(), file, Machine.class);
    }

    /** Loads a test suite and the machine file it references, if any. */
    public static TestSuite loadTestSuite(Path file) throws DefinitionException {
        ResourceSet resources = newResourceSet();
        TestSuite suite = load(resources, file, TestSuite.class);
        Machine referenced = (Machine) suite.eGet(GuestlabPackage.Literals.TEST_SUITE__MACHINE_REF, false);
        if (referenced != null && referenced.eIsProxy()) {
            URI target = ((InternalEObject) referenced).eProxyURI();
            Path machineFile = toPath(target.trimFragment());
            if (machineFile == null) {
                throw new DefinitionException(file, 0, "machineRef '" + target + "' is not a file path");
            }
            if (!Files.isRegularFile(machineFile)) {
                throw new DefinitionException(file, 0, "machineRef names " + machineFile + ", which does not exist");
            }
            load(resources, machineFile, Machine.class);
            EObject resolved = EcoreUtil.resolve(referenced, suite);
            if (resolved.eIsProxy() || !(resolved instanceof Machine)) {
                throw new DefinitionException(file, 0, "machineRef '" + target
                        + "' does not point at a machine (write it as FILE.machine#/)");
            }
            suite.setMachineRef((Machine) resolved);
        }
        return suite;
    }

    /**
     * Writes a definition to a file. The root becomes the content of that file; paths inside it are
     * written as they are, so relative paths stay relative to the new location.
     *
     * @param root a {@link Machine} or {@link TestSuite} that is not contained in another element
     */
    public static void save(EObject root, Path file) throws DefinitionException {
        if (!(root instanceof Machine || root instanceof TestSuite) || root.eContainer() != null) {
            throw new IllegalArgumentException("only a top-level Machine or TestSuite can be saved, not " + root);
        }
        URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
        Resource resource = root.eResource();
        if (resource == null || !uri.equals(resource.getURI())) {
            ResourceSet resources = resource != null && resource.getResourceSet() != null
                    ? resource.getResourceSet() : newResourceSet();
            Resource existing = resources.getResource(uri, false);
            if (existing != null && existing != resource) {
                resources.getResources().remove(existing);
            }
            resource = new DefinitionResourceFactory().createResource(uri);
            resources.getResources().add(resource);
            resource.getContents().add(root);
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            resource.save(null);
        } catch (IOException | RuntimeException e) {
            throw new DefinitionException(file, 0, "cannot write: " + LoadErrors.reason(e));
        }
    }

    /**
     * Checks a definition (and the machine a test suite references) against Guestlab's rules.
     *
     * @return the problems found, errors first; empty when the definition is fine
     */
    public static List<Problem> validate(EObject root) {
        List<Problem> problems = new ArrayList<>(DefinitionValidator.check(root));
        if (root instanceof TestSuite suite && suite.getMachineRef() != null && !suite.getMachineRef().eIsProxy()) {
            problems.addAll(DefinitionValidator.check(suite.getMachineRef()));
        }
        problems.sort((a, b) -> a.severity().compareTo(b.severity()));
        return problems;
    }

    /**
     * Resolves a path written in a definition against the folder of the file holding the element.
     * Absolute paths stay as they are; an element that was never loaded or saved resolves against the
     * working directory.
     */
    public static Path resolve(EObject element, String path) {
        Path written = Path.of(path);
        if (written.isAbsolute()) {
            return written.normalize();
        }
        Path file = fileOf(element);
        Path base = file != null && file.getParent() != null ? file.getParent() : Path.of("").toAbsolutePath();
        return base.resolve(written).normalize();
    }

    /** The definition file an element was loaded from or saved to, or null. */
    public static Path fileOf(EObject element) {
        Resource resource = element.eResource();
        return resource == null ? null : toPath(resource.getURI());
    }

    private static Path toPath(URI uri) {
        return uri != null && uri.isFile() ? Path.of(uri.toFileString()) : null;
    }

    private static <T extends EObject> T load(ResourceSet resources, Path file, Class<T> type) throws DefinitionException {
        Path absolute = file.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw new DefinitionException(file, 0, "is a folder, not a definition file");
        }
        if (!Files.isRegularFile(absolute)) {
            throw new DefinitionException(file, 0, "file does not exist");
        }
        URI uri = URI.createFileURI(absolute.toString());
        Resource resource = resources.getResource(uri, false);
        if (resource == null) {
            resource = new DefinitionResourceFactory().createResource(uri);
            resources.getResources().add(resource);
        }
        if (!resource.isLoaded()) {
            try {
                resource.load(null);
            } catch (IOException | RuntimeException e) {
                throw LoadErrors.describe(file, resource, e);
            }
        }
        if (!resource.getErrors().isEmpty()) {
            throw LoadErrors.describe(file, resource, null);
        }
        if (resource.getContents().isEmpty()) {
            throw new DefinitionException(file, 0, "is empty: expected a " + type.getSimpleName() + " element");
        }
        EObject root = resource.getContents().get(0);
        if (!type.isInstance(root)) {
            throw new DefinitionException(file, 0, "holds a " + root.eClass().getName() + " where a "
                    + type.getSimpleName() + " was expected");
        }
        return type.cast(root);
    }
}
