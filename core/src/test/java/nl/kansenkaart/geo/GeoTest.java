package nl.kansenkaart.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import nl.kansenkaart.model.Address;
import nl.kansenkaart.model.Area;
import nl.kansenkaart.model.Location;
import nl.kansenkaart.model.LocationPrecision;
import org.junit.jupiter.api.Test;

class GeoTest {

    @Test
    void rdNewMatchesTheAmersfoortReferencePoint() {
        // Onze Lieve Vrouwetoren, Amersfoort: RD (155000, 463000) = 52.15517440 N, 5.38720621 E (RDNAPTRANS).
        double[] rd = new RdNew().toRd(5.38720621, 52.15517440);
        assertThat(rd[0]).isCloseTo(155000, within(1.0));
        assertThat(rd[1]).isCloseTo(463000, within(1.0));
        double[] back = new RdNew().toWgs84(155000, 463000);
        assertThat(back[1]).isCloseTo(52.15517440, within(1e-5));
    }

    @Test
    void postcodesAsTheyCome() {
        assertThat(Postcodes.normalise("1234AB")).isEqualTo("1234AB");
        assertThat(Postcodes.normalise(" 1234 ab ")).isEqualTo("1234AB");
        assertThat(Postcodes.normalise("1234")).isEqualTo("1234");
        assertThat(Postcodes.normalise("0123AB")).isNull();
        assertThat(Postcodes.normalise("1234A")).isNull();
        assertThat(Postcodes.normalise("12345")).isNull();
        assertThat(Postcodes.normalise("")).isNull();
    }

    @Test
    void pc4GeocodingFindsAmsterdamAndSaysHowPrecise() {
        PostcodeGeocoder g = PostcodeGeocoder.withPc4();
        Location l = g.locate(new Address("Dam", "1", "1012 JS", "Amsterdam"));
        assertThat(l.precision()).isEqualTo(LocationPrecision.PC4);
        assertThat(l.x()).isBetween(119_000.0, 124_000.0);
        assertThat(l.y()).isBetween(485_000.0, 489_000.0);
        g.addPc6("1012JS", 121_400, 487_400);
        assertThat(g.locate(new Address(null, null, "1012js", null)).precision()).isEqualTo(LocationPrecision.PC6);
        assertThat(g.locate(new Address(null, null, "1029ZZ", null)).isLocated()).isFalse();
    }

    @Test
    void bundledBoundariesLocateAmsterdamAndFormTheMra() {
        AreaIndex idx = new AreaIndex(DutchBoundaries.get().municipalities());
        Area a = idx.locate(121_400, 487_400);
        assertThat(a.code()).isEqualTo("GM0363");
        assertThat(a.parentCode()).isEqualTo("PV27");
        assertThat(DutchBoundaries.get().municipalities()).hasSize(342);
        assertThat(Regions.find("Noord-Holland").orElseThrow().municipalities()).hasSize(44);
        assertThat(Regions.find("MRA").orElseThrow().municipalities()).hasSize(30);
    }
}
