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
        out.append("Evaluated ").append(Figures.count(report.combinations(), "combination", "combinations"))
                .append(" in ").append(Figures.seconds(report.elapsed())).append(".\n");
        out.append("\nInvariants:\n");
        long violated = 0;
        for (CheckReport.InvariantResult invariant : report.invariants()) {
            if (invariant.violations() == 0) {
                out.append("  ok        ").append(invariant.name()).append('\n');
                continue;
            }
            violated++;
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
        }
        out.append("\nPlans:\n");
        out.append("  distinct plans: ").append(Figures.number(report.distinctPlans())).append('\n');
        extreme("shortest", report.shortest(), out);
        extreme("longest", report.longest(), out);
        String checked = Figures.count(report.invariants().size(), "invariant", "invariants");
        out.append('\n').append(violated == 0 ? "No invariant violated (" + checked + " checked)."
                : violated + " of " + checked + " VIOLATED.").append('\n');
        return out.toString();
    }

    private static void extreme(String which, CheckReport.Extreme extreme, StringBuilder out) {
        out.append("  ").append(which).append(": ").append(Figures.count(extreme.steps(), "step", "steps"))
                .append(", first for ").append(InputSpace.describe(extreme.incident())).append('\n');
    }
}
