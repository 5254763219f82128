package dev.amends.testing.space;

import java.util.Locale;

/**
 * Renders a playbook diff: how many combinations and how many changed plans, then each kind of
 * change with its count, its most frequent changes with their counts, and a few examples.
 */
final class DiffReportText {

    private DiffReportText() {
    }

    static String render(DiffReport report) {
        StringBuilder out = new StringBuilder();
        out.append("Evaluated ").append(Figures.count(report.combinations(), "combination", "combinations"))
                .append(" with both playbooks in ").append(Figures.seconds(report.elapsed())).append(".\n");
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
            example.changes().forEach(change -> out.append("      ").append(change).append('\n'));
        }
    }

    private static String sentenceCase(String enumName) {
        String words = enumName.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
