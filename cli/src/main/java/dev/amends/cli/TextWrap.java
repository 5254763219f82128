package dev.amends.cli;

import java.util.ArrayList;
import java.util.List;

/** Word-wraps text to a width, with an indent for the first line and another for the rest. */
final class TextWrap {

    private TextWrap() {
    }

    /**
     * The text as lines no wider than {@code width} where the words allow (a longer word gets a
     * line of its own). The text is one paragraph: a wording may carry a name from the incident,
     * so a line break in it, like any character a terminal would act on, is shown as its code
     * ({@link TerminalText#name}) and cannot start a line of its own.
     */
    static List<String> wrap(String text, int width, String firstIndent, String restIndent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(firstIndent);
        boolean empty = true;
        for (String word : TerminalText.name(text.strip()).split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!empty && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line = new StringBuilder(restIndent);
                empty = true;
            }
            if (!empty) {
                line.append(' ');
            }
            line.append(word);
            empty = false;
        }
        lines.add(line.toString().stripTrailing());
        return lines;
    }
}
