package nl.kansenkaart.matching;

import java.util.Locale;

/**
 * Geographic scale of a loop (guide 001:1558-1580): biotic flows close locally, goods regionally,
 * inorganic materials need regional to international scales. A match takes the level of its road
 * distance; the upper bounds follow Dutch practice: a municipality or business-park cluster
 * (10 km), a COROP region or small province (50 km), neighbouring provinces (100 km), the whole
 * country (the longest Dutch road trips are about 350 km).
 */
public enum ScaleLevel {
    LOCAL("lokaal", "local", 10),
    REGIONAL("regionaal", "regional", 50),
    SUPRA_REGIONAL("bovenregionaal", "supra-regional", 100),
    NATIONAL("nationaal", "national", 350),
    INTERNATIONAL("internationaal", "international", Double.POSITIVE_INFINITY);

    private final String nl;
    private final String en;
    private final double upToKm;

    ScaleLevel(String nl, String en, double upToKm) {
        this.nl = nl;
        this.en = en;
        this.upToKm = upToKm;
    }

    public String nl() { return nl; }

    public String en() { return en; }

    /** Largest road distance of this level in km. */
    public double upToKm() { return upToKm; }

    public static ScaleLevel ofDistanceKm(double roadKm) {
        for (ScaleLevel s : values()) if (roadKm <= s.upToKm) return s;
        return INTERNATIONAL;
    }

    /** Accepts the constant name or the Dutch or English label, in any case, with '-', '_' or ' '. */
    public static ScaleLevel parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        for (ScaleLevel s : values())
            if (s.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(t) || s.nl.equals(t) || s.en.equals(t)) return s;
        throw new IllegalArgumentException("'" + text + "' is not a scale level (local, regional, supra-regional, national, international)");
    }
}
