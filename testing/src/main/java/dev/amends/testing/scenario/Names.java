package dev.amends.testing.scenario;

import dev.amends.model.Vocabulary;

import java.util.Collection;

/** Looks up a vocabulary name, and suggests the closest one when it is misspelled. */
final class Names {

    private Names() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text, String what) {
        String name = text.strip();
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        throw new IllegalArgumentException(unknown(what, name, Vocabulary.names(type)));
    }

    static String unknown(String what, String name, Collection<String> allowed) {
        return "unknown " + what + " \"" + name + "\"" + Vocabulary.hint(name, allowed);
    }
}
