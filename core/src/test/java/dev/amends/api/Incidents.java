package dev.amends.api;

import dev.amends.model.*;

public final class Incidents {

    private Incidents() {
    }

    public static Incident.Builder wrongProduct() {
        return Incident.builder()
                .mistake(Mistake.WRONG_PRODUCT)
                .faultOwner(FaultOwner.REP)
                .severity(Severity.MEDIUM)
                .relationship(Relationship.ESTABLISHED);
    }
}
