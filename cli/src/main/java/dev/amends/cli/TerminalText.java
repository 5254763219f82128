package dev.amends.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Makes text from outside the command line (names in an incident, file names, rule names and
 * wordings, values echoed in messages) safe to print on a terminal. A character a terminal would
 * act on or that cannot be seen is shown as its code in the form {@code \u001B}: the C0 and C1
 * control characters (escape, bell, backspace, carriage return, line feed, {@code U+009B}, delete
 * ...), the line and paragraph separators, the bidirectional overrides and isolates, unpaired
 * surrogates and the other invisible format characters. The joiners that emoji and some scripts
 * are written with ({@code U+200C}, {@code U+200D}, the emoji tag characters) stay, as does all
 * other text: accents, CJK, emoji, curly quotes.
 */
final class TerminalText {

    private TerminalText() {
    }

    /** The text on one line, every character listed above shown as its code, line feeds too. */
    static String name(String text) {
        return shown(text, false);
    }

    /** The text with its line feeds kept, every other character listed above shown as its code. */
    static String text(String text) {
        return shown(text, true);
    }

    /**
     * A writer that passes the output's own line feeds (and a carriage return just before one)
     * and shows every other character listed above as its code: the last guard between the
     * command line and the terminal, for whatever a command prints.
     */
    static Writer guard(Writer out) {
        return new Guard(out);
    }

    /** Whether the character is shown as its code: a control, separator, lone surrogate or invisible format character. */
    static boolean hidden(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SURROGATE -> true;
            case Character.FORMAT -> !joiner(codePoint);
            default -> false;
        };
    }

    /** The zero-width joiner and non-joiner, and the tag characters of emoji flags: part of how text is written. */
    private static boolean joiner(int codePoint) {
        return codePoint == 0x200C || codePoint == 0x200D || (codePoint >= 0xE0020 && codePoint <= 0xE007F);
    }

    private static String shown(String text, boolean keepLineFeeds) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            if (hidden(c) && !(keepLineFeeds && c == '\n')) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                code(text.substring(i, next), out);
            } else if (out != null) {
                out.appendCodePoint(c);
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    /** {@code \u001B}; a character outside the Basic Multilingual Plane as its two UTF-16 halves, as Java and JSON write it. */
    private static void code(String character, StringBuilder out) {
        for (char half : character.toCharArray()) {
            out.append(String.format("\\u%04X", (int) half));
        }
    }

    private static final class Guard extends FilterWriter {

        /** A high surrogate or carriage return whose meaning depends on the next character. */
        private char pending;

        Guard(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            write(new char[] {(char) c}, 0, 1);
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            write(text.toCharArray(), offset, length);
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            StringBuilder text = new StringBuilder(length + 1);
            if (pending != 0) {
                text.append(pending);
                pending = 0;
            }
            text.append(chars, offset, length);
            if (text.length() > 0) {
                char last = text.charAt(text.length() - 1);
                if (last == '\r' || Character.isHighSurrogate(last)) {
                    pending = last;
                    text.setLength(text.length() - 1);
                }
            }
            out.write(safe(text));
        }

        private static String safe(CharSequence text) {
            StringBuilder out = new StringBuilder(text.length());
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || text.charAt(i) == '\n') {
                    String line = text.subSequence(start, i).toString();
                    boolean crlf = i < text.length() && line.endsWith("\r");
                    out.append(name(crlf ? line.substring(0, line.length() - 1) : line));
                    if (i < text.length()) {
                        out.append(crlf ? "\r\n" : "\n");
                    }
                    start = i + 1;
                }
            }
            return out.toString();
        }

        @Override
        public void flush() throws IOException {
            release();
            super.flush();
        }

        @Override
        public void close() throws IOException {
            release();
            super.close();
        }

        /** A carriage return or high surrogate that nothing followed is shown as its code. */
        private void release() throws IOException {
            if (pending != 0) {
                out.write(name(String.valueOf(pending)));
                pending = 0;
            }
        }
    }
}
