package nl.kansenkaart.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.kansenkaart.codes.EuralList;
import nl.kansenkaart.codes.LmaMethods;
import nl.kansenkaart.codes.Sbi2008;
import nl.kansenkaart.geo.Pc4Table;
import nl.kansenkaart.geo.Postcodes;
import nl.kansenkaart.io.tabular.CsvTableReader;
import nl.kansenkaart.io.tabular.TableRow;
import nl.kansenkaart.io.tabular.TextEncoding;
import nl.kansenkaart.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleGeneratorTest {

    @TempDir static Path tmp;
    static SampleFiles sample;
    static List<Map<String, String>> companies;
    static List<Map<String, String>> lma;

    @BeforeAll
    static void generateDefaultSample() throws IOException {
        sample = new SampleGenerator(SampleGenerator.DEFAULT_SEED).generate(tmp.resolve("default"), SampleGenerator.DEFAULT_LMA_ROWS);
        companies = read(sample.companies());
        lma = read(sample.lmaExtract());
    }

    @Test
    void regeneratingWithTheDefaultSeedReproducesTheCommittedSampleByteForByte() throws IOException {
        Path committed = SharedData.repositoryRoot().resolve("data-samples").resolve("noord-holland");
        for (String f : List.of(SampleGenerator.COMPANIES_FILE, SampleGenerator.LMA_FILE, SampleGenerator.README_FILE))
            assertThat(Files.mismatch(committed.resolve(f), sample.companies().resolveSibling(f)))
                    .as("%s differs from the committed sample (regenerate with generate-sample)", f).isEqualTo(-1L);
    }

    @Test
    void sameSeedGivesTheSameBytesAnotherSeedOthersAndSmallExtractsArePrefixes() throws IOException {
        SampleFiles a = new SampleGenerator(7).generate(tmp.resolve("a"), 600);
        SampleFiles b = new SampleGenerator(7).generate(tmp.resolve("b"), 600);
        SampleFiles c = new SampleGenerator(8).generate(tmp.resolve("c"), 600);
        SampleFiles small = new SampleGenerator(7).generate(tmp.resolve("small"), 250);
        assertThat(Files.mismatch(a.lmaExtract(), b.lmaExtract())).isEqualTo(-1L);
        assertThat(Files.mismatch(a.companies(), b.companies())).isEqualTo(-1L);
        assertThat(Files.mismatch(a.lmaExtract(), c.lmaExtract())).isNotEqualTo(-1L);
        List<String> big = Files.readAllLines(a.lmaExtract(), TextEncoding.WINDOWS_1252);
        List<String> prefix = Files.readAllLines(small.lmaExtract(), TextEncoding.WINDOWS_1252);
        assertThat(big).hasSize(601);
        assertThat(prefix).hasSize(251).isEqualTo(big.subList(0, 251));
    }

    @Test
    void theExtractHasTheRegionalLayoutExactlyAsExportedByDutchExcel() throws IOException {
        byte[] bytes = Files.readAllBytes(sample.lmaExtract());
        String text = new String(bytes, TextEncoding.WINDOWS_1252);
        String header = text.substring(0, text.indexOf("\r\n"));
        assertThat(header.split(";")).containsExactly(LmaExtractWriter.HEADER);
        assertThat(header).contains("Afzender_Huisnummer;").contains("Inzamelaar_Huisnr;").contains("Ontdoener_Huisnr;")
                .endsWith("Verwerker_Huisnummer");
        assertThat(TextEncoding.detect(sample.lmaExtract()).charset()).isEqualTo(TextEncoding.WINDOWS_1252);
        assertThat(text).contains("Orchideeënkwekerij").doesNotContain("\n\n");
        assertThat(text.chars().filter(ch -> ch == '\n').count()).isEqualTo(text.split("\r\n", -1).length - 1);
        assertThat(lma).hasSize(SampleGenerator.DEFAULT_LMA_ROWS);
        for (Map<String, String> r : lma) assertThat(r.get("Afvalstroomnummer")).matches("\\d{12}");
    }

    @Test
    void theExpectedAccountingMatchesAnIndependentRecountUnderTheImportPolicy() {
        long accepted = 0, rejected = 0, notLocated = 0;
        BigDecimal kg = BigDecimal.ZERO;
        for (Map<String, String> r : lma) {
            BigDecimal w = dutchNumber(r.get("Gewicht_KG"));
            boolean ok = w != null && w.signum() >= 0
                    && EuralList.get().lookup(r.get("EuralCode")).isPresent()
                    && r.get("MeldPeriodeJAAR").matches("\\d{4}")
                    && r.get("MeldPeriodeMAAND").matches("[1-9]|1[0-2]");
            if (!ok) {
                rejected++;
                continue;
            }
            accepted++;
            kg = kg.add(w);
            String pc = r.get("Herkomst_Postcode").isBlank() ? r.get("Ontdoener_Postcode") : r.get("Herkomst_Postcode");
            String pc4 = Postcodes.pc4(pc);
            if (pc4 == null || Pc4Table.get().find(pc4) == null) notLocated++;
        }
        LmaExpectation x = sample.expectedLma();
        assertThat(x.rows()).isEqualTo(lma.size());
        assertThat(x.accepted()).isEqualTo(accepted);
        assertThat(x.rejected()).isEqualTo(rejected).isPositive();
        assertThat(x.notLocated()).isEqualTo(notLocated).isPositive();
        assertThat(x.acceptedKg()).isEqualByComparingTo(kg);
        for (Defect d : Defect.values()) assertThat(x.defectRows().get(d)).as("rows with %s", d).isPositive();
        assertThat(Files.exists(sample.readme())).isTrue();
    }

    @Test
    void unknownMethodCodesAndNotationVariantsAreWhatTheReadmePromises() {
        long unknownMethods = lma.stream().filter(r -> LmaMethods.get().lookup(r.get("VerwerkingsmethodeCode")).isEmpty()).count();
        assertThat(unknownMethods).isEqualTo(sample.expectedLma().defectRows().get(Defect.METHOD_UNKNOWN));
        assertThat(lma).anyMatch(r -> r.get("EuralCode").matches("[1-9]\\d{4}"))
                .anyMatch(r -> r.get("EuralCode").matches("\\d\\d \\d\\d \\d\\d"))
                .anyMatch(r -> r.get("EuralCode").endsWith("*"))
                .anyMatch(r -> r.get("Gewicht_KG").matches("\\d{1,3}(\\.\\d{3})+,\\d"))
                .anyMatch(r -> r.get("Gewicht_KG").matches("\\d+,\\d"))
                .anyMatch(r -> r.get("Ontdoener_Postcode").matches("\\d{4}[a-z]{2}"));
        // route collection: the collector is the ontdoener and the herkomst has no postcode
        assertThat(lma).filteredOn(r -> r.get("RouteInzameling").equals("J")).isNotEmpty()
                .allMatch(r -> r.get("Ontdoener").equals(r.get("Inzamelaar")) && r.get("Herkomst_Postcode").isEmpty());
    }

    @Test
    void theThreeKassenEnZadenFlowsAreInTheSample() {
        Map<String, String> sbiByName = new HashMap<>();
        for (Map<String, String> c : companies) sbiByName.put(c.get("naam"), Sbi2008.get().normalise(c.get("sbi")));
        // (1) struvite: real plants with published figures, and their sludge in the extract
        Map<String, String> west = companies.stream().filter(c -> c.get("id").equals("NL11014")).findFirst().orElseThrow();
        assertThat(west.get("struviet_t_per_jaar")).isEqualTo("1000");
        Set<String> sludgePlants = new TreeSet<>();
        for (Map<String, String> r : lma)
            if (r.get("EuralCode").replace(" ", "").equals("190805") && "3700".equals(sbiByName.get(r.get("Ontdoener"))))
                sludgePlants.add(r.get("Ontdoener"));
        assertThat(sludgePlants).hasSizeGreaterThan(25);
        // (2) the waste-to-energy plant in Westpoort receives waste for incineration (F01)
        Map<String, String> avi = companies.stream().filter(c -> c.get("naam").startsWith("Afval Energie Centrale Westpoort"))
                .findFirst().orElseThrow();
        assertThat(avi.get("postcode")).startsWith("1045");
        BigDecimal aviKg = BigDecimal.ZERO;
        for (Map<String, String> r : lma)
            if (r.get("Verwerker").equals(avi.get("naam")) && r.get("VerwerkingsmethodeCode").equals("F01")
                    && dutchNumber(r.get("Gewicht_KG")) != null)
                aviKg = aviKg.add(dutchNumber(r.get("Gewicht_KG")));
        assertThat(aviKg).isGreaterThan(BigDecimal.valueOf(100_000_000)); // > 100 kt
        // (3) organic residues from greenhouses (02 01 03) and food companies, and fibre users
        Set<String> greenhouses = new TreeSet<>(), food = new TreeSet<>();
        for (Map<String, String> r : lma) {
            String sbi = sbiByName.get(r.get("Ontdoener"));
            String eural = EuralList.normalise(r.get("EuralCode")).orElse("");
            if (sbi == null) continue;
            if (eural.equals("020103") && sbi.matches("0113\\d|0119\\d|0130\\d")) greenhouses.add(r.get("Ontdoener"));
            if (eural.startsWith("02") && sbi.startsWith("10")) food.add(r.get("Ontdoener"));
        }
        assertThat(greenhouses).hasSizeGreaterThan(40);
        assertThat(food).hasSizeGreaterThan(15);
        assertThat(companies).filteredOn(c -> c.get("sbi").startsWith("17") || c.get("sbi").startsWith("13")).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void theRegisterMarksWhatIsSyntheticAndUsesRealCodesAndPlaces() {
        BigDecimal area = BigDecimal.ZERO, kwakel = BigDecimal.ZERO;
        Set<String> ids = new TreeSet<>();
        for (Map<String, String> c : companies) {
            assertThat(ids.add(c.get("id"))).as("unique id %s", c.get("id")).isTrue();
            assertThat(c.get("synthetisch")).isIn("J", "N");
            if (c.get("synthetisch").equals("J")) assertThat(c.get("naam")).endsWith("(fictief)");
            else assertThat(c.get("id")).matches("NL\\d{5}");
            assertThat(Sbi2008.get().lookup(c.get("sbi"))).as("SBI %s", c.get("sbi")).isPresent();
            String pc = Postcodes.normalise(c.get("postcode"));
            assertThat(pc).hasSize(6);
            Pc4Table.Pc4 p = Pc4Table.get().find(pc.substring(0, 4));
            assertThat(p.province()).isEqualTo("Noord-Holland");
            assertThat(p.town()).isEqualTo(c.get("plaats"));
            if (!c.get("kasoppervlak_ha").isEmpty()) {
                BigDecimal ha = dutchNumber(c.get("kasoppervlak_ha"));
                area = area.add(ha);
                if (c.get("plaats").equals("De Kwakel")) kwakel = kwakel.add(ha);
            }
        }
        assertThat(area).isEqualByComparingTo("1055.0");
        assertThat(kwakel).isEqualByComparingTo("180.3");
        assertThat(companies).filteredOn(c -> !c.get("klasse_werkzame_personen").isEmpty()).isNotEmpty()
                .allMatch(c -> c.get("werkzame_personen").isEmpty());
    }

    @Test
    void theWastewaterPlantsAreTheActiveOnesOfNoordHollandFromTheUwwtd() throws IOException {
        Map<String, Map<String, String>> source = new LinkedHashMap<>();
        for (Map<String, String> r : readComma(SharedData.file("nl_rwzi_uwwtd/nl_uwwtp_eea_waterbase_v6.csv")))
            if (r.get("uwwNUTS").equals("NL32") && r.get("uwwState").equals("1")) source.put(r.get("uwwCode"), r);
        List<WastewaterPlant> plants = SampleTables.load().plants;
        assertThat(plants).extracting(WastewaterPlant::code).containsExactlyElementsOf(source.keySet());
        for (WastewaterPlant p : plants) {
            Map<String, String> s = source.get(p.code());
            assertThat(p.latitude()).isEqualTo(s.get("uwwLatitude"));
            assertThat(p.longitude()).isEqualTo(s.get("uwwLongitude"));
            assertThat(p.capacityPe()).isEqualTo(Long.parseLong(s.get("uwwCapacity")));
            assertThat(p.loadEnteringPe()).isEqualTo(Long.parseLong(s.get("uwwLoadEnteringUWWTP")));
        }
        Places places = new Places();
        nl.kansenkaart.geo.RdNew rd = new nl.kansenkaart.geo.RdNew();
        for (WastewaterPlant p : plants) {
            double[] xy = rd.toRd(Double.parseDouble(p.longitude()), Double.parseDouble(p.latitude()));
            assertThat(places.municipalityAt(xy[0], xy[1]).parentCode()).as(p.name()).isEqualTo("PV27");
        }
    }

    @Test
    void streamTablesUseRealNamesAndNoImplausibleEuralMethodPair() throws IOException {
        Set<String> excluded = new TreeSet<>();
        for (Map<String, String> r : readComma(SharedData.file("icer_province_lma_derived/icer_excluded_eural_verwerking_combinations.csv")))
            excluded.add(pad(r.get("EuralCode")) + "|" + r.get("VerwerkingsmethodeCode"));
        Map<String, Set<String>> names = new HashMap<>();
        for (Map<String, String> r : readComma(SharedData.file("geofluxus_lma_derived/lma_benaming_afval_by_euralcode_AMA.csv")))
            names.computeIfAbsent(r.get("EuralCode"), k -> new TreeSet<>()).add(r.get("BenamingAfval"));
        for (StreamSpec s : SampleTables.load().streams) {
            for (String m : s.methods().items())
                assertThat(excluded).as("implausible pair %s x %s", s.eural(), m).doesNotContain(s.eural() + "|" + m);
            for (String n : s.names())
                assertThat(names.getOrDefault(s.eural(), Set.of())).as("waste name of %s", s.eural()).contains(n);
        }
    }

    /** Rows of a generated CSV, by header, read with the product's own tolerant reader. */
    static List<Map<String, String>> read(Path file) throws IOException {
        List<Map<String, String>> out = new ArrayList<>();
        try (CsvTableReader r = CsvTableReader.open(file)) {
            String[] h = r.header();
            for (TableRow row; (row = r.next()) != null; ) {
                assertThat(row.problem()).isNull();
                assertThat(row.values()).hasSize(h.length);
                Map<String, String> m = new HashMap<>();
                for (int i = 0; i < h.length; i++) m.put(h[i], row.get(i));
                out.add(m);
            }
        }
        return out;
    }

    private static List<Map<String, String>> readComma(Path file) throws IOException {
        try (var reader = Files.newBufferedReader(file)) {
            return nl.kansenkaart.codes.CsvResource.read(reader, ',');
        }
    }

    private static String pad(String code) {
        return "0".repeat(Math.max(0, 6 - code.length())) + code;
    }

    /** Dutch spreadsheet numbers: "12345", "12345,6", "12.345,6"; null when not a number. */
    static BigDecimal dutchNumber(String s) {
        if (s == null || s.isBlank()) return null;
        String t = s.trim();
        if (t.indexOf(',') >= 0) t = t.replace(".", "").replace(',', '.');
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
