package nl.kansenkaart.codes;

/**
 * The R-ladder of circularity strategies (PBL 2016; R0 Refuse .. R9 Recover), plus the two
 * outcomes waste data need: disposal below the ladder, and unknown (storage, transfer).
 * A lower rank is a higher-value strategy; matches are ranked by the level they achieve.
 */
public enum RLevel {
    R0("Weigeren", "Refuse"),
    R1("Heroverwegen", "Rethink"),
    R2("Verminderen", "Reduce"),
    R3("Hergebruiken", "Re-use"),
    R4("Repareren", "Repair"),
    R5("Opknappen", "Refurbish"),
    R6("Herfabriceren", "Remanufacture"),
    R7("Herbestemmen", "Repurpose"),
    R8("Recyclen", "Recycle"),
    R9("Terugwinnen (energie)", "Recover (energy)"),
    DISPOSAL("Verwijderen (storten, verbranden zonder energie)", "Disposal"),
    UNKNOWN("Onbekend (opslag, overslag)", "Unknown (storage, transfer)");

    private final String nl;
    private final String en;

    RLevel(String nl, String en) {
        this.nl = nl;
        this.en = en;
    }

    public String nl() { return nl; }

    public String en() { return en; }

    /** 0..9 on the ladder, 10 for disposal, 11 for unknown: lower is better. */
    public int rank() {
        return ordinal();
    }

    public boolean isOnLadder() {
        return ordinal() <= R9.ordinal();
    }

    public boolean isBetterThan(RLevel other) {
        return rank() < other.rank();
    }

    public String label() {
        return isOnLadder() ? name() + " " + en : en;
    }
}
