package dev.amends.api;

import dev.amends.model.*;
import dev.amends.model.FaultOwner;
import dev.amends.model.Incident;
import dev.amends.model.Mistake;
import dev.amends.model.Relationship;
import dev.amends.model.Severity;

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
