package nl.kansenkaart.sample;

/**
 * The deliberate imperfections of the synthetic LMA extract, as exported spreadsheets have them,
 * with what the import policy (docs/import-policy.md) does with a row that has one. A row has at
 * most one row-level defect; stream-level ones apply to every row of a stream.
 */
public enum Defect {
    EURAL_LEADING_ZERO_LOST(Outcome.ACCEPTED, true,
            "EURAL code read as a number: leading zero lost (`20103` for 02 01 03)"),
    EURAL_WITH_SPACES(Outcome.ACCEPTED, true, "EURAL code written with spaces (`02 01 03`)"),
    EURAL_HAZARD_STAR(Outcome.ACCEPTED, true, "hazardous EURAL code written with its `*` (`13 02 05*`)"),
    WEIGHT_THOUSANDS_DOTS(Outcome.ACCEPTED, false, "weight with thousands dots and a decimal comma (`12.345,0`)"),
    METHOD_UNKNOWN(Outcome.ACCEPTED_FLAGGED, true,
            "processing method not an LMA code (an EU R/D code such as `R1` typed instead); kept, flagged unknown"),
    POSTCODE_UNKNOWN(Outcome.ACCEPTED_NOT_LOCATED, true,
            "ontdoener and herkomst postcode do not exist (PC4 not in the postcode table); kept, not located"),
    EURAL_NOT_IN_LIST(Outcome.REJECTED, true, "EURAL code that is not in the official list (a typo such as `170598`)"),
    WEIGHT_EMPTY(Outcome.REJECTED, false, "Gewicht_KG empty"),
    WEIGHT_NOT_A_NUMBER(Outcome.REJECTED, false, "Gewicht_KG not a number (`n.b.`)"),
    WEIGHT_NEGATIVE(Outcome.REJECTED, false, "negative Gewicht_KG (a correction row)"),
    PERIOD_INVALID(Outcome.REJECTED, false, "invalid period: month 0 or 13, or the year missing");

    /** What the import policy does with a row that has this defect. */
    public enum Outcome {
        ACCEPTED, ACCEPTED_FLAGGED, ACCEPTED_NOT_LOCATED, REJECTED;

        public boolean rejected() {
            return this == REJECTED;
        }
    }

    private final Outcome outcome;
    private final boolean perStream;
    private final String description;

    Defect(Outcome outcome, boolean perStream, String description) {
        this.outcome = outcome;
        this.perStream = perStream;
        this.description = description;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** Whether it applies to all rows of a waste stream (true) or to single rows. */
    public boolean perStream() {
        return perStream;
    }

    public String description() {
        return description;
    }
}
