package dev.amends.testing.space;

import dev.amends.model.Action;
import dev.amends.model.ActionKind;
import dev.amends.model.Avoid;
import dev.amends.model.Channel;
import dev.amends.model.CustomerMood;
import dev.amends.model.DetectedBy;
import dev.amends.model.FaultOwner;
import dev.amends.model.Incident;
import dev.amends.model.Mistake;
import dev.amends.model.DeviceKind;
import dev.amends.model.OtherKind;
import dev.amends.api.RecoveryPlan;
import dev.amends.model.Severity;
import dev.amends.model.Stage;
import dev.amends.api.Step;
import dev.amends.model.Timing;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The invariants every playbook is held to by default. */
public final class Invariants {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z_]+}");
    private static final Set<Action> SPOKEN_FIRST = EnumSet.of(Action.THANK_FOR_RAISING, Action.TAKE_OWNERSHIP,
            Action.APOLOGIZE, Action.EXPRESS_REGRET);
    private static final Set<Action> OPENINGS = EnumSet.of(Action.REACH_OUT_FIRST, Action.DISCLOSE_WHAT_WE_KNOW,
            Action.THANK_FOR_RAISING);
    private static final Set<Action> NEWS_WE_BRING = EnumSet.of(Action.REACH_OUT_FIRST, Action.DISCLOSE_WHAT_WE_KNOW);
    private static final Set<Action> FINDINGS = EnumSet.of(Action.EXPLAIN_CAUSE, Action.SHARE_PREVENTION);
    private static final Set<FaultOwner> NEITHER_CUSTOMER_NOR_REP = EnumSet.of(FaultOwner.COMPANY,
            FaultOwner.THIRD_PARTY, FaultOwner.UNKNOWN);
    /**
     * The steps the law, not the size of the slip, puts in a plan: reporting a complaint or a possible
     * patient harm, a regulatory question, keeping the device out of use, and whatever waits for the
     * investigation to close.
     */
    private static final Set<Action> COMPLAINT_PATH = EnumSet.of(Action.ROUTE_COMPLAINT, Action.NOTIFY_RISK_MANAGEMENT,
            Action.REFER_TO_REGULATORY, Action.QUARANTINE_PRODUCT);
    /** What a rep says only where the cause is not known or a patient may be harmed: uncertainty and worry. */
    private static final List<String> UNKNOWNS = List.of("may have gone wrong", "what we do not know yet", "anyone it may have affected");
    /**
     * Words that name a loss as already had: a commitment broken, a date missed, trouble caused. A
     * promise or a delivery we see failing, or a safety notice that missed them, has not cost that yet.
     */
    private static final List<String> LOSSES_ALREADY_HAD = List.of("was not kept", "missed the date",
            "time and trouble you should never have had", "going without something");
    /** A promise of a time in the ownership line, and the timing it stands for. */
    private static final Map<String, Timing> PROMISED = Map.of(
            "end of the week", Timing.WITHIN_A_WEEK, "this week", Timing.WITHIN_A_WEEK, "within a week", Timing.WITHIN_A_WEEK,
            "within two weeks", Timing.WITHIN_TWO_WEEKS, "today", Timing.TODAY, "tomorrow", Timing.WITHIN_A_BUSINESS_DAY);
    /** How a wording begins when it opens the conversation; said after another line, it reads as a second start. */
    private static final List<String> OPENERS = List.of("Call now", "Open with", "Get in touch");
    /** Wordings that present a prevention as already in place: in the first conversation nothing is agreed yet. */
    private static final List<String> PREVENTION_IN_PLACE = List.of("now stops", "now prevents");
    /** Wordings that speak of a partner's damage before it reached them as a failure in use or a cause nobody knows. */
    private static final List<String> PARTNERS_DAMAGE_AS_A_MYSTERY = List.of("letting you down in use",
            "I don't know yet why this happened");
    /** Wordings that leave a serious late delivery to the carrier that lost it. */
    private static final List<String> CARRIER_AGAIN = List.of("confirmed by the carrier", "the carrier confirmed");
    /** Wordings that promise the customer a leader's call within the week. */
    private static final List<String> LEADER_CALL = List.of("a leader to call you", "call the customer with you");
    /** Wordings that promise the customer something later, and the steps any one of which delivers it. */
    private static final Map<String, Action[]> PROMISED_STEPS = Map.of(
            "I'll come back to you with what went wrong", new Action[] {Action.EXPLAIN_CAUSE, Action.SHARE_PREVENTION},
            "I'll make sure you hear what they find", new Action[] {Action.EXPLAIN_CAUSE},
            "approved replacements will follow", new Action[] {Action.FIX},
            "complaint handling will say how to return them", new Action[] {Action.ROUTE_COMPLAINT, Action.FIND_ROOT_CAUSE});
    /** Wordings of a swap from stock: nobody tells a customer their installed equipment (a CT scanner) is swapped or sent back. */
    private static final List<String> SWAP_FROM_STOCK = List.of("same lot", "replacement", "loaner", "return of the device",
            "how to return them");
    /** Wordings that hold or replace by lot: a unit of equipment or an installed system is serialised and has none. */
    private static final List<String> LOT_WORDS = List.of("same lot", "different lot", "lot aside", "their lot", "and its lot",
            "which lot", "investigates the lot", "lots and units", "return of what is left");
    /** Wordings that treat what may have come out of a patient as stock: held in its packaging, replaced, left short of. */
    private static final List<String> AS_SHELF_STOCK = List.of("in its packaging where it still has it", "replacement",
            "not left short");
    /** Wordings that have the customer trace the patients treated with what failed. */
    private static final List<String> PATIENT_TRACE = List.of("on which patients", "used on patients", "patients treated on it", "patients it was used for");
    /** Wordings that have a product repaired: a product used once or implanted never is. */
    private static final List<String> REPAIR = List.of("repaired", "repair it");
    /** Wordings that send the rep through patients' charts: the hospital's implant coordinator reads them. */
    private static final List<String> PATIENTS_CHARTS = List.of("stickers in their charts", "sticker in the patient's chart");
    /** What a serious apology says: a vow, and the loss named at length. */
    private static final List<String> HEAVY_APOLOGY = List.of("You have my word", "I know what it cost you");
    /** Mistakes that leave a patient waiting on us rather than harmed by what we did. */
    private static final Set<Mistake> PATIENTS_WAITING = EnumSet.of(Mistake.LATE_DELIVERY, Mistake.MISSED_APPOINTMENT,
            Mistake.FORGOTTEN_ITEM, Mistake.UNANSWERED_REQUEST, Mistake.BROKEN_PROMISE);
    /** A personal pledge: after a repeat the rep's word is spent, and what is owned is what, who and by when. */
    private static final List<String> PERSONAL_PLEDGE = List.of("You have my word", "mine to see through", "I'll stay on it");
    /**
     * Services of ours that patients wait on, and a request of theirs we left unanswered: when one
     * fails, nothing is alleged against a device.
     */
    private static final Set<Mistake> SERVICE_FAILURES = EnumSet.of(Mistake.BROKEN_PROMISE, Mistake.LATE_DELIVERY,
            Mistake.MISSED_APPOINTMENT, Mistake.FORGOTTEN_ITEM, Mistake.UNANSWERED_REQUEST);
    /**
     * Wordings that have others confirm a new date: right for a promise of the company's or a
     * partner's, not for one the rep made and can keep themselves.
     */
    private static final List<String> SOMEONE_ELSE_CONFIRMS = List.of("by whoever has to deliver it", "the person behind it",
            "what you have secured", "commit only to what you have confirmed");
    /** Wordings that send the rep alone to the others who heard. */
    private static final List<String> ON_YOUR_OWN = List.of("speak to them yourself", "speak to each of them yourself");
    /** Wordings of a public reply the rep agrees with communications: after patient harm that is for risk management and legal. */
    private static final List<String> OUR_OWN_PUBLIC_REPLY = List.of("agree a short public reply", "that you are in touch directly");
    /** Wordings about copies of printed material: what was said aloud has none. */
    private static final List<String> PRINTED_COPIES = List.of("every copy", "copies", "card, sheet or label");
    /** Wordings that ask for something sent to be deleted, with its copies. */
    private static final List<String> DELETION_OF_COPIES = List.of("delete it", "every copy", "copies");
    /** Wordings that ask for the device back. */
    private static final List<String> DEVICE_BACK = List.of("return of the device", "how to return them");
    /** The line that rebooks a missed meeting; a case that was missed cannot be rebooked. */
    private static final List<String> REBOOKING = List.of("When would suit you best?");
    /** Wordings that take a disputed charge to be our error before anyone has compared the records. */
    private static final List<String> CONCEDED = List.of("a wrong invoice", "cancel or correct the invoice now");
    /** How many steps a small slip we caught ourselves may take, besides the complaint path. */
    /** Wordings that send or promise something to the customer. */
    private static final List<String> SENT = List.of("on its way", "will be with them");
    /** Accessories that belong to one kind of equipment only (an electrosurgical generator's, an infusion pump's). */
    private static final List<String> ONE_KINDS_ACCESSORIES = List.of("cords", "handpieces", "administration sets");
    /** Words that take every account for a hospital: a private clinic has no biomedical engineers, pool of units or ward. */
    private static final List<String> HOSPITAL_ONLY = List.of("their biomedical engineers", "their own pool", "a ward");
    /** Mistakes that leave a case waiting on instruments we bring or send: a late, wrong or forgotten set. */
    private static final Set<Mistake> INSTRUMENTS_BROUGHT = EnumSet.of(Mistake.LATE_DELIVERY, Mistake.WRONG_PRODUCT, Mistake.FORGOTTEN_ITEM);
    /** The instruction that keeps a rep whose credentials lapsed out of the account's clinical areas. */
    private static final String OFF_THEIR_CLINICAL_AREAS = "stay out of their clinical areas";
    /** Words that tell the customer the fix is already in hand or done. */
    private static final List<String> FIX_CLAIMED_DONE = List.of("already in hand", "put it right already", "already dealt with");
    /** Words by which the rep gives a personal promise to put it right. */
    private static final List<String> PROMISE_TO_PUT_IT_RIGHT = List.of("You have my word", "I'm dealing with this myself",
            "see this through for you myself", "mine to see through");
    /**
     * Words that put the rep's new check under the sales manager's review. An offer of something of value
     * ("review every invitation") and a lapse of credentials ("see the status") keep the manager's part
     * whatever the size: it is a compliance control, not a review of the rep's routine.
     */
    private static final List<String> MANAGER_REVIEW = List.of("ask your sales manager to look at it with you",
            "ask your sales manager to go through it with you");
    /** Words of the path for a safety notice, recall or field action of ours that never reached them. */
    private static final List<String> SAFETY_NOTICE = List.of("safety notice", "field action coordinator");
    static final int SMALL_SLIP_STEPS = 6;
    /** Wordings by which the sales manager approves a remedy for the rep to offer. */
    private static final List<String> SALES_MANAGER_REMEDY = List.of("agree the remedy", "agree with them the remedy");
    /** Wordings that treat an invoice of ours as wrong: cancelled, corrected, or its fees reversed. */
    private static final List<String> OUR_INVOICE_CORRECTED = List.of("cancel or correct the invoice", "corrected invoice",
            "reverse any charge or fee", "fee it caused is reversed");

    static final Invariant FIX_OR_REMEDY = Invariant.explained("every plan has a fix or a remedy", (i, p) ->
            p.has(Action.FIX) || p.has(Action.OFFER_REMEDY) ? null : "no FIX or OFFER_REMEDY step").reading();

    static final Invariant CLOCK = Invariant.explained(
            "steps follow the clock", (i, p) -> clockOrder(p)).reading();

    static final Invariant NOTHING_TOLD_BEFORE_IT_EXISTS = Invariant.explained(
            "nothing is told to the customer before it exists", (i, p) -> toldBeforeItExists(p)).reading();

    static final Invariant NO_REMEDY_ON_THE_SPOT = Invariant.explained(
            "no remedy is offered on the spot after patient harm", (i, p) -> {
                if (!i.patientImpact()) {
                    return null;
                }
                Optional<Step> remedy = p.step(Action.OFFER_REMEDY).filter(s -> s.stage() == Stage.FIRST_CONTACT);
                if (remedy.isPresent()) {
                    return "OFFER_REMEDY is step " + remedy.get().order() + ", in the first conversation";
                }
                return p.avoids(Avoid.OFFER_COMPENSATION_ON_THE_SPOT) ? null
                        : "the plan does not warn against OFFER_COMPENSATION_ON_THE_SPOT";
            }).reading("patientImpact");

    static final Invariant COMPLAINT_ONLY_FOR_A_DEVICE = Invariant.explained(
            "a product complaint exactly where a device is alleged deficient", (i, p) -> {
                boolean alleged = deviceAllegedDeficient(i);
                if (alleged == p.has(Action.ROUTE_COMPLAINT)) {
                    return null;
                }
                return alleged ? "no ROUTE_COMPLAINT step for a " + i.mistake() + " by " + i.faultOwner()
                        : "ROUTE_COMPLAINT for a " + i.mistake() + " by " + i.faultOwner() + ", where no device is alleged deficient";
            }).reading("mistake", "detectedBy", "faultOwner", "patientImpact", "severity");

    static final Invariant RISK_MANAGEMENT_FIRST = Invariant.explained(
            "risk management hears of possible patient harm before the customer is spoken to", (i, p) -> {
                if (!i.patientImpact()) {
                    return null;
                }
                Optional<Step> notify = p.step(Action.NOTIFY_RISK_MANAGEMENT);
                if (notify.isEmpty()) {
                    return "no NOTIFY_RISK_MANAGEMENT step";
                }
                return notify.get().stage() == Stage.BEFORE_CONTACT ? null
                        : "NOTIFY_RISK_MANAGEMENT is step " + notify.get().order() + ", in " + notify.get().stage();
            }).reading("patientImpact");

    static final Invariant OPENS_A_CONVERSATION = Invariant.explained(
            "every plan opens a conversation with the customer", (i, p) -> {
                List<Step> conversation = p.steps(Stage.FIRST_CONTACT);
                if (conversation.isEmpty()) {
                    return "no step in the first conversation";
                }
                int opening = conversation.get(0).action() == Action.QUARANTINE_PRODUCT && conversation.size() > 1 ? 1 : 0;
                ActionKind first = conversation.get(opening).action();
                return OPENINGS.contains(first) ? null
                        : "the conversation opens with " + first + (opening == 1 ? ", after QUARANTINE_PRODUCT" : "");
            }).reading();

    static final Invariant ANGRY_THANKED_FIRST = Invariant.explained("an angry customer is thanked first", (i, p) -> {
        if (i.customerMood() != CustomerMood.ANGRY) {
            return null;
        }
        Optional<Step> first = p.steps(Stage.FIRST_CONTACT).stream().filter(s -> SPOKEN_FIRST.contains(s.action())).findFirst();
        return first.isPresent() && first.get().action() == Action.THANK_FOR_RAISING ? null
                : "the first words are " + first.map(s -> s.action().name()).orElse("missing");
    }).reading("customerMood");

    static final Invariant SMALL_SLIP_IN_PROPORTION = Invariant.explained(
            "a small slip we caught ourselves takes one conversation and a handful of steps", (i, p) -> {
                if (!smallSlipWeCaught(i)) {
                    return null;
                }
                // A disclosure or an offer of value is compliance's however small: telling them is not counted,
                // nor the take-down or the withdrawal they require before the call.
                boolean compliancesOwn = i.mistake() == Mistake.OTHER
                        && (i.otherKind() == OtherKind.DISCLOSURE || i.otherKind() == OtherKind.INDUCEMENT);
                long steps = p.steps().stream().filter(s -> !onTheComplaintPath(s) && s.action() != Action.NOTIFY_COMPLIANCE
                        && !(compliancesOwn && s.action() == Action.ARRANGE_FIX)).count();
                if (steps > SMALL_SLIP_STEPS) {
                    return steps + " steps, more than " + SMALL_SLIP_STEPS
                            + (steps < p.steps().size() ? " besides the complaint and compliance paths" : "");
                }
                if (p.has(Action.ESCALATE_TO_LEADERSHIP)) {
                    return "ESCALATE_TO_LEADERSHIP is step " + p.step(Action.ESCALATE_TO_LEADERSHIP).orElseThrow().order();
                }
                List<ActionKind> openings = p.actions().stream().filter(NEWS_WE_BRING::contains).toList();
                return openings.size() == 1 ? null
                        : openings.isEmpty() ? "no REACH_OUT_FIRST or DISCLOSE_WHAT_WE_KNOW step"
                        : "both " + openings.get(0) + " and " + openings.get(1);
            }).reading("severity", "detectedBy", "customerMood", "priorOccurrences", "patientImpact", "publicComplaint",
                    "spreadBeyondContact", "referralsLost", "mistake", "otherKind");

    static final Invariant NEXT_HOUR = Invariant.explained("every plan says what to do in the next hour", (i, p) -> {
        if (Clock.dueWithin(p.respondWithin(), 1) || p.steps().stream().anyMatch(s -> Clock.dueWithin(s.timing(), 1))) {
            return null;
        }
        return "first contact " + p.respondWithin() + ", and no step is due within the hour";
    }).reading();

    static final Invariant OWNERSHIP_BEFORE_FIX = Invariant.explained("ownership comes before the fix",
            (i, p) -> before(p, Action.TAKE_OWNERSHIP, Action.FIX)).reading();

    static final Invariant APOLOGY_BEFORE_EXPLANATION = Invariant.explained("the apology comes before the explanation",
            (i, p) -> Optional.ofNullable(before(p, Action.APOLOGIZE, Action.EXPLAIN_CAUSE))
                    .orElse(before(p, Action.EXPRESS_REGRET, Action.EXPLAIN_CAUSE))).reading();

    static final Invariant NO_APOLOGY_FOR_OTHERS = Invariant.explained(
            "no personal apology when the customer or a third party is at fault", (i, p) ->
                    (i.faultOwner() == FaultOwner.CUSTOMER || i.faultOwner() == FaultOwner.THIRD_PARTY)
                            && p.has(Action.APOLOGIZE) ? "APOLOGIZE is step " + p.step(Action.APOLOGIZE).orElseThrow().order() : null)
            .reading("faultOwner");

    static final Invariant NO_UNFILLED_PLACEHOLDER = Invariant.explained("no unfilled placeholder", (i, p) -> {
        for (Step s : p.steps()) {
            if (s.wording().indexOf('{') < 0) {
                continue; // most wordings: no regular expression needed (a large share of a whole-space check)
            }
            Matcher m = PLACEHOLDER.matcher(s.wording());
            if (m.find()) {
                return s.action() + " says " + m.group();
            }
        }
        return null;
    }).reading();

    static final Invariant NO_ACTION_TWICE = Invariant.explained("no two steps with the same action", (i, p) -> {
        Set<String> seen = new java.util.HashSet<>();
        for (Step s : p.steps()) {
            if (!seen.add(s.action().name())) {
                return s.action() + " appears twice";
            }
        }
        return null;
    }).reading();

    static final Invariant HOLD_FIRST = Invariant.explained(
            "where a patient may be affected and it may still be in use, keeping it out of use is the first thing said "
                    + "(an angry customer who raised it is thanked in a line first, and the hold is the next thing said; an installed "
                    + "system stands where it failed: an angry customer is heard first; an implant that failed in a "
                    + "patient is out of them, and the hold on its lot's shelf units follows the thanks)", (i, p) -> {
                if (!mayStillBeInUse(i) || i.deviceKind() == DeviceKind.INSTALLED_SYSTEM && i.customerMood() == CustomerMood.ANGRY
                        || i.mistake() == Mistake.DEFECTIVE_PRODUCT && i.deviceKind() == DeviceKind.IMPLANT && i.faultOwner() != FaultOwner.THIRD_PARTY) {
                    return null;
                }
                List<Step> conversation = p.steps(Stage.FIRST_CONTACT);
                Optional<Step> hold = conversation.stream().filter(s -> s.action() == Action.QUARANTINE_PRODUCT).findFirst();
                if (hold.isEmpty() || conversation.get(0) == hold.get()) {
                    return null;
                }
                boolean angryThankedFirst = i.customerMood() == CustomerMood.ANGRY && i.detectedBy() == DetectedBy.CUSTOMER
                        && conversation.get(0).action() == Action.THANK_FOR_RAISING;
                if (angryThankedFirst && conversation.get(1) == hold.get()) {
                    return null;
                }
                return "QUARANTINE_PRODUCT is step " + hold.get().order() + ", after " + conversation.get(0).action();
            }).reading("mistake", "faultOwner", "detectedBy", "patientImpact", "severity", "deviceKind", "customerMood");

    static final Invariant CORRECTION_APPROVED_FIRST = Invariant.explained(
            "our own wrong information that we caught is corrected in words regulatory affairs approved first", (i, p) -> {
                if (!(i.mistake() == Mistake.INCORRECT_INFORMATION && i.faultOwner() == FaultOwner.COMPANY && weCaughtIt(i))) {
                    return null;
                }
                Optional<Step> regulatory = p.step(Action.REFER_TO_REGULATORY);
                Optional<Step> fix = p.step(Action.FIX);
                if (regulatory.isEmpty() || fix.isEmpty() || regulatory.get().order() < fix.get().order()
                        && regulatory.get().stage() != Stage.FOLLOW_THROUGH) {
                    return null;
                }
                return "REFER_TO_REGULATORY is step " + regulatory.get().order() + " (" + regulatory.get().stage() + "), FIX step "
                        + fix.get().order();
            }).reading("mistake", "faultOwner", "detectedBy");

    static final Invariant KNOWN_SLIP_SAID_PLAINLY = Invariant.explained(
            "a slip we caught whose nature we know is told without unknowns or worry", (i, p) -> {
                if (!(weCaughtIt(i) && i.mistake() != Mistake.DEFECTIVE_PRODUCT && i.faultOwner() != FaultOwner.UNKNOWN)) {
                    return null;
                }
                return spokenPhrase(p, UNKNOWNS);
            }).reading("mistake", "faultOwner", "detectedBy");

    static final Invariant PROMISE_KEPT = Invariant.explained(
            "the ownership line promises the change only by a time the plan keeps", (i, p) -> {
                Optional<Step> ownership = p.step(Action.TAKE_OWNERSHIP).filter(s -> s.wording().contains("the change"));
                if (ownership.isEmpty()) {
                    return null;
                }
                String said = ownership.get().wording().toLowerCase(java.util.Locale.ROOT);
                Optional<Map.Entry<String, Timing>> promise = PROMISED.entrySet().stream().filter(e -> said.contains(e.getKey()))
                        .min(Map.Entry.comparingByValue());
                if (promise.isEmpty()) {
                    return null;
                }
                Optional<Step> share = p.step(Action.SHARE_PREVENTION);
                if (share.isEmpty()) {
                    return "TAKE_OWNERSHIP promises the change \"" + promise.get().getKey() + "\", and no SHARE_PREVENTION step brings it";
                }
                return Clock.of(p).alwaysEarlier(promise.get().getValue(), share.get().timing())
                        ? "TAKE_OWNERSHIP promises the change \"" + promise.get().getKey() + "\", SHARE_PREVENTION is due " + share.get().timing()
                        : null;
            }).reading();

    static final Invariant NO_REMEDY_BESIDE_NOTHING_OFFERED = Invariant.explained(
            "a plan never both offers a remedy and says nothing is offered", (i, p) -> {
                Optional<Step> nothing = p.steps().stream().filter(s -> s.wording().contains("Nothing is offered")).findFirst();
                if (nothing.isEmpty()) {
                    return null;
                }
                Optional<Step> remedy = p.step(Action.OFFER_REMEDY).or(() -> p.step(Action.APPROVE_REMEDY));
                return remedy.map(r -> nothing.get().action() + " says nothing is offered, " + r.action() + " is step " + r.order())
                        .orElse(null);
            }).reading();

    static final Invariant CONVERSATION_OPENED_ONCE = Invariant.explained(
            "only the first line of the conversation opens it", (i, p) -> {
                List<Step> conversation = p.steps(Stage.FIRST_CONTACT);
                for (Step s : conversation.subList(Math.min(1, conversation.size()), conversation.size())) {
                    for (String opener : OPENERS) {
                        if (s.wording().startsWith(opener)) {
                            return s.action() + " is step " + s.order() + ", after " + conversation.get(0).action()
                                    + ", and says \"" + opener + "\"";
                        }
                    }
                }
                return null;
            }).reading();

    static final Invariant SERIOUS_DELIVERY_NOT_BY_THE_FAILED_ROUTE = Invariant.explained(
            "a serious late delivery is rescued by a route other than the one that failed", (i, p) -> {
                if (!(i.mistake() == Mistake.LATE_DELIVERY && i.faultOwner() != FaultOwner.CUSTOMER
                        && (i.severity() == Severity.HIGH || i.severity() == Severity.CRITICAL))) {
                    return null;
                }
                return p.steps().stream().filter(s -> CARRIER_AGAIN.stream().anyMatch(s.wording()::contains)).findFirst()
                        .map(s -> s.action() + " relies on the carrier that failed").orElse(null);
            }).reading("mistake", "faultOwner", "severity");

    static final Invariant PROMISED_CONTACT_HAS_A_STEP = Invariant.explained(
            "what a wording promises the customer, another step delivers", (i, p) -> {
                for (Step s : p.steps()) {
                    for (Map.Entry<String, Action[]> promise : PROMISED_STEPS.entrySet()) {
                        if (!s.wording().contains(promise.getKey())) {
                            continue;
                        }
                        boolean delivered = java.util.Arrays.stream(promise.getValue())
                                .anyMatch(a -> p.step(a).filter(d -> d != s).isPresent());
                        if (!delivered) {
                            return s.action() + " promises \"" + promise.getKey() + "\", and no "
                                    + java.util.Arrays.stream(promise.getValue()).map(Action::name)
                                            .collect(java.util.stream.Collectors.joining(" or ")) + " step delivers it";
                        }
                    }
                    if (LEADER_CALL.stream().anyMatch(s.wording()::contains)) {
                        Optional<Step> call = p.steps(Stage.FOLLOW_THROUGH).stream()
                                .filter(c -> !c.action().inHouse() && c.wording().contains("leader"))
                                .filter(c -> !Clock.of(p).alwaysEarlier(Timing.WITHIN_A_WEEK, c.timing()))
                                .findFirst();
                        if (call.isEmpty()) {
                            return s.action() + " promises a leader's call within the week, and no step with the customer makes it";
                        }
                    }
                }
                return null;
            }).reading();

    static final Invariant BILLING_CHECKED_ACROSS_INVOICES = Invariant.explained(
            "a billing error that runs across invoices is checked across all of them before the first conversation", (i, p) -> {
                if (!billingAcrossInvoices(i)) {
                    return null;
                }
                Optional<Step> check = p.step(Action.ARRANGE_FIX);
                if (check.isEmpty() || !check.get().wording().contains("every invoice")) {
                    return "no ARRANGE_FIX step checks every invoice";
                }
                if (check.get().stage() != Stage.BEFORE_CONTACT) {
                    return "the check of every invoice is step " + check.get().order() + ", in " + check.get().stage();
                }
                return p.steps().stream().filter(s -> s.wording().contains("a wrong invoice")).findFirst()
                        .map(s -> s.action() + " speaks of \"a wrong invoice\"").orElse(null);
            }).reading("mistake", "faultOwner", "detectedBy", "priorOccurrences", "spreadBeyondContact", "severity");

    static final Invariant NO_LOSS_BEFORE_IT_HAPPENED = Invariant.explained(
            "what we caught before it reached the customer is not regretted as a loss they already had", (i, p) -> {
                return caughtBeforeTheLoss(i) ? spokenPhrase(p, LOSSES_ALREADY_HAD) : null;
            }).reading("mistake", "faultOwner", "detectedBy", "patientImpact", "severity");

    static final Invariant SHORT_WAIT_SORRY_IN_A_LINE = Invariant.explained(
            "a small request a calm customer waited on, or a small first slip of the rep's own, is apologised for in a line, without a vow or a weight of loss", (i, p) -> {
                if (!((i.mistake() == Mistake.UNANSWERED_REQUEST || i.faultOwner() == FaultOwner.REP) && i.severity() == Severity.LOW
                        && i.customerMood() == CustomerMood.CALM && i.priorOccurrences() == 0 && !patientCase(i))) {
                    return null;
                }
                return spokenPhrase(p, HEAVY_APOLOGY);
            }).reading("mistake", "faultOwner", "severity", "customerMood", "priorOccurrences", "patientImpact");

    static final Invariant SALES_MANAGER_ONCE_A_DAY = Invariant.explained(
            "a remedy the sales manager alone approves is agreed in the briefing that already takes the rep to them that day", (i, p) -> {
                Optional<Step> approval = p.step(Action.APPROVE_REMEDY)
                        .filter(a -> !a.wording().contains("compliance") && Clock.dueWithin(a.timing(), Clock.fromReport(Timing.TODAY)));
                if (approval.isEmpty()) {
                    return null;
                }
                return p.steps().stream()
                        .filter(s -> s.action() == Action.ESCALATE_TO_LEADERSHIP || s.action() == Action.INVOLVE_SALES_MANAGER)
                        .filter(s -> Clock.dueWithin(s.timing(), Clock.fromReport(Timing.TODAY)))
                        .filter(s -> !(approval.get().stage() == Stage.BEFORE_CONTACT && s.stage() != Stage.BEFORE_CONTACT))
                        .findFirst()
                        .map(s -> "APPROVE_REMEDY is step " + approval.get().order() + " and " + s.action() + " is step " + s.order()
                                + ", both with the sales manager the same day")
                        .orElse(null);
            }).reading();

    static final Invariant INSTALLED_EQUIPMENT_RESTORED_WHERE_IT_STANDS = Invariant.explained(
            "failed installed equipment is never told of a lot, a replacement, a loaner or a return", (i, p) ->
                    i.mistake() == Mistake.DEFECTIVE_PRODUCT && i.deviceKind() == DeviceKind.INSTALLED_SYSTEM ? spokenPhrase(p, SWAP_FROM_STOCK) : null)
            .reading("mistake", "deviceKind");

    static final Invariant UNITS_HAVE_NO_LOT = Invariant.explained(
            "a unit of equipment or an installed system is never held by lot nor replaced from another lot", (i, p) ->
                    i.deviceKind() == DeviceKind.EQUIPMENT || i.deviceKind() == DeviceKind.INSTALLED_SYSTEM
                            ? anyPhrase(p, LOT_WORDS) : null)
            .reading("deviceKind");

    static final Invariant SERVICE_FINDING_BOOKED_BEFORE_THE_CALL = Invariant.explained(
            "a fault we found on a unit or system, more than minor, is called about with the engineer already booked, and its patients are traced only where one may have been affected",
            (i, p) -> {
                if (!(i.mistake() == Mistake.DEFECTIVE_PRODUCT && i.detectedBy() == DetectedBy.COMPANY && i.severity() != Severity.LOW
                        && (i.deviceKind() == DeviceKind.EQUIPMENT || i.deviceKind() == DeviceKind.INSTALLED_SYSTEM))) {
                    return null;
                }
                Optional<Step> booked = p.step(Action.ARRANGE_FIX);
                if (booked.isEmpty() || booked.get().stage() != Stage.BEFORE_CONTACT) {
                    return booked.map(b -> "ARRANGE_FIX is step " + b.order() + ", in " + b.stage()).orElse("no ARRANGE_FIX step");
                }
                return patientCase(i) ? null : anyPhrase(p, PATIENT_TRACE);
            }).reading("mistake", "detectedBy", "deviceKind", "patientImpact", "severity");

    static final Invariant EXPLANT_IS_NO_SHELF_STOCK = Invariant.explained(
            "an implant that may have come out of a patient goes through the hospital's explant procedure, and is neither held in its packaging nor replaced by the fix",
            (i, p) -> {
                if (!(i.mistake() == Mistake.DEFECTIVE_PRODUCT && i.deviceKind() == DeviceKind.IMPLANT && patientCase(i)
                        && i.detectedBy() != DetectedBy.COMPANY && i.faultOwner() != FaultOwner.THIRD_PARTY)) {
                    return null;
                }
                Optional<Step> hold = p.step(Action.QUARANTINE_PRODUCT);
                if (hold.isPresent() && !hold.get().wording().contains("explant procedure")) {
                    return "QUARANTINE_PRODUCT does not send the explant through their explant procedure";
                }
                return p.steps().stream()
                        .filter(s -> s.action() == Action.FIX || s.action() == Action.ARRANGE_FIX || s.action() == Action.QUARANTINE_PRODUCT)
                        .flatMap(s -> AS_SHELF_STOCK.stream().filter(s.wording()::contains).map(phrase -> s.action() + " says \"" + phrase + "\""))
                        .findFirst().orElse(null);
            }).reading("mistake", "deviceKind", "patientImpact", "severity", "detectedBy", "faultOwner");

    static final Invariant REPS_OWN_DEFECT_SWEPT_AND_SAID = Invariant.explained(
            "a defect in stock the rep handled brings the rep's own check, begun before the call and kept whatever the product's finding, and its known cause is not hidden behind the investigation",
            (i, p) -> {
                if (!(i.mistake() == Mistake.DEFECTIVE_PRODUCT && i.faultOwner() == FaultOwner.REP
                        && i.deviceKind() != DeviceKind.EQUIPMENT && i.deviceKind() != DeviceKind.INSTALLED_SYSTEM
                        && (i.severity() != Severity.LOW || !weCaughtIt(i)))) {
                    return null;
                }
                Optional<Step> check = p.step(Action.DOUBLE_CHECK_PLAN);
                if (check.isEmpty()) {
                    return "no DOUBLE_CHECK_PLAN step";
                }
                if (check.get().stage() != Stage.BEFORE_CONTACT) {
                    return "DOUBLE_CHECK_PLAN is step " + check.get().order() + ", in " + check.get().stage() + ": the sweep waits until after the call";
                }
                return i.deviceKind() == DeviceKind.IMPLANT ? null : anyPhrase(p, List.of("add no theory of your own"));
            }).reading("mistake", "faultOwner", "deviceKind", "severity", "detectedBy");

    static final Invariant HOLD_FITS_WHAT_IS_HELD = Invariant.explained(
            "a hold fits what is held: nothing used once or implanted is to be repaired, a partner's spoiled delivery is held by its shipment, not its lot, and a partner's implant by both",
            (i, p) -> {
                if (i.mistake() != Mistake.DEFECTIVE_PRODUCT) {
                    return null;
                }
                if (i.deviceKind() == DeviceKind.DISPOSABLE || i.deviceKind() == DeviceKind.IMPLANT) {
                    String repair = anyPhrase(p, REPAIR);
                    if (repair != null) {
                        return repair + ", of a product used once or implanted";
                    }
                }
                if (i.faultOwner() != FaultOwner.THIRD_PARTY || i.detectedBy() == DetectedBy.COMPANY
                        || i.deviceKind() == DeviceKind.EQUIPMENT || i.deviceKind() == DeviceKind.INSTALLED_SYSTEM) {
                    return null;
                }
                Optional<Step> hold = p.step(Action.QUARANTINE_PRODUCT);
                if (hold.isEmpty()) {
                    return null;
                }
                String wording = hold.get().wording();
                if (i.deviceKind() == DeviceKind.IMPLANT) {
                    return wording.contains("shipment") && wording.contains("same lot") ? null
                            : "QUARANTINE_PRODUCT holds a partner's implant by one of its lot and its shipment, not both";
                }
                if (!wording.contains("shipment") || wording.contains("same lot")) {
                    return "QUARANTINE_PRODUCT holds a partner's spoiled delivery by its lot, not its shipment";
                }
                return null;
            }).reading("mistake", "deviceKind", "faultOwner", "detectedBy");

    static final Invariant IMPLANT_RECORD_PUT_RIGHT_BY_WHOEVER_KEEPS_IT = Invariant.explained(
            "a wrong entry in a patient's implant record is corrected by the rep who made it, others are checked by the implant coordinator, not in patients' charts, and the rep's check reads the box sticker",
            (i, p) -> {
                if (!(i.mistake() == Mistake.BILLING_ERROR && (patientCase(i) || i.deviceKind() == DeviceKind.IMPLANT))) {
                    return null;
                }
                String charts = anyPhrase(p, PATIENTS_CHARTS);
                if (charts != null || i.faultOwner() != FaultOwner.REP) {
                    return charts;
                }
                Optional<Step> handedOver = p.steps(Stage.BEFORE_CONTACT).stream()
                        .filter(s -> s.wording().contains("charge sheet") && !s.owner().name().equals("REP")).findFirst();
                if (handedOver.isPresent()) {
                    return handedOver.get().action() + " gives the rep's own charge sheet to " + handedOver.get().owner().name();
                }
                Optional<Step> check = p.step(Action.DOUBLE_CHECK_PLAN);
                return i.priorOccurrences() == 0 && check.isPresent() && !check.get().wording().contains("box sticker")
                        ? "DOUBLE_CHECK_PLAN does not read the box sticker before the charge sheet is signed" : null;
            }).reading("mistake", "patientImpact", "severity", "deviceKind", "faultOwner", "priorOccurrences");

    static final Invariant ACCESSORIES_KEPT_WITH_THE_UNIT = Invariant.explained(
            "a unit of equipment set aside keeps the accessories used with it", (i, p) -> {
                if (i.mistake() != Mistake.DEFECTIVE_PRODUCT || i.deviceKind() != DeviceKind.EQUIPMENT) {
                    return null;
                }
                return p.step(Action.QUARANTINE_PRODUCT).filter(hold -> hold.wording().contains("set the")
                                && !hold.wording().contains("accessories"))
                        .map(hold -> "QUARANTINE_PRODUCT sets the unit aside without the accessories used with it").orElse(null);
            }).reading("mistake", "deviceKind");

    static final Invariant WHO_ELSE_HEARD_REACHED_THROUGH_RISK_MANAGEMENT = Invariant.explained(
            "after a patient may have been harmed, whoever else heard is reached through risk management, not by the rep alone", (i, p) -> {
                if (!patientCase(i) || PATIENTS_WAITING.contains(i.mistake()) || installedSystemDown(i)) {
                    return null;
                }
                String alone = anyPhrase(p, ON_YOUR_OWN);
                if (alone != null) {
                    return alone;
                }
                return p.step(Action.CHECK_SPREAD).filter(s -> s.wording().contains("heard") && !s.wording().contains("risk management"))
                        .map(s -> "CHECK_SPREAD asks who else heard, and does not go through risk management").orElse(null);
            }).reading("mistake", "patientImpact", "severity", "deviceKind");

    static final Invariant WHO_ELSE_HEARD_ASKED_ONCE = Invariant.explained(
            "who else heard is asked once: where the fix already asks it and has each of them corrected, no other step asks it again "
                    + "(a public complaint's step, about the post, is not held to it)", (i, p) -> {
                Optional<Step> fix = p.step(Action.FIX).filter(s -> s.wording().contains("who else heard"));
                if (fix.isEmpty() || i.publicComplaint()) {
                    return null;
                }
                return p.step(Action.CHECK_SPREAD).filter(s -> s.wording().contains("who else"))
                        .map(s -> "CHECK_SPREAD (step " + s.order() + ") asks who else heard again, as FIX (step " + fix.get().order() + ") does")
                        .orElse(null);
            }).reading("publicComplaint");

    static final Invariant WHO_ELSE_HEARD_ASKED_IN_THE_CONVERSATION = Invariant.explained(
            "where others already know, or the customer posted it, who else has heard is asked in the first conversation, "
                    + "while the person who can name them is on the line, not in a second contact after it", (i, p) -> {
                if (!i.spreadBeyondContact() && !i.publicComplaint()) {
                    return null;
                }
                return p.step(Action.CHECK_SPREAD).filter(s -> s.stage() != Stage.FIRST_CONTACT)
                        .map(s -> "CHECK_SPREAD is step " + s.order() + ", in " + s.stage()).orElse(null);
            }).reading("spreadBeyondContact", "publicComplaint");

    static final Invariant DOWNTIME_TOLD_WITHOUT_A_CAUSE = Invariant.explained(
            "an installed system that is down with no patient's care affected: the others who heard hear from the rep when it is back, with nothing about its cause, not through risk management as after harm",
            (i, p) -> {
                if (!installedSystemDown(i) || i.publicComplaint()) {
                    return null;
                }
                Optional<Step> spread = p.step(Action.CHECK_SPREAD);
                if (spread.isEmpty()) {
                    return null;
                }
                String wording = spread.get().wording();
                if (wording.contains("give the names to risk management")) {
                    return "CHECK_SPREAD routes the others who heard through risk management, for a system that is down";
                }
                return wording.contains("nothing about the cause") ? null : "CHECK_SPREAD does not keep the cause out of what the others hear";
            }).reading("mistake", "deviceKind", "severity", "publicComplaint");

    static final Invariant NO_PUBLIC_REPLY_OF_OUR_OWN_AFTER_PATIENT_HARM = Invariant.explained(
            "after a patient may have been harmed, a public complaint is answered only as risk management and legal decide, never by a reply the rep agrees",
            (i, p) -> {
                if (!i.publicComplaint() || !(i.patientImpact() || i.severity() == Severity.CRITICAL)) {
                    return null;
                }
                return anyPhrase(p, OUR_OWN_PUBLIC_REPLY);
            }).reading("publicComplaint", "patientImpact", "severity");

    static final Invariant SPOKEN_ADVICE_HAS_NO_COPIES = Invariant.explained(
            "wrong advice said aloud is not taken down as copies, and the other cases of whoever said it are checked", (i, p) -> {
                if (i.mistake() != Mistake.INCORRECT_INFORMATION || !i.saidAloud()) {
                    return null;
                }
                String copies = anyPhrase(p, PRINTED_COPIES);
                if (copies != null) {
                    return copies;
                }
                boolean ourPerson = i.faultOwner() == FaultOwner.REP || i.faultOwner() == FaultOwner.COMPANY;
                boolean patient = i.patientImpact() || i.severity() == Severity.CRITICAL;
                return ourPerson && patient && p.steps().stream().noneMatch(s -> s.wording().contains("every other case"))
                        ? "no step has every other case that person covered checked" : null;
            }).reading("mistake", "saidAloud", "faultOwner", "patientImpact", "severity");

    static final Invariant SPOKEN_REMARK_NOT_ASKED_BACK = Invariant.explained(
            "something of ours said aloud that fits no pattern (a price or a plan mentioned at another account) is not asked back "
                    + "as a deletion of copies: a remark has none", (i, p) -> {
                if (i.mistake() != Mistake.OTHER || !i.saidAloud()) {
                    return null;
                }
                return anyPhrase(p, DELETION_OF_COPIES);
            }).reading("mistake", "saidAloud");

    static final Invariant DEVICE_BACK_ONLY_WHEN_ALLEGED_DEFICIENT = Invariant.explained(
            "the device is asked back only where it is alleged deficient and can be sent", (i, p) -> {
                boolean sendable = i.mistake() == Mistake.WRONG_PRODUCT
                        || i.mistake() == Mistake.DEFECTIVE_PRODUCT && i.deviceKind() != DeviceKind.INSTALLED_SYSTEM;
                return sendable ? null : anyPhrase(p, DEVICE_BACK);
            }).reading("mistake", "deviceKind");

    static final Invariant WAITING_PATIENT_SERVED_IN_THE_CALL = Invariant.explained(
            "a patient waiting on a request we left unanswered hears in the first conversation when they are served",
            (i, p) -> {
                if (i.mistake() != Mistake.UNANSWERED_REQUEST || !patientCase(i)) {
                    return null;
                }
                Optional<Step> fix = p.step(Action.FIX);
                if (fix.isEmpty() || fix.get().stage() != Stage.FIRST_CONTACT) {
                    return fix.map(f -> "FIX is step " + f.order() + " (" + f.stage() + "), not in the first conversation")
                            .orElse("no FIX step serves the waiting patient");
                }
                return fix.get().wording().contains("date for each patient") ? null : "FIX gives no date for each waiting patient";
            }).reading("mistake", "patientImpact", "severity");

    static final Invariant WAITING_PATIENT_SCHEDULED_BEFORE_THE_CALL = Invariant.explained(
            "a patient waiting on a request we left unanswered is scheduled before the first conversation, so that the rep comes in with a date",
            (i, p) -> {
                if (i.mistake() != Mistake.UNANSWERED_REQUEST || !patientCase(i)) {
                    return null;
                }
                boolean scheduled = p.steps(Stage.BEFORE_CONTACT).stream().anyMatch(s -> s.wording().contains("each waiting patient"))
                        || p.dropped().stream().anyMatch(d -> d.wording().contains("each waiting patient"));   // no longer needed once the fix is done
                return scheduled ? null : "no step before the first conversation schedules each waiting patient";
            }).reading("mistake", "patientImpact", "severity");

    static final Invariant UNANSWERED_REQUEST_ANSWERED_FROM_ITS_OWNERS = Invariant.explained(
            "a request we left unanswered where a patient may be affected is answered in the first conversation with what the rep got "
                    + "before it from the people who own it (medical information, technical services, the labelling), and sent in writing today",
            (i, p) -> {
                if (i.mistake() != Mistake.UNANSWERED_REQUEST || i.referralsLost() || !patientCase(i)) {
                    return null;
                }
                boolean got = p.steps(Stage.BEFORE_CONTACT).stream().anyMatch(s -> s.wording().contains("medical information"))
                        || p.dropped().stream().anyMatch(d -> d.wording().contains("medical information"));   // no longer needed once the fix is done
                if (!got) {
                    return "no step before the first conversation gets the answer from medical information or technical services";
                }
                return p.step(Action.FIX).filter(s -> !s.wording().contains("in writing today"))
                        .map(s -> "FIX (step " + s.order() + ") does not send what they asked for in writing today").orElse(null);
            }).reading("mistake", "referralsLost", "patientImpact", "severity");

    static final Invariant REPS_OWN_PROMISE_DONE_BEFORE_THE_CALL = Invariant.explained(
            "a promise the rep made and broke is done by the rep before the first conversation, not confirmed again by others "
                    + "with a new date", (i, p) -> {
                if (i.mistake() != Mistake.BROKEN_PROMISE || i.faultOwner() != FaultOwner.REP) {
                    return null;
                }
                String others = anyPhrase(p, SOMEONE_ELSE_CONFIRMS);
                if (others != null) {
                    return others + " for the rep's own promise";
                }
                String otherwise = p.avoid().stream().filter(a -> a.what() == Avoid.OVERPROMISE)
                        .filter(a -> SOMEONE_ELSE_CONFIRMS.stream().anyMatch(a.why()::contains))
                        .map(a -> "the OVERPROMISE warning asks for what others confirmed, for the rep's own promise").findFirst().orElse(null);
                if (otherwise != null) {
                    return otherwise;
                }
                boolean done = p.steps(Stage.BEFORE_CONTACT).stream().anyMatch(s -> s.wording().contains("what you promised"))
                        || p.dropped().stream().anyMatch(d -> d.wording().contains("what you promised"));   // no longer needed once the fix is done
                return done ? null : "no step before the first conversation has the rep do what they promised";
            }).reading("mistake", "faultOwner");

    static final Invariant REFERRING_PRACTICE_HEARS_OF_ITS_PATIENTS = Invariant.explained(
            "a practice that stopped referring after its requests went unanswered hears about its patients, not a clinical answer nobody asked for",
            (i, p) -> {
                if (i.mistake() != Mistake.UNANSWERED_REQUEST || !i.referralsLost() || !patientCase(i)) {
                    return null;
                }
                return p.step(Action.FIX).filter(s -> s.wording().contains("clinical or safety question"))
                        .map(s -> "FIX answers a clinical or safety question for a referring practice's waiting patients").orElse(null);
            }).reading("mistake", "referralsLost", "patientImpact", "severity");

    static final Invariant REPEATED_WRONG_SOURCE_REPLACED = Invariant.explained(
            "wrong information given again: stock borrowed to cover it is replaced, not handed back, and leadership's change puts the wrong source's replacement in place rather than restating a process change",
            (i, p) -> {
                if (i.mistake() != Mistake.INCORRECT_INFORMATION || i.priorOccurrences() == 0) {
                    return null;
                }
                String returned = anyPhrase(p, List.of("return what they borrowed"));
                if (returned != null) {
                    return returned;
                }
                return p.step(Action.DOUBLE_CHECK_PLAN).filter(s -> s.owner().name().equals("LEADERSHIP") && s.wording().contains("Agree the process change"))
                        .map(s -> "DOUBLE_CHECK_PLAN restates a process change instead of putting the wrong source's replacement in place").orElse(null);
            }).reading("mistake", "priorOccurrences");

    static final Invariant SERIOUS_WRONG_CLAIM_CLEARED_FIRST = Invariant.explained(
            "serious wrong information of ours reaches compliance before the customer is spoken to, and its first correction has nothing offered beside it",
            (i, p) -> {
                if (!seriousWrongClaim(i)) {
                    return null;
                }
                Optional<Step> notify = p.step(Action.NOTIFY_COMPLIANCE);
                if (notify.isEmpty() || notify.get().stage() != Stage.BEFORE_CONTACT || !notify.get().wording().contains("compliance")) {
                    return notify.map(n -> "NOTIFY_COMPLIANCE is step " + n.order() + " (" + n.stage() + ") and "
                            + (n.wording().contains("compliance") ? "comes after the first contact" : "does not name compliance"))
                            .orElse("no NOTIFY_COMPLIANCE step tells compliance");
                }
                if (i.priorOccurrences() > 0) {
                    return null;
                }
                return p.step(Action.OFFER_REMEDY).or(() -> p.step(Action.APPROVE_REMEDY))
                        .map(r -> r.action() + " is step " + r.order() + ", beside the correction of a wrong claim").orElse(null);
            }).reading("mistake", "faultOwner", "severity", "patientImpact", "priorOccurrences");

    static final Invariant SERIOUS_WRONG_CLAIM_CORRECTED_IN_THE_CALL = Invariant.explained(
            "a serious wrong claim is corrected in the first conversation, and words said aloud are not asked to be discarded",
            (i, p) -> {
                if (!seriousWrongClaim(i)) {
                    return null;
                }
                Optional<Step> fix = p.step(Action.FIX);
                if (fix.isEmpty() || fix.get().stage() != Stage.FIRST_CONTACT) {
                    return fix.map(f -> "FIX is step " + f.order() + " (" + f.stage() + "), not in the first conversation")
                            .orElse("no FIX step corrects the claim");
                }
                return i.saidAloud() && fix.get().wording().contains("discard the old one")
                        ? "FIX asks them to discard the old one, of words said aloud" : null;
            }).reading("mistake", "faultOwner", "severity", "patientImpact", "saidAloud");

    static final Invariant REPS_CHECK_FITS_THE_SLIP = Invariant.explained(
            "the rep's own double check fits the slip: a calendar for a missed visit, what is said at another account for a remark made aloud, written approval first after an offer of something of value, the credentials after a lapse of access, and no personal reminder after a repeat",
            (i, p) -> {
                Optional<Step> check = p.step(Action.DOUBLE_CHECK_PLAN);
                if (i.faultOwner() != FaultOwner.REP || check.isEmpty()) {
                    return null;
                }
                String wording = check.get().wording();
                if (i.priorOccurrences() > 0 && wording.contains("a checklist, a reminder")) {
                    return "DOUBLE_CHECK_PLAN is a personal reminder after a repeat";
                }
                if (i.mistake() == Mistake.MISSED_APPOINTMENT && !wording.contains("calendar")) {
                    return "DOUBLE_CHECK_PLAN does not check the calendar of a missed visit";
                }
                if (i.mistake() == Mistake.OTHER && i.otherKind() == OtherKind.INDUCEMENT && !wording.contains("written approval")) {
                    return "DOUBLE_CHECK_PLAN does not ask for compliance's written approval before anything of value, after an offer of it";
                }
                if (i.mistake() == Mistake.OTHER && i.otherKind() == OtherKind.ACCESS_OR_CONDUCT && !wording.contains("credentials")) {
                    return "DOUBLE_CHECK_PLAN does not check the credentials, after a lapse of access";
                }
                return i.mistake() == Mistake.OTHER && i.saidAloud() && wording.contains("leaves your hands")
                        ? "DOUBLE_CHECK_PLAN checks what leaves your hands, for a remark made aloud" : null;
            }).reading("mistake", "faultOwner", "priorOccurrences", "saidAloud", "otherKind");

    static final Invariant FAILING_CARRIER_REPLACED = Invariant.explained(
            "a carrier late to the account for the third time or more is not trusted for the time, and its root cause asks whether to move the account",
            (i, p) -> {
                if (!(i.mistake() == Mistake.LATE_DELIVERY && i.faultOwner() == FaultOwner.THIRD_PARTY && i.priorOccurrences() >= 2)) {
                    return null;
                }
                String again = p.steps().stream().filter(s -> CARRIER_AGAIN.stream().anyMatch(s.wording()::contains)).findFirst()
                        .map(s -> s.action() + " relies on the carrier that keeps failing").orElse(null);
                if (again != null) {
                    return again;
                }
                List<Step> causes = p.steps().stream().filter(s -> s.action() == Action.FIND_ROOT_CAUSE).toList();
                return causes.isEmpty() || causes.stream().anyMatch(s -> s.wording().contains("another carrier or route")) ? null
                        : "FIND_ROOT_CAUSE does not ask whether to move the account to another carrier or route";
            }).reading("mistake", "faultOwner", "priorOccurrences");

    static final Invariant DISPUTED_CHARGE_NOT_REFUNDED_BEFORE_IT_IS_KNOWN = Invariant.explained(
            "a charge whose fault is unknown is traced to where the items went, not refunded before the records settle it",
            (i, p) -> {
                if (!(i.mistake() == Mistake.BILLING_ERROR && i.faultOwner() == FaultOwner.UNKNOWN && !billingAcrossInvoices(i))) {
                    return null;
                }
                return p.steps().stream().filter(s -> s.wording().contains("refund any overcharge")).findFirst()
                        .map(s -> s.action() + " refunds a charge nobody yet knows to be wrong").orElse(null);
            }).reading("mistake", "faultOwner", "detectedBy", "priorOccurrences", "spreadBeyondContact", "severity");

    static final Invariant SPOKEN_ADVICE_GIVER_OFF_CASE_COVER = Invariant.explained(
            "whoever of ours gave serious wrong advice aloud steps back from case cover until re-briefed, and their cases are covered by name",
            (i, p) -> {
                boolean ourPerson = i.faultOwner() == FaultOwner.REP || i.faultOwner() == FaultOwner.COMPANY;
                if (!(i.mistake() == Mistake.INCORRECT_INFORMATION && i.saidAloud() && ourPerson && i.priorOccurrences() == 0
                        && (i.severity() == Severity.HIGH || i.severity() == Severity.CRITICAL))) {
                    return null;
                }
                return p.steps().stream().anyMatch(s -> s.wording().contains("case cover") && s.wording().contains("covers"))
                        ? null : "no step takes whoever gave the advice off case cover and names who covers their cases";
            }).reading("mistake", "saidAloud", "faultOwner", "priorOccurrences", "severity");

    static final Invariant SERIOUS_MISSED_CASE_COVERED = Invariant.explained(
            "the rep's own missed case with a patient waiting, or a serious one, is answered with cover for what is booked, not a new time",
            (i, p) -> {
                if (!(i.mistake() == Mistake.MISSED_APPOINTMENT && i.faultOwner() == FaultOwner.REP
                        && (patientCase(i) || i.severity() == Severity.HIGH))) {
                    return null;
                }
                Optional<Step> fix = p.step(Action.FIX);
                if (fix.isEmpty() || !fix.get().wording().contains("cover")) {
                    return "no FIX step confirms cover for the cases booked";
                }
                return spokenPhrase(p, REBOOKING);
            }).reading("mistake", "faultOwner", "severity", "patientImpact");

    static final Invariant DISPUTED_CHARGE_HELD = Invariant.explained(
            "a charge whose fault is unknown is held and the records compared before the call, not conceded as a wrong invoice",
            (i, p) -> {
                if (!(i.mistake() == Mistake.BILLING_ERROR && i.faultOwner() == FaultOwner.UNKNOWN && !billingAcrossInvoices(i))) {
                    return null;
                }
                Optional<Step> hold = p.steps(Stage.BEFORE_CONTACT).stream().filter(s -> s.wording().contains("on hold")).findFirst();
                if (hold.isEmpty()) {
                    return "no step before the first contact puts the invoice on hold";
                }
                return p.steps().stream().filter(s -> CONCEDED.stream().anyMatch(s.wording()::contains)).findFirst()
                        .map(s -> s.action() + " concedes the charge before anyone has looked").orElse(null);
            }).reading("mistake", "faultOwner", "detectedBy", "priorOccurrences", "spreadBeyondContact", "severity");

    static final Invariant PARTNER_SUBSTITUTE_STOPPED_FIRST = Invariant.explained(
            "a partner's wrong product that reached a patient is stopped on the account before the call, and no used device is sent back unasked",
            (i, p) -> {
                if (!(i.mistake() == Mistake.WRONG_PRODUCT && i.faultOwner() == FaultOwner.THIRD_PARTY && deviceAllegedDeficient(i)
                        && patientCase(i))) {
                    return null;
                }
                Optional<Step> control = p.step(Action.DOUBLE_CHECK_PLAN);
                if (control.isEmpty() || control.get().stage() != Stage.BEFORE_CONTACT) {
                    return control.map(c -> "DOUBLE_CHECK_PLAN is step " + c.order() + ", in " + c.stage())
                            .orElse("no DOUBLE_CHECK_PLAN step stops the partner before the call");
                }
                return p.steps().stream().filter(s -> s.wording().contains("arrange the return of the device")).findFirst()
                        .map(s -> s.action() + " returns a device that may have been used on a patient").orElse(null);
            }).reading("mistake", "faultOwner", "detectedBy", "patientImpact", "severity");

    static final Invariant WHO_ELSE_HEARD_FROM_THE_REP_WHILE_PATIENTS_WAIT = Invariant.explained(
            "where patients waited on us (a late delivery, a broken promise, a missed visit, a forgotten item, an unanswered request), "
                    + "whoever else heard is offered the rep's own word, whatever the label, and not routed through risk management", (i, p) -> {
                if (!PATIENTS_WAITING.contains(i.mistake()) || i.publicComplaint()) {
                    return null;
                }
                return p.step(Action.CHECK_SPREAD).filter(s -> s.wording().contains("give the names to risk management"))
                        .map(s -> "CHECK_SPREAD routes the others who heard through risk management, for a " + i.mistake())
                        .orElse(null);
            }).reading("mistake", "publicComplaint");

    static final Invariant SERVICE_FAILURE_OF_OURS_OWNED = Invariant.explained(
            "a delivery, visit, item or promise of ours that failed, or a request of theirs we left unanswered, where a patient may be affected "
                    + "is owned plainly, not regretted or told \"without fault\": no device is alleged to have harmed anyone", (i, p) -> {
                if (!(SERVICE_FAILURES.contains(i.mistake()) && patientCase(i)
                        && (i.faultOwner() == FaultOwner.COMPANY || i.faultOwner() == FaultOwner.REP))) {
                    return null;
                }
                return p.steps().stream().filter(s -> s.action() == Action.APOLOGIZE || s.action() == Action.EXPRESS_REGRET
                                || s.action() == Action.DISCLOSE_WHAT_WE_KNOW)
                        .filter(s -> s.wording().contains("nothing about fault"))
                        .map(s -> s.action() + " says \"nothing about fault\"").findFirst().orElse(null);
            }).reading("mistake", "faultOwner", "patientImpact", "severity");

    static final Invariant WRITTEN_REPLY_CARRIES_THE_FIX = Invariant.explained(
            "a first wrong information or unanswered request answered in writing (low severity, a calm customer, no patient, no public post) "
                    + "carries the correction or the answer in that message, not in a later step or a talk to come", (i, p) -> {
                if (!(i.severity() == Severity.LOW && i.customerMood() == CustomerMood.CALM && !i.patientImpact() && !i.publicComplaint()
                        && i.priorOccurrences() == 0
                        && (i.mistake() == Mistake.INCORRECT_INFORMATION || i.mistake() == Mistake.UNANSWERED_REQUEST))) {
                    return null;
                }
                String spoken = anyPhrase(p, List.of("when you speak to them"));
                if (spoken != null) {
                    return spoken + " in a written reply";
                }
                return p.step(Action.FIX).filter(s -> s.stage() != Stage.FIRST_CONTACT)
                        .map(s -> "FIX is step " + s.order() + " (" + s.stage() + "), not in the written reply").orElse(null);
            }).reading("mistake", "severity", "customerMood", "patientImpact", "publicComplaint", "priorOccurrences");

    static final Invariant REPEAT_OWNED_WITHOUT_A_PLEDGE = Invariant.explained(
            "a repeat is owned with what is done, by whom and by when, never with the rep's personal pledge", (i, p) ->
                    i.priorOccurrences() >= 1 ? spokenPhrase(p, PERSONAL_PLEDGE) : null).reading("priorOccurrences");

    static final Invariant WALKED_THROUGH_ONCE = Invariant.explained(
            "what happened is walked through with the customer in one step, not in two that say the same", (i, p) -> {
                List<Step> walks = p.steps().stream()
                        .filter(s -> s.wording().toLowerCase(java.util.Locale.ROOT).contains("walk them through what happened")).toList();
                return walks.size() < 2 ? null
                        : walks.get(0).action() + " (step " + walks.get(0).order() + ") and " + walks.get(1).action() + " (step "
                                + walks.get(1).order() + ") both walk them through what happened";
            }).reading();

    static final Invariant CUSTOMERS_SLIP_CLOSED_IN_ONE_CALL = Invariant.explained(
            "the customer's own slip, with no patient and nothing investigated, is closed in one call that explains it, not followed by a check-in of its own",
            (i, p) -> {
                // a defective product is a complaint, investigated even where the customer's side is thought to have caused it
                if (i.faultOwner() != FaultOwner.CUSTOMER || patientCase(i) || i.mistake() == Mistake.DEFECTIVE_PRODUCT) {
                    return null;
                }
                Optional<Step> explained = p.step(Action.EXPLAIN_CAUSE).filter(s -> s.timing() != Timing.WHEN_INVESTIGATION_CLOSES);
                if (explained.isEmpty()) {
                    return null;
                }
                return p.step(Action.FOLLOW_UP).map(f -> "FOLLOW_UP (step " + f.order() + ") is a contact of its own beside EXPLAIN_CAUSE (step "
                        + explained.get().order() + ")").orElse(null);
            }).reading("mistake", "faultOwner", "patientImpact", "severity");

    static final Invariant OFFER_OR_DISCLOSURE_KNOWN_TO_COMPLIANCE = Invariant.explained(
            "whoever else knows of an offer to a healthcare professional or a disclosure is named to compliance (or risk management), "
                    + "and the rep does not go to them alone (a public complaint's step, about the post, is not held to it)", (i, p) -> {
                if (i.mistake() != Mistake.OTHER || i.publicComplaint()
                        || i.otherKind() != OtherKind.INDUCEMENT && i.otherKind() != OtherKind.DISCLOSURE) {
                    return null;
                }
                String alone = anyPhrase(p, ON_YOUR_OWN);
                if (alone != null) {
                    return alone;
                }
                return p.step(Action.CHECK_SPREAD)
                        .filter(s -> !s.wording().contains("compliance") && !s.wording().contains("risk management"))
                        .map(s -> "CHECK_SPREAD asks who else knows, and does not name them to compliance or risk management").orElse(null);
            }).reading("mistake", "otherKind", "publicComplaint");

    static final Invariant CUSTOMERS_OWN_WRONG_ORDER_REPLACED_WHILE_IN_TOUCH = Invariant.explained(
            "a customer's own wrong order, with no patient involved, is reordered while the rep is in touch, not days later", (i, p) -> {
                if (i.mistake() != Mistake.WRONG_PRODUCT || i.faultOwner() != FaultOwner.CUSTOMER || patientCase(i)) {
                    return null;
                }
                return p.step(Action.FIX).filter(f -> f.stage() != Stage.FIRST_CONTACT)
                        .map(f -> "FIX is step " + f.order() + " (" + f.stage() + ", " + f.timing() + "), not in the first contact")
                        .orElse(null);
            }).reading("mistake", "faultOwner", "patientImpact", "severity");

    static final Invariant PARTNERS_DAMAGE_SAID_AS_SUCH = Invariant.explained(
            "a partner's defect that reached them unfit for use is not said as a failure in use, nor as a cause nobody knows", (i, p) ->
                    i.mistake() == Mistake.DEFECTIVE_PRODUCT && i.faultOwner() == FaultOwner.THIRD_PARTY
                            && i.detectedBy() != DetectedBy.COMPANY && i.deviceKind() != DeviceKind.INSTALLED_SYSTEM
                            ? spokenPhrase(p, PARTNERS_DAMAGE_AS_A_MYSTERY) : null)
            .reading("mistake", "faultOwner", "detectedBy", "deviceKind");

    static final Invariant FORGOTTEN_PART_SENT_NOT_THE_PRODUCT = Invariant.explained(
            "a forgotten item is sent and promised as what was left out, never as the whole product the customer may already have",
            (i, p) -> {
                if (i.mistake() != Mistake.FORGOTTEN_ITEM) {
                    return null;
                }
                return p.steps().stream()
                        .filter(s -> SENT.stream().anyMatch(s.wording()::contains) && !s.wording().contains("what was left out"))
                        .findFirst().map(s -> s.action() + " sends or promises the product, not what was left out of it").orElse(null);
            }).reading("mistake");

    static final Invariant ACCESSORIES_OF_NO_ONE_KIND = Invariant.explained(
            "the accessories kept with a unit of equipment are named in words that fit any unit, never as one kind's list (cords and handpieces, administration sets), which the incident does not tell",
            (i, p) -> i.mistake() == Mistake.DEFECTIVE_PRODUCT && i.deviceKind() == DeviceKind.EQUIPMENT ? anyPhrase(p, ONE_KINDS_ACCESSORIES) : null)
            .reading("mistake", "deviceKind");

    static final Invariant LAPSED_ACCESS_ENDED_BEFORE_THE_CALL = Invariant.explained(
            "a rep whose own access or credentials lapsed is off their clinical areas before the first conversation, unless it was a small slip the rep caught",
            (i, p) -> {
                if (!(i.mistake() == Mistake.OTHER && i.otherKind() == OtherKind.ACCESS_OR_CONDUCT && i.faultOwner() == FaultOwner.REP)
                        || smallSlipWeCaught(i)) {
                    return null;
                }
                boolean beforeTheCall = p.steps(Stage.BEFORE_CONTACT).stream().anyMatch(s -> s.wording().contains(OFF_THEIR_CLINICAL_AREAS))
                        || p.dropped().stream().anyMatch(d -> d.wording().contains(OFF_THEIR_CLINICAL_AREAS));   // no longer needed once the fix is done
                return beforeTheCall ? null : p.steps().stream().filter(s -> s.wording().contains(OFF_THEIR_CLINICAL_AREAS)).findFirst()
                        .map(s -> s.action() + " (step " + s.order() + ", " + s.stage() + ") keeps the rep out of their clinical areas, and no step before the call does")
                        .orElse(null);
            }).reading("mistake", "otherKind", "faultOwner", "severity", "detectedBy", "customerMood", "priorOccurrences", "patientImpact",
                    "publicComplaint", "spreadBeyondContact", "referralsLost");

    static final Invariant SAFETY_NOTICE_ONLY_WHEN_THE_KIND_IS_NOT_SAID = Invariant.explained(
            "a disclosure, an offer or a breach of the account's rules is never handled as a safety notice that missed them",
            (i, p) -> i.mistake() == Mistake.OTHER && i.otherKind() != OtherKind.NOT_SAID ? anyPhrase(p, SAFETY_NOTICE) : null)
            .reading("mistake", "otherKind");

    static final Invariant FIX_SAID_DONE_ONLY_WHEN_SET_MOVING_FIRST = Invariant.explained(
            "the customer is told the fix is already in hand or done only when a step before the first conversation set it moving",
            (i, p) -> {
                boolean setMoving = p.steps(Stage.BEFORE_CONTACT).stream().anyMatch(s -> s.action() == Action.ARRANGE_FIX)
                        || p.dropped().stream().anyMatch(d -> d.action() == Action.ARRANGE_FIX);
                if (setMoving) {
                    return null;
                }
                String said = spokenPhrase(p, FIX_CLAIMED_DONE);
                return said == null ? null : said + ", and no step before the first conversation set the fix moving";
            }).reading();

    static final Invariant PROMISE_TO_PUT_IT_RIGHT_GIVEN_ONCE = Invariant.explained(
            "the first conversation gives the rep's promise to put it right once, not in two lines in a row",
            (i, p) -> {
                List<Step> promising = p.steps(Stage.FIRST_CONTACT).stream()
                        .filter(s -> PROMISE_TO_PUT_IT_RIGHT.stream().anyMatch(s.wording()::contains)).toList();
                return promising.size() < 2 ? null
                        : promising.get(0).action() + " (step " + promising.get(0).order() + ") and " + promising.get(1).action()
                                + " (step " + promising.get(1).order() + ") both promise to put it right";
            }).reading();

    static final Invariant SMALL_SLIP_CHECKED_BY_THE_REP_ALONE = Invariant.explained(
            "a small first slip of the rep's own that they caught keeps the rep's check their own, without the sales manager's review",
            (i, p) -> i.faultOwner() == FaultOwner.REP && smallSlipWeCaught(i)
                    ? p.step(Action.DOUBLE_CHECK_PLAN).flatMap(s -> MANAGER_REVIEW.stream().filter(s.wording()::contains).findFirst()
                            .map(phrase -> "DOUBLE_CHECK_PLAN says \"" + phrase + "\"")).orElse(null)
                    : null)
            .reading("faultOwner", "severity", "detectedBy", "customerMood", "priorOccurrences", "patientImpact", "publicComplaint",
                    "spreadBeyondContact", "referralsLost");

    static final Invariant EQUIPMENT_IN_WORDS_FOR_ANY_ACCOUNT = Invariant.explained(
            "a unit of equipment is set aside and replaced in words that fit any account, a private clinic as well as a hospital: never their biomedical engineers, their own pool or a ward, as if every account had them",
            (i, p) -> {
                if (i.deviceKind() != DeviceKind.EQUIPMENT) {
                    return null;
                }
                for (Step s : p.steps()) {
                    for (String phrase : HOSPITAL_ONLY) {
                        if (s.wording().contains(phrase) || s.why().contains(phrase)) {
                            return s.action() + " says \"" + phrase + "\"";
                        }
                    }
                }
                return null;
            }).reading("deviceKind");

    static final Invariant INSTRUMENTS_PROMISED_READY_NOT_ARRIVED = Invariant.explained(
            "instruments we bring for a patient's case, or left out of a set, are promised for when sterile processing has them ready, not when they arrive",
            (i, p) -> {
                if (!(i.deviceKind() == DeviceKind.INSTRUMENT_SET && INSTRUMENTS_BROUGHT.contains(i.mistake())
                        && (i.mistake() == Mistake.FORGOTTEN_ITEM || patientCase(i)))) {
                    return null;
                }
                return p.step(Action.FIX).filter(f -> !f.wording().contains("sterile processing"))
                        .map(f -> "FIX (step " + f.order() + ") gives no time agreed with sterile processing").orElse(null);
            }).reading("deviceKind", "mistake", "patientImpact", "severity");

    static final Invariant NO_VISIT_WITHIN_THE_HOUR = Invariant.explained(
            "nobody is asked to meet the customer in person within the hour: a visit that soon is rarely possible, and waiting for it would lose the hour",
            (i, p) -> p.channel() == Channel.IN_PERSON && Clock.dueWithin(p.respondWithin(), 1)
                    ? "the first contact is in person, " + p.respondWithin() : null).reading();

    static final Invariant ANGRY_CUSTOMER_MET_IN_PERSON = Invariant.explained(
            "an angry customer is met in person: at the first contact, or the same day after a first call where a patient may be affected",
            (i, p) -> i.customerMood() != CustomerMood.ANGRY || p.channel() == Channel.IN_PERSON || p.has(Action.MEET_IN_PERSON) ? null
                    : "first contact by " + p.channel() + ", and no MEET_IN_PERSON step").reading("customerMood");

    static final Invariant NOTHING_OFFERED_FOR_A_DISCLOSURE_OR_AN_OFFER = Invariant.explained(
            "a disclosure or an offer of value, whoever made it, has no remedy offered or approved by the sales manager: "
                    + "any remedy is for legal and compliance once they have assessed it", (i, p) -> {
                if (i.mistake() != Mistake.OTHER || i.otherKind() != OtherKind.DISCLOSURE && i.otherKind() != OtherKind.INDUCEMENT) {
                    return null;
                }
                Optional<Step> remedy = p.step(Action.OFFER_REMEDY).or(() -> p.step(Action.APPROVE_REMEDY));
                if (remedy.isPresent()) {
                    return remedy.get().action() + " is step " + remedy.get().order();
                }
                return anyPhrase(p, SALES_MANAGER_REMEDY);
            }).reading("mistake", "otherKind");

    static final Invariant CUSTOMERS_BILLING_SLIP_LEAVES_OUR_INVOICE = Invariant.explained(
            "a billing slip on the customer's side does not have our invoice cancelled, corrected or its fees reversed "
                    + "(unless the wrong entry reached a patient's implant record)", (i, p) -> {
                if (i.mistake() != Mistake.BILLING_ERROR || i.faultOwner() != FaultOwner.CUSTOMER || implantRecordWrong(i)) {
                    return null;
                }
                return anyPhrase(p, OUR_INVOICE_CORRECTED);
            }).reading("mistake", "faultOwner", "patientImpact", "severity", "deviceKind");

    private Invariants() {
    }

    /** Every default invariant, in the order reports list them. */
    public static List<Invariant> defaults() {
        return List.of(FIX_OR_REMEDY, CLOCK, NOTHING_TOLD_BEFORE_IT_EXISTS, OWNERSHIP_BEFORE_FIX, APOLOGY_BEFORE_EXPLANATION,
                OPENS_A_CONVERSATION, ANGRY_THANKED_FIRST, NO_APOLOGY_FOR_OTHERS, NO_REMEDY_ON_THE_SPOT,
                COMPLAINT_ONLY_FOR_A_DEVICE, RISK_MANAGEMENT_FIRST, HOLD_FIRST, CORRECTION_APPROVED_FIRST, KNOWN_SLIP_SAID_PLAINLY,
                CONVERSATION_OPENED_ONCE, PROMISE_KEPT, PROMISED_CONTACT_HAS_A_STEP, SERIOUS_DELIVERY_NOT_BY_THE_FAILED_ROUTE,
                SERIOUS_WRONG_CLAIM_CLEARED_FIRST, SERIOUS_WRONG_CLAIM_CORRECTED_IN_THE_CALL, WAITING_PATIENT_SERVED_IN_THE_CALL, WAITING_PATIENT_SCHEDULED_BEFORE_THE_CALL, UNANSWERED_REQUEST_ANSWERED_FROM_ITS_OWNERS, REPS_OWN_PROMISE_DONE_BEFORE_THE_CALL, REFERRING_PRACTICE_HEARS_OF_ITS_PATIENTS, REPEATED_WRONG_SOURCE_REPLACED, REPS_CHECK_FITS_THE_SLIP, FAILING_CARRIER_REPLACED, SPOKEN_ADVICE_GIVER_OFF_CASE_COVER,
                DISPUTED_CHARGE_NOT_REFUNDED_BEFORE_IT_IS_KNOWN, SERIOUS_MISSED_CASE_COVERED, DISPUTED_CHARGE_HELD, PARTNER_SUBSTITUTE_STOPPED_FIRST,
                NO_REMEDY_BESIDE_NOTHING_OFFERED, BILLING_CHECKED_ACROSS_INVOICES, NO_LOSS_BEFORE_IT_HAPPENED, SHORT_WAIT_SORRY_IN_A_LINE,
                SMALL_SLIP_IN_PROPORTION, NEXT_HOUR, NO_UNFILLED_PLACEHOLDER, NO_ACTION_TWICE, SALES_MANAGER_ONCE_A_DAY,
                INSTALLED_EQUIPMENT_RESTORED_WHERE_IT_STANDS, UNITS_HAVE_NO_LOT, SERVICE_FINDING_BOOKED_BEFORE_THE_CALL, EXPLANT_IS_NO_SHELF_STOCK, REPS_OWN_DEFECT_SWEPT_AND_SAID, HOLD_FITS_WHAT_IS_HELD, IMPLANT_RECORD_PUT_RIGHT_BY_WHOEVER_KEEPS_IT, ACCESSORIES_KEPT_WITH_THE_UNIT, WHO_ELSE_HEARD_REACHED_THROUGH_RISK_MANAGEMENT, WHO_ELSE_HEARD_ASKED_ONCE,
                DOWNTIME_TOLD_WITHOUT_A_CAUSE, NO_PUBLIC_REPLY_OF_OUR_OWN_AFTER_PATIENT_HARM,
                SPOKEN_ADVICE_HAS_NO_COPIES, SPOKEN_REMARK_NOT_ASKED_BACK, DEVICE_BACK_ONLY_WHEN_ALLEGED_DEFICIENT,
                WHO_ELSE_HEARD_FROM_THE_REP_WHILE_PATIENTS_WAIT, SERVICE_FAILURE_OF_OURS_OWNED, WRITTEN_REPLY_CARRIES_THE_FIX,
                REPEAT_OWNED_WITHOUT_A_PLEDGE, WALKED_THROUGH_ONCE, CUSTOMERS_SLIP_CLOSED_IN_ONE_CALL,
                OFFER_OR_DISCLOSURE_KNOWN_TO_COMPLIANCE, CUSTOMERS_OWN_WRONG_ORDER_REPLACED_WHILE_IN_TOUCH, PARTNERS_DAMAGE_SAID_AS_SUCH,
                FORGOTTEN_PART_SENT_NOT_THE_PRODUCT, ACCESSORIES_OF_NO_ONE_KIND, LAPSED_ACCESS_ENDED_BEFORE_THE_CALL,
                SAFETY_NOTICE_ONLY_WHEN_THE_KIND_IS_NOT_SAID, FIX_SAID_DONE_ONLY_WHEN_SET_MOVING_FIRST, PROMISE_TO_PUT_IT_RIGHT_GIVEN_ONCE,
                SMALL_SLIP_CHECKED_BY_THE_REP_ALONE,
                EQUIPMENT_IN_WORDS_FOR_ANY_ACCOUNT, INSTRUMENTS_PROMISED_READY_NOT_ARRIVED, NO_VISIT_WITHIN_THE_HOUR,
                ANGRY_CUSTOMER_MET_IN_PERSON, NOTHING_OFFERED_FOR_A_DISCLOSURE_OR_AN_OFFER, CUSTOMERS_BILLING_SLIP_LEAVES_OUR_INVOICE,
                WHO_ELSE_HEARD_ASKED_IN_THE_CONVERSATION);
    }

    /**
     * Whether the incident alleges a deficiency in a released device, which makes it a product
     * complaint: a defective product (unless our own quality people found it: that is a possible
     * field action, not a complaint), or a wrong product that the customer and the rep did not choose
     * themselves (it may be mislabelled or mispacked), unless our own warehouse caught it (an internal
     * picking error) or the rep caught a partner's picking error before anything was used; or our own
     * wrong information that may reach a patient, reported by the customer or a third party: its
     * labelling (a label, the instructions for use, a card in the box) is alleged deficient.
     */
    static boolean deviceAllegedDeficient(Incident incident) {
        return incident.mistake() == Mistake.DEFECTIVE_PRODUCT && incident.detectedBy() != DetectedBy.COMPANY
                || incident.mistake() == Mistake.WRONG_PRODUCT && incident.detectedBy() != DetectedBy.COMPANY
                        && NEITHER_CUSTOMER_NOR_REP.contains(incident.faultOwner())
                        && !(incident.faultOwner() == FaultOwner.THIRD_PARTY && incident.detectedBy() == DetectedBy.REP)
                || incident.mistake() == Mistake.INCORRECT_INFORMATION && incident.faultOwner() == FaultOwner.COMPANY
                        && !weCaughtIt(incident) && (incident.patientImpact() || incident.severity() == Severity.CRITICAL);
    }

    /**
     * Whether a patient may be affected and what went wrong may still be in use on the customer's side:
     * a device alleged defective (not a lot our quality people found: its approved message carries the
     * hold), anything prepared on wrong information, or a wrong item that was not the customer's choice.
     */
    static boolean mayStillBeInUse(Incident incident) {
        boolean patient = incident.patientImpact() || incident.severity() == Severity.CRITICAL;
        return patient && (incident.mistake() == Mistake.DEFECTIVE_PRODUCT && incident.detectedBy() != DetectedBy.COMPANY
                || incident.mistake() == Mistake.INCORRECT_INFORMATION
                || incident.mistake() == Mistake.WRONG_PRODUCT && incident.faultOwner() != FaultOwner.CUSTOMER);
    }

    /** Whether a patient was, or could have been, affected, or patient care was (CRITICAL). */
    /**
     * Whether an installed system failed with no patient's care affected (below CRITICAL): it is down,
     * and patients wait on it; none was harmed by it.
     */
    private static boolean installedSystemDown(Incident incident) {
        return incident.mistake() == Mistake.DEFECTIVE_PRODUCT && incident.deviceKind() == DeviceKind.INSTALLED_SYSTEM
                && incident.severity() != Severity.CRITICAL;
    }

    private static boolean patientCase(Incident incident) {
        return incident.patientImpact() || incident.severity() == Severity.CRITICAL;
    }

    /**
     * Whether wrong information of ours or the rep's mattered (HIGH) and no patient is involved: most
     * often a claim about what a product does or its evidence, whose correction compliance words.
     */
    static boolean seriousWrongClaim(Incident incident) {
        return incident.mistake() == Mistake.INCORRECT_INFORMATION && incident.severity() == Severity.HIGH && !patientCase(incident)
                && (incident.faultOwner() == FaultOwner.REP || incident.faultOwner() == FaultOwner.COMPANY);
    }

    /**
     * Whether a billing error of ours (or a partner's, or the rep's) runs across invoices: an auditor or
     * another third party found it, it is the third time or more, or the customer found a company's or
     * partner's error of medium severity or more that others in their organisation already know of.
     */
    /**
     * Whether a billing error reached a patient's implant record (a patient, a critical error or an
     * implant): then the invoice is corrected with every record built on the same entry, whoever slipped.
     */
    static boolean implantRecordWrong(Incident incident) {
        return incident.mistake() == Mistake.BILLING_ERROR
                && (incident.patientImpact() || incident.severity() == Severity.CRITICAL || incident.deviceKind() == DeviceKind.IMPLANT);
    }

    static boolean billingAcrossInvoices(Incident incident) {
        return incident.mistake() == Mistake.BILLING_ERROR && incident.faultOwner() != FaultOwner.CUSTOMER
                && (incident.detectedBy() == DetectedBy.THIRD_PARTY || incident.priorOccurrences() >= 2
                        || incident.detectedBy() == DetectedBy.CUSTOMER && incident.spreadBeyondContact()
                                && incident.severity() != Severity.LOW
                                && (incident.faultOwner() == FaultOwner.COMPANY || incident.faultOwner() == FaultOwner.THIRD_PARTY));
    }

    /**
     * Whether we caught it before the loss reached the customer: a promise or a delivery we see will
     * fail, an item we see was left out, or a safety notice, recall or field action of ours (or a
     * partner's) that did not reach them, where a patient may be affected.
     */
    static boolean caughtBeforeTheLoss(Incident incident) {
        boolean patient = incident.patientImpact() || incident.severity() == Severity.CRITICAL;
        return weCaughtIt(incident) && (incident.mistake() == Mistake.BROKEN_PROMISE || incident.mistake() == Mistake.LATE_DELIVERY
                || incident.mistake() == Mistake.FORGOTTEN_ITEM
                || incident.mistake() == Mistake.OTHER && patient
                        && (incident.faultOwner() == FaultOwner.COMPANY || incident.faultOwner() == FaultOwner.THIRD_PARTY));
    }

    /** The first of the phrases said to the customer (in a step not done in-house), as a problem, or null. */
    /** The first step, in-house or not, whose wording has one of the phrases, and the phrase; null if none has. */
    private static String anyPhrase(RecoveryPlan plan, List<String> phrases) {
        for (Step s : plan.steps()) {
            for (String phrase : phrases) {
                if (s.wording().contains(phrase)) {
                    return s.action() + " says \"" + phrase + "\"";
                }
            }
        }
        return null;
    }

    private static String spokenPhrase(RecoveryPlan plan, List<String> phrases) {
        for (Step s : plan.steps()) {
            if (s.action().inHouse()) {
                continue;
            }
            for (String phrase : phrases) {
                if (s.wording().contains(phrase)) {
                    return s.action() + " says \"" + phrase + "\"";
                }
            }
        }
        return null;
    }

    private static boolean weCaughtIt(Incident incident) {
        return incident.detectedBy() == DetectedBy.REP || incident.detectedBy() == DetectedBy.COMPANY;
    }

    /** Whether the step is one the complaint path requires whatever the size of the slip. */
    static boolean onTheComplaintPath(Step step) {
        return COMPLAINT_PATH.contains(step.action()) || step.timing() == Timing.WHEN_INVESTIGATION_CLOSES;
    }

    /** A low-severity first slip that we caught, with a calm customer and nothing beyond the contact. */
    static boolean smallSlipWeCaught(Incident incident) {
        return incident.severity() == Severity.LOW
                && (incident.detectedBy() == DetectedBy.REP || incident.detectedBy() == DetectedBy.COMPANY)
                && incident.customerMood() == CustomerMood.CALM
                && incident.priorOccurrences() == 0
                && !incident.patientImpact() && !incident.publicComplaint() && !incident.spreadBeyondContact()
                && !incident.referralsLost();
    }

    private static String clockOrder(RecoveryPlan plan) {
        if (plan.respondWithin().isRelative()) {
            return "the first contact has the relative timing " + plan.respondWithin();
        }
        for (Step s : plan.steps()) {
            if (s.timing().isRelative()) {
                return s.action() + " has the relative timing " + s.timing();
            }
        }
        Step previous = null;
        for (Step s : plan.steps()) {
            if (previous != null && s.stage().compareTo(previous.stage()) < 0) {
                return s.action() + " (" + s.stage() + ") comes after " + previous.action() + " (" + previous.stage() + ")";
            }
            previous = s;
        }
        int firstContact = Clock.fromReport(plan.respondWithin());
        for (Step s : plan.steps()) {
            int due = s.timing().isAfterTheFix() ? Integer.MAX_VALUE : Clock.fromReport(s.timing());
            String problem = switch (s.stage()) {
                case BEFORE_CONTACT -> !s.action().inHouse() ? " is done with the customer, yet comes before the first contact"
                        : due > firstContact ? " is due " + s.timing() + ", after the first contact (" + plan.respondWithin()
                                + "), yet comes before it" : null;
                case FIRST_CONTACT -> s.action().inHouse() ? " is done in-house, yet is part of the first conversation"
                        : due > firstContact ? " is due " + s.timing() + ", after the first contact (" + plan.respondWithin()
                                + "), yet is part of it" : null;
                case FOLLOW_THROUGH -> due < firstContact ? " is due " + s.timing() + ", before the first contact ("
                        + plan.respondWithin() + "), yet comes after it" : null;
            };
            if (problem != null) {
                return s.action() + problem;
            }
        }
        for (Stage stage : List.of(Stage.BEFORE_CONTACT, Stage.FOLLOW_THROUGH)) {
            List<Step> steps = plan.steps(stage);
            int at = Clock.of(plan).firstOutOfOrder(steps);
            if (at >= 0) {
                Step late = steps.get(at - 1);
                Step early = steps.get(at);
                return early.action() + " (" + early.timing() + ") comes after " + late.action() + " (" + late.timing()
                        + "), which falls due later";
            }
        }
        return null;
    }

    private static String toldBeforeItExists(RecoveryPlan plan) {
        for (Step s : plan.steps(Stage.FIRST_CONTACT)) {
            if (FINDINGS.contains(s.action())) {
                return s.action() + " is part of the first conversation, before anything is found or agreed";
            }
            for (String phrase : PREVENTION_IN_PLACE) {
                if (s.wording().contains(phrase)) {
                    return s.action() + " says \"" + phrase + "\" in the first conversation, before anything is found or agreed";
                }
            }
        }
        Clock clock = Clock.of(plan);
        String problem = firstOf(
                toldAfter(plan, clock, Action.FIND_ROOT_CAUSE, Action.EXPLAIN_CAUSE, true),
                toldAfter(plan, clock, Action.DOUBLE_CHECK_PLAN, Action.SHARE_PREVENTION, true),
                toldAfter(plan, clock, Action.APPROVE_REMEDY, Action.OFFER_REMEDY, false),
                toldAfter(plan, clock, Action.FIX, Action.THANK_FOR_UNDERSTANDING, false),
                toldAfter(plan, clock, Action.EXPLAIN_CAUSE, Action.THANK_FOR_UNDERSTANDING, false),
                toldAfter(plan, clock, Action.SHARE_PREVENTION, Action.THANK_FOR_UNDERSTANDING, false));
        if (problem != null || !plan.has(Action.ROUTE_COMPLAINT)) {
            return problem;
        }
        for (Action told : List.of(Action.EXPLAIN_CAUSE, Action.SHARE_PREVENTION, Action.THANK_FOR_UNDERSTANDING)) {
            Optional<Step> step = plan.step(told);
            if (step.isPresent() && clock.alwaysEarlier(step.get().timing(), Timing.WHEN_INVESTIGATION_CLOSES)) {
                return told + " is due " + step.get().timing() + ", before the complaint investigation closes";
            }
        }
        return null;
    }

    /**
     * The problem when {@code told} comes before {@code source}, or falls due earlier; when
     * {@code required}, {@code told} without {@code source} is a problem too.
     */
    private static String toldAfter(RecoveryPlan plan, Clock clock, Action source, Action told, boolean required) {
        Optional<Step> t = plan.step(told);
        if (t.isEmpty()) {
            return null;
        }
        Optional<Step> s = plan.step(source);
        if (s.isEmpty()) {
            return required ? told + " without " + source : null;
        }
        if (t.get().order() < s.get().order()) {
            return told + " is step " + t.get().order() + " but " + source + " is step " + s.get().order();
        }
        if (clock.alwaysEarlier(t.get().timing(), s.get().timing())) {
            return told + " is due " + t.get().timing() + ", before " + source + " (" + s.get().timing() + ")";
        }
        return null;
    }

    private static String firstOf(String... problems) {
        for (String p : problems) {
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private static String before(RecoveryPlan plan, Action first, Action second) {
        Optional<Step> a = plan.step(first);
        Optional<Step> b = plan.step(second);
        if (a.isPresent() && b.isPresent() && a.get().order() > b.get().order()) {
            return first + " is step " + a.get().order() + " but " + second + " is step " + b.get().order();
        }
        return null;
    }
}
