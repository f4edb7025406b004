package nl.kansenkaart.io.lma;

/**
 * Single columns of the LMA layouts (party columns are {@link Role} + {@link PartyPart}). Each
 * has the header keys it is known by: {@link nl.kansenkaart.io.tabular.Tables#headerKey} of the
 * header strings in LMA_FORMAT.md (regional extract, afgifte sheet, portal export, XML names).
 */
enum LmaField {
    STREAM_NUMBER("afvalstroomnummer", "afvalstroomnr"),
    METHOD_CODE("verwerkingsmethodecode", "verwerkingsmethode"),
    EURAL("euralcode", "eural", "ewccode"),
    WASTE_NAME("benamingafval", "gebruikelijkenaamafvalstof", "gebruikelijkebenaming", "gangbarenaam"),
    YEAR("meldperiodejaar", "jaar", "periodejaar"),
    MONTH("meldperiodemaand", "maand", "periodemaand"),
    /** PeriodeMelding, MMYYYY as in the AMICE XML messages. */
    PERIOD("periodemelding"),
    WEIGHT("gewichtkg", "gewicht", "gewichtinkg", "totaalgewicht", "totaalgewichtkg"),
    LOADS("aantalvrachten", "vrachten"),
    ROUTE_COLLECTION("routeinzameling", "routeinzamelingjn"),
    COLLECTOR_SCHEME("inzamelaarsregeling", "inzamelaarsregelingjn"),
    PRIVATE_ONTDOENER("particuliereontdoener", "isparticulier"),
    /** Verwerkersnummer: of the locatie van bestemming (portal) or of the dispatching site (afgifte). */
    PROCESSOR_NUMBER("verwerkersnummerlocatievanbestemminglvb", "verwerkersnummer", "verwerkersnr");

    final String[] keys;

    LmaField(String... keys) {
        this.keys = keys;
    }
}
