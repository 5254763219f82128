package dev.amends.model;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The facts of one incident, as a recovery plan needs them. Build one with {@link #builder()};
 * the four required facts are {@code mistake}, {@code faultOwner}, {@code severity} and
 * {@code relationship}. Names (and the salutation and role of the contact) are optional and only
 * fill in the wording. {@code installedEquipment} (equipment installed and serviced at the account,
 * such as a CT scanner) and {@code saidAloud} (information one of our people said aloud rather than
 * gave in writing) are false when not given; {@code deviceKind} and {@code otherKind} (what an {@code OTHER}
 * mistake was) are {@code NOT_SAID}. {@code facts} holds the facts a playbook folder declares in its
 * {@code vocabulary.yaml} (such as {@code accountTier}), by name: a {@code String} for a fact of
 * listed values, a {@code Boolean} for a yes/no fact, an {@code Integer} for a whole number; the
 * advisor checks them against its playbook's declarations. {@code reportedAt} (when the incident
 * was reported) and {@code timeZone} (the account's) give each step of its plan a due date; rules
 * never see them. {@code events} are what happened since the report (steps done, replies, the
 * investigation's finding, the mistake again), in time order: rules see each as a fact of its own
 * type, and the plan says which steps are done.
 */
public record Incident(
        Optional<String> id,
        Mistake mistake,
        FaultOwner faultOwner,
        Severity severity,
        Relationship relationship,
        DetectedBy detectedBy,
        CustomerMood customerMood,
        int priorOccurrences,
        boolean patientImpact,
        boolean spreadBeyondContact,
        boolean publicComplaint,
        boolean referralsLost,
        boolean installedEquipment,
        boolean saidAloud,
        DeviceKind deviceKind,
        OtherKind otherKind,
        Optional<String> account,
        Optional<String> contact,
        Optional<String> rep,
        Optional<String> product,
        Optional<String> salutation,
        Optional<String> contactRole,
        Map<String, Object> facts,
        Optional<OffsetDateTime> reportedAt,
        Optional<ZoneId> timeZone,
        List<Event> events) {

    /** Checks every fact; blank names count as absent. */
    public Incident {
        required("mistake", mistake, Mistake.class);
        required("faultOwner", faultOwner, FaultOwner.class);
        required("severity", severity, Severity.class);
        required("relationship", relationship, Relationship.class);
        required("detectedBy", detectedBy, DetectedBy.class);
        required("customerMood", customerMood, CustomerMood.class);
        if (priorOccurrences < 0) {
            throw new InvalidIncidentException("priorOccurrences",
                    "must be 0 or more, was " + priorOccurrences);
        }
        deviceKind = deviceKind(deviceKind, installedEquipment);
        installedEquipment = deviceKind == DeviceKind.INSTALLED_SYSTEM;
        otherKind = otherKind(otherKind, mistake);
        id = name(id);
        account = name(account);
        contact = name(contact);
        rep = name(rep);
        product = name(product);
        salutation = name(salutation);
        contactRole = name(contactRole);
        facts = facts(facts);
        reportedAt = reportedAt == null ? Optional.empty() : reportedAt;
        timeZone = timeZone == null ? Optional.empty() : timeZone;
        timeZone.ifPresent(zone -> {
            if (zone instanceof ZoneOffset) {
                throw new InvalidIncidentException("timeZone", "give the account's time zone by its IANA name, such as "
                        + "Europe/Berlin, not an offset (" + zone + "): an offset does not follow summer time");
            }
        });
        events = Events.inOrder(events, reportedAt);
    }

    /** An incident without an other kind (not said), as before that fact existed. */
    public Incident(Optional<String> id, Mistake mistake, FaultOwner faultOwner, Severity severity, Relationship relationship,
                    DetectedBy detectedBy, CustomerMood customerMood, int priorOccurrences, boolean patientImpact,
                    boolean spreadBeyondContact, boolean publicComplaint, boolean referralsLost, boolean installedEquipment,
                    boolean saidAloud, DeviceKind deviceKind, Optional<String> account, Optional<String> contact,
                    Optional<String> rep, Optional<String> product, Optional<String> salutation, Optional<String> contactRole,
                    Map<String, Object> facts, Optional<OffsetDateTime> reportedAt, Optional<ZoneId> timeZone, List<Event> events) {
        this(id, mistake, faultOwner, severity, relationship, detectedBy, customerMood, priorOccurrences, patientImpact,
                spreadBeyondContact, publicComplaint, referralsLost, installedEquipment, saidAloud, deviceKind, OtherKind.NOT_SAID,
                account, contact, rep, product, salutation, contactRole, facts, reportedAt, timeZone, events);
    }

    /** An incident without a device kind (installed equipment or not said), as before that fact existed. */
    public Incident(Optional<String> id, Mistake mistake, FaultOwner faultOwner, Severity severity, Relationship relationship,
                    DetectedBy detectedBy, CustomerMood customerMood, int priorOccurrences, boolean patientImpact,
                    boolean spreadBeyondContact, boolean publicComplaint, boolean referralsLost, boolean installedEquipment,
                    boolean saidAloud, Optional<String> account, Optional<String> contact, Optional<String> rep,
                    Optional<String> product, Optional<String> salutation, Optional<String> contactRole,
                    Map<String, Object> facts, Optional<OffsetDateTime> reportedAt, Optional<ZoneId> timeZone, List<Event> events) {
        this(id, mistake, faultOwner, severity, relationship, detectedBy, customerMood, priorOccurrences, patientImpact,
                spreadBeyondContact, publicComplaint, referralsLost, installedEquipment, saidAloud, DeviceKind.NOT_SAID, OtherKind.NOT_SAID, account,
                contact, rep, product, salutation, contactRole, facts, reportedAt, timeZone, events);
    }

    /** An incident that is neither about installed equipment nor about something said aloud, as before those facts existed. */
    public Incident(Optional<String> id, Mistake mistake, FaultOwner faultOwner, Severity severity, Relationship relationship,
                    DetectedBy detectedBy, CustomerMood customerMood, int priorOccurrences, boolean patientImpact,
                    boolean spreadBeyondContact, boolean publicComplaint, boolean referralsLost, Optional<String> account,
                    Optional<String> contact, Optional<String> rep, Optional<String> product, Optional<String> salutation,
                    Optional<String> contactRole, Map<String, Object> facts, Optional<OffsetDateTime> reportedAt,
                    Optional<ZoneId> timeZone, List<Event> events) {
        this(id, mistake, faultOwner, severity, relationship, detectedBy, customerMood, priorOccurrences, patientImpact,
                spreadBeyondContact, publicComplaint, referralsLost, false, false, DeviceKind.NOT_SAID, OtherKind.NOT_SAID, account, contact, rep, product, salutation,
                contactRole, facts, reportedAt, timeZone, events);
    }

    /** An incident without events, as before they existed. */
    public Incident(Optional<String> id, Mistake mistake, FaultOwner faultOwner, Severity severity, Relationship relationship,
                    DetectedBy detectedBy, CustomerMood customerMood, int priorOccurrences, boolean patientImpact,
                    boolean spreadBeyondContact, boolean publicComplaint, boolean referralsLost, Optional<String> account,
                    Optional<String> contact, Optional<String> rep, Optional<String> product, Optional<String> salutation,
                    Optional<String> contactRole, Map<String, Object> facts, Optional<OffsetDateTime> reportedAt,
                    Optional<ZoneId> timeZone) {
        this(id, mistake, faultOwner, severity, relationship, detectedBy, customerMood, priorOccurrences, patientImpact,
                spreadBeyondContact, publicComplaint, referralsLost, false, false, DeviceKind.NOT_SAID, OtherKind.NOT_SAID, account, contact, rep, product, salutation,
                contactRole, facts, reportedAt, timeZone, List.of());
    }

    /** An incident without a report time or time zone, as before they existed. */
    public Incident(Optional<String> id, Mistake mistake, FaultOwner faultOwner, Severity severity, Relationship relationship,
                    DetectedBy detectedBy, CustomerMood customerMood, int priorOccurrences, boolean patientImpact,
                    boolean spreadBeyondContact, boolean publicComplaint, boolean referralsLost, Optional<String> account,
                    Optional<String> contact, Optional<String> rep, Optional<String> product, Optional<String> salutation,
                    Optional<String> contactRole, Map<String, Object> facts) {
        this(id, mistake, faultOwner, severity, relationship, detectedBy, customerMood, priorOccurrences, patientImpact,
                spreadBeyondContact, publicComplaint, referralsLost, false, false, DeviceKind.NOT_SAID, OtherKind.NOT_SAID, account, contact, rep, product, salutation,
                contactRole, facts, Optional.empty(), Optional.empty(), List.of());
    }

    /** The other kind given: said only of an {@code OTHER} mistake. */
    private static OtherKind otherKind(OtherKind given, Mistake mistake) {
        OtherKind kind = given == null ? OtherKind.NOT_SAID : given;
        if (kind != OtherKind.NOT_SAID && mistake != Mistake.OTHER) {
            throw new InvalidIncidentException("otherKind", "is " + kind + " but the mistake is " + mistake
                    + "; otherKind says what an OTHER mistake was, so give it only with mistake OTHER (or leave it out, NOT_SAID)");
        }
        return kind;
    }

    /**
     * The device kind given, reconciled with the older {@code installedEquipment} flag: the flag
     * alone means an installed system; the two together must agree.
     */
    private static DeviceKind deviceKind(DeviceKind given, boolean installedEquipment) {
        DeviceKind kind = given == null ? DeviceKind.NOT_SAID : given;
        if (installedEquipment && kind == DeviceKind.NOT_SAID) {
            return DeviceKind.INSTALLED_SYSTEM;
        }
        if (installedEquipment && kind != DeviceKind.INSTALLED_SYSTEM) {
            throw new InvalidIncidentException("deviceKind", "is " + kind + " but installedEquipment is true, which means "
                    + "INSTALLED_SYSTEM; give deviceKind alone (installedEquipment is the older way of saying INSTALLED_SYSTEM)");
        }
        return kind;
    }

    /**
     * When the incident was reported, in the account's time zone ({@code timeZone}, or the offset
     * {@code reportedAt} was given with when there is none); empty without {@code reportedAt}.
     */
    public Optional<ZonedDateTime> reportedInAccountZone() {
        return reportedAt.map(at -> at.atZoneSameInstant(timeZone.orElse(at.getOffset())));
    }

    /** The declared facts as given, in name order; each value must be text, yes/no or a whole number. */
    private static Map<String, Object> facts(Map<String, Object> facts) {
        if (facts == null || facts.isEmpty()) {
            return Map.of();
        }
        TreeMap<String, Object> checked = new TreeMap<>();
        facts.forEach((name, value) -> {
            if (name == null || name.isBlank()) {
                throw new InvalidIncidentException("facts", "a declared fact needs a name");
            }
            String field = "facts." + name;
            if (!(value instanceof String || value instanceof Boolean || value instanceof Integer)) {
                throw new InvalidIncidentException(field, "must be one of its listed values (text), yes/no (true or false) "
                        + "or a whole number, was " + (value == null ? "null" : value.getClass().getSimpleName()));
            }
            checked.put(name, value);
        });
        return Collections.unmodifiableSortedMap(checked);
    }

    /** Whether the same kind of mistake already happened with this account. */
    public boolean isRepeat() {
        return priorOccurrences > 0;
    }

    /** A builder with the optional facts at their defaults: detected by the customer, a calm customer, no prior occurrences, every flag false. */
    public static Builder builder() {
        return new Builder();
    }

    /** This incident with other declared facts, such as those a playbook declares of the ones given. */
    public Incident withFacts(Map<String, Object> declared) {
        return new Incident(id, mistake, faultOwner, severity, relationship, detectedBy, customerMood, priorOccurrences,
                patientImpact, spreadBeyondContact, publicComplaint, referralsLost, installedEquipment, saidAloud, deviceKind, otherKind, account,
                contact, rep, product, salutation, contactRole, declared, reportedAt, timeZone, events);
    }

    /** A builder holding this incident's facts, to derive a variant. */
    public Builder toBuilder() {
        Builder b = new Builder()
                .mistake(mistake).faultOwner(faultOwner).severity(severity).relationship(relationship)
                .detectedBy(detectedBy).customerMood(customerMood).priorOccurrences(priorOccurrences)
                .patientImpact(patientImpact).spreadBeyondContact(spreadBeyondContact)
                .publicComplaint(publicComplaint).referralsLost(referralsLost)
                .deviceKind(deviceKind).otherKind(otherKind).saidAloud(saidAloud);
        b.facts.putAll(facts);
        b.id = id.orElse(null);
        b.account = account.orElse(null);
        b.contact = contact.orElse(null);
        b.rep = rep.orElse(null);
        b.product = product.orElse(null);
        b.salutation = salutation.orElse(null);
        b.contactRole = contactRole.orElse(null);
        b.reportedAt = reportedAt.orElse(null);
        b.timeZone = timeZone.orElse(null);
        b.events.addAll(events);
        return b;
    }

    private static <E extends Enum<E>> void required(String field, E value, Class<E> type) {
        if (value == null) {
            throw new InvalidIncidentException(field, "is required; allowed values: " + allowed(type));
        }
    }

    static String allowed(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
    private static Optional<String> name(Optional<String> value) {
        if (value == null) {
            return Optional.empty();
        }
        return value.map(String::strip).filter(s -> !s.isEmpty());
    }

    /** Collects an incident's facts; {@link #build()} checks them. */
    public static final class Builder {
        private String id;
        private Mistake mistake;
        private FaultOwner faultOwner;
        private Severity severity;
        private Relationship relationship;
        private DetectedBy detectedBy = DetectedBy.CUSTOMER;
        private CustomerMood customerMood = CustomerMood.CALM;
        private int priorOccurrences;
        private boolean patientImpact;
        private boolean spreadBeyondContact;
        private boolean publicComplaint;
        private boolean referralsLost;
        private boolean installedEquipment;
        private boolean saidAloud;
        private DeviceKind deviceKind = DeviceKind.NOT_SAID;
        private OtherKind otherKind = OtherKind.NOT_SAID;
        private String account;
        private String contact;
        private String rep;
        private String product;
        private String salutation;
        private String contactRole;
        private final Map<String, Object> facts = new TreeMap<>();
        private OffsetDateTime reportedAt;
        private ZoneId timeZone;
        private final java.util.ArrayList<Event> events = new java.util.ArrayList<>();

        private Builder() {
        }

        /** An identifier of the incident in the caller's own system; optional. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** What went wrong; required. */
        public Builder mistake(Mistake mistake) {
            this.mistake = mistake;
            return this;
        }

        /** Whose fault it was; required. */
        public Builder faultOwner(FaultOwner faultOwner) {
            this.faultOwner = faultOwner;
            return this;
        }

        /** The impact on the customer; required. */
        public Builder severity(Severity severity) {
            this.severity = severity;
            return this;
        }

        /** How strong the relationship was before the mistake; required. */
        public Builder relationship(Relationship relationship) {
            this.relationship = relationship;
            return this;
        }

        /** Who noticed it first; required. */
        public Builder detectedBy(DetectedBy detectedBy) {
            this.detectedBy = detectedBy;
            return this;
        }

        /** How the customer is reacting; required. */
        public Builder customerMood(CustomerMood customerMood) {
            this.customerMood = customerMood;
            return this;
        }

        /**
         * How many times the same kind of mistake already happened with this account; 0 or more.
         *
         * @throws InvalidIncidentException if it is negative
         */
        public Builder priorOccurrences(int priorOccurrences) {
            if (priorOccurrences < 0) {
                throw new InvalidIncidentException("priorOccurrences", "must be 0 or more, was " + priorOccurrences);
            }
            this.priorOccurrences = priorOccurrences;
            return this;
        }

        /** Whether a patient was, or may have been, affected; false unless set. */
        public Builder patientImpact(boolean patientImpact) {
            this.patientImpact = patientImpact;
            return this;
        }

        /** Whether others in the customer's organisation already know of it; false unless set. */
        public Builder spreadBeyondContact(boolean spreadBeyondContact) {
            this.spreadBeyondContact = spreadBeyondContact;
            return this;
        }

        /** Whether the customer complained in public (a review, social media, the press); false unless set. */
        public Builder publicComplaint(boolean publicComplaint) {
            this.publicComplaint = publicComplaint;
            return this;
        }

        /** Whether the account has stopped ordering or referring; false unless set. */
        public Builder referralsLost(boolean referralsLost) {
            this.referralsLost = referralsLost;
            return this;
        }

        /**
         * Whether the product is equipment installed at the account and serviced there, such as a CT
         * scanner or an analyser, rather than something used up or sent back, such as an implant, a
         * disposable or a set. A fault in it is restored on site by field service, not swapped.
         *
         * @deprecated say {@code deviceKind(DeviceKind.INSTALLED_SYSTEM)}; true here means the same, and
         *     with another device kind {@link #build()} throws, naming both
         */
        @Deprecated
        public Builder installedEquipment(boolean installedEquipment) {
            this.installedEquipment = installedEquipment;
            return this;
        }

        /**
         * What the product is (a disposable, an implant, an instrument set, a unit of equipment, an
         * installed system), which decides how a faulty one is held, replaced and restored;
         * {@link DeviceKind#NOT_SAID} unless set.
         *
         * @throws InvalidIncidentException {@code deviceKind}: if it is null
         */
        public Builder deviceKind(DeviceKind deviceKind) {
            if (deviceKind == null) {
                throw new InvalidIncidentException("deviceKind", "needs a value; allowed values: " + allowed(DeviceKind.class));
            }
            this.deviceKind = deviceKind;
            return this;
        }

        /**
         * What an {@link Mistake#OTHER} mistake was (a disclosure, an inducement, access or conduct),
         * which decides the check that stops it and how it is put right; {@link OtherKind#NOT_SAID}
         * unless set. With another mistake, {@link #build()} throws unless it is {@code NOT_SAID}.
         *
         * @throws InvalidIncidentException {@code otherKind}: if it is null
         */
        public Builder otherKind(OtherKind otherKind) {
            if (otherKind == null) {
                throw new InvalidIncidentException("otherKind", "needs a value; allowed values: " + allowed(OtherKind.class));
            }
            this.otherKind = otherKind;
            return this;
        }

        /**
         * Whether the information was said aloud by one of our people, in the room or on a call (a
         * clinical specialist's advice in the OR), rather than given in writing, on a label or in
         * print. Wrong spoken advice is corrected with everyone who heard it; there are no copies to
         * take down.
         */
        public Builder saidAloud(boolean saidAloud) {
            this.saidAloud = saidAloud;
            return this;
        }

        /** The account's name, filled into wordings; never seen by the rules. */
        public Builder account(String account) {
            this.account = account;
            return this;
        }

        /** The contact's name, filled into wordings; never seen by the rules. */
        public Builder contact(String contact) {
            this.contact = contact;
            return this;
        }

        /** The rep's name, filled into wordings; never seen by the rules. */
        public Builder rep(String rep) {
            this.rep = rep;
            return this;
        }

        /** The product's name, filled into wordings; never seen by the rules. */
        public Builder product(String product) {
            this.product = product;
            return this;
        }

        /**
         * How the rep addresses the contact when speaking to them, such as "Dr. Osei" or "Linda".
         * Without it, a contact named with a title ("Dr. Amara Osei") is addressed by title and last
         * name, and any other contact by no name at all.
         */
        public Builder salutation(String salutation) {
            this.salutation = salutation;
            return this;
        }

        /** The contact's role at the account, such as "OR nurse manager" or "purchasing manager". */
        public Builder contactRole(String contactRole) {
            this.contactRole = contactRole;
            return this;
        }

        /**
         * When the incident was reported, with its offset from UTC. With it, every step of the plan
         * gets a due date on the advisor's business calendar; without it, steps have only their timing.
         */
        public Builder reportedAt(OffsetDateTime reportedAt) {
            this.reportedAt = reportedAt;
            return this;
        }

        /**
         * The account's time zone, in which working hours and due dates are read; without it, the
         * offset {@code reportedAt} was given with.
         *
         * @throws InvalidIncidentException {@code timeZone}: at {@link #build()}, if it is an offset rather than a region
         */
        public Builder timeZone(ZoneId timeZone) {
            this.timeZone = timeZone;
            return this;
        }

        /**
         * The account's time zone by its IANA name, such as {@code Europe/Berlin} or {@code America/New_York}.
         *
         * @throws InvalidIncidentException {@code timeZone}: if no time zone has that name
         */
        public Builder timeZone(String name) {
            this.timeZone = name == null ? null : zone(name);
            return this;
        }

        private static ZoneId zone(String name) {
            String given = name.strip();
            if (ZoneId.getAvailableZoneIds().contains(given)) {
                return ZoneId.of(given);
            }
            String hint = Vocabulary.closest(given, ZoneId.getAvailableZoneIds()).map(z -> " (did you mean " + z + "?)").orElse("");
            throw new InvalidIncidentException("timeZone", "unknown time zone \"" + shown(given) + "\"" + hint
                    + "; give an IANA time zone name, such as Europe/Berlin or America/New_York");
        }

        /** A name as a message may show it: short, and without control characters. */
        private static String shown(String name) {
            String cut = name.length() > 40 ? name.substring(0, 37) + "..." : name;
            return cut.codePoints().map(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? '?' : c)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        }

        /** A fact the playbook declares with listed values, such as {@code fact("accountTier", "STRATEGIC")}. */
        public Builder fact(String name, String value) {
            return putFact(name, value);
        }

        /** A yes/no fact the playbook declares, such as {@code fact("refersPatients", true)}. */
        public Builder fact(String name, boolean value) {
            return putFact(name, value);
        }

        /** A whole-number fact the playbook declares, such as {@code fact("unitsAffected", 12)}. */
        public Builder fact(String name, int value) {
            return putFact(name, value);
        }

        private Builder putFact(String name, Object value) {
            if (name == null || name.isBlank()) {
                throw new InvalidIncidentException("facts", "a declared fact needs a name");
            }
            if (value == null) {
                throw new InvalidIncidentException("facts." + name, "needs a value; leave the fact out if it is not known");
            }
            facts.put(name, value);
            return this;
        }

        /**
         * What happened since the incident was reported, added after the events already given; they
         * must come in time order, none before {@code reportedAt} (checked at {@link #build()}).
         */
        public Builder event(Event event) {
            if (event == null) {
                throw new InvalidIncidentException("events[" + events.size() + "]", "is missing: give each event its type and time");
            }
            events.add(event);
            return this;
        }

        /** The events since the report, replacing any given before, in time order. */
        public Builder events(List<Event> events) {
            this.events.clear();
            if (events != null) {
                events.forEach(this::event);
            }
            return this;
        }

        /**
         * The incident.
         *
         * @throws InvalidIncidentException naming the first fact that is missing or out of range
         */
        public Incident build() {
            return new Incident(Optional.ofNullable(id), mistake, faultOwner, severity, relationship,
                    detectedBy, customerMood, priorOccurrences, patientImpact, spreadBeyondContact,
                    publicComplaint, referralsLost, installedEquipment, saidAloud, deviceKind, otherKind, Optional.ofNullable(account), Optional.ofNullable(contact),
                    Optional.ofNullable(rep), Optional.ofNullable(product), Optional.ofNullable(salutation),
                    Optional.ofNullable(contactRole), facts, Optional.ofNullable(reportedAt), Optional.ofNullable(timeZone),
                    events);
        }
    }
}
