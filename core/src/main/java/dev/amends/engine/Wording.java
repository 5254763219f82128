package dev.amends.engine;

import dev.amends.model.Incident;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a wording template's placeholders from an incident in one pass: an inserted name is copied
 * literally and never read again, so a name that looks like a placeholder or an expression is
 * printed as written.
 */
enum Wording {
    CONTACT("contact", Incident::contact, "Doctor"),
    REP("rep", Incident::rep, "your sales representative"),
    ACCOUNT("account", Incident::account, "your practice"),
    PRODUCT("product", Incident::product, "product");

    static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)}");

    static final Set<String> NAMES = Set.of("contact", "rep", "account", "product");

    private final String name;
    private final Function<Incident, Optional<String>> value;
    private final String fallback;

    Wording(String name, Function<Incident, Optional<String>> value, String fallback) {
        this.name = name;
        this.value = value;
        this.fallback = fallback;
    }

    /**
     * The template with every known placeholder replaced.
     *
     * @throws IllegalArgumentException naming a placeholder the library does not know
     */
    static String fill(String template, Incident incident) {
        Matcher m = PLACEHOLDER.matcher(template);
        if (!m.find()) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 32);
        int last = 0;
        do {
            out.append(template, last, m.start());
            out.append(valueOf(m.group(1), incident));
            last = m.end();
        } while (m.find());
        return out.append(template, last, template.length()).toString();
    }

    private static String valueOf(String placeholder, Incident incident) {
        for (Wording w : values()) {
            if (w.name.equals(placeholder)) {
                return w.value.apply(incident).orElse(w.fallback);
            }
        }
        throw new IllegalArgumentException(unknown(placeholder));
    }

    static String unknown(String placeholder) {
        return "unknown placeholder {" + placeholder + "} in a wording; known placeholders: {contact}, {rep}, {account}, {product}";
    }
}
