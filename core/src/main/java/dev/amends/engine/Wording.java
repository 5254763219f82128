package dev.amends.engine;

import dev.amends.model.Incident;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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

    private static final Wording[] ALL = values();

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
        int open = template.indexOf('{');
        if (open < 0) {
            return template;
        }
        // A hand-written scan for PLACEHOLDER: this runs for every text of every plan, and a regular
        // expression costed a fifth of a warm plan.
        StringBuilder out = null;
        int last = 0;
        for (; open >= 0; open = template.indexOf('{', open + 1)) {
            int end = open + 1;
            if (end >= template.length() || !isNameStart(template.charAt(end))) {
                continue;
            }
            while (end < template.length() && isNamePart(template.charAt(end))) {
                end++;
            }
            if (end >= template.length() || template.charAt(end) != '}') {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(template.length() + 32);
            }
            out.append(template, last, open).append(valueOf(template.substring(open + 1, end), incident));
            last = end + 1;
            open = end;
        }
        return out == null ? template : out.append(template, last, template.length()).toString();
    }

    private static boolean isNameStart(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_';
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || c >= '0' && c <= '9';
    }

    private static String valueOf(String placeholder, Incident incident) {
        for (Wording w : ALL) {
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
