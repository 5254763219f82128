package dev.amends.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What can be read off a DRL file's text without compiling it: the package, where each rule starts,
 * where its consequence starts and where it ends, and the string literals in its consequences.
 * Comments and string literals are skipped wherever they are, so a keyword or a quote inside one
 * does not confuse the outline.
 */
final class RuleFileOutline {

    /**
     * One rule of the file. Lines count from 1; {@code consequenceLine} is the line of the first
     * character after {@code then} that is not white space, 0 when the rule has no consequence.
     */
    private static final Pattern HEADER = Pattern.compile("^\\s*rule\\s+(\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'|\\S+)");
    private static final Pattern WHEN = Pattern.compile("\\bwhen\\b");
    private static final Pattern THEN = Pattern.compile("\\bthen\\b");

    record RuleOutline(String name, int line, int consequenceLine, int endLine) {

        boolean contains(int l) {
            return l >= line && l <= endLine;
        }
    }

    /** A string literal in a consequence: its text as written, escapes included, starting at {@code offset}. */
    record Literal(String text, int offset) {
    }

    /** A place in the file; both count from 1. */
    record Position(int line, int column) {
    }

    final String packageName;
    final List<RuleOutline> rules;
    final List<Literal> literals;
    /** Where a string literal in a consequence opens that is not closed on its line. */
    final List<Integer> unclosedStrings;
    private final String text;
    private final int[] lineStarts;
    private String code;

    private RuleFileOutline(String text, int[] lineStarts, String packageName, List<RuleOutline> rules,
                            List<Literal> literals, List<Integer> unclosedStrings) {
        this.text = text;
        this.lineStarts = lineStarts;
        this.packageName = packageName;
        this.rules = List.copyOf(rules);
        this.literals = List.copyOf(literals);
        this.unclosedStrings = List.copyOf(unclosedStrings);
    }

    static RuleFileOutline of(String text) {
        return new Scanner(text).scan();
    }

    /** The line and column of a character of the file. */
    Position position(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        int line = i >= 0 ? i : -i - 2;
        return new Position(line + 1, offset - lineStarts[line] + 1);
    }

    /** The text of a line, without its line break; empty when there is no such line. */
    String line(int line) {
        if (line < 1 || line > lineStarts.length) {
            return "";
        }
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(start, end);
    }

    /** The offset where a line starts; the end of the text past the last line. */
    int offsetOf(int line) {
        if (line < 1) {
            return 0;
        }
        return line <= lineStarts.length ? lineStarts[line - 1] : text.length();
    }

    String text() {
        return text;
    }

    /** A rule's conditions: the text between {@code when} and {@code then}, comments left out, on one line. */
    String conditions(RuleOutline rule) {
        int[] span = conditionsSpan(rule);
        return VocabularyCheck.withoutComments(text).substring(span[0], span[1]).replaceAll("\\s+", " ").strip();
    }

    /**
     * Where a rule's conditions are: from just after {@code when} to just before {@code then}, as
     * offsets into the file; an empty span when the rule has no {@code when}.
     */
    int[] conditionsSpan(RuleOutline rule) {
        int start = offsetOf(rule.line());
        int end = offsetOf(rule.endLine() + 1);
        String code = code().substring(start, end);
        Matcher header = HEADER.matcher(code);
        int from = header.find() ? header.end() : 0;
        Matcher when = WHEN.matcher(code);
        if (!when.find(from)) {
            return new int[] {start, start};
        }
        Matcher then = THEN.matcher(code);
        int stop = then.find(when.end()) ? then.start() : code.length();
        return new int[] {start + when.end(), start + stop};
    }

    /** The file with comments and the insides of strings blanked out, offsets kept. */
    String code() {
        if (code == null) {
            code = VocabularyCheck.withoutCommentsAndStrings(text);
        }
        return code;
    }

    /** The rule whose text contains this line, if any. */
    Optional<RuleOutline> ruleAt(int line) {
        return rules.stream().filter(r -> r.contains(line)).reduce((first, second) -> second);
    }

    /** The rule of this name, if the file has one. */
    Optional<RuleOutline> rule(String name) {
        return rules.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Reads the file once, left to right, keeping track of whether it is inside a rule and its consequence. */
    private static final class Scanner {
        private final String text;
        private final int[] lineStarts;
        private final List<RuleOutline> rules = new ArrayList<>();
        private final List<Literal> literals = new ArrayList<>();
        private final List<Integer> unclosedStrings = new ArrayList<>();
        private String packageName = "";
        private int pos;

        private String ruleName;
        private int ruleLine;
        private int consequenceLine;
        private boolean inConsequence;
        private boolean inBlock;

        Scanner(String text) {
            this.text = text;
            this.lineStarts = RuleFileOutline.lineStarts(text);
        }

        RuleFileOutline scan() {
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (startsWith("//")) {
                    skipToEndOfLine();
                } else if (startsWith("/*")) {
                    int end = text.indexOf("*/", pos + 2);
                    pos = end < 0 ? text.length() : end + 2;
                } else if (startsWith("\"\"\"")) {
                    textBlock();
                } else if (c == '"') {
                    int start = pos + 1;
                    pos = endOfQuoted(start, '"', inConsequence);
                    keep(start, pos);
                    if (inConsequence && (pos >= text.length() || text.charAt(pos) != '"')) {
                        unclosedStrings.add(start - 1);
                    }
                    pos++;
                } else if (c == '\'') {
                    pos = endOfQuoted(pos + 1, '\'', inConsequence) + 1;
                } else if (Character.isJavaIdentifierStart(c)) {
                    word();
                } else {
                    pos++;
                }
            }
            if (ruleName != null) {
                closeRule(lineStarts.length);
            }
            return new RuleFileOutline(text, lineStarts, packageName, rules, literals, unclosedStrings);
        }

        private void word() {
            int start = pos;
            while (pos < text.length() && Character.isJavaIdentifierPart(text.charAt(pos))) {
                pos++;
            }
            String word = text.substring(start, pos);
            boolean member = start > 0 && text.charAt(start - 1) == '.';
            if (member) {
                return;
            }
            if (inBlock) {
                if (word.equals("end")) {
                    inBlock = false;
                }
                return;
            }
            if (ruleName == null) {
                switch (word) {
                    case "package" -> {
                        if (packageName.isEmpty()) {
                            packageName = qualifiedName();
                        }
                    }
                    case "rule" -> openRule(start);
                    case "query", "declare" -> inBlock = true;
                    default -> {
                    }
                }
                return;
            }
            if (word.equals("rule") && atStartOfLine(start) && nameFollows()) {
                closeRule(lineOf(start) - 1);
                openRule(start);
            } else if (!inConsequence && word.equals("then")) {
                inConsequence = true;
                int body = pos;
                while (body < text.length() && Character.isWhitespace(text.charAt(body))) {
                    body++;
                }
                consequenceLine = body < text.length() ? lineOf(body) : 0;
            } else if (word.equals("end")) {
                closeRule(lineOf(start));
            }
        }

        private void openRule(int keyword) {
            skipWhitespace();
            String name;
            if (pos < text.length() && (text.charAt(pos) == '"' || text.charAt(pos) == '\'')) {
                char quote = text.charAt(pos);
                int start = pos + 1;
                pos = endOfQuoted(start, quote, true);
                name = unescape(text.substring(start, Math.min(pos, text.length())));
                pos++;
            } else {
                int start = pos;
                while (pos < text.length() && !Character.isWhitespace(text.charAt(pos))) {
                    pos++;
                }
                name = text.substring(start, pos);
            }
            ruleName = name;
            ruleLine = lineOf(keyword);
            consequenceLine = 0;
            inConsequence = false;
        }

        private void closeRule(int endLine) {
            rules.add(new RuleOutline(ruleName, ruleLine, consequenceLine, Math.max(endLine, ruleLine)));
            ruleName = null;
            inConsequence = false;
        }

        private void textBlock() {
            int start = pos + 3;
            int i = start;
            while (i < text.length() && !text.startsWith("\"\"\"", i)) {
                i += text.charAt(i) == '\\' ? 2 : 1;
            }
            int end = Math.min(i, text.length());
            keep(start, end);
            pos = end + 3;
        }

        private void keep(int start, int end) {
            if (inConsequence) {
                literals.add(new Literal(text.substring(start, end), start));
            }
        }

        /**
         * The offset of the closing quote; with {@code oneLine}, as in Java, of the end of the line
         * when the literal is not closed on it (a DRL string in a condition may span lines).
         */
        private int endOfQuoted(int from, char quote, boolean oneLine) {
            int i = from;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == quote || (oneLine && (c == '\n' || c == '\r'))) {
                    return i;
                }
                i += c == '\\' ? 2 : 1;
            }
            return text.length();
        }

        private String qualifiedName() {
            skipWhitespace();
            int start = pos;
            while (pos < text.length() && (Character.isJavaIdentifierPart(text.charAt(pos)) || text.charAt(pos) == '.')) {
                pos++;
            }
            return text.substring(start, pos);
        }

        private boolean nameFollows() {
            int i = pos;
            if (i >= text.length() || (text.charAt(i) != ' ' && text.charAt(i) != '\t')) {
                return false;
            }
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            return i < text.length() && (text.charAt(i) == '"' || text.charAt(i) == '\'');
        }

        private boolean atStartOfLine(int offset) {
            int i = offset - 1;
            while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i--;
            }
            return i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '\r';
        }

        private void skipWhitespace() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        private void skipToEndOfLine() {
            while (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
                pos++;
            }
        }

        private boolean startsWith(String s) {
            return text.startsWith(s, pos);
        }

        private int lineOf(int offset) {
            int i = Arrays.binarySearch(lineStarts, offset);
            return (i >= 0 ? i : -i - 2) + 1;
        }

        private static String unescape(String s) {
            StringBuilder out = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < s.length()) {
                    c = s.charAt(++i);
                }
                out.append(c);
            }
            return out.toString();
        }
    }
}
