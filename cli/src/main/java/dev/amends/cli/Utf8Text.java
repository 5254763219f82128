package dev.amends.cli;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Reads a file's bytes as UTF-8 text, strictly: a byte-order mark at the start is skipped, and
 * any byte sequence that is not UTF-8 (an invalid or truncated sequence, an overlong encoding, an
 * encoded surrogate, a code beyond U+10FFFF) is bad input naming its byte offset and line.
 */
final class Utf8Text {

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Utf8Text() {
    }

    /**
     * The text the bytes encode.
     *
     * @param source how messages name the input, such as its file name
     * @throws BadInputException naming the first byte that is not UTF-8
     */
    static String decode(byte[] bytes, String source) {
        int start = startsWithByteOrderMark(bytes) ? BYTE_ORDER_MARK.length : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int length = Math.min(result.length(), bytes.length - offset);
            throw new BadInputException(source, "is not UTF-8 text: the byte"
                    + (length == 1 ? " " : "s ") + hex(bytes, offset, length) + " at byte offset " + offset
                    + " (line " + line(bytes, offset) + ") " + (length == 1 ? "is" : "are")
                    + " not UTF-8; save the file as UTF-8");
        }
        return out.flip().toString();
    }

    private static boolean startsWithByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == BYTE_ORDER_MARK[0] && bytes[1] == BYTE_ORDER_MARK[1]
                && bytes[2] == BYTE_ORDER_MARK[2];
    }

    private static String hex(byte[] bytes, int offset, int length) {
        return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes, offset, offset + length);
    }

    /** The line, counted from 1, that the byte at the offset is on. */
    private static int line(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
