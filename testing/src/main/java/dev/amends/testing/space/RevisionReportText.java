package dev.amends.testing.space;

/** Renders a {@link RevisionReport}: how many revisions in how long, then each invariant as ok or VIOLATED with its counterexamples. */
final class RevisionReportText {

    private RevisionReportText() {
    }

    static String render(RevisionReport report) {
        StringBuilder out = new StringBuilder();
        out.append("Revised the plans of ").append(Figures.count(report.classes(), "class", "classes"))
                .append(" with one event at a time: ").append(Figures.count(report.revisions(), "revision", "revisions"))
                .append(" in ").append(Figures.seconds(report.elapsed())).append(".\n");
        out.append("Each incident reported at ").append(RevisionCheck.REPORTED_AT).append(" (").append(RevisionCheck.TIME_ZONE)
                .append("), each event ").append(RevisionCheck.EVENT_AFTER.toHours()).append(" hours later.\n");
        out.append("\nInvariants after each event:\n");
        for (RevisionReport.Result result : report.invariants()) {
            if (result.violations() == 0) {
                out.append("  ok        ").append(result.name()).append('\n');
                continue;
            }
            out.append("  VIOLATED (").append(Figures.count(result.violations(), "revision", "revisions")).append(")  ")
                    .append(result.name()).append('\n');
            for (RevisionReport.Counterexample example : result.examples()) {
                out.append("      ").append(InputSpace.describe(example.incident())).append('\n')
                        .append("        event: ").append(RevisionInvariants.describe(example.event())).append('\n')
                        .append("        problem: ").append(example.problem()).append('\n');
            }
            long more = result.violations() - result.examples().size();
            if (more > 0) {
                out.append("      (and ").append(Figures.number(more)).append(" more)\n");
            }
        }
        String checked = Figures.count(report.invariants().size(), "invariant", "invariants");
        long violated = report.invariants().stream().filter(r -> r.violations() > 0).count();
        out.append('\n').append(violated == 0 ? "No invariant violated after an event (" + checked + " checked)."
                : violated + " of " + checked + " VIOLATED after an event.").append('\n');
        return out.toString();
    }
}
