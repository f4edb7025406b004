package nl.kansenkaart.model;

/** The LMA notification a waste record comes from. */
public enum NotificationKind {
    /** Ontvangstmelding: a processor reports what it received, per stream and month. */
    RECEIPT,
    /** Afgiftemelding: a processor reports what it gave off to a party that does not report. */
    DISPATCH
}
