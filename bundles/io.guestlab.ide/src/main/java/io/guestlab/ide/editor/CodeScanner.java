package io.guestlab.ide.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.rules.ICharacterScanner;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WhitespaceRule;

/**
 * Keywords, preprocessor directives, numbers and (in assembly) instructions and registers in the
 * code (default) partition of a source file.
 */
final class CodeScanner extends RuleBasedScanner {

    /** An identifier that is no keyword: consumed whole, drawn in the default colour. */
    private static final IToken PLAIN = new Token(null);

    private final IToken keyword;
    private final IToken instruction;
    private final IToken register;

    CodeScanner(SourceLanguage language, IToken keyword, IToken instruction, IToken register, IToken number) {
        this.keyword = keyword;
        this.instruction = instruction;
        this.register = register;
        List<IRule> rules = new ArrayList<>();
        rules.add(new WhitespaceRule(Character::isWhitespace));
        if (language != SourceLanguage.LINKER_SCRIPT) {
            rules.add(scanner -> preprocessor(scanner, keyword));
        }
        rules.add(scanner -> word(scanner, language));
        rules.add(scanner -> number(scanner, number));
        setRules(rules.toArray(IRule[]::new));
    }

    /** {@code #include}, {@code # define}: the hash and the directive's name. */
    private static IToken preprocessor(ICharacterScanner scanner, IToken keyword) {
        if (scanner.read() != '#') {
            scanner.unread();
            return Token.UNDEFINED;
        }
        StringBuilder word = new StringBuilder();
        int read = 1 + HashCommentRule.readDirectiveName(scanner, word);
        scanner.unread();
        if (SourceLanguage.PREPROCESSOR.contains(word.toString())) {
            return keyword;
        }
        for (int i = 1; i < read; i++) {
            scanner.unread();
        }
        return Token.UNDEFINED;
    }

    /** A whole identifier: a keyword, instruction, register, or plain text (so that digits inside names are no numbers). */
    private IToken word(ICharacterScanner scanner, SourceLanguage language) {
        int c = scanner.read();
        if (c == ICharacterScanner.EOF || !language.isWordStart((char) c)) {
            scanner.unread();
            return Token.UNDEFINED;
        }
        StringBuilder word = new StringBuilder().append((char) c);
        c = scanner.read();
        while (c != ICharacterScanner.EOF && language.isWordPart((char) c)) {
            word.append((char) c);
            c = scanner.read();
        }
        scanner.unread();
        return switch (language.classify(word.toString())) {
            case KEYWORD -> keyword;
            case INSTRUCTION -> instruction;
            case REGISTER -> register;
            case PLAIN -> PLAIN;
        };
    }

    /** Decimal, hex ({@code 0x80000000UL}), floating point and assembly local labels ({@code 1f}). */
    private static IToken number(ICharacterScanner scanner, IToken number) {
        int c = scanner.read();
        if (c == ICharacterScanner.EOF || !Character.isDigit(c)) {
            scanner.unread();
            return Token.UNDEFINED;
        }
        do {
            c = scanner.read();
        } while (c != ICharacterScanner.EOF && (Character.isLetterOrDigit(c) || c == '.' || c == '_'));
        scanner.unread();
        return number;
    }
}
