package dev.amends.playbook;

import dev.amends.model.Action;
import dev.amends.model.Mistake;
import dev.amends.model.Phase;
import dev.amends.model.RecoveryPlan;
import dev.amends.model.Step;
import dev.amends.model.Timing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.amends.playbook.DefaultPlaybook.incident;
import static dev.amends.playbook.DefaultPlaybook.plan;
import static dev.amends.playbook.DefaultPlaybook.step;
import static org.assertj.core.api.Assertions.assertThat;

class ContainmentRulesTest {

    @ParameterizedTest
    @EnumSource(value = Mistake.class, names = {"WRONG_PRODUCT", "DEFECTIVE_PRODUCT"})
    void aProductMistakeGoesToComplaintHandlingAtOnce(Mistake mistake) {
        Step route = step(plan(incident().mistake(mistake)), Action.ROUTE_COMPLAINT);

        assertThat(route.timing()).isEqualTo(Timing.IMMEDIATELY);
        assertThat(route.wording()).contains("complaint unit");
    }

    @ParameterizedTest
    @EnumSource(value = Mistake.class, names = {"WRONG_PRODUCT", "DEFECTIVE_PRODUCT"}, mode = EnumSource.Mode.EXCLUDE)
    void anyPatientImpactGoesToComplaintHandlingWhateverTheMistake(Mistake mistake) {
        assertThat(plan(incident().mistake(mistake).patientImpact(true)).has(Action.ROUTE_COMPLAINT)).isTrue();
        assertThat(plan(incident().mistake(mistake).patientImpact(false)).has(Action.ROUTE_COMPLAINT))
                .as("no complaint routing for a %s without patient impact", mistake).isFalse();
    }

    @Test
    void complaintRoutingIsTheFirstThingAfterTheFixIsUnderWay() {
        RecoveryPlan plan = plan(incident().mistake(Mistake.DEFECTIVE_PRODUCT).spreadBeyondContact(true));

        Step route = step(plan, Action.ROUTE_COMPLAINT);
        Step before = plan.steps().get(route.order() - 2);
        assertThat(before.phase()).isEqualTo(Phase.REMEDY);
        assertThat(route.order()).isLessThan(step(plan, Action.CHECK_SPREAD).order());
    }

    @Test
    void whenOthersHaveHeardTheRepFindsOutWhoAndSpeaksToThem() {
        Step check = step(plan(incident().spreadBeyondContact(true)), Action.CHECK_SPREAD);

        assertThat(check.rule()).isEqualTo("Find out who else has heard");
        assertThat(check.timing()).isEqualTo(Timing.TODAY);
    }

    @Test
    void aPublicComplaintIsAnsweredWhereItWasMade() {
        RecoveryPlan plan = plan(incident().publicComplaint(true).spreadBeyondContact(true));

        assertThat(plan.steps()).filteredOn(s -> s.action() == Action.CHECK_SPREAD).singleElement()
                .satisfies(s -> assertThat(s.rule()).isEqualTo("Answer a public complaint where it was made"));
    }

    @Test
    void noSpreadCheckWhenNobodyElseKnows() {
        assertThat(plan(incident()).has(Action.CHECK_SPREAD)).isFalse();
    }
}
