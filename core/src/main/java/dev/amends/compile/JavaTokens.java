package dev.amends.compile;

import org.antlr.v4.runtime.CharStreams;
import org.drools.drl.parser.antlr4.JavaLexer;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of Java from a rule file (a consequence, a constraint) cut into tokens by the Java lexer
 * that Drools' DRL parser brings, with each token's offset in the whole file. White space and
 * comments are left out.
 */
public final class JavaTokens {

    /** One token: its kind (a {@link JavaLexer} token type), its text, and where it starts in the file. */
    public record Token(int type, String text, int offset) {

        /** Whether it is a token of this kind. */
        public boolean is(int kind) {
            return type == kind;
        }

        boolean isName(String name) {
            return type == JavaLexer.IDENTIFIER && text.equals(name);
        }
    }

    /** The tokens, in the order they stand in the file. */
    public final List<Token> tokens;
    /**
     * Where, in the file, a string literal opens that is not closed on its line (Drools' Java lexer
     * gives its quote as a token of its own).
     */
    final List<Integer> unclosedStrings;

    private JavaTokens(List<Token> tokens, List<Integer> unclosedStrings) {
        this.tokens = List.copyOf(tokens);
        this.unclosedStrings = List.copyOf(unclosedStrings);
    }

    /** The tokens of {@code code}, which starts at {@code offset} in its file. */
    public static JavaTokens of(String code, int offset) {
        JavaLexer lexer = new JavaLexer(CharStreams.fromString(code));
        lexer.removeErrorListeners();
        List<Integer> unclosed = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        for (org.antlr.v4.runtime.Token t : lexer.getAllTokens()) {
            int type = t.getType();
            if (type == JavaLexer.TEXT && t.getText().equals("\"")) {
                unclosed.add(offset + t.getStartIndex());
            } else if (type != JavaLexer.WS && type != JavaLexer.COMMENT && type != JavaLexer.LINE_COMMENT) {
                tokens.add(new Token(type, t.getText(), offset + t.getStartIndex()));
            }
        }
        return new JavaTokens(tokens, unclosed);
    }

    /** The code with its comments replaced by a space and its white space run together, on one line. */
    static String withoutComments(String code) {
        JavaLexer lexer = new JavaLexer(CharStreams.fromString(code));
        lexer.removeErrorListeners();
        StringBuilder out = new StringBuilder();
        int last = 0;
        for (org.antlr.v4.runtime.Token t : lexer.getAllTokens()) {
            if (t.getType() == JavaLexer.COMMENT || t.getType() == JavaLexer.LINE_COMMENT) {
                out.append(code, last, t.getStartIndex()).append(' ');
                last = t.getStopIndex() + 1;
            }
        }
        out.append(code.substring(Math.min(last, code.length())));
        return out.toString().replaceAll("\\s+", " ").strip();
    }
}
