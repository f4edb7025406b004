package nl.kansenkaart.io.lma;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.kansenkaart.io.ImportOptions;
import nl.kansenkaart.io.ImportProgress;
import nl.kansenkaart.io.ImportResult;
import nl.kansenkaart.io.RejectReport;
import nl.kansenkaart.io.RejectedRow;
import nl.kansenkaart.model.LocationBasis;
import nl.kansenkaart.model.LocationPrecision;
import nl.kansenkaart.model.WasteRecord;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.Tables;
import nl.kansenkaart.project.WasteRecordStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stream's descriptive cells are worked out and stored once per import, each row keeps its own
 * period, weight and loads, and what the records view returns and the import counts is per row.
 */
class LmaStreamStorageTest {

    @TempDir Path dir;

    private static final String HEADER = "Afvalstroomnummer;VerwerkingsmethodeCode;RouteInzameling;Inzamelaarsregeling;EuralCode;"
            + "BenamingAfval;MeldPeriodeJAAR;MeldPeriodeMAAND;Gewicht_KG;Aantal_vrachten;Ontdoener;Ontdoener_Postcode;"
            + "Ontdoener_Plaats;Herkomst_Postcode;Herkomst_Plaats;Afzender;Verwerker;Verwerker_Postcode;Verwerker_Plaats";

    /** Stream A: route collection, located at its origin in Aalsmeer. */
    private static String a(int month, String kg, String loads, String afzender) {
        return "111110000001;C01;J;N;020103;groenafval;2023;" + month + ";" + kg + ";" + loads
                + ";Inzamelaar Groen (fictief);1432 AB;Aalsmeer;1431 CD;Aalsmeer;" + afzender
                + ";Composteerder (fictief);1505 HX;Zaandam";
    }

    /** Stream B: an unknown method, no Dutch postcode anywhere (not located). */
    private static String b(int month, String kg) {
        return "222220000002;Z99;N;N;150101;karton;2023;" + month + ";" + kg + ";1;Papier BV (fictief);;Antwerpen;;;;"
                + "Papierfabriek (fictief);;Gent";
    }

    private ImportResult importLines(List<String> lines) throws IOException {
        Path f = dir.resolve("extract.csv");
        Files.writeString(f, HEADER + "\r\n" + String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        try (ProjectFile p = ProjectFile.create(dir.resolve("p.kansenkaart"), null)) {
            return new LmaImporter().importFile(p, f, ImportOptions.DEFAULT, new RejectReport(null), ImportProgress.NONE);
        }
    }

    private List<WasteRecord> records() {
        List<WasteRecord> out = new ArrayList<>();
        try (ProjectFile p = ProjectFile.open(dir.resolve("p.kansenkaart"))) {
            new WasteRecordStore(p).forEach(0, out::add);
        }
        return out;
    }

    private long count(String table) {
        try (ProjectFile p = ProjectFile.open(dir.resolve("p.kansenkaart"))) {
            return p.count(table);
        }
    }

    @Test
    void aStreamReportedEveryMonthIsStoredOnceAndCountedPerRow() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            lines.add(a(m, (1000 + m) + ",5", Integer.toString(m), "Kwekerij (fictief)"));
            if (m % 4 == 0) lines.add(b(m, "250"));
        }
        ImportResult r = importLines(lines);
        // kg = sum(1000.5 + m for m = 1..12) + 3 * 250 = 12006 + 78 + 750
        assertThat(r.summaryLine()).isEqualTo("read=15 accepted=15 rejected=0 kg=12834");
        assertThat(r.notLocated()).isEqualTo(3);
        assertThat(r.notes()).anyMatch(n -> n.contains("3 rows with an unknown or missing processing method") && n.contains("Z99 (3)"))
                .anyMatch(n -> n.contains("12 rows are route collection"));
        assertThat(count(Tables.LMA_RECORD_STREAMS)).isEqualTo(2);
        assertThat(count(Tables.LMA_RECORD_AMOUNTS)).isEqualTo(15);

        List<WasteRecord> recs = records();
        assertThat(recs).hasSize(15);
        List<WasteRecord> streamA = recs.stream().filter(w -> w.streamNumber().equals("111110000001")).toList();
        assertThat(streamA).extracting(WasteRecord::month).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(streamA).extracting(WasteRecord::weightKg).startsWith(1001.5, 1002.5, 1003.5);
        assertThat(streamA).extracting(WasteRecord::loads).startsWith(1, 2, 3);
        assertThat(streamA).extracting(WasteRecord::sourceLine).containsExactly(2L, 3L, 4L, 5L, 7L, 8L, 9L, 10L, 12L, 13L, 14L, 15L);
        assertThat(streamA).allSatisfy(w -> {
            assertThat(w.routeCollection()).isTrue();
            assertThat(w.locationBasis()).isEqualTo(LocationBasis.ORIGIN);
            assertThat(w.origin().address().postcode()).isEqualTo("1431CD");
            assertThat(w.processor().name()).isEqualTo("Composteerder (fictief)");
            assertThat(w.extra()).containsEntry("Afzender", "Kwekerij (fictief)");
        });
        assertThat(recs).filteredOn(w -> w.streamNumber().equals("222220000002"))
                .extracting(WasteRecord::month).containsExactly(4, 8, 12);
        assertThat(recs).filteredOn(w -> w.streamNumber().equals("222220000002"))
                .allSatisfy(w -> assertThat(w.location().precision()).isEqualTo(LocationPrecision.NOT_LOCATED));
    }

    @Test
    void rowsThatDifferInAnyOtherCellAreStreamsOfTheirOwn() throws IOException {
        ImportResult r = importLines(List.of(a(1, "10", "1", "Kwekerij (fictief)"), a(2, "20", "1", "Andere kweker (fictief)"),
                a(3, "30", "1", "Kwekerij (fictief)"), a(4, "40", "1", "Kwekerij (fictief) ")));
        assertThat(r.summaryLine()).isEqualTo("read=4 accepted=4 rejected=0 kg=100");
        // A trailing space is a different cell as read: its own stream row, with the same cleaned values.
        assertThat(count(Tables.LMA_RECORD_STREAMS)).isEqualTo(3);
        assertThat(records()).extracting(w -> w.extra().get("Afzender")).containsExactly("Kwekerij (fictief)",
                "Andere kweker (fictief)", "Kwekerij (fictief)", "Kwekerij (fictief)");
    }

    @Test
    void consecutiveRowsDifferingInTheirFirstOrLastCellAreDifferentStreams() throws IOException {
        String first = a(2, "20", "1", "K"), last = a(3, "30", "1", "K");
        ImportResult r = importLines(List.of(a(1, "10", "1", "K"), first.replace("111110000001;", "111110000009;"),
                last.substring(0, last.length() - 1) + "M", a(4, "40", "2", "K")));
        assertThat(r.summaryLine()).isEqualTo("read=4 accepted=4 rejected=0 kg=100");
        assertThat(count(Tables.LMA_RECORD_STREAMS)).isEqualTo(3);
        assertThat(records()).extracting(w -> w.streamNumber() + " " + w.processor().address().town())
                .containsExactly("111110000001 Zaandam", "111110000009 Zaandam", "111110000001 ZaandaM", "111110000001 Zaandam");
        assertThat(records()).extracting(w -> w.extra().get("Verwerker_Plaats")).containsOnlyNulls();
    }

    @Test
    void anUnreadableNumberOfLoadsStaysWithItsOwnRow() throws IOException {
        ImportResult r = importLines(List.of(a(1, "10", "1", "K"), a(2, "20", "vier", "K"), a(3, "30", "2", "K"),
                a(4, "40", "vier", "K"), a(5, "50", "zes", "K")));
        assertThat(r.summaryLine()).isEqualTo("read=5 accepted=5 rejected=0 kg=150");
        assertThat(r.notes()).anyMatch(n -> n.contains("3 rows with an unreadable number of loads"));
        assertThat(count(Tables.LMA_RECORD_STREAMS)).isEqualTo(3); // readable loads, "vier", "zes"
        List<WasteRecord> recs = records();
        assertThat(recs).extracting(WasteRecord::loads).containsExactly(1, -1, 2, -1, -1);
        assertThat(recs).extracting(w -> w.extra().get("Aantal_vrachten")).containsExactly(null, "vier", null, "vier", "zes");
    }

    @Test
    void rejectionsAreTheSameForNewAndKnownStreams() throws IOException {
        ImportResult r = importLines(List.of(a(1, "10", "1", "K"), a(2, "tien", "1", "K"), a(13, "10", "1", "K"),
                a(3, "10", "1", "K").replace(";020103;", ";999999;").replace(";10;", ";tien;"),
                a(4, "10", "1", "K").replace(";020103;", ";999999;")));
        assertThat(r.summaryLine()).isEqualTo("read=5 accepted=1 rejected=4 kg=10");
        assertThat(r.rejectedRows()).extracting(RejectedRow::column)
                .containsExactly("Gewicht_KG", "MeldPeriodeMAAND", "EuralCode", "EuralCode");
        assertThat(r.rejectedRows().get(0).reason()).isEqualTo("weight is not a number: 'tien'");
        assertThat(r.rejectedRows().get(2).reason()).startsWith("EURAL code '999999' is not in the official list");
        assertThat(count(Tables.LMA_RECORD_STREAMS)).isEqualTo(1);
    }

    @Test
    void aFileInWhichEveryRowDiffersHasAStreamPerRow() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 3000; i++) lines.add(a(1 + i % 12, "1", "1", "Kweker " + i));
        ImportResult r = importLines(lines);
        assertThat(r.summaryLine()).isEqualTo("read=3000 accepted=3000 rejected=0 kg=3000");
        assertThat(count(Tables.LMA_RECORD_STREAMS)).isEqualTo(3000);
        assertThat(records()).extracting(w -> w.extra().get("Afzender")).startsWith("Kweker 0", "Kweker 1").endsWith("Kweker 2999");
    }
}
