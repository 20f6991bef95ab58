package io.guestlab.ide.editor;

import org.eclipse.core.filebuffers.IDocumentSetupParticipant;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.IDocument;

/**
 * Gives a C, assembly or linker-script document its comment/string partitions when its file buffer
 * is created (for every editor of it); the language is the extension's initialization data.
 */
public final class SourceDocumentSetup implements IDocumentSetupParticipant, IExecutableExtension {

    private SourceLanguage language = SourceLanguage.C;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) throws CoreException {
        try {
            language = SourceLanguage.named(String.valueOf(data));
        } catch (IllegalArgumentException e) {
            throw new CoreException(Status.error(config.getContributor().getName() + ": " + e.getMessage()));
        }
    }

    @Override
    public void setup(IDocument document) {
        SourcePartitions.install(document, language);
    }
}
