package nl.kansenkaart.io.lma;

/**
 * The columns a party can have, with the header suffixes they are known by. Both the regional
 * extract's {@code Afzender_Huisnr} and {@code Afzender_Huisnummer} spellings are here, as are the
 * portal's reversed forms ({@code Naam Ontdoener}, {@code Land Ontdoener}).
 */
enum PartyPart {
    NAME("", "naam", "bedrijfsnaam"),
    STREET("straat", "straatnaam"),
    HOUSE_NUMBER("huisnr", "huisnummer"),
    HOUSE_ADDITION("huisnrtoevoeging", "huisnummertoevoeging", "toevoeging"),
    POSTCODE("postcode"),
    TOWN("plaats", "woonplaats"),
    COUNTRY("land"),
    NEARBY("nabijheidsbeschrijving"),
    COMPANY_NUMBER("bedrijfsnr", "bedrijfsnummer", "kvknummer", "kvknr", "handelsregisternummer"),
    /** Street and number in one cell (portal: LvB Adres). */
    ADDRESS_LINE("adres"),
    /** Postcode and town in one cell (portal: LvB Postcode/Plaats). */
    POSTCODE_TOWN("postcodeplaats");

    final String[] suffixes;

    PartyPart(String... suffixes) {
        this.suffixes = suffixes;
    }
}
