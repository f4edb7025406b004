package nl.kansenkaart.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.kansenkaart.model.Address;
import nl.kansenkaart.model.Company;
import org.junit.jupiter.api.Test;

class LinkingTest {

    static Company co(String ref, String name, String postcode) {
        return new Company(ref, name, "01132", 5, null, null, new Address("Dijk", "1", postcode, "Aalsmeer"), null, null, "t", Map.of());
    }

    @Test
    void namesAreComparedWithoutCaseAccentsPunctuationOrLegalForm() {
        assertThat(NameKey.of("Kwekerij De Bloem B.V.")).isEqualTo("kwekerij de bloem");
        assertThat(NameKey.of("KWEKERIJ DE BLOEM BV")).isEqualTo("kwekerij de bloem");
        assertThat(NameKey.of("  kwekerij   de-bloem  b.v. ")).isEqualTo("kwekerij de bloem");
        assertThat(NameKey.of("Café Één & Zn. V.O.F.")).isEqualTo("cafe een en zn");
        assertThat(NameKey.of("B.V.")).isNull();
        assertThat(NameKey.of(null)).isNull();
    }

    @Test
    void pc6FirstThenAUniquePc4() {
        Company bloem = co("K1", "Kwekerij De Bloem B.V.", "1431AB");
        Company roos1 = co("R1", "Rozen Aalsmeer", "1432AA");
        Company roos2 = co("R2", "Rozen Aalsmeer", "1432BB");
        CompanyIndex index = new CompanyIndex(List.of(bloem, roos1, roos2));
        assertThat(index.find("KWEKERIJ DE BLOEM BV", "1431 ab")).hasValueSatisfying(m -> {
            assertThat(m.company().ref()).isEqualTo("K1");
            assertThat(m.method()).isEqualTo("name+pc6");
        });
        // The origin postcode is unknown, the ontdoener's own is tried next.
        assertThat(index.find("Kwekerij de Bloem", null, "1431AB")).map(CompanyIndex.Match::method).contains("name+pc6");
        // Another PC6 in the same PC4: the only 'Kwekerij De Bloem' there.
        assertThat(index.find("Kwekerij de Bloem", "1431ZZ")).map(CompanyIndex.Match::method).contains("name+pc4");
        // Two establishments of 'Rozen Aalsmeer' in PC4 1432: a PC6 decides, a PC4 alone does not.
        assertThat(index.find("Rozen Aalsmeer", "1432BB")).map(m -> m.company().ref()).contains("R2");
        assertThat(index.find("Rozen Aalsmeer", "1432ZZ")).isEmpty();
        assertThat(index.find("Kwekerij De Bloem", "2000AA")).isEmpty();
        assertThat(index.find("Onbekend", "1431AB")).isEmpty();
        assertThat(index.find(null, "1431AB")).isEmpty();
    }
}
