package nl.kansenkaart.clusters;

/**
 * Where a sector cluster comes from in the method (001:189-215): one of the five national priority
 * themes of 'Nederland circulair in 2050', the governments' own processes, a broad sector, or the
 * remaining sectors (so that every establishment belongs somewhere).
 */
public enum ClusterTheme {
    BIOMASS_FOOD("Biomassa en voedsel", "Biomass and food"),
    PLASTICS("Kunststoffen", "Plastics"),
    MANUFACTURING("Maakindustrie", "Manufacturing"),
    CONSTRUCTION("Bouw, incl. grond-, weg- en waterbouw", "Construction incl. civil works"),
    CONSUMER_GOODS("Consumptiegoederen", "Consumer goods"),
    OWN_PROCESS("Eigen processen van overheden", "Governments' own processes"),
    BROAD_SECTOR("Brede sector", "Broad sector"),
    OTHER("Overige sectoren", "Other sectors");

    private final String nl;
    private final String en;

    ClusterTheme(String nl, String en) {
        this.nl = nl;
        this.en = en;
    }

    public String nl() { return nl; }

    public String en() { return en; }

    public boolean isPriorityTheme() {
        return ordinal() <= CONSUMER_GOODS.ordinal();
    }
}
