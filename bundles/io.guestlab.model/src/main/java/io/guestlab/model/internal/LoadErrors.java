package io.guestlab.model.internal;

import java.io.FileNotFoundException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.xml.sax.SAXParseException;

import io.guestlab.model.DefinitionException;
import io.guestlab.model.GuestlabPackage;
import io.guestlab.model.MemorySize;

/** Turns what EMF's XMI loader reports into one sentence naming the file and line. */
public final class LoadErrors {

    private LoadErrors() {
    }

    /**
     * Describes the first problem of a failed load: the resource's recorded errors carry lines, so
     * they win over the exception that ended the load.
     */
    public static DefinitionException describe(Path file, Resource resource, Exception thrown) {
        if (!resource.getErrors().isEmpty()) {
            Resource.Diagnostic error = resource.getErrors().get(0);
            return new DefinitionException(file, Math.max(error.getLine(), 0), explain(error));
        }
        Throwable cause = thrown;
        while (cause != null) {
            if (cause instanceof SAXParseException sax) {
                return new DefinitionException(file, Math.max(sax.getLineNumber(), 0), "XML syntax error: " + sax.getMessage());
            }
            if (cause instanceof XMIException xmi) {
                return new DefinitionException(file, Math.max(xmi.getLine(), 0), explain(xmi));
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return new DefinitionException(file, 0, "cannot read: " + reason(thrown));
    }

    /** The innermost meaningful message of an exception. */
    public static String reason(Throwable thrown) {
        Throwable t = thrown;
        while ((t instanceof WrappedException || t instanceof InvocationTargetException
                || t instanceof Resource.IOWrappedException) && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        if (t instanceof FileNotFoundException) {
            return "file not found";
        }
        String message = t.getMessage();
        return message != null ? message : t.getClass().getSimpleName();
    }

    private static String explain(Resource.Diagnostic error) {
        if (error instanceof FeatureNotFoundException missing) {
            String where = "";
            String expected = "";
            if (missing.getObject() instanceof EObject owner) {
                EClass type = owner.eClass();
                where = " in " + type.getName();
                expected = type.getEAllStructuralFeatures().stream()
                        .filter(f -> !f.isTransient() && !f.isDerived())
                        .map(EStructuralFeature::getName)
                        .collect(Collectors.joining(", ", ": expected one of ", ""));
            }
            return "unknown attribute or element '" + missing.getName() + "'" + where + expected;
        }
        if (error instanceof ClassNotFoundException unknown) {
            if (GuestlabPackage.eINSTANCE.getEClassifier(unknown.getName()) instanceof EClass base && base.isAbstract()) {
                return "element needs xsi:type naming a kind of " + base.getName() + ": one of " + concreteTypes(base);
            }
            return "unknown type '" + unknown.getName() + "': expected one of "
                    + concreteTypes(EcorePackage.Literals.EOBJECT);
        }
        if (error instanceof PackageNotFoundException unknown) {
            return "unknown namespace '" + unknown.uri() + "': definitions use xmlns:guestlab=\""
                    + GuestlabPackage.eNS_URI + "\"";
        }
        if (error instanceof IllegalValueException illegal) {
            return illegalValue(illegal);
        }
        if (error instanceof UnresolvedReferenceException unresolved) {
            return "reference '" + unresolved.getReference() + "' points at nothing";
        }
        if (error instanceof XMIException xmi && xmi.getCause() instanceof SAXParseException sax) {
            return "XML syntax error: " + sax.getMessage();
        }
        if (error instanceof Exception e) {
            return reason(e);
        }
        return error.getMessage();
    }

    /** The concrete model classes usable where {@code base} is expected, as xsi:type values. */
    private static String concreteTypes(EClass base) {
        return GuestlabPackage.eINSTANCE.getEClassifiers().stream()
                .filter(c -> c instanceof EClass k && !k.isAbstract()
                        && (base == EcorePackage.Literals.EOBJECT || base.isSuperTypeOf(k)))
                .map(c -> "guestlab:" + c.getName())
                .collect(Collectors.joining(", "));
    }

    private static String illegalValue(IllegalValueException illegal) {
        EStructuralFeature feature = illegal.getFeature();
        String name = feature != null ? feature.getName() : "value";
        String value = "'" + illegal.getValue() + "' is not a valid " + name;
        if (feature == null || !(feature.getEType() instanceof EDataType type)) {
            return value;
        }
        if (type instanceof EEnum literals) {
            return value + ": expected one of " + literals.getELiterals().stream()
                    .map(EEnumLiteral::getLiteral).collect(Collectors.joining(", "));
        }
        Class<?> javaType = type.getInstanceClass();
        if (javaType == MemorySize.class) {
            return value + ": expected " + MemorySize.SYNTAX;
        }
        if (javaType == int.class || javaType == long.class) {
            return value + ": expected a whole number";
        }
        if (javaType == double.class) {
            return value + ": expected a number such as 2.5";
        }
        return value;
    }
}
