package dev.amends.cli;

import dev.amends.model.ActionKind;
import dev.amends.model.AvoidKind;
import dev.amends.model.Channel;
import dev.amends.model.FaultOwner;
import dev.amends.model.Incident;
import dev.amends.model.Mistake;
import dev.amends.model.OwnerKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How the text output names the vocabulary's values, in words a rep reads at a glance. */
final class Words {

    private Words() {
    }

    static String action(ActionKind action) {
        return TerminalText.name(action.title());
    }

    static String avoid(AvoidKind avoid) {
        return TerminalText.name(avoid.title());
    }

    /** Who does a step, as the subject of a sentence addressed to the rep. */
    static String owner(OwnerKind owner) {
        return TerminalText.name(owner.title());
    }

    static String channel(Channel channel) {
        return switch (channel) {
            case EMAIL -> "by email";
            case PHONE -> "by phone";
            case IN_PERSON -> "in person";
        };
    }

    /** What went wrong and for whom: "Wrong product (Kestrel insert) for Dr. Amara Osei, St. Brendan's". */
    static String incident(Incident incident) {
        StringBuilder phrase = new StringBuilder(incident.mistake() == Mistake.OTHER
                ? "A mistake" : sentenceCase(incident.mistake().name()));
        incident.product().ifPresent(p -> phrase.append(" (").append(TerminalText.name(p)).append(')'));
        List<String> whom = new ArrayList<>();
        incident.contact().map(TerminalText::name).ifPresent(whom::add);
        incident.account().map(TerminalText::name).ifPresent(whom::add);
        if (!whom.isEmpty()) {
            phrase.append(" for ").append(String.join(", ", whom));
        }
        incident.id().ifPresent(id -> phrase.append(" [").append(TerminalText.name(id)).append(']'));
        return phrase.toString();
    }

    /** The facts that shape the plan, most telling first: "Critical, the company's error, customer angry, ...". */
    static String facts(Incident incident) {
        List<String> facts = new ArrayList<>();
        facts.add(switch (incident.severity()) {
            case CRITICAL -> "critical";
            case HIGH -> "high severity";
            case MEDIUM -> "medium severity";
            case LOW -> "low severity";
        });
        facts.add(fault(incident.faultOwner()));
        switch (incident.detectedBy()) {
            case REP -> facts.add("you caught it first");
            case COMPANY -> facts.add("the company caught it first");
            case THIRD_PARTY -> facts.add("a third party noticed it first");
            case CUSTOMER -> { }
        }
        facts.add("customer " + incident.customerMood().name().toLowerCase(Locale.ROOT));
        if (incident.priorOccurrences() > 0) {
            facts.add("happened " + incident.priorOccurrences()
                    + (incident.priorOccurrences() == 1 ? " time" : " times") + " before");
        }
        if (incident.patientImpact()) {
            facts.add("patient affected");
        }
        if (incident.spreadBeyondContact()) {
            facts.add("others in their organization know");
        }
        if (incident.publicComplaint()) {
            facts.add("public complaint");
        }
        if (incident.referralsLost()) {
            facts.add("orders or referrals stopped");
        }
        switch (incident.deviceKind()) {
            case DISPOSABLE -> facts.add("a disposable");
            case IMPLANT -> facts.add("an implant");
            case INSTRUMENT_SET -> facts.add("an instrument set");
            case EQUIPMENT -> facts.add("equipment (a unit)");
            case INSTALLED_SYSTEM -> facts.add("installed equipment");
            case NOT_SAID -> { }
        }
        if (incident.saidAloud()) {
            facts.add("said aloud by our person");
        }
        switch (incident.otherKind()) {
            case DISCLOSURE -> facts.add("a disclosure");
            case INDUCEMENT -> facts.add("an offer of something of value");
            case ACCESS_OR_CONDUCT -> facts.add("access or conduct");
            case NOT_SAID -> { }
        }
        facts.add(incident.relationship().name().toLowerCase(Locale.ROOT) + " relationship");
        String joined = String.join(", ", facts);
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1) + ".";
    }

    private static String fault(FaultOwner owner) {
        return switch (owner) {
            case REP -> "your own error";
            case COMPANY -> "the company's error";
            case THIRD_PARTY -> "a partner's error";
            case CUSTOMER -> "an error on the customer's side";
            case UNKNOWN -> "cause not known yet";
        };
    }

    /** {@code WRONG_PRODUCT} as "Wrong product". */
    static String sentenceCase(String enumName) {
        String words = enumName.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
