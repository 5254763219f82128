package dev.amends.compile;

import java.util.Objects;

/** The text of one DRL file and the name it is reported under. */
public record RuleFile(String name, String text) {

    public RuleFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }
}
