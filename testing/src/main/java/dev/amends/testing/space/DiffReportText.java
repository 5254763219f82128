package dev.amends.testing.space;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Renders a playbook diff: how many combinations and how many changed plans, then each kind of
 * change with its count, its most frequent changes with their counts, and a few examples.
 */
final class DiffReportText {

    /** How many words an example of a wording change keeps either side of the words that changed. */
    static final int CONTEXT_WORDS = 4;

    private DiffReportText() {
    }

    static String render(DiffReport report) {
        StringBuilder out = new StringBuilder();
        out.append("Evaluated ").append(Figures.count(report.combinations(), "combination", "combinations"));
        if (report.classes() != report.combinations()) {
            out.append(" as ").append(Figures.count(report.classes(), "class", "classes")).append(" the rules tell apart");
        }
        out.append(" with both playbooks in ").append(Figures.seconds(report.elapsed())).append(".\n");
        if (report.changed() == 0) {
            out.append("No plan changed: both playbooks give the same plan for every combination.\n");
            return out.toString();
        }
        out.append(Figures.count(report.changed(), "plan", "plans")).append(" changed (")
                .append(Figures.percent(report.changed(), report.combinations())).append(").\n");
        for (ChangeKind kind : ChangeKind.values()) {
            DiffReport.KindSummary summary = report.kinds().get(kind);
            if (summary != null) {
                kind(kind, summary, report.combinations(), out);
            }
        }
        return out.toString();
    }

    private static void kind(ChangeKind kind, DiffReport.KindSummary summary, long combinations, StringBuilder out) {
        out.append('\n').append(sentenceCase(kind.name())).append(": ")
                .append(Figures.count(summary.combinations(), "combination", "combinations"))
                .append(" (").append(Figures.percent(summary.combinations(), combinations)).append(")\n");
        int width = summary.details().stream()
                .mapToInt(d -> Figures.number(d.combinations()).length()).max().orElse(1);
        for (DiffReport.Detail detail : summary.details()) {
            String count = Figures.number(detail.combinations());
            out.append("  ").append(" ".repeat(width - count.length())).append(count)
                    .append("  ").append(detail.change()).append('\n');
        }
        out.append("  for example:\n");
        for (DiffReport.Example example : summary.examples()) {
            out.append("    ").append(InputSpace.describe(example.incident())).append('\n');
            example.changes().forEach(change -> change(kind, change, out));
        }
    }

    /**
     * A change of an example: its name; for a wording, the text before and after on lines of their
     * own, around the words that changed; for a move, the step's places: {@code (step 5 -> step 3)}.
     */
    private static void change(ChangeKind kind, DiffReport.Change change, StringBuilder out) {
        out.append("      ").append(change.change());
        if (kind == ChangeKind.WORDING_CHANGED) {
            List<String> edit = aroundTheEdit(change.was(), change.now());
            out.append("\n        was: \"").append(edit.get(0)).append('"')
                    .append("\n        now: \"").append(edit.get(1)).append('"');
        } else if (!change.was().isEmpty() || !change.now().isEmpty()) {
            out.append(" (").append(change.was()).append(" -> ").append(change.now()).append(')');
        }
        out.append('\n');
    }

    /**
     * Both wordings cut down to the words that differ and {@link #CONTEXT_WORDS} either side, with
     * {@code ...} for the words they share beyond those, so that a one-word edit of a long wording
     * stands out. A wording rewritten throughout is given whole.
     */
    static List<String> aroundTheEdit(String was, String now) {
        String[] before = was.strip().split("\\s+");
        String[] after = now.strip().split("\\s+");
        if (Arrays.equals(before, after)) {
            return List.of(was, now); // they differ in white space alone
        }
        int sameAtStart = 0;
        while (sameAtStart < before.length && sameAtStart < after.length && before[sameAtStart].equals(after[sameAtStart])) {
            sameAtStart++;
        }
        int sameAtEnd = 0;
        while (sameAtEnd < before.length - sameAtStart && sameAtEnd < after.length - sameAtStart
                && before[before.length - 1 - sameAtEnd].equals(after[after.length - 1 - sameAtEnd])) {
            sameAtEnd++;
        }
        int from = sameAtStart > CONTEXT_WORDS + 1 ? sameAtStart - CONTEXT_WORDS : 0;
        int cut = sameAtEnd > CONTEXT_WORDS + 1 ? sameAtEnd - CONTEXT_WORDS : 0;
        return List.of(excerpt(before, from, before.length - cut), excerpt(after, from, after.length - cut));
    }

    private static String excerpt(String[] words, int from, int to) {
        return (from > 0 ? "... " : "") + String.join(" ", Arrays.copyOfRange(words, from, to))
                + (to < words.length ? " ..." : "");
    }

    private static String sentenceCase(String enumName) {
        String words = enumName.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
