package dev.amends.cli;

import dev.amends.model.Action;
import dev.amends.model.Avoid;
import dev.amends.model.Channel;
import dev.amends.model.FaultOwner;
import dev.amends.model.Incident;
import dev.amends.model.Mistake;
import dev.amends.model.Owner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How the text output names the vocabulary's values, in words a rep reads at a glance. */
final class Words {

    private Words() {
    }

    static String action(Action action) {
        return switch (action) {
            case SEE_CUSTOMER_VIEW -> "See it from the customer's side";
            case REACH_OUT_FIRST -> "Tell them first";
            case THANK_FOR_RAISING -> "Thank them for raising it";
            case TAKE_OWNERSHIP -> "Take ownership";
            case APOLOGIZE -> "Apologize";
            case EXPRESS_REGRET -> "Express regret";
            case FIX -> "Fix it";
            case OFFER_REMEDY -> "Offer a remedy";
            case ROUTE_COMPLAINT -> "Route the complaint";
            case CHECK_SPREAD -> "Check how far it spread";
            case ESCALATE_TO_LEADERSHIP -> "Escalate to leadership";
            case FIND_ROOT_CAUSE -> "Find the root cause";
            case EXPLAIN_CAUSE -> "Explain what happened";
            case SHARE_PREVENTION -> "Share how it is prevented";
            case DOUBLE_CHECK_PLAN -> "Put a double-check in place";
            case ASK_FOR_ANOTHER_CHANCE -> "Ask for another chance";
            case THANK_FOR_UNDERSTANDING -> "Thank them for their understanding";
            case FOLLOW_UP -> "Follow up";
            case REVISIT_QUARTERLY -> "Revisit every quarter";
            case REBUILD_RAPPORT -> "Rebuild rapport";
            case NOTIFY_RISK_MANAGEMENT -> "Tell quality and risk management";
            case REFER_TO_REGULATORY -> "Bring in regulatory affairs";
            case APPROVE_REMEDY -> "Get the remedy approved";
            case ARRANGE_FIX -> "Put it right before you get in touch";
            case INVOLVE_SALES_MANAGER -> "Involve your sales manager";
            case DISCLOSE_WHAT_WE_KNOW -> "Say what is known and what is not";
            case LISTEN_FIRST -> "Listen first";
            case QUARANTINE_PRODUCT -> "Keep it out of use";
        };
    }

    static String avoid(Avoid avoid) {
        return switch (avoid) {
            case BLAME_OTHERS -> "Blaming others";
            case MAKE_EXCUSES -> "Making excuses";
            case JOKE_ABOUT_IT -> "Joking about it";
            case OVERPROMISE -> "Promising more than you can deliver";
            case IGNORE_THE_CUSTOMER -> "Leaving the customer without an answer";
            case SORRY_FIRST_TO_ANGRY_CUSTOMER -> "Opening with \"sorry\" to an angry customer";
            case MINIMIZE_IT -> "Playing it down";
            case SPECULATE_ABOUT_CAUSE -> "Guessing at the cause";
            case OFFER_COMPENSATION_ON_THE_SPOT -> "Offering compensation on the spot";
            case PERSONAL_FAVOURS -> "Gifts or favours to a person";
        };
    }

    /** Who does a step, as the subject of a sentence addressed to the rep. */
    static String owner(Owner owner) {
        return switch (owner) {
            case REP -> "You";
            case SALES_MANAGER -> "Your sales manager";
            case COMPLAINT_UNIT -> "The complaint unit";
            case SERVICE_TEAM -> "The service team";
            case LEADERSHIP -> "Leadership";
            case RISK_MANAGEMENT -> "Risk management and legal";
            case REGULATORY_AFFAIRS -> "Regulatory affairs";
        };
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
