package io.guestlab.ide.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedPartitionScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;

/**
 * Comments and strings as document partitions, so that opening a {@code /*} re-colours every line
 * it reaches; keywords and numbers are found inside the default partition.
 */
public final class SourcePartitions {

    /** The document partitioning Guestlab's source documents carry. */
    public static final String PARTITIONING = "io.guestlab.source.partitioning";
    public static final String COMMENT = "__guestlab_comment";
    public static final String STRING = "__guestlab_string";
    static final String[] TYPES = {COMMENT, STRING};

    private SourcePartitions() {
    }

    /** A partitioner for a document of {@code language}, not yet connected. */
    static FastPartitioner partitioner(SourceLanguage language) {
        IToken comment = new Token(COMMENT);
        IToken string = new Token(STRING);
        List<IPredicateRule> rules = new ArrayList<>();
        rules.add(new MultiLineRule("/*", "*/", comment, (char) 0, true));
        if (language != SourceLanguage.LINKER_SCRIPT) {
            rules.add(new EndOfLineRule("//", comment));
        }
        if (language.hashComments()) {
            rules.add(new HashCommentRule(comment));
        }
        rules.add(new SingleLineRule("\"", "\"", string, '\\', true));
        if (language == SourceLanguage.C) {
            rules.add(new SingleLineRule("'", "'", string, '\\', true));
        }
        RuleBasedPartitionScanner scanner = new RuleBasedPartitionScanner();
        scanner.setPredicateRules(rules.toArray(IPredicateRule[]::new));
        return new FastPartitioner(scanner, TYPES);
    }

    /** Installs the partitioner of {@code language} on {@code document}. */
    static void install(IDocument document, SourceLanguage language) {
        FastPartitioner partitioner = partitioner(language);
        ((org.eclipse.jface.text.IDocumentExtension3) document).setDocumentPartitioner(PARTITIONING, partitioner);
        partitioner.connect(document);
    }
}
