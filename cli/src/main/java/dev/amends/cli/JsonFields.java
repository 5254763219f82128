package dev.amends.cli;

import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads a JSON document that is one object of fields, with every problem in the command line's
 * own words: the line and column, what was found there and what is allowed. Numbers are read
 * exactly (as decimals, never through a binary fraction); a field given twice, text too long,
 * numbers too long and nesting too deep are refused before Jackson's own limits are reached.
 */
final class JsonFields {

    /** The longest text a field may hold, in characters. */
    static final int MAX_TEXT = 10_000;
    /** The longest number a field may hold, in characters. */
    static final int MAX_NUMBER = 100;
    /** How deep arrays and objects may nest, the document's own object included. */
    static final int MAX_DEPTH = 20;

    /**
     * Jackson's streaming parser alone: the tree is built here, without an {@code ObjectMapper},
     * whose set-up (dates, locales, type handling) would cost the command line's start more than
     * the reading itself.
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(MAX_TEXT * 2).maxNumberLength(MAX_NUMBER * 2).maxNestingDepth(MAX_DEPTH * 2).build())
            .build();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final String ALLOWED = "a JSON object of \"field\": value pairs, with text in double quotes,"
            + " numbers, true, false or null";

    private final String text;
    private final String source;

    private JsonFields(String text, String source) {
        this.text = text;
        this.source = source;
    }

    /**
     * The document's fields, in order; empty when the document holds only white space.
     *
     * @param source how messages name the input, such as its file name
     * @throws BadInputException naming the place in the text and what is allowed there
     */
    static Optional<JsonNode> read(String text, String source) {
        return new JsonFields(text, source).read();
    }

    private Optional<JsonNode> read() {
        checkLimits();
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return Optional.empty();
            }
            JsonNode root = first == JsonToken.START_OBJECT ? fields(parser, "") : value(parser);
            if (parser.nextToken() != null) {
                throw malformed(parser.currentTokenLocation(), "more content after the end of the incident's object");
            }
            return Optional.of(root);
        } catch (JsonEOFException e) {
            throw malformed(e.getLocation(), "the text ends before the JSON is complete (a string, object or array is not closed)");
        } catch (JsonProcessingException e) {
            int index = index(e.getLocation());
            if (index < 0 || index >= text.length()) {
                throw malformed(e.getLocation(), "unexpected content; expected " + ALLOWED);
            }
            Found found = found(index);
            throw malformed(found.at(), found.problem());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The object's fields, each checked to be given once, in the objects it holds too ({@code "facts"}). */
    private ObjectNode fields(JsonParser parser, String prefix) throws IOException {
        ObjectNode fields = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonLocation at = parser.currentTokenLocation();
            if (fields.has(name)) {
                throw malformed(at, "the field " + IncidentJson.quote(prefix + name) + " is given twice; give each field once");
            }
            JsonToken value = parser.nextToken();
            fields.set(name, value == JsonToken.START_OBJECT ? fields(parser, prefix + name + ".") : value(parser));
        }
        return fields;
    }

    /**
     * The value that starts at the parser's current token, as Jackson's own tree reading gives it:
     * whole numbers as int, long or big integer nodes, other numbers as exact decimals with their
     * trailing zeros dropped ({@code 2.50} is {@code 2.5}), a name given twice in an inner object
     * keeping its last value.
     */
    private static JsonNode value(JsonParser parser) throws IOException {
        return switch (parser.currentToken()) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.set(name, value(parser));
                }
                yield object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    if (next == null) {
                        throw new JsonEOFException(parser, null, "the array is not closed");
                    }
                    array.add(value(parser));
                }
                yield array;
            }
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(withoutTrailingZeros(parser.getDecimalValue()));
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new JsonParseException(parser, "unexpected " + parser.currentToken());
        };
    }

    private static BigDecimal withoutTrailingZeros(BigDecimal number) {
        try {
            return number.stripTrailingZeros();
        } catch (ArithmeticException e) {
            return number;   // an exponent too far out to strip: kept as written, as Jackson keeps it
        }
    }

    /**
     * Refuses nesting, text and numbers beyond the limits, naming where they start: a cheap
     * scan of the text that follows its strings, so that Jackson's own limits are never reached.
     */
    private void checkLimits() {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                int end = endOfString(i);
                if (end - i - 1 > MAX_TEXT) {
                    throw malformed(i, "a text of more than " + Amounts.number(MAX_TEXT) + " characters; allowed: at most "
                            + Amounts.number(MAX_TEXT));
                }
                i = end;
            } else if (c == '[' || c == '{') {
                if (++depth > MAX_DEPTH) {
                    throw malformed(i, "arrays or objects nested more than " + MAX_DEPTH
                            + " deep; an incident is one object of plain values");
                }
            } else if (c == ']' || c == '}') {
                depth--;
            } else if (c == '-' || Character.isDigit(c)) {
                int end = i;
                while (end < text.length() && "0123456789+-.eE".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                if (end - i > MAX_NUMBER) {
                    throw malformed(i, "a number of more than " + MAX_NUMBER + " characters; allowed: at most " + MAX_NUMBER);
                }
                i = end - 1;
            }
        }
    }

    /** The index of the quote that closes the string opening at {@code start}, or the text's end. */
    private int endOfString(int start) {
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return text.length();
    }

    /** A problem in the text and where it starts. */
    private record Found(int at, String problem) {
    }

    /** What stands at the place Jackson stopped, in words, and what is allowed there. */
    private Found found(int index) {
        char c = text.charAt(index);
        int before = previousNonSpace(index);
        if (insideString(index)) {
            if (Character.isISOControl(c)) {
                return new Found(index, "a control character (" + TerminalText.name(String.valueOf(c))
                        + ") inside a text; write it as an escape such as \\n or \\u0009");
            }
            return new Found(index, "an unknown escape in a text; allowed: \\\" \\\\ \\/ \\b \\f \\n \\r \\t"
                    + " and \\u followed by 4 hex digits");
        }
        if (c == '/' || c == '#') {
            return new Found(index, "a comment; JSON has no comments, remove it");
        }
        if ((c == '}' || c == ']') && before >= 0 && text.charAt(before) == ',') {
            return new Found(before, "a comma before '" + c + "'; remove the comma after the last value");
        }
        if (c == '\'') {
            return new Found(index, "single quotes; write names and text in double quotes");
        }
        int start = wordStart(index);
        String word = text.substring(start, Math.min(wordEnd(start), start + 40));
        if (!word.isEmpty() && (Character.isDigit(word.charAt(0)) || "+-.".indexOf(word.charAt(0)) >= 0)) {
            return new Found(start, "the number " + IncidentJson.quote(word) + " is not written as JSON writes numbers"
                    + " (no leading zeros, + sign, hex, or bare decimal point)");
        }
        if (!word.isEmpty()) {
            return new Found(start, "the word " + IncidentJson.quote(word) + "; a name or a text needs double quotes,"
                    + " and the only words JSON allows are true, false and null");
        }
        return new Found(index, "unexpected " + (Character.isWhitespace(c) ? "white space" : IncidentJson.quote(String.valueOf(c)))
                + "; expected " + ALLOWED + ", a colon between a name and its value, and commas between fields");
    }

    /** Where the run of letters, digits and number signs starts that the index is in or just after; else the index. */
    private int wordStart(int index) {
        int start = index;
        while (start > 0 && wordChar(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    private int wordEnd(int start) {
        int end = start;
        while (end < text.length() && wordChar(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.' || c == '_';
    }

    private int previousNonSpace(int index) {
        int i = index - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i;
    }

    /** Whether the index is within a string, counting quotes from the start of the text. */
    private boolean insideString(int index) {
        boolean inside = false;
        for (int i = 0; i < index; i++) {
            char c = text.charAt(i);
            if (inside && c == '\\') {
                i++;
            } else if (c == '"') {
                inside = !inside;
            }
        }
        return inside;
    }

    /** The index in the text of a location Jackson gives by line and column, or -1. */
    private int index(JsonLocation at) {
        if (at == null || at.getLineNr() < 1 || at.getColumnNr() < 1) {
            return -1;
        }
        int index = 0;
        for (int line = 1; line < at.getLineNr(); line++) {
            index = text.indexOf('\n', index) + 1;
            if (index == 0) {
                return -1;
            }
        }
        return index + at.getColumnNr() - 1;
    }

    private BadInputException malformed(int index, String problem) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new BadInputException(source, "malformed JSON at line " + line + ", column " + (index - lineStart + 1) + ": " + problem);
    }

    private BadInputException malformed(JsonLocation at, String problem) {
        String where = at == null || at.getLineNr() < 1 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return new BadInputException(source, "malformed JSON" + where + ": " + problem);
    }
}
