package nl.kansenkaart.io.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.geo.PostcodeGeocoder;
import nl.kansenkaart.io.ImportCancelledException;
import nl.kansenkaart.io.ImportOptions;
import nl.kansenkaart.io.ImportProgress;
import nl.kansenkaart.io.ImportResult;
import nl.kansenkaart.io.RejectReport;
import nl.kansenkaart.io.RejectedRow;
import nl.kansenkaart.model.Address;
import nl.kansenkaart.model.Location;
import nl.kansenkaart.model.LocationPrecision;
import nl.kansenkaart.project.GeocodePointStore;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeocodeTableImporterTest {

    @TempDir Path tmp;

    @Test
    void pc6AndAddressPointsLoadAndThenTakePrecedence() throws Exception {
        Path f = tmp.resolve("adrespunten.csv");
        Files.writeString(f, String.join("\n",
                "Postcode;Huisnummer;X;Y",
                "1424 AB;12;112345;470123",
                "1424AB;;112400;470200",
                "1431 ab;5a;52,2599;4,7620",
                "1431;;112000;470000",
                "1431AB;7;0;0",
                "1424AB;12 B;112346;470124",
                "ABCDEF;;112000;470000",
                "1431AC;x;112000;470000",
                ""));
        try (ProjectFile p = ProjectFile.create(tmp.resolve("p.kansenkaart"), "t")) {
            RejectReport report = new RejectReport(null);
            ImportResult r = new GeocodeTableImporter().importFile(p, f, ImportOptions.DEFAULT, report, ImportProgress.NONE);
            assertThat(r.summaryLine()).isEqualTo("read=8 accepted=3 rejected=5");
            assertThat(p.count(Tables.GEOCODE_POINTS)).isEqualTo(3);
            assertThat(report.rows()).extracting(RejectedRow::reason).containsExactly(
                    "postcode 1431 has no letters: the table needs PC6 postcodes or address points",
                    "coordinates '0', '0' are not a point in the Netherlands (RD New or WGS84)",
                    "same postcode and house number as line 2 (house-number additions are not told apart)",
                    "'ABCDEF' is not a Dutch postcode",
                    "house number 'x' does not start with a number");
            assertThat(report.rows()).extracting(RejectedRow::line).containsExactly(5L, 6L, 7L, 8L, 9L);

            PostcodeGeocoder g = GeocodePointStore.geocoder(p);
            Location address = g.locate(new Address("Kassenweg", "12A", "1424AB", null));
            assertThat(address.precision()).isEqualTo(LocationPrecision.ADDRESS);
            assertThat(address.x()).isEqualTo(112_345);
            assertThat(g.locate(new Address(null, "99", "1424 AB", null)).precision()).isEqualTo(LocationPrecision.PC6);
            Location wgs = g.locate(new Address(null, "5", "1431AB", null));
            assertThat(wgs.precision()).isEqualTo(LocationPrecision.ADDRESS); // lat/lon written in the x/y columns, swapped
            assertThat(wgs.x()).isBetween(110_000.0, 115_000.0);
            assertThat(g.locate(new Address(null, null, "1012JS", null)).precision()).isEqualTo(LocationPrecision.PC4);

            assertThatThrownBy(() -> new GeocodeTableImporter().importFile(p, f, ImportOptions.DEFAULT, new RejectReport(null),
                    ImportProgress.NONE)).isInstanceOf(KansenkaartException.class).hasMessageContaining("imported before");
            new GeocodeTableImporter().importFile(p, f, new ImportOptions(true, false, null), new RejectReport(null), ImportProgress.NONE);
            assertThat(p.count(Tables.GEOCODE_POINTS)).isEqualTo(3);
        }
    }

    @Test
    void aTableWithoutCoordinatesIsRefusedAndCancelChangesNothing() throws Exception {
        Path f = tmp.resolve("pc.csv");
        Files.writeString(f, "postcode;plaats\n1431AB;Aalsmeer\n");
        Path big = tmp.resolve("big.csv");
        StringBuilder sb = new StringBuilder("postcode,lat,lon\n");
        for (int i = 0; i < 2500; i++) sb.append(String.format("%04dAB,52.3,4.9%n", 1000 + i));
        Files.writeString(big, sb);
        try (ProjectFile p = ProjectFile.create(tmp.resolve("p.kansenkaart"), "t")) {
            assertThatThrownBy(() -> new GeocodeTableImporter().importFile(p, f, ImportOptions.DEFAULT, new RejectReport(null),
                    ImportProgress.NONE)).isInstanceOf(KansenkaartException.class)
                    .hasMessageContaining("no table with a postcode column and x/y or lat/lon");
            ImportProgress cancel = new ImportProgress() {
                @Override
                public void update(long done, long total, long rows) {}

                @Override
                public boolean isCancelled() {
                    return true;
                }
            };
            assertThatThrownBy(() -> new GeocodeTableImporter().importFile(p, big, ImportOptions.DEFAULT, new RejectReport(null),
                    cancel)).isInstanceOf(ImportCancelledException.class);
            assertThat(p.count(Tables.GEOCODE_POINTS)).isZero();
            assertThat(p.count(Tables.IMPORTS)).isZero();
        }
    }
}
