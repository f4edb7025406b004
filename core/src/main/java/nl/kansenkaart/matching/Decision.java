package nl.kansenkaart.matching;

import java.util.Locale;

/**
 * An analyst's verdict on a proposed pair, kept across re-runs. PIN: allocated first, even beyond
 * the haul distance (the analyst knows it works). ACCEPT: allocated before unreviewed proposals,
 * within the scenario's limits. REJECT: never proposed again.
 */
public enum Decision {
    PIN, ACCEPT, REJECT;

    public static Decision parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "pin", "pinned", "vastzetten" -> PIN;
            case "accept", "accepted", "accepteren" -> ACCEPT;
            case "reject", "rejected", "afwijzen" -> REJECT;
            default -> throw new IllegalArgumentException("'" + text + "' is not a decision (accept, reject, pin)");
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
