package dev.amends.engine;

import dev.amends.model.FaultOwner;
import dev.amends.model.Incident;
import dev.amends.model.Mistake;
import dev.amends.model.Relationship;
import dev.amends.model.Severity;

final class Incidents {

    private Incidents() {
    }

    static Incident.Builder wrongProduct() {
        return Incident.builder()
                .mistake(Mistake.WRONG_PRODUCT)
                .faultOwner(FaultOwner.REP)
                .severity(Severity.MEDIUM)
                .relationship(Relationship.ESTABLISHED);
    }
}
