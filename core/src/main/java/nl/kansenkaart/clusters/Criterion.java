package nl.kansenkaart.clusters;

/** The ranking criteria of step 1 and the settings key of their weight. */
public enum Criterion {
    ECONOMIC_VALUE("economic_value", "economische waarde"),
    JOBS("jobs", "aantal banen"),
    ESTABLISHMENTS("establishments", "aantal vestigingen"),
    RAW_MATERIALS("raw_materials", "gebruikte grondstoffen (t/jr)"),
    RESIDUAL_FLOWS("residual_flows", "(potentiele) reststromen (t/jr)"),
    BALASSA("balassa", "Balassa-index banen");

    private final String key;
    private final String nl;

    Criterion(String key, String nl) {
        this.key = key;
        this.nl = nl;
    }

    public String key() {
        return key;
    }

    public String nl() {
        return nl;
    }

    /** The criterion's value for a cluster; a Balassa index that cannot be computed counts as 0. */
    public double valueOf(ClusterCriteria c) {
        return switch (this) {
            case ECONOMIC_VALUE -> c.economicValueEur();
            case JOBS -> c.jobs();
            case ESTABLISHMENTS -> c.establishments();
            case RAW_MATERIALS -> c.rawMaterialsT();
            case RESIDUAL_FLOWS -> c.residuesT();
            case BALASSA -> c.balassa() == null ? 0 : c.balassa();
        };
    }

    public static Criterion parse(String key) {
        for (Criterion c : values()) if (c.key.equals(key.trim())) return c;
        throw new IllegalArgumentException("unknown criterion '" + key + "'; known: economic_value, jobs, establishments,"
                + " raw_materials, residual_flows, balassa");
    }
}
