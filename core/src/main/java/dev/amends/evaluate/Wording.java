package dev.amends.evaluate;

import dev.amends.model.*;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Fills a wording template's placeholders from an incident in one pass: an inserted name is copied
 * literally and never read again, so a name that looks like a placeholder or an expression is
 * printed as written. {@code {salutation}} is how the rep addresses the contact; when nothing is
 * known to address them by, it is left out together with the comma before it ("Thank you,
 * {salutation}." reads "Thank you."). {@code {impact}} is what the mistake did to the customer, in
 * the words a rule gave it with {@code plan.impact(...)}, whose own placeholders are filled first.
 */
public enum Wording {
    /** How the rep addresses the contact; left out, with its comma, when nothing is known. */
    SALUTATION("salutation", (i, impact) -> i.salutation().or(() -> titled(i.contact())), ""),
    /** The contact's name. */
    CONTACT("contact", (i, impact) -> i.contact(), "your contact"),
    /** The contact's role. */
    ROLE("role", (i, impact) -> i.contactRole(), "contact"),
    /** The rep's name. */
    REP("rep", (i, impact) -> i.rep(), "your sales representative"),
    /** The account's name. */
    ACCOUNT("account", (i, impact) -> i.account(), "your practice"),
    /** The product's full name. */
    PRODUCT("product", (i, impact) -> i.product(), "product"),
    /** The product's short name. */
    ITEM("item", (i, impact) -> i.product().map(Wording::shortName).filter(name -> !name.isEmpty()), "product"),
    /** What the mistake did to the customer, as a rule described it. */
    IMPACT("impact", (i, impact) -> impact.map(description -> fill(description, i, Optional.empty())), "what happened");

    /** A placeholder in a wording: a name in braces. */
    public static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)}");

    private static final Wording[] ALL = values();

    /** The placeholder names, as a wording writes them between braces. */
    public static final Set<String> NAMES = Arrays.stream(ALL).map(w -> w.name).collect(Collectors.toUnmodifiableSet());

    private static final String KNOWN = Arrays.stream(ALL).map(w -> "{" + w.name + "}").collect(Collectors.joining(", "));

    private static final Pattern TITLED = Pattern.compile(
            "(?i)(dr|prof|mr|mrs|ms|mx)\\.?\\s+(?:\\S+\\s+)*?(\\S+)");

    private final String name;
    private final BiFunction<Incident, Optional<String>, Optional<String>> value;
    private final String fallback;

    Wording(String name, BiFunction<Incident, Optional<String>, Optional<String>> value, String fallback) {
        this.name = name;
        this.value = value;
        this.fallback = fallback;
    }

    /** The template filled in for an incident whose impact no rule described. */
    static String fill(String template, Incident incident) {
        return fill(template, incident, Optional.empty());
    }

    /**
     * The template with every known placeholder replaced.
     *
     * @throws IllegalArgumentException naming a placeholder the library does not know
     */
    static String fill(String template, Incident incident, Optional<String> impact) {
        return fill(template, new Values(incident, impact));
    }

    /**
     * The template with every known placeholder replaced by the values of one incident, which work
     * each value out at most once however many of a plan's texts use it.
     *
     * @throws IllegalArgumentException naming a placeholder the library does not know
     */
    static String fill(String template, Values values) {
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
            out.append(template, last, open);
            String value = values.of(template.substring(open + 1, end));
            if (value.isEmpty()) {
                dropTrailingComma(out);
            }
            out.append(value);
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

    private static void dropTrailingComma(StringBuilder out) {
        int n = out.length();
        if (n >= 2 && out.charAt(n - 1) == ' ' && out.charAt(n - 2) == ',') {
            out.setLength(n - 2);
        }
    }

    /** "Dr. Osei" for a contact written as "Dr. Amara Osei"; nothing for a name without a title. */
    /**
     * The product as said aloud: the product up to its first comma or parenthesis, so that a lot, a
     * serial or a note in brackets stays in the written steps.
     */
    static String shortName(String product) {
        int end = product.length();
        for (char c : new char[] {',', '(', ';'}) {
            int at = product.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return product.substring(0, end).strip();
    }

    static Optional<String> titled(Optional<String> contact) {
        return contact.map(TITLED::matcher).filter(java.util.regex.Matcher::matches)
                .map(m -> capitalised(m.group(1)) + ". " + m.group(2));
    }

    private static String capitalised(String title) {
        return title.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + title.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /** The message for a placeholder no wording knows, listing the known ones. */
    public static String unknown(String placeholder) {
        return "unknown placeholder {" + placeholder + "} in a wording; known placeholders: " + KNOWN;
    }

    /** The placeholder values of one incident and the impact its rules described, each worked out when first used. */
    static final class Values {
        private final Incident incident;
        private final Optional<String> impact;
        private final String[] known = new String[ALL.length];

        Values(Incident incident, Optional<String> impact) {
            this.incident = incident;
            this.impact = impact;
        }

        /**
         * The value of a placeholder, or its fallback.
         *
         * @throws IllegalArgumentException naming a placeholder the library does not know
         */
        String of(String placeholder) {
            for (Wording w : ALL) {
                if (w.name.equals(placeholder)) {
                    String value = known[w.ordinal()];
                    if (value == null) {
                        value = w.value.apply(incident, impact).orElse(w.fallback);
                        known[w.ordinal()] = value;
                    }
                    return value;
                }
            }
            throw new IllegalArgumentException(unknown(placeholder));
        }
    }
}
