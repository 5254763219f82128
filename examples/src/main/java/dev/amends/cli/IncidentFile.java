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

    private IncidentFile() {
    }

    /** How messages name the input: the file name as given, or "standard input". */
    static String displayName(String file) {
        return STDIN.equals(file) ? "standard input" : file;
    }

    /**
     * The input's bytes.
     *
     * @throws BadInputException if the file is missing, a folder, or unreadable
     */
    static byte[] read(String file, InputStream stdin) {
        try {
            if (STDIN.equals(file)) {
                return stdin.readAllBytes();
            }
            Path path = FileName.path(file, problem -> new BadInputException(file.isBlank() ? "FILE" : file, problem));
            if (Files.isDirectory(path)) {
                throw new BadInputException(file, "is a folder; give the incident's JSON file");
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file, "no such file");
        } catch (AccessDeniedException e) {
            throw new BadInputException(file, "cannot be read: permission denied");
        } catch (IOException e) {
            String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
            throw new BadInputException(displayName(file), "cannot be read: " + reason);
        }
    }
}
