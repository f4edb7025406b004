package nl.kansenkaart.matching;

/**
 * The two approaches of step 3 (guide 001:1961-1981): area-based couples supply and demand inside
 * the region; chain-based keeps a material in its chain across regions.
 */
public enum Approach {
    AREA("gebiedsgericht", "area-based"),
    CHAIN("ketengericht", "chain-based");

    private final String nl;
    private final String en;

    Approach(String nl, String en) {
        this.nl = nl;
        this.en = en;
    }

    public String nl() { return nl; }

    public String en() { return en; }

    /**
     * Both ends in the study region: area-based. Without a region (or an unlocated end) the scale
     * decides: local and regional matches count as area-based.
     */
    public static Approach of(Boolean supplyInRegion, Boolean demandInRegion, ScaleLevel scale) {
        if (supplyInRegion != null && demandInRegion != null) return supplyInRegion && demandInRegion ? AREA : CHAIN;
        return scale.compareTo(ScaleLevel.REGIONAL) <= 0 ? AREA : CHAIN;
    }
}
