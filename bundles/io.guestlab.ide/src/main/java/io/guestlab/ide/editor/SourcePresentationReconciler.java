package io.guestlab.ide.editor;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/**
 * Highlighting of C, assembly and linker-script files in the generic editor: keywords, comments,
 * strings, numbers, and assembly's instructions and registers. Registered per content type with
 * the language as initialization data ({@code class="...SourcePresentationReconciler:c"}).
 */
public final class SourcePresentationReconciler extends PresentationReconciler implements IExecutableExtension {

    /** The colours of Eclipse's Java editor, which users of an Eclipse IDE know. */
    public static final RGB KEYWORD = new RGB(127, 0, 85);
    public static final RGB COMMENT = new RGB(63, 127, 95);
    public static final RGB STRING = new RGB(42, 0, 255);
    public static final RGB NUMBER = new RGB(125, 125, 125);
    /** Assembly instructions (bold) and registers, apart from directives in the keyword colour. */
    public static final RGB INSTRUCTION = new RGB(0, 0, 128);
    public static final RGB REGISTER = new RGB(0, 112, 112);

    public SourcePresentationReconciler() {
        setDocumentPartitioning(SourcePartitions.PARTITIONING);
    }

    /** For code that builds an editor itself. */
    public SourcePresentationReconciler(SourceLanguage language) {
        this();
        configure(language);
    }

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) throws CoreException {
        try {
            configure(SourceLanguage.named(String.valueOf(data)));
        } catch (IllegalArgumentException e) {
            throw new CoreException(Status.error(config.getContributor().getName() + ": " + e.getMessage()));
        }
    }

    private void configure(SourceLanguage language) {
        Token keyword = new Token(new TextAttribute(new Color(KEYWORD), null, SWT.BOLD));
        Token number = new Token(new TextAttribute(new Color(NUMBER)));
        Token instruction = new Token(new TextAttribute(new Color(INSTRUCTION), null, SWT.BOLD));
        Token register = new Token(new TextAttribute(new Color(REGISTER)));
        set(IDocument.DEFAULT_CONTENT_TYPE, new CodeScanner(language, keyword, instruction, register, number));
        set(SourcePartitions.COMMENT, whole(new Color(COMMENT)));
        set(SourcePartitions.STRING, whole(new Color(STRING)));
    }

    private void set(String partitionType, RuleBasedScanner scanner) {
        DefaultDamagerRepairer dr = new DefaultDamagerRepairer(scanner);
        setDamager(dr, partitionType);
        setRepairer(dr, partitionType);
    }

    /** A partition drawn in one colour. */
    private static RuleBasedScanner whole(Color color) {
        RuleBasedScanner scanner = new RuleBasedScanner();
        scanner.setDefaultReturnToken(new Token(new TextAttribute(color)));
        return scanner;
    }

}
