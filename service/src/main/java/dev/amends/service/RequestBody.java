package dev.amends.service;

import dev.amends.cli.JsonFormats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/** Reads a request's body, refusing it once it is longer than an incident may be, before it fills the memory. */
final class RequestBody {

    /** How messages name the body when the fault is not one field. */
    static final String NAME = "request body";

    private RequestBody() {
    }

    /** The body's bytes. @throws TooLargeException if there are more than {@link JsonFormats#MAX_INCIDENT_BYTES} */
    static byte[] read(InputStream body) {
        try {
            byte[] bytes = body.readNBytes(JsonFormats.MAX_INCIDENT_BYTES + 1);
            if (bytes.length > JsonFormats.MAX_INCIDENT_BYTES) {
                throw new TooLargeException();
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body is longer than an incident may be. */
    static final class TooLargeException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        TooLargeException() {
            super(NAME + ": is larger than 1 MB (" + String.format(Locale.ROOT, "%,d", JsonFormats.MAX_INCIDENT_BYTES)
                    + " bytes); an incident is at most that");
        }
    }
}
