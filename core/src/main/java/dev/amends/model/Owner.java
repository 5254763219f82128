package dev.amends.model;

/** Who carries out a step. */
public enum Owner implements OwnerKind {
    /** The sales rep who owns the relationship. */
    REP("You"),
    /** The rep's sales manager, who approves remedies and takes a declined one further. */
    SALES_MANAGER("Your sales manager"),
    /** The company's designated complaint-handling unit, which investigates product complaints. */
    COMPLAINT_UNIT("The complaint unit"),
    /** Customer service, billing or logistics: the team that can correct an order or an invoice. */
    SERVICE_TEAM("The service team"),
    /** Risk management and legal, who own anything said about fault or compensation after patient harm. */
    RISK_MANAGEMENT("Risk management and legal"),
    /** Regulatory affairs, who decide on labelling changes and field actions (corrections, removals). */
    REGULATORY_AFFAIRS("Regulatory affairs"),
    /** Leaders who can change the process. */
    LEADERSHIP("Leadership");

    private final String title;

    Owner(String title) {
        this.title = title;
    }

    @Override
    public String title() {
        return title;
    }
}
