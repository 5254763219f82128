package dev.amends.model;

/** Who carries out a step. */
public enum Owner {
    /** The sales rep who owns the relationship. */
    REP,
    /** The rep's sales manager. */
    SALES_MANAGER,
    /** The company's designated complaint-handling unit. */
    COMPLAINT_UNIT,
    /** Customer service, billing or logistics: the team that can correct an order or an invoice. */
    SERVICE_TEAM,
    /** Leaders who can change the process. */
    LEADERSHIP
}
