package nl.kansenkaart.model;

/**
 * The main material groups of Dutch material statistics (biomass, metals, non-metallic minerals,
 * fossil), plus MIXED for mixed wastes that belong to none, and ENERGY for residual heat.
 */
public enum MaterialGroup {
    BIOMASS("biomassa", "biomass", true),
    METALS("metalen", "metals", false),
    MINERALS("mineralen", "minerals", false),
    FOSSIL("fossiel", "fossil", false),
    MIXED("gemengd", "mixed", false),
    ENERGY("energie", "energy", false);

    private final String nl;
    private final String en;
    private final boolean biotic;

    MaterialGroup(String nl, String en, boolean biotic) {
        this.nl = nl;
        this.en = en;
        this.biotic = biotic;
    }

    public String nl() { return nl; }

    public String en() { return en; }

    /** Biotic materials close loops locally; abiotic ones often need larger scales (METHOD.md). */
    public boolean isBiotic() { return biotic; }
}
