package dev.amends.engine;

import java.util.Objects;

/** The text of one DRL file and the name it is reported under. */
record RuleFile(String name, String text) {

    RuleFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }
}
