package dev.amends.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What can be read off a DRL file's text without compiling it: the package, where each rule
 * starts, and the string literals in its consequences, each with its line and column.
 */
final class RuleFileOutline {

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)");
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|(\\S+))");

    record RuleHeader(String name, int line) {
    }

    record Literal(String text, int line, int column) {
    }

    final String packageName;
    final List<RuleHeader> rules;
    final List<Literal> literals;

    private RuleFileOutline(String packageName, List<RuleHeader> rules, List<Literal> literals) {
        this.packageName = packageName;
        this.rules = rules;
        this.literals = literals;
    }

    static RuleFileOutline of(String text) {
        String pkg = "";
        List<RuleHeader> rules = new ArrayList<>();
        List<Literal> literals = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        boolean inComment = false;
        boolean inConsequence = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int lineNo = i + 1;
            if (inComment) {
                int end = line.indexOf("*/");
                if (end < 0) {
                    continue;
                }
                inComment = false;
                line = " ".repeat(end + 2) + line.substring(end + 2);
            }
            String trimmed = line.strip();
            Matcher p = PACKAGE.matcher(line);
            if (p.find()) {
                pkg = p.group(1);
                continue;
            }
            Matcher r = RULE.matcher(line);
            if (r.find()) {
                String name = r.group(1) != null ? r.group(1) : r.group(2) != null ? r.group(2) : r.group(3);
                rules.add(new RuleHeader(name, lineNo));
                inConsequence = false;
                continue;
            }
            if (trimmed.equals("then") || trimmed.startsWith("then ")) {
                inConsequence = true;
                continue;
            }
            if (trimmed.equals("end")) {
                inConsequence = false;
                continue;
            }
            inComment = scanLine(line, lineNo, inConsequence ? literals : null);
        }
        return new RuleFileOutline(pkg, List.copyOf(rules), List.copyOf(literals));
    }

    /** Collects the line's string literals into {@code out} (when not null); answers whether a block comment stays open. */
    private static boolean scanLine(String line, int lineNo, List<Literal> out) {
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                return false;
            }
            if (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '*') {
                int end = line.indexOf("*/", i + 2);
                if (end < 0) {
                    return true;
                }
                i = end + 2;
                continue;
            }
            if (c == '"') {
                int start = i;
                StringBuilder text = new StringBuilder();
                i++;
                while (i < line.length() && line.charAt(i) != '"') {
                    if (line.charAt(i) == '\\' && i + 1 < line.length()) {
                        i++;
                    }
                    text.append(line.charAt(i));
                    i++;
                }
                if (out != null) {
                    out.add(new Literal(text.toString(), lineNo, start + 1));
                }
            }
            i++;
        }
        return false;
    }

    /** The rule whose text contains this line, if any. */
    Optional<String> ruleAt(int line) {
        String found = null;
        for (RuleHeader h : rules) {
            if (h.line() <= line) {
                found = h.name();
            }
        }
        return Optional.ofNullable(found);
    }
}
