package io.guestlab.ide.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outline of a source file from its text alone (no build needed): C functions defined and
 * structs, unions and enums declared at file scope; assembly labels and sections; a linker
 * script's output sections and memory regions. A tolerant reading, never an error: text being
 * edited still gives what can be recognized.
 */
public final class SourceOutline {

    private static final Pattern TYPE_HEAD = Pattern.compile("\\b(struct|union|enum)\\s+([A-Za-z_]\\w*)\\s*$");
    private static final Pattern FUNCTION_HEAD = Pattern.compile(
            "([A-Za-z_]\\w*)\\s*\\([^;{}=]*\\)\\s*(?:__attribute__\\s*\\(\\(.*\\)\\)\\s*)?$", Pattern.DOTALL);
    private static final Set<String> NOT_FUNCTIONS = Set.of("if", "while", "for", "switch", "return", "sizeof", "__attribute__");
    private static final Pattern ASM_LABEL = Pattern.compile("(?m)^[ \\t]*([A-Za-z_$][\\w.$]*)[ \\t]*:");
    private static final Pattern ASM_SECTION = Pattern.compile("(?m)^[ \\t]*(\\.section[ \\t]+[\\w.]+|\\.text|\\.data|\\.bss|\\.rodata)\\b");
    private static final Pattern LD_SECTION = Pattern.compile("(?m)^[ \\t]*(/DISCARD/|\\.[\\w.]+)[ \\t]*(?:[^:\\n=;]*):");
    private static final Pattern LD_REGION = Pattern.compile("(?m)^[ \\t]*([A-Za-z_]\\w*)[ \\t]*(?:\\([rwxaiRWXAI!]*\\))?[ \\t]*:[ \\t]*(?:ORIGIN|org|o)\\b");

    private SourceOutline() {
    }

    public static List<OutlineItem> of(String text, SourceLanguage language) {
        String code = blankCommentsAndStrings(text, language);
        return switch (language) {
            case C -> c(code);
            case ASSEMBLY -> assembly(code);
            case LINKER_SCRIPT -> linkerScript(code);
        };
    }

    /** At brace depth 0, each '{' is looked at with the text before it since the last ';' or '}' (its head). */
    private static List<OutlineItem> c(String code) {
        List<OutlineItem> out = new ArrayList<>();
        int depth = 0;
        int headStart = 0;
        for (int i = 0; i < code.length(); i++) {
            char ch = code.charAt(i);
            if (ch == '#' && depth == 0 && atLineStart(code, i)) {
                i = endOfDirective(code, i);
                headStart = i + 1;
            } else if (ch == '{') {
                if (depth == 0) {
                    head(code, headStart, i, out);
                }
                depth++;
            } else if (ch == '}') {
                depth = Math.max(0, depth - 1);
                if (depth == 0) {
                    headStart = i + 1;
                }
            } else if (ch == ';' && depth == 0) {
                headStart = i + 1;
            }
        }
        return out;
    }

    private static void head(String code, int start, int end, List<OutlineItem> out) {
        String head = code.substring(start, end);
        Matcher type = TYPE_HEAD.matcher(head);
        if (type.find()) {
            out.add(item(code, type.group(1) + " " + type.group(2), OutlineItem.Kind.TYPE, start + type.start(2)));
            return;
        }
        Matcher function = FUNCTION_HEAD.matcher(head);
        if (function.find() && !head.contains("=") && !NOT_FUNCTIONS.contains(function.group(1))) {
            out.add(item(code, function.group(1), OutlineItem.Kind.FUNCTION, start + function.start(1)));
        }
    }

    private static List<OutlineItem> assembly(String code) {
        List<OutlineItem> out = new ArrayList<>();
        Matcher section = ASM_SECTION.matcher(code);
        while (section.find()) {
            out.add(item(code, section.group(1).replaceFirst("^\\.section[ \\t]+", ""), OutlineItem.Kind.SECTION, section.start(1)));
        }
        Matcher label = ASM_LABEL.matcher(code);
        while (label.find()) {
            if (!label.group(1).startsWith(".L")) { // compiler-local labels
                out.add(item(code, label.group(1), OutlineItem.Kind.LABEL, label.start(1)));
            }
        }
        out.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
        return out;
    }

    private static List<OutlineItem> linkerScript(String code) {
        List<OutlineItem> out = new ArrayList<>();
        Matcher region = LD_REGION.matcher(code);
        while (region.find()) {
            out.add(item(code, region.group(1), OutlineItem.Kind.MEMORY_REGION, region.start(1)));
        }
        Matcher section = LD_SECTION.matcher(code);
        while (section.find()) {
            out.add(item(code, section.group(1), OutlineItem.Kind.SECTION, section.start(1)));
        }
        out.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
        return out;
    }

    private static OutlineItem item(String code, String name, OutlineItem.Kind kind, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            line += code.charAt(i) == '\n' ? 1 : 0;
        }
        return new OutlineItem(name, kind, offset, line);
    }

    private static boolean atLineStart(String code, int i) {
        for (int j = i - 1; j >= 0 && code.charAt(j) != '\n'; j--) {
            if (!Character.isWhitespace(code.charAt(j))) {
                return false;
            }
        }
        return true;
    }

    /** The last character of a preprocessor line, continuation lines included. */
    private static int endOfDirective(String code, int i) {
        int j = i;
        while (j < code.length() && !(code.charAt(j) == '\n' && code.charAt(j - 1) != '\\')) {
            j++;
        }
        return j;
    }

    /** The same text with comments and string/char literals as blanks, so offsets stay and braces inside them do not count. */
    static String blankCommentsAndStrings(String text, SourceLanguage language) {
        StringBuilder s = new StringBuilder(text);
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            int end;
            if (c == '/' && next == '*') {
                int close = text.indexOf("*/", i + 2);
                end = close < 0 ? s.length() : close + 2;
            } else if (c == '/' && next == '/' && language != SourceLanguage.LINKER_SCRIPT
                    || c == '#' && language == SourceLanguage.ASSEMBLY && !isDirective(text, i)) {
                int nl = text.indexOf('\n', i);
                end = nl < 0 ? s.length() : nl;
            } else if (c == '"' || c == '\'' && language == SourceLanguage.C) {
                end = i + 1;
                while (end < s.length() && s.charAt(end) != c && s.charAt(end) != '\n') {
                    end += s.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, s.length());
            } else {
                i++;
                continue;
            }
            for (int k = i; k < end; k++) {
                if (s.charAt(k) != '\n') {
                    s.setCharAt(k, ' ');
                }
            }
            i = end;
        }
        return s.toString();
    }

    private static boolean isDirective(String text, int hash) {
        int j = hash + 1;
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j++;
        }
        int k = j;
        while (k < text.length() && Character.isLetter(text.charAt(k))) {
            k++;
        }
        return SourceLanguage.PREPROCESSOR.contains(text.substring(j, k));
    }
}
