package io.guestlab.model.internal;

import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

import io.guestlab.model.GuestlabPackage;

/**
 * Creates the resources of *.machine and *.testsuite files: XMI in UTF-8 with '\n' line ends,
 * references written as short attributes and long start tags wrapped, so the files read and diff
 * well. Registered in plugin.xml for Eclipse and by {@code Definitions} for plain Java.
 */
public final class DefinitionResourceFactory extends ResourceFactoryImpl {

    @Override
    public Resource createResource(URI uri) {
        GuestlabPackage.eINSTANCE.eClass(); // registers the package for the parser in plain Java
        XMIResourceImpl resource = new XMIResourceImpl(uri);
        resource.setEncoding("UTF-8");
        Map<Object, Object> save = resource.getDefaultSaveOptions();
        save.put(XMLResource.OPTION_ENCODING, "UTF-8");
        save.put(Resource.OPTION_LINE_DELIMITER, "\n");
        save.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
        save.put(XMLResource.OPTION_LINE_WIDTH, 100);
        save.put(XMLResource.OPTION_SAVE_ONLY_IF_CHANGED, XMLResource.OPTION_SAVE_ONLY_IF_CHANGED_MEMORY_BUFFER);
        Map<Object, Object> load = resource.getDefaultLoadOptions();
        // A definition never needs a DTD; refusing one rules out external-entity tricks.
        load.put(XMLResource.OPTION_PARSER_FEATURES, Map.of("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE));
        return resource;
    }
}
