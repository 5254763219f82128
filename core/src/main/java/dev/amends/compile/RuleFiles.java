package dev.amends.compile;

import dev.amends.vocabulary.VocabularyFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Reads one rule file of a folder as UTF-8 text, or says in a person's words why it cannot be read. */
public final class RuleFiles {

    private RuleFiles() {
    }

    /** The most a rule file may hold, in bytes: a rule file is written by people. */
    static final int MAX_RULE_FILE_BYTES = 8 * 1024 * 1024;

    /** The most a vocabulary file may hold, in bytes. */
    public static final int MAX_VOCABULARY_BYTES = 256 * 1024;

    /**
     * The file's text, a byte-order mark left out; empty when it cannot be read (see {@link #whyUnreadable}).
     * Only a regular file is read (not a device or a pipe, which could give bytes without end or
     * none ever), and never more than its limit.
     */
    static Optional<RuleFile> read(Path file) {
        try {
            Optional<byte[]> bytes = bytes(file);
            return bytes.isEmpty() ? Optional.empty() : Optional.of(new RuleFile(file.toString(), decode(bytes.get())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The most bytes a file of this name may hold. */
    static int limit(Path file) {
        return VocabularyFile.isVocabulary(file.getFileName().toString()) ? MAX_VOCABULARY_BYTES : MAX_RULE_FILE_BYTES;
    }

    /** The file's bytes; empty if it is not a regular file or holds more than its limit. */
    private static Optional<byte[]> bytes(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        int limit = limit(file);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(limit + 1);
            return bytes.length > limit ? Optional.empty() : Optional.of(bytes);
        }
    }

    /** Why the file cannot be read as a rule file. */
    static String whyUnreadable(Path file) {
        if (Files.isSymbolicLink(file) && !Files.exists(file)) {
            return "cannot be read: it is a link to a file that does not exist";
        }
        if (Files.isDirectory(file)) {
            return "is a folder, not a rule file";
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            return "cannot be read: it is not a regular file (a device or a pipe?); a rule file is a text file";
        }
        byte[] bytes;
        try {
            Optional<byte[]> read = bytes(file);
            if (read.isEmpty()) {
                return "is larger than " + limit(file) / 1024 + " KB, the most a " + (limit(file) == MAX_VOCABULARY_BYTES
                        ? "vocabulary file" : "rule file") + " may hold; split it, or check it is the file you meant";
            }
            bytes = read.get();
        } catch (AccessDeniedException e) {
            return "cannot be read: permission denied";
        } catch (NoSuchFileException e) {
            return "cannot be read: it was removed while the folder was read";
        } catch (IOException e) {
            return "cannot be read: " + e.getClass().getSimpleName();
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return "is not a text file (byte " + (i + 1) + " is a NUL); a rule file is DRL text in UTF-8";
            }
        }
        try {
            decode(bytes);
        } catch (CharacterCodingException e) {
            return "is not UTF-8 text (" + firstBadByte(bytes) + "); save it as UTF-8";
        }
        return "cannot be read";
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        for (byte b : bytes) {
            if (b == 0) {
                throw new CharacterCodingException();
            }
        }
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Where the first byte that is not UTF-8 is, as line and byte of the line. */
    private static String firstBadByte(byte[] bytes) {
        int line = 1;
        int lineStart = 0;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int length = b < 0x80 ? 1 : b >= 0xC2 && b < 0xE0 ? 2 : b >= 0xE0 && b < 0xF0 ? 3 : b >= 0xF0 && b < 0xF5 ? 4 : 0;
            boolean valid = length > 0 && i + length <= bytes.length;
            for (int k = 1; valid && k < length; k++) {
                valid = (bytes[i + k] & 0xC0) == 0x80;
            }
            if (valid && length > 1) {
                try {
                    StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, i, length));
                } catch (CharacterCodingException e) {
                    valid = false;
                }
            }
            if (!valid) {
                return "line " + line + ", byte " + (i - lineStart + 1) + " is 0x" + Integer.toHexString(b).toUpperCase(java.util.Locale.ROOT);
            }
            if (b == '\n') {
                line++;
                lineStart = i + 1;
            }
            i += length;
        }
        return "an incomplete character at the end";
    }
}
