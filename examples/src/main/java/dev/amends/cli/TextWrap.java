package dev.amends.cli;

import java.util.ArrayList;
import java.util.List;

/** Word-wraps text to a width, with an indent for the first line and another for the rest. */
final class TextWrap {

    private TextWrap() {
    }

    /**
     * The text as lines no wider than {@code width} where the words allow (a longer word gets a
     * line of its own). Line breaks in the text are kept.
     */
    static List<String> wrap(String text, int width, String firstIndent, String restIndent) {
        List<String> lines = new ArrayList<>();
        String indent = firstIndent;
        for (String paragraph : text.strip().split("\\R")) {
            StringBuilder line = new StringBuilder(indent);
            boolean empty = true;
            for (String word : paragraph.strip().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                if (!empty && line.length() + 1 + word.length() > width) {
                    lines.add(line.toString());
                    indent = restIndent;
                    line = new StringBuilder(indent);
                    empty = true;
                }
                if (!empty) {
                    line.append(' ');
                }
                line.append(word);
                empty = false;
            }
            lines.add(line.toString().stripTrailing());
            indent = restIndent;
        }
        return lines;
    }
}
