package dev.amends.model;

/** Who carries out a step. */
public enum Owner {
    /** The sales rep who owns the relationship. */
    REP,
    /** The rep's sales manager, who approves remedies and takes a declined one further. */
    SALES_MANAGER,
    /** The company's designated complaint-handling unit, which investigates product complaints. */
    COMPLAINT_UNIT,
    /** Customer service, billing or logistics: the team that can correct an order or an invoice. */
    SERVICE_TEAM,
    /** Risk management and legal, who own anything said about fault or compensation after patient harm. */
    RISK_MANAGEMENT,
    /** Regulatory affairs, who decide on labelling changes and field actions (corrections, removals). */
    REGULATORY_AFFAIRS,
    /** Leaders who can change the process. */
    LEADERSHIP
}
