package nl.kansenkaart.resources;

import java.util.Locale;

/**
 * What a key figure is "per". Declared from most to least specific: for each company, material and
 * direction the estimator uses the first basis the company has data for.
 */
public enum KeyFigureBasis {
    /** A published figure of one named plant (struvite at Amsterdam West). */
    PLANT("plant"),
    /** Tonnes the company received for incineration (LMA receipts with a thermal method). */
    TONNE_THERMAL("tonne_thermal"),
    /** Square metres of glass, from the company attribute {@code glass_m2}. */
    GLASS_M2("glass_m2"),
    /** Design capacity in population equivalents, from the company attribute {@code capacity_pe}. */
    CAPACITY_PE("capacity_pe"),
    /** Jobs (werkzame personen) of the establishment. */
    JOB("job"),
    /** One establishment. */
    ESTABLISHMENT("establishment");

    private final String key;

    KeyFigureBasis(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static KeyFigureBasis parse(String text) {
        for (KeyFigureBasis b : values()) if (b.key.equals(text.trim().toLowerCase(Locale.ROOT))) return b;
        throw new IllegalArgumentException("unknown basis '" + text + "'; expected plant, tonne_thermal, glass_m2, capacity_pe, job or establishment");
    }
}
