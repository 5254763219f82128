package dev.amends.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the bytes of an incident from a file, or from standard input when the name is {@code -}. */
final class IncidentFile {

    static final String STDIN = "-";

    /** The largest incident file read, in bytes: far more than any incident needs, far less than memory holds. */
    static final int MAX_BYTES = 1 << 20;

    private IncidentFile() {
    }

    /** How messages name the input: the file name as given, or "standard input". */
    static String displayName(String file) {
        return STDIN.equals(file) ? "standard input" : file;
    }

    /**
     * The input's bytes.
     *
     * @throws BadInputException if the file is missing, a folder, unreadable, or larger than {@value #MAX_BYTES} bytes
     */
    static byte[] read(String file, InputStream stdin) {
        try {
            if (STDIN.equals(file)) {
                return atMostMax(stdin, file);
            }
            Path path = FileName.path(file, problem -> new BadInputException(file.isBlank() ? "FILE" : file, problem));
            if (Files.isDirectory(path)) {
                throw new BadInputException(file, "is a folder; give the incident's JSON file");
            }
            try (InputStream in = Files.newInputStream(path)) {
                return atMostMax(in, file);
            }
        } catch (NoSuchFileException e) {
            throw new BadInputException(file, "no such file");
        } catch (AccessDeniedException e) {
            throw new BadInputException(file, "cannot be read: permission denied");
        } catch (IOException e) {
            String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
            throw new BadInputException(displayName(file), "cannot be read: " + reason);
        }
    }

    /** The stream's bytes, refused once there are more than {@value #MAX_BYTES}, before they fill the memory. */
    private static byte[] atMostMax(InputStream in, String file) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new BadInputException(displayName(file), "is larger than 1 MB (" + Amounts.number(MAX_BYTES)
                    + " bytes); an incident file is at most that");
        }
        return bytes;
    }
}
