package nl.kansenkaart.io.lma;

/**
 * The parties named in LMA tables, with the header prefixes of their columns
 * ({@code Ontdoener_Postcode}, {@code LocatieHerkomst Postcode}, {@code LvB Bedrijfsnaam}, ...).
 */
enum Role {
    ONTDOENER("ontdoener"),
    /** Locatie van herkomst: where the waste arose; has no name column. */
    HERKOMST("herkomst", "locatieherkomst"),
    AFZENDER("afzender"),
    INZAMELAAR("inzamelaar"),
    BEMIDDELAAR("bemiddelaar"),
    HANDELAAR("handelaar"),
    ONTVANGER("ontvanger"),
    /** The processing site; the portal export calls it locatie van bestemming (LvB). */
    VERWERKER("verwerker", "lvb"),
    /** Afgifte: the first taker of what a processor gave off. */
    EERSTE_AFNEMER("eerstafnemer", "eersteafnemer");

    final String[] prefixes;

    Role(String... prefixes) {
        this.prefixes = prefixes;
    }
}
