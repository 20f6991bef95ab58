package io.guestlab.debug.ui.editor;

import org.eclipse.jface.text.rules.ICharacterScanner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.Token;

/**
 * RISC-V GNU as comments: {@code #} to the end of the line, except a C preprocessor directive
 * ({@code #include}, {@code #define} ...) that a {@code .S} file passes through cpp.
 */
final class HashCommentRule implements IPredicateRule {

    private final IToken comment;

    HashCommentRule(IToken comment) {
        this.comment = comment;
    }

    @Override
    public IToken getSuccessToken() {
        return comment;
    }

    @Override
    public IToken evaluate(ICharacterScanner scanner, boolean resume) {
        return evaluate(scanner);
    }

    @Override
    public IToken evaluate(ICharacterScanner scanner) {
        if (scanner.read() != '#') {
            scanner.unread();
            return Token.UNDEFINED;
        }
        int read = 1;
        int c = scanner.read();
        read++;
        while (c == ' ' || c == '\t') {
            c = scanner.read();
            read++;
        }
        StringBuilder word = new StringBuilder();
        while (c != ICharacterScanner.EOF && Character.isLetter(c)) {
            word.append((char) c);
            c = scanner.read();
            read++;
        }
        if (SourceLanguage.PREPROCESSOR.contains(word.toString())) {
            for (int i = 0; i < read; i++) {
                scanner.unread();
            }
            return Token.UNDEFINED;
        }
        while (c != ICharacterScanner.EOF && c != '\n' && c != '\r') {
            c = scanner.read();
        }
        scanner.unread();
        return comment;
    }
}
