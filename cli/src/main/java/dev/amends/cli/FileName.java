package dev.amends.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Reads a file or folder argument: an empty one, or one this system cannot use as a file name
 * (a NUL character, or a locale that cannot spell some of its characters), is refused in words a
 * user can act on.
 */
final class FileName implements ITypeConverter<Path> {

    @Override
    public Path convert(String value) {
        return path(value, TypeConversionException::new);
    }

    /** The argument as a path, or the problem with it made into the exception {@code problem} builds. */
    static Path path(String value, Function<String, RuntimeException> problem) {
        if (value.isBlank()) {
            throw problem.apply("is empty; give the name of a file or folder");
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw problem.apply(IncidentJson.quote(value) + " cannot be a file name on this system: a character in it"
                    + " cannot be used in file names here (for names beyond ASCII, run with a UTF-8 locale, such as LANG=C.UTF-8)");
        }
    }
}
