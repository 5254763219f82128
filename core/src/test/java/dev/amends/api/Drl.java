package dev.amends.api;

/** Small playbooks written inline in tests. */
public final class Drl {

    /** The lines every test rule file starts with; rules written after it start on line {@value #FIRST_LINE}. */
    public static final String HEADER = """
            package test.playbook;
            import dev.amends.model.*;
            global dev.amends.dsl.PlanDraft plan;
            """;

    public static final int FIRST_LINE = 4;

    private Drl() {
    }

    /** An advisor over one rule file named {@code test.drl}: the header followed by these rules. */
    public static RecoveryAdvisor advisor(String rules) {
        return RecoveryAdvisor.builder().rules("test.drl", HEADER + rules).build();
    }
}
