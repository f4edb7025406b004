package nl.kansenkaart.io.lma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.io.ImportCancelledException;
import nl.kansenkaart.io.ImportOptions;
import nl.kansenkaart.io.ImportProgress;
import nl.kansenkaart.io.ImportResult;
import nl.kansenkaart.io.RejectReport;
import nl.kansenkaart.io.RejectedRow;
import nl.kansenkaart.model.LocationBasis;
import nl.kansenkaart.model.LocationPrecision;
import nl.kansenkaart.model.NotificationKind;
import nl.kansenkaart.model.WasteRecord;
import nl.kansenkaart.model.WasteStream;
import nl.kansenkaart.project.ImportLog;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.Tables;
import nl.kansenkaart.project.WasteRecordStore;
import nl.kansenkaart.project.WasteStreamStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-made messy files, with their accounting worked out by hand (see the comments in each case). */
class LmaImporterTest {

    @TempDir Path dir;

    private ProjectFile project() {
        return ProjectFile.create(dir.resolve("p.kansenkaart"), "test");
    }

    private static ImportResult importFile(ProjectFile p, Path f, ImportOptions o, RejectReport report) {
        return new LmaImporter().importFile(p, f, o, report, ImportProgress.NONE);
    }

    private static List<WasteRecord> records(ProjectFile p) {
        List<WasteRecord> out = new ArrayList<>();
        new WasteRecordStore(p).forEach(0, out::add);
        return out;
    }

    @Test
    void messyReceiptsCsv() {
        Path f = LmaTestFiles.copy("om_messy.csv", dir);
        try (ProjectFile p = project(); RejectReport report = new RejectReport(dir.resolve("r.csv"))) {
            ImportResult r = importFile(p, f, ImportOptions.DEFAULT, report);
            // Lines 2-18 are rows. Rejected: 6 no weight, 7 "n.v.t.", 8 negative, 9 EURAL 999999, 10 month 13,
            // 11 no year, 12 too few cells, 13 unterminated quote, 18 too many values.
            // Accepted kg: 1234.50 + 500 + 12345 + 0.5 + 7.25 + 1000000 + 2.5 + 1 = 1014090.75
            assertThat(r.summaryLine()).isEqualTo("read=17 accepted=8 rejected=9 kg=1014090.75");
            assertThat(r.notLocated()).isEqualTo(1);
            assertThat(r.rejectedRows()).extracting(RejectedRow::line).containsExactly(6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 18L);
            assertThat(r.rejectedRows()).extracting(RejectedRow::column).containsExactly("Gewicht_KG", "Gewicht_KG",
                    "Gewicht_KG", "EuralCode", "MeldPeriodeMAAND", "MeldPeriodeJAAR", "", "", "");
            assertThat(r.rejectedRows().get(2).reason()).contains("negative");
            assertThat(r.rejectedRows().get(7).reason()).contains("unterminated");

            Map<Long, WasteRecord> byLine = records(p).stream().collect(Collectors.toMap(WasteRecord::sourceLine, w -> w));
            assertThat(byLine.keySet()).containsExactlyInAnyOrder(2L, 3L, 4L, 5L, 14L, 15L, 16L, 17L);
            WasteRecord l2 = byLine.get(2L);
            assertThat(l2.weightKg()).isEqualTo(1234.5);
            assertThat(l2.location().precision()).isEqualTo(LocationPrecision.PC4);
            assertThat(l2.locationBasis()).isEqualTo(LocationBasis.ORIGIN);
            assertThat(l2.origin().address().postcode()).isEqualTo("1013AB");
            assertThat(l2.processor().name()).isEqualTo("Verwerker A");
            assertThat(l2.extra()).containsEntry("VerwerkingsOmschrijving", "Sorteren");
            WasteRecord l3 = byLine.get(3L);
            assertThat(l3.euralCode()).isEqualTo("020301");
            assertThat(l3.wasteName()).isEqualTo("groente; fruit");
            assertThat(l3.ontdoener().name()).isEqualTo("Kwekerij \"De Kas\"");
            assertThat(l3.origin().address().postcode()).isEqualTo("1431AB");
            WasteRecord l4 = byLine.get(4L);
            assertThat(l4.weightKg()).isEqualTo(12345.0);
            assertThat(l4.euralCode()).isEqualTo("160601");
            assertThat(l4.hazardous()).isTrue();
            assertThat(l4.routeCollection()).isTrue();
            assertThat(l4.locationBasis()).isEqualTo(LocationBasis.ONTDOENER);
            WasteRecord l5 = byLine.get(5L);
            assertThat(l5.methodCode()).isEqualTo("Z99");
            assertThat(l5.methodKnown()).isFalse();
            assertThat(l5.location().isLocated()).isFalse();
            assertThat(l5.extra()).containsEntry("Opmerking", "let op");
            // Origin in Belgium: its "2000" is never looked up as a Dutch PC4; the ontdoener stands in.
            assertThat(byLine.get(14L).locationBasis()).isEqualTo(LocationBasis.ONTDOENER);
            assertThat(byLine.get(14L).origin().country()).isEqualTo("BELGIE");
            assertThat(byLine.get(15L).weightKg()).isEqualTo(1_000_000.0);
            assertThat(byLine.get(15L).month()).isEqualTo(1);
            WasteRecord l16 = byLine.get(16L);
            assertThat(l16.ontdoener().name()).isEqualTo("Caf\u00e9 Zo\u00eb");
            assertThat(l16.collectorScheme()).isTrue();
            assertThat(l16.routeCollection()).isFalse();
            assertThat(l16.origin().address().houseNumber()).isEqualTo("12 A");
            WasteRecord l17 = byLine.get(17L);
            assertThat(l17.routeCollection()).isFalse();
            assertThat(l17.extra()).containsEntry("RouteInzameling", "?").containsEntry("Aantal_vrachten", "x");
            assertThat(l17.loads()).isEqualTo(-1);

            assertThat(r.notes()).anyMatch(n -> n.contains("1 rows are route collection"))
                    .anyMatch(n -> n.contains("unknown or missing processing method") && n.contains("Z99"))
                    .anyMatch(n -> n.contains("columns kept as attributes: Opmerking"));
            ImportLog.Entry log = new ImportLog(p).all().get(0);
            assertThat(log.rowsRead()).isEqualTo(17);
            assertThat(log.kg()).isEqualTo(1014090.75);
            assertThat(log.details()).contains("\"kg\":\"1014090.75\"");
        }
    }

    @Test
    void dispatchCsvWithCommaSeparatorAndBom() {
        Path f = LmaTestFiles.copy("afgifte.csv", dir);
        try (ProjectFile p = project(); RejectReport report = new RejectReport(null)) {
            ImportResult r = importFile(p, f, ImportOptions.DEFAULT, report);
            // 12.345 (',' file: decimal point) + 1234.5 ("1,234.5") + 2500.75 ("2.500,75") + 100; "abc" rejected.
            assertThat(r.summaryLine()).isEqualTo("read=5 accepted=4 rejected=1 kg=3847.595");
            assertThat(r.notLocated()).isEqualTo(1); // the German ontdoener
            List<WasteRecord> recs = records(p);
            assertThat(recs).allMatch(w -> w.kind() == NotificationKind.DISPATCH);
            assertThat(recs.get(0).processor().name()).isEqualTo("Boer Jansen");
            assertThat(recs.get(0).locationBasis()).isEqualTo(LocationBasis.ONTDOENER);
            assertThat(recs.get(0).extra()).containsEntry("Verwerkersnummer", "12345").containsEntry("Ontdoener_Bedrijfsnr", "111");
        }
    }

    @Test
    void portalStreamExportStoresStreamsWithoutWeight() {
        Path f = LmaTestFiles.copy("streams.csv", dir);
        try (ProjectFile p = project(); RejectReport report = new RejectReport(null)) {
            ImportResult r = importFile(p, f, ImportOptions.DEFAULT, report);
            // Line 4 has no afvalstroomnummer, line 5 EURAL "123"; streams never add weight.
            assertThat(r.summaryLine()).isEqualTo("read=5 accepted=3 rejected=2 kg=0");
            assertThat(p.count(Tables.LMA_RECORDS)).isZero();
            List<WasteStream> streams = new WasteStreamStore(p).readAll();
            assertThat(streams).extracting(WasteStream::streamNumber).containsExactly("543210000001", "543210000002", "543210000005");
            WasteStream s1 = streams.get(0);
            assertThat(s1.processor().address().postcode()).isEqualTo("1041AA");
            assertThat(s1.processor().address().town()).isEqualTo("AMSTERDAM");
            assertThat(s1.processorNumber()).isEqualTo("54321");
            assertThat(s1.location().precision()).isEqualTo(LocationPrecision.PC4);
            assertThat(s1.extra()).containsEntry("Euralcode Omschrijving", "grond en stenen");
            WasteStream s2 = streams.get(1);
            assertThat(s2.methodCode()).isEqualTo("A02");
            assertThat(s2.privateOntdoener()).isTrue();
            assertThat(s2.origin().address().houseNumber()).isEqualTo("3 b");
            WasteStream s5 = streams.get(2);
            assertThat(s5.methodKnown()).isFalse();
            assertThat(s5.originNearby()).isEqualTo("A9 km 12,3");
            assertThat(s5.location().isLocated()).isFalse();
        }
    }

    @Test
    void periodeMeldingTabSeparated() {
        Path f = LmaTestFiles.copy("periode_tab.txt", dir);
        try (ProjectFile p = project(); RejectReport report = new RejectReport(null)) {
            ImportResult r = importFile(p, f, ImportOptions.DEFAULT, report);
            // 112025 -> 11/2025, 12025 -> 1/2025 (leading zero lost), 01-2024; 132025 and empty rejected.
            assertThat(r.summaryLine()).isEqualTo("read=5 accepted=3 rejected=2 kg=1325.5");
            assertThat(records(p)).extracting(w -> w.year() * 100 + w.month()).containsExactly(202511, 202501, 202401);
        }
    }

    @Test
    void workbookPicksSheetsByLayoutAndCountsOverlapOnce() {
        Path f = LmaTestFiles.copy("regional_extract.xlsx", dir);
        try (ProjectFile p = project(); RejectReport report = new RejectReport(null)) {
            ImportResult r = importFile(p, f, ImportOptions.DEFAULT, report);
            // Sheet 1 (title row above the header): 5 rows, -5 kg rejected. Sheet 2 (other column order):
            // 5 rows, two repeat sheet 1 -> rejected as duplicates; 42 kg twice within the sheet -> both
            // kept; 0.30000000000000004 (a computed number cell) -> 0.3. Sheet 3 (afgifte): 2 rows.
            // kg = 12345.67 + 1234.5 + 100 + 250 + 42 + 42 + 0.3 + 10 + 20.5 = 14044.97
            assertThat(r.summaryLine()).isEqualTo("read=12 accepted=9 rejected=3 kg=14044.97");
            assertThat(r.rejectedRows()).extracting(RejectedRow::reason)
                    .anyMatch(s -> s.startsWith("duplicate of regional_extract.xlsx [1.OM Ontvangers in MRA] line 4"));
            assertThat(r.notes()).anyMatch(n -> n.contains("[Toelichting]") && n.contains("skipped"))
                    .anyMatch(n -> n.contains("1 row(s) above the header"))
                    .anyMatch(n -> n.contains("[2. OM Ontdoeners in MRA]: 1 rows repeat an earlier row of this table exactly; kept"));
            List<WasteRecord> recs = records(p);
            assertThat(recs.get(0).euralCode()).isEqualTo("020301"); // a number cell lost the leading zero
            assertThat(recs.get(0).weightKg()).isEqualTo(12345.67);
            assertThat(recs.get(0).sourceFile()).isEqualTo("regional_extract.xlsx [1.OM Ontvangers in MRA]");
            assertThat(recs.get(1).weightKg()).isEqualTo(1234.5); // a text cell in Dutch notation
            assertThat(recs).filteredOn(w -> w.kind() == NotificationKind.DISPATCH).hasSize(2);
            assertThat(recs).filteredOn(w -> w.month() == 7).singleElement().extracting(WasteRecord::weightKg).isEqualTo(0.3);
        }
    }

    @Test
    void reimportIsRefusedUnlessReplacedOrAskedAgain() {
        Path f = LmaTestFiles.copy("afgifte.csv", dir);
        try (ProjectFile p = project()) {
            importFile(p, f, ImportOptions.DEFAULT, new RejectReport(null));
            Path renamed = dir.resolve("same-content.csv");
            try {
                Files.copy(f, renamed);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            assertThatThrownBy(() -> importFile(p, renamed, ImportOptions.DEFAULT, new RejectReport(null)))
                    .isInstanceOf(KansenkaartException.class).hasMessageContaining("was imported before")
                    .hasMessageContaining("--replace");
            assertThat(p.count(Tables.LMA_RECORDS)).isEqualTo(4);

            ImportResult again = importFile(p, f, new ImportOptions(false, true, null), new RejectReport(null));
            assertThat(p.count(Tables.LMA_RECORDS)).isEqualTo(8);
            assertThat(new WasteRecordStore(p).totalKg()).isEqualTo(2 * 3847.595, org.assertj.core.data.Offset.offset(1e-6));

            ImportResult replaced = importFile(p, f, new ImportOptions(true, false, null), new RejectReport(null));
            assertThat(p.count(Tables.LMA_RECORDS)).isEqualTo(4);
            assertThat(new ImportLog(p).all()).extracting(ImportLog.Entry::id).containsExactly(replaced.importId());
            assertThat(replaced.importId()).isGreaterThan(again.importId());
            assertThat(replaced.notes().get(0)).startsWith("replaced earlier imports of the same file");
        }
    }

    @Test
    void cancelLeavesTheProjectUnchanged() throws Exception {
        Path f = LmaTestFiles.copy("om_messy.csv", dir);
        Path projectPath = dir.resolve("p.kansenkaart");
        try (ProjectFile p = project()) {
            importFile(p, LmaTestFiles.copy("afgifte.csv", dir), ImportOptions.DEFAULT, new RejectReport(null));
        }
        byte[] before = Files.readAllBytes(projectPath);
        try (ProjectFile p = ProjectFile.open(projectPath)) {
            ImportProgress cancelling = new ImportProgress() {
                @Override
                public void update(long done, long total, long rows) {}

                @Override
                public boolean isCancelled() {
                    return true;
                }
            };
            assertThatThrownBy(() -> new LmaImporter().importFile(p, f, ImportOptions.DEFAULT, new RejectReport(null), cancelling))
                    .isInstanceOf(ImportCancelledException.class);
            assertThat(p.count(Tables.LMA_RECORDS)).isEqualTo(4);
            assertThat(new ImportLog(p).all()).hasSize(1);
        }
        assertThat(Files.readAllBytes(projectPath)).isEqualTo(before);
    }

    @Test
    void progressReportsBytesOfTheFile() {
        Path f = LmaTestFiles.copy("om_messy.csv", dir);
        List<long[]> updates = new ArrayList<>();
        try (ProjectFile p = project()) {
            new LmaImporter().importFile(p, f, ImportOptions.DEFAULT, new RejectReport(null), new ImportProgress() {
                @Override
                public void update(long done, long total, long rows) {
                    updates.add(new long[] {done, total, rows});
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
        }
        long size = f.toFile().length();
        assertThat(updates).isNotEmpty();
        long[] last = updates.get(updates.size() - 1);
        assertThat(last[0]).isEqualTo(size);
        assertThat(last[1]).isEqualTo(size);
        assertThat(last[2]).isEqualTo(17);
    }

    @Test
    void aFinerGeocodingTableTakesPrecedence() {
        Path f = LmaTestFiles.copy("periode_tab.txt", dir);
        try (ProjectFile p = project()) {
            p.transaction(c -> {
                try (var st = c.createStatement()) {
                    st.execute("INSERT INTO " + Tables.GEOCODE_POINTS + " (postcode, house_number, x, y, source)"
                            + " VALUES ('1013AB', '', 120000.5, 489000.5, 'test')");
                }
                return null;
            });
            importFile(p, f, ImportOptions.DEFAULT, new RejectReport(null));
            WasteRecord w = records(p).get(0);
            assertThat(w.location().precision()).isEqualTo(LocationPrecision.PC6);
            assertThat(w.location().x()).isEqualTo(120000.5);
        }
    }

    @Test
    void aFileWithoutAnLmaHeaderIsAClearErrorListingWhatWasExpected() throws Exception {
        Path f = dir.resolve("bedrijven.csv");
        Files.writeString(f, "naam;sbi;werkzame_personen\nKwekerij;0113;12\n");
        try (ProjectFile p = project()) {
            assertThatThrownBy(() -> importFile(p, f, ImportOptions.DEFAULT, new RejectReport(null)))
                    .isInstanceOf(KansenkaartException.class)
                    .hasMessageContaining("no recognisable LMA header in bedrijven.csv")
                    .hasMessageContaining("Gewicht_KG").hasMessageContaining("naam, sbi, werkzame_personen")
                    .hasMessageNotContaining("\n");
            assertThat(new ImportLog(p).all()).isEmpty();
        }
    }

    @Test
    void exactKgDoesNotDriftOverManyRows() throws Exception {
        // 0.1 kg added 10,000 times is exactly 1000 in decimal arithmetic, not 999.9999999999...
        StringBuilder sb = new StringBuilder("EuralCode;Gewicht_KG;MeldPeriodeJAAR;MeldPeriodeMAAND\n");
        for (int i = 0; i < 10_000; i++) sb.append("170504;0,1;2020;").append(1 + i % 12).append('\n');
        Path f = dir.resolve("tenths.csv");
        Files.writeString(f, sb);
        try (ProjectFile p = project()) {
            ImportResult r = importFile(p, f, ImportOptions.DEFAULT, new RejectReport(null));
            assertThat(r.kg()).isEqualByComparingTo(new BigDecimal("1000"));
            assertThat(r.summaryLine()).isEqualTo("read=10000 accepted=10000 rejected=0 kg=1000");
        }
    }
}
