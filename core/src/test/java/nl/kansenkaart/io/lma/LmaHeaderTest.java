package nl.kansenkaart.io.lma;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LmaHeaderTest {

    @Test
    void regionalHeaderWithBothHouseNumberSpellingsAndExtraColumns() {
        LmaHeader h = LmaHeader.detect(new String[] {"Afvalstroomnummer", "EuralCode", "MeldPeriodeJAAR", "MeldPeriodeMAAND",
                "Gewicht_KG", "Herkomst_Huisnr", "Afzender_Huisnummer", "Verwerker_Huisnummer", "Herkomst_Land", "Notitie"});
        assertThat(h.layout).isEqualTo(LmaLayout.RECEIPTS);
        assertThat(h.index(Role.HERKOMST, PartyPart.HOUSE_NUMBER)).isEqualTo(5);
        assertThat(h.index(Role.AFZENDER, PartyPart.HOUSE_NUMBER)).isEqualTo(6);
        assertThat(h.index(Role.VERWERKER, PartyPart.HOUSE_NUMBER)).isEqualTo(7);
        assertThat(h.index(Role.HERKOMST, PartyPart.COUNTRY)).isEqualTo(8);
        assertThat(h.processorRole).isEqualTo(Role.VERWERKER);
        // Afzender is a known role the analysis does not use, and a processor's house number is not a
        // column of the layer: both kept as attributes, but not "unknown".
        assertThat(h.extraNames).containsExactly("Afzender_Huisnummer", "Verwerker_Huisnummer", "Notitie");
        assertThat(h.unknownColumns).containsExactly("Notitie");
    }

    @Test
    void caseSpacesUnderscoresAndOrderDoNotMatter() {
        LmaHeader h = LmaHeader.detect(new String[] {" gewicht kg ", "MELDPERIODE_JAAR", "eural code", "herkomst postcode"});
        assertThat(h.layout).isEqualTo(LmaLayout.RECEIPTS);
        assertThat(h.index(LmaField.WEIGHT)).isZero();
        assertThat(h.index(LmaField.YEAR)).isEqualTo(1);
        assertThat(h.index(LmaField.EURAL)).isEqualTo(2);
        assertThat(h.index(Role.HERKOMST, PartyPart.POSTCODE)).isEqualTo(3);
        assertThat(h.name(LmaField.WEIGHT)).isEqualTo("gewicht kg");
    }

    @Test
    void flagHeadersWithTheirJnAnnotation() {
        LmaHeader h = LmaHeader.detect(new String[] {"EuralCode", "Gewicht_KG", "PeriodeMelding", "RouteInzameling (J/N)",
                "Inzamelaarsregeling (J/N)"});
        assertThat(h.index(LmaField.ROUTE_COLLECTION)).isEqualTo(3);
        assertThat(h.index(LmaField.COLLECTOR_SCHEME)).isEqualTo(4);
        assertThat(h.processorRole).isEqualTo(Role.ONTVANGER);
    }

    @Test
    void dispatchesAreRecognisedByTheFirstTaker() {
        LmaHeader h = LmaHeader.detect(new String[] {"Verwerkersnummer", "EuralCode", "MeldPeriodeJAAR", "Gewicht_KG",
                "EerstAfnemer", "EerstAfnemer_Postcode"});
        assertThat(h.layout).isEqualTo(LmaLayout.DISPATCHES);
        assertThat(h.processorRole).isEqualTo(Role.EERSTE_AFNEMER);
        assertThat(h.extraNames).containsExactly("Verwerkersnummer");
    }

    @Test
    void portalExportIsTheStreamRegister() {
        LmaHeader h = LmaHeader.detect(new String[] {"Afvalstroomnummer", "Verwerkersnummer Locatie van Bestemming (LvB)",
                "LvB Bedrijfsnaam", "LvB Postcode/Plaats", "Naam Ontdoener", "Land Ontdoener", "LocatieHerkomst Postcode",
                "LocatieHerkomst HuisnummerToevoeging", "Euralcode", "Particuliere Ontdoener"});
        assertThat(h.layout).isEqualTo(LmaLayout.STREAMS);
        assertThat(h.index(Role.VERWERKER, PartyPart.POSTCODE_TOWN)).isEqualTo(3);
        assertThat(h.index(Role.ONTDOENER, PartyPart.NAME)).isEqualTo(4);
        assertThat(h.index(Role.ONTDOENER, PartyPart.COUNTRY)).isEqualTo(5);
        assertThat(h.index(Role.HERKOMST, PartyPart.HOUSE_ADDITION)).isEqualTo(7);
        assertThat(h.index(LmaField.PRIVATE_ONTDOENER)).isEqualTo(9);
        assertThat(h.extraIndex).isEmpty();
    }

    @Test
    void otherTablesAreNotLma() {
        assertThat(LmaHeader.detect(new String[] {"naam", "sbi", "werkzame personen"})).isNull();
        assertThat(LmaHeader.detect(new String[] {"EuralCode", "MeldPeriodeJAAR"})).isNull();
        assertThat(LmaHeader.whyNot(new String[] {"EuralCode", "MeldPeriodeJAAR"})).contains("no weight column");
        assertThat(LmaHeader.detect(new String[0])).isNull();
    }
}
