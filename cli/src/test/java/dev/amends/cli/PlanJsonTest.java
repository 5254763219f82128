package dev.amends.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON other programs read: fixed key order, enum names, two-space indents, each step's stage. */
class PlanJsonTest {

    @Test
    void writesThePlanInTheDocumentedShape() {
        assertThat(PlanJson.write(Plans.plan())).isEqualTo("""
                {
                  "incident": {
                    "id": "INC-7",
                    "mistake": "WRONG_PRODUCT",
                    "faultOwner": "COMPANY",
                    "severity": "CRITICAL",
                    "relationship": "ESTABLISHED",
                    "detectedBy": "CUSTOMER",
                    "customerMood": "ANGRY",
                    "priorOccurrences": 0,
                    "patientImpact": true,
                    "spreadBeyondContact": false,
                    "publicComplaint": false,
                    "referralsLost": false,
                    "account": "St. Brendan's Hospital",
                    "contact": "Dr. Amara Osei",
                    "product": "Kestrel tibial insert, size 4"
                  },
                  "respondWithin": "WITHIN_AN_HOUR",
                  "channel": "PHONE",
                  "steps": [
                    {
                      "order": 1,
                      "stage": "BEFORE_CONTACT",
                      "phase": "CONTAIN",
                      "action": "ROUTE_COMPLAINT",
                      "wording": "Report the wrong insert to the complaint unit.",
                      "timing": "IMMEDIATELY",
                      "status": "OPEN",
                      "overdue": false,
                      "owner": "COMPLAINT_UNIT",
                      "rule": "Route patient issues",
                      "why": ""
                    },
                    {
                      "order": 2,
                      "stage": "FIRST_CONTACT",
                      "phase": "CONTACT",
                      "action": "THANK_FOR_RAISING",
                      "wording": "Thank you for bringing this to me straight away, Dr. Osei; I am on it now and I will call you back within the hour with the replacement's arrival time.",
                      "timing": "WITHIN_AN_HOUR",
                      "status": "OPEN",
                      "overdue": false,
                      "owner": "REP",
                      "rule": "Thanks first to an angry customer",
                      "why": "Anger calls for thanks before sorry."
                    }
                  ],
                  "next": {
                    "order": 1,
                    "action": "ROUTE_COMPLAINT"
                  },
                  "dropped": [],
                  "avoid": [
                    {
                      "what": "BLAME_OTHERS",
                      "why": "The warehouse is your company too."
                    }
                  ]
                }
                """);
    }

    @Test
    void eachStepNamesItsStageAndTheStepsStayOneFlatListInPlanOrder() {
        JsonNode steps = PlanJson.toTree(Plans.recovery()).get("steps");

        assertThat(steps).extracting(step -> step.get("order").asInt()).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(steps).extracting(step -> step.get("stage").asText()).containsExactly(
                "BEFORE_CONTACT", "BEFORE_CONTACT", "FIRST_CONTACT", "FIRST_CONTACT", "FOLLOW_THROUGH", "FOLLOW_THROUGH");
    }
}
