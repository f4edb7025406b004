package nl.kansenkaart.matching;

/** Why (part of) a supply or demand found no partner; the first that applies is reported. */
public enum UnmatchedReason {
    /** No coordinates: it cannot be measured against anything. */
    NOT_LOCATED("not located"),
    /** Left out by the scenario (estimated figures, hazardous, outside the region). */
    EXCLUDED("left out by the scenario"),
    /** No compatibility rule covers this material (or, if hazardous, none allows it). */
    NO_RULE("no compatibility rule"),
    /** Rules exist, but no compatible partner lies within the haul distance. */
    NO_PARTNER_IN_RANGE("no compatible partner within the haul distance"),
    /**
     * A demand that compatible supplies could reach, but none had it among the takers it considers
     * (the scenario's max_candidates nearest, or more where a large supply needs them).
     */
    NOT_AMONG_NEAREST("not among the nearest takers of suppliers in range"),
    /** Partners existed, but better matches (R-level, cost) came first and used them up. */
    CAPACITY_TAKEN("partners within range used up by better matches");

    private final String text;

    UnmatchedReason(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
