package dev.amends.examples;

import dev.amends.api.RecoveryAdvisor;
import dev.amends.model.CustomerMood;
import dev.amends.model.DetectedBy;
import dev.amends.model.FaultOwner;
import dev.amends.model.Incident;
import dev.amends.model.Mistake;
import dev.amends.api.RecoveryPlan;
import dev.amends.model.Relationship;
import dev.amends.model.Severity;
import dev.amends.api.Step;

/**
 * How to use Amends from Java: build the advisor once (it compiles the rules, which takes a moment),
 * then ask it for a plan per incident, from any thread. Run it with
 * {@code java -cp "examples/target/amends-examples-*.jar:examples/target/lib/*" dev.amends.examples.EmbeddingExample}
 * after {@code ./amends --version} (or a Maven package) has built the jars.
 */
public final class EmbeddingExample {

    private EmbeddingExample() {
    }

    /** Runs the example and prints what it shows. */
    public static void main(String[] args) {
        // Once per application: compiling the playbook is the expensive part.
        RecoveryAdvisor advisor = RecoveryAdvisor.withDefaultPlaybook();

        // The facts of one incident. Only mistake, faultOwner, severity and relationship are required.
        Incident incident = Incident.builder()
                .mistake(Mistake.DEFECTIVE_PRODUCT)
                .faultOwner(FaultOwner.COMPANY)
                .severity(Severity.HIGH)
                .relationship(Relationship.DEVELOPING)
                .detectedBy(DetectedBy.CUSTOMER)
                .customerMood(CustomerMood.UPSET)
                .patientImpact(true)
                .contact("Dr. Ines Carvalho")
                .account("Westbrook Endoscopy Center")
                .rep("Noah Feldman")
                .product("Vireo biopsy forceps, lot 24-117")
                .build();

        RecoveryPlan plan = advisor.recommend(incident);

        System.out.printf("Respond %s, %s.%n", plan.respondWithin().text(),
                plan.channel().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        for (Step step : plan.steps()) {
            System.out.printf("%d. [%s] %s (%s, %s)%n   %s%n", step.order(), step.phase(), step.action(),
                    step.owner(), step.timing().text(), step.wording());
        }
        plan.avoid().forEach(a -> System.out.printf("Avoid %s: %s%n", a.what(), a.why()));
    }
}
