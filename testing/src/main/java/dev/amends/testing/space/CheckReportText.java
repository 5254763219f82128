package dev.amends.testing.space;

/**
 * Renders a whole-space check: how many combinations in how long, each invariant as {@code ok}
 * or {@code VIOLATED} with its counterexamples, and how the plans are distributed.
 */
final class CheckReportText {

    private CheckReportText() {
    }

    static String render(CheckReport report) {
        StringBuilder out = new StringBuilder();
        out.append("Evaluated ").append(Figures.count(report.combinations(), "combination", "combinations"));
        if (report.classes() != report.combinations()) {
            out.append(" as ").append(Figures.count(report.classes(), "class", "classes")).append(" the rules tell apart");
        }
        out.append(" in ").append(Figures.seconds(report.elapsed())).append(".\n");
        out.append("\nInvariants:\n");
        report.invariants().forEach(invariant -> out.append(invariant(invariant)));
        out.append("\nPlans:\n");
        out.append("  distinct plans: ").append(Figures.number(report.distinctPlans())).append('\n');
        out.append("  shortest: ").append(report.shortest()).append('\n');
        out.append("  longest: ").append(report.longest()).append('\n');
        String checked = Figures.count(report.invariants().size(), "invariant", "invariants");
        long violated = report.invariants().stream().filter(r -> r.violations() > 0).count();
        out.append('\n').append(violated == 0 ? "No invariant violated (" + checked + " checked)."
                : violated + " of " + checked + " VIOLATED.").append('\n');
        return out.toString();
    }

    /** One invariant's lines: ok, or VIOLATED with its counterexamples and how many more. */
    static String invariant(CheckReport.InvariantResult invariant) {
        if (invariant.violations() == 0) {
            return "  ok        " + invariant.name() + "\n";
        }
        StringBuilder out = new StringBuilder();
        out.append("  VIOLATED (").append(Figures.count(invariant.violations(), "combination", "combinations"))
                .append(")  ").append(invariant.name()).append('\n');
        for (CheckReport.Counterexample example : invariant.examples()) {
            out.append("      ").append(InputSpace.describe(example.incident())).append('\n')
                    .append("        problem: ").append(example.problem()).append('\n');
        }
        long more = invariant.violations() - invariant.examples().size();
        if (more > 0) {
            out.append("      (and ").append(Figures.number(more)).append(" more)\n");
        }
        return out.toString();
    }
}
