package nl.kansenkaart.io;

/** What a file is imported as. */
public enum ImportKind {
    LMA, COMPANIES, BOUNDARIES, GEOCODE_TABLE;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
