package io.guestlab.ide.editor;

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
        StringBuilder word = new StringBuilder();
        int read = 1 + readDirectiveName(scanner, word);
        if (SourceLanguage.PREPROCESSOR.contains(word.toString())) {
            for (int i = 0; i < read; i++) {
                scanner.unread();
            }
            return Token.UNDEFINED;
        }
        scanner.unread();
        int c = scanner.read();
        while (c != ICharacterScanner.EOF && c != '\n' && c != '\r') {
            c = scanner.read();
        }
        scanner.unread();
        return comment;
    }

    /**
     * After a {@code #}: reads blanks and the letters of a directive's name into {@code name},
     * plus the one character after them; returns how many characters it read.
     */
    static int readDirectiveName(ICharacterScanner scanner, StringBuilder name) {
        int read = 1;
        int c = scanner.read();
        while (c == ' ' || c == '\t') {
            c = scanner.read();
            read++;
        }
        while (c != ICharacterScanner.EOF && Character.isLetter(c)) {
            name.append((char) c);
            c = scanner.read();
            read++;
        }
        return read;
    }
}
