package nl.kansenkaart.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import nl.kansenkaart.disclosure.CellRef;
import nl.kansenkaart.disclosure.DisclosureControl;
import nl.kansenkaart.disclosure.DisclosurePolicy;
import nl.kansenkaart.export.ClusterWorkshopTables;
import nl.kansenkaart.export.MatchWorkshopTables;
import nl.kansenkaart.export.SankeyDisclosure;
import nl.kansenkaart.export.WorkshopExport;
import nl.kansenkaart.matching.Indicator;
import nl.kansenkaart.matching.StoredMatch;
import nl.kansenkaart.matching.StoredMatches;
import nl.kansenkaart.model.QuantityUnit;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.render.MapText;
import nl.kansenkaart.render.SankeyLabels;
import nl.kansenkaart.resources.ClusterMaterialRow;
import nl.kansenkaart.resources.Step2Store;
import nl.kansenkaart.sankey.ClusterSankey;
import nl.kansenkaart.sankey.SankeyDiagram;
import nl.kansenkaart.sankey.MatchSankey;
import nl.kansenkaart.sankey.SankeyLink;
import nl.kansenkaart.sankey.SankeyNode;
import nl.kansenkaart.sankey.SupplierClusters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample region end to end, as {@code demo} builds it: what issues 2, 4 and 5 ask of the
 * sample (clusters present and explained, the three "Kassen en Zaden" flows found and explained,
 * a workshop export that reveals no company's figures, not even by subtraction, a project GDAL
 * reads in EPSG:28992).
 */
class SampleRegionTest {

    @TempDir static Path dir;
    static Path project;
    static Path export;
    static SamplePipeline.Result built;

    @BeforeAll
    static void build() {
        project = dir.resolve("sample.kansenkaart");
        built = SamplePipeline.build(project, dir.resolve("work"), null);
        export = dir.resolve("workshop");
        try (ProjectFile p = ProjectFile.open(project)) {
            new WorkshopExport(p, DisclosurePolicy.DEFAULT).write(export, EnumSet.of(WorkshopExport.Format.GPKG,
                    WorkshopExport.Format.CSV), 800, 600, false);
        }
    }

    @Test
    void theImportAccountingIsExactlyWhatTheSampleReadmePromises() throws IOException {
        String readme = Files.readString(dir.resolve("work/sample-data/README.md"), StandardCharsets.UTF_8);
        try (ProjectFile p = ProjectFile.open(project)) {
            List<String> imports = rows(p, "SELECT kind, rows_read, accepted, rejected, kg FROM kk_imports ORDER BY id");
            assertThat(imports.get(0)).startsWith("companies|363|363|0");
            assertThat(imports.get(1)).isEqualTo("lma|7500|7431|69|1074037433.2");
            assertThat(readme).contains("read=7500 accepted=7431 rejected=69 kg=1074037433.2");
            assertThat(p.meta(SamplePipeline.COMPLETE)).isEqualTo("true");
        }
    }

    @Test
    void greenhouseWasteWastewaterAndFoodClustersAreSelectedAndExplained() {
        try (ProjectFile p = ProjectFile.open(project)) {
            List<String> sel = rows(p, "SELECT cluster_key, selected, selection_reason FROM step1_clusters WHERE level = 'SECTOR'"
                    + " AND cluster_key IN ('greenhouses', 'waste', 'rwzi', 'food') ORDER BY cluster_key");
            assertThat(sel).hasSize(4).allSatisfy(r -> assertThat(r).contains("|1|"));
            assertThat(sel).anySatisfy(r -> assertThat(r).startsWith("rwzi|1|low-hanging fruit"));
            // step 2 produced a material table and balance for each of them
            assertThat(rows(p, "SELECT DISTINCT cluster_id FROM step2_cluster_balances"))
                    .contains("greenhouses", "waste", "rwzi", "food");
        }
    }

    @Test
    void theThreeKassenEnZadenFlowsAreFoundAndExplained() {
        try (ProjectFile p = ProjectFile.open(project)) {
            // (1) struvite from the water board's sewage plants -> fertiliser for greenhouse horticulture
            assertThat(rows(p, "SELECT m.explanation FROM matches m JOIN companies s ON s.ref = m.supply_ref"
                    + " JOIN companies d ON d.ref = m.demand_ref WHERE m.supply_material = 'resource:struvite'"
                    + " AND m.demand_material = 'resource:fertiliser' AND s.sbi LIKE '37%' AND d.sbi LIKE '01%'"))
                    .isNotEmpty().allSatisfy(e -> assertThat(e).contains("Struvite").contains("Fertiliser").contains("km by road"));
            // (2) residual heat and CO2 of the Amsterdam waste-to-energy plant -> greenhouses
            for (String[] pair : new String[][] {{"resource:residual_heat", "resource:heat"}, {"resource:co2", "resource:co2"}})
                assertThat(rows(p, "SELECT s.town FROM matches m JOIN companies s ON s.ref = m.supply_ref JOIN companies d ON"
                        + " d.ref = m.demand_ref WHERE m.supply_material = '" + pair[0] + "' AND m.demand_material = '" + pair[1]
                        + "' AND s.sbi LIKE '3821%' AND d.sbi LIKE '01%'")).isNotEmpty().allSatisfy(t -> assertThat(t).isEqualTo("Amsterdam"));
            // (3) organic residues -> fibres for the paper or textile industry
            assertThat(rows(p, "SELECT d.sbi FROM matches m JOIN companies d ON d.ref = m.demand_ref WHERE m.supply_material"
                    + " = 'eural:020103' AND m.demand_material = 'resource:fibre'"))
                    .isNotEmpty().allSatisfy(sbi -> assertThat(sbi).matches("(13|17).*"));
        }
    }

    @Test
    void theRunReportShowsEveryKindOfMatchWithItsBestExplanationSoTheExampleFlowsAreVisible() {
        List<String> step3 = built.lines().subList(built.lines().indexOf("step 3: matchmaking (scenario basis)"), built.lines().size());
        List<String> byRule = step3.stream().filter(l -> l.matches("  \\[\\d+ match(es)?, .*\\] Rule .*")).toList();
        assertThat(byRule).anySatisfy(l -> assertThat(l).contains("t/yr] Rule struvite_fertiliser: Struvite to Fertiliser"))
                .anySatisfy(l -> assertThat(l).contains("GJ/yr] Rule residual_heat_greenhouse: Residual heat to Heat"))
                .anySatisfy(l -> assertThat(l).contains("t/yr] Rule co2_greenhouse: CO2 to CO2"))
                .anySatisfy(l -> assertThat(l).contains("Rule plant_residue_fibre: 02 01 03 Plant-tissue waste to Fibre"));
        // one line per rule, and together they account for every match of the run
        assertThat(byRule.stream().map(l -> l.replaceAll(".*\\] Rule ([a-z0-9_]+):.*", "$1")).distinct()).hasSameSizeAs(byRule);
        int matches = Integer.parseInt(step3.get(1).replaceAll(".* matches=(\\d+) .*", "$1"));
        assertThat(byRule.stream().mapToInt(l -> Integer.parseInt(l.replaceAll("  \\[(\\d+) .*", "$1"))).sum()).isEqualTo(matches);
    }

    @Test
    void theWorkshopExportRevealsNoSingleCompanysFigures() {
        Path gpkg = export.resolve("kansenkaart-workshop.gpkg");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + gpkg); Statement st = c.createStatement()) {
            assertThat(one(st, "SELECT count(*) FROM companies WHERE jobs IS NOT NULL OR economic_value_eur IS NOT NULL")).isEqualTo(0);
            assertThat(one(st, "SELECT count(*) FROM matches WHERE amount IS NOT NULL")).isEqualTo(0);
            assertThat(one(st, "SELECT count(*) FROM matches")).isPositive();
            assertThat(one(st, "SELECT count(*) FROM matches WHERE explanation LIKE '%t/yr covers%'")).isEqualTo(0);
            // the waste-to-energy plant is the only supplier of heat: the energy total is withheld
            assertThat(one(st, "SELECT count(*) FROM scenario_indicators WHERE indicator = 'matched_gj' AND value IS NULL")).isEqualTo(1);
            // a cluster figure with fewer than three contributing establishments is withheld
            assertThat(one(st, "SELECT count(*) FROM clusters WHERE establishments < 3 AND jobs IS NOT NULL AND jobs > 0")).isEqualTo(0);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void noWithheldScaleLevelFigureCanBeWorkedOutFromTheScenarioIndicators() throws SQLException {
        Map<String, Double> shown = new HashMap<>();
        Set<String> withheld = new HashSet<>();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + export.resolve("kansenkaart-workshop.gpkg"));
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT indicator, value FROM scenario_indicators WHERE scenario = 'basis'")) {
            while (rs.next()) {
                double v = rs.getDouble(2);
                if (rs.wasNull()) withheld.add(rs.getString(1));
                else shown.put(rs.getString(1), v);
            }
        }
        List<String> scales = List.of("local_t", "regional_t", "supra_regional_t", "national_t", "international_t");
        List<String> hidden = scales.stream().filter(withheld::contains).toList();
        // The waste-to-energy plant dominates the regional and supra-regional tonnes.
        assertThat(hidden).contains("regional_t", "supra_regional_t");
        if (withheld.contains("matched_t")) {
            // Then matched_t itself must not follow from supply = matched + unmatched or demand = matched + unmet.
            assertThat(withheld).containsAnyOf("supply_t", "unmatched_supply_t").containsAnyOf("demand_t", "unmet_demand_t");
            return;
        }
        // matched_t is shown, so the withheld levels' sum is matched_t minus the shown ones: it must pass the rules
        // with its real contributors, the suppliers and the takers of the matches at those levels.
        Map<String, Double> suppliers = new HashMap<>(), takers = new HashMap<>();
        double sum = 0;
        try (ProjectFile p = ProjectFile.open(project)) {
            for (String r : rows(p, "SELECT supply_ref, demand_ref, amount, scale FROM matches WHERE scenario = 'basis' AND unit = 't'")) {
                String[] f = r.split("\\|");
                if (!hidden.contains(f[3].replace('-', '_') + "_t")) continue;
                double amount = Double.parseDouble(f[2]);
                suppliers.merge(f[0], amount, Double::sum);
                takers.merge(f[1], amount, Double::sum);
                sum += amount;
            }
        }
        assertThat(hidden).hasSizeGreaterThanOrEqualTo(2);
        double derivable = shown.get("matched_t") - scales.stream().filter(shown::containsKey).mapToDouble(shown::get).sum();
        assertThat(sum).isCloseTo(derivable, org.assertj.core.data.Offset.offset(0.01));
        DisclosureControl rules = new DisclosureControl(DisclosurePolicy.DEFAULT);
        assertThat(rules.disclose(suppliers).isSuppressed()).as("suppliers behind " + hidden).isFalse();
        assertThat(rules.disclose(takers).isSuppressed()).as("takers behind " + hidden).isFalse();
    }

    @Test
    void noFlowDiagramBandCanBeWorkedOutFromTheScenarioTotalANodesAmountOrTheMaterialTable() {
        try (ProjectFile p = ProjectFile.open(project)) {
            WorkshopExport.Contents contents = new WorkshopExport(p, DisclosurePolicy.DEFAULT).contents(false);
            SankeyDisclosure.Result drawn = contents.diagrams().get("sankey-matches-basis");
            // A node's amount is shown only when none of its bands is withheld (else amount minus the shown bands).
            for (SankeyNode n : drawn.diagram().nodes()) {
                if (drawn.nodesWithoutValue().contains(n.id())) continue;
                assertThat(drawn.diagram().links()).filteredOn(l -> l.source().equals(n.id()) || l.target().equals(n.id()))
                        .extracting(SankeyLink::key).as(n.label()).doesNotContainAnyElementsOf(drawn.withheldBands());
            }
            assertThat(drawn.withheldBands()).isNotEmpty();
            // The bands leaving the suppliers add up to the matched total: with that total shown, the withheld ones
            // together must pass the rules with their real suppliers and takers.
            MapText text = MapText.dutch();
            List<StoredMatch> matches = StoredMatches.read(p, "basis");
            Map<String, StoredMatch> byId = new HashMap<>();
            for (StoredMatch m : matches) byId.put(m.matchId(), m);
            MatchSankey.Result built = MatchSankey.build("", matches, QuantityUnit.TONNE, SupplierClusters.read(p), false,
                    text.get("sankey.match.otherSectors"));
            Map<String, SankeyNode> nodes = new HashMap<>();
            for (SankeyNode n : built.diagram().nodes()) nodes.put(n.id(), n);
            Map<String, Double> suppliers = new HashMap<>(), takers = new HashMap<>();
            int hidden = 0;
            for (SankeyLink l : built.diagram().links()) {
                if (!MatchSankey.isSupplierGroup(l.source())) continue;
                CellRef band = new CellRef("sankey-matches-basis", SankeyLabels.of(nodes.get(l.source()), text) + " -> "
                        + SankeyLabels.of(nodes.get(l.target()), text) + " (" + l.quality().name().toLowerCase(Locale.ROOT) + ")", "value");
                if (contents.ledger().shown(band)) continue;
                hidden++;
                for (String id : built.matchesOf(l)) {
                    suppliers.merge(byId.get(id).supplyRef(), byId.get(id).amount(), Double::sum);
                    takers.merge(byId.get(id).demandRef(), byId.get(id).amount(), Double::sum);
                }
            }
            assertThat(hidden).isPositive();
            if (contents.ledger().shown(MatchWorkshopTables.indicator("basis", Indicator.MATCHED_T))) {
                assertThat(hidden).isGreaterThanOrEqualTo(2);
                DisclosureControl rules = new DisclosureControl(DisclosurePolicy.DEFAULT);
                assertThat(rules.disclose(suppliers).isSuppressed()).isFalse();
                assertThat(rules.disclose(takers).isSuppressed()).isFalse();
            }

            // A greenhouse band is the sum of the material rows it draws (cluster_materials): a withheld band is not
            // the sum of shown rows, and a shown band never has exactly one withheld row.
            List<ClusterMaterialRow> rows = Step2Store.materials(p, "greenhouses");
            SankeyDiagram cluster = ClusterSankey.build("", rows);
            Map<String, SankeyNode> clusterNodes = new HashMap<>();
            for (SankeyNode n : cluster.nodes()) clusterNodes.put(n.id(), n);
            int withheldBands = 0;
            for (SankeyLink l : cluster.links()) {
                CellRef band = new CellRef("sankey-cluster-greenhouses", SankeyLabels.of(clusterNodes.get(l.source()), text) + " -> "
                        + SankeyLabels.of(clusterNodes.get(l.target()), text) + " (" + l.quality().name().toLowerCase(Locale.ROOT) + ")", "value");
                int rowsDrawn = 0, rowsWithheld = 0;
                for (ClusterMaterialRow r : rows) {
                    if (r.unit() != QuantityUnit.TONNE || !(r.amount() > 0) || r.quality() != l.quality()) continue;
                    String material = ClusterSankey.materialId(r.material());
                    boolean in = l.source().equals(ClusterSankey.sourceId(r.role(), r.activity())) && l.target().equals(material)
                            || l.source().equals(material) && l.target().equals(ClusterSankey.processingId(r.role(), r.quality(), r.methodCode(), r.rLevel()));
                    if (!in) continue;
                    rowsDrawn++;
                    if (!contents.ledger().shown(ClusterWorkshopTables.materialRow(r.clusterId(), r.role().name(), r.direction().name(),
                            r.activity(), r.material().toString(), r.methodCode(), r.quality().name(), r.unit().name()))) rowsWithheld++;
                }
                assertThat(rowsDrawn).as(band.row()).isPositive();
                if (contents.ledger().shown(band)) assertThat(rowsWithheld).as(band.row()).isNotEqualTo(1);
                else {
                    withheldBands++;
                    assertThat(rowsWithheld).as(band.row() + ": withheld, yet the sum of shown rows").isPositive();
                }
            }
            assertThat(withheldBands).isPositive();
        }
    }

    @Test
    void noWithheldClusterFigureCanBeWorkedOutFromItsSectorAndTheOtherMunicipalities() throws SQLException {
        Map<String, Double> jobs = new HashMap<>();
        Map<String, List<String>> members = new HashMap<>();
        try (ProjectFile p = ProjectFile.open(project)) {
            for (String r : rows(p, "SELECT ref, jobs FROM companies WHERE jobs IS NOT NULL")) {
                String[] f = r.split("\\|");
                jobs.put(f[0], Double.parseDouble(f[1]));
            }
            for (String r : rows(p, "SELECT cluster_key, company_ref FROM step1_cluster_members")) {
                String[] f = r.split("\\|");
                members.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f[1]);
            }
        }
        int checked = 0;
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + export.resolve("kansenkaart-workshop.gpkg"));
             Statement st = c.createStatement()) {
            // sector -> its municipality clusters whose jobs are withheld
            Map<String, List<String>> hiddenBySector = new HashMap<>();
            List<String> sectorsShown = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT cluster_key, sector_cluster, level, jobs FROM clusters")) {
                while (rs.next()) {
                    rs.getDouble(4);
                    boolean isWithheld = rs.wasNull();
                    if (rs.getString(3).equals("SECTOR") && !isWithheld) sectorsShown.add(rs.getString(2));
                    if (rs.getString(3).equals("MUNICIPALITY") && isWithheld)
                        hiddenBySector.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getString(1));
                }
            }
            DisclosureControl rules = new DisclosureControl(DisclosurePolicy.DEFAULT);
            for (String sector : sectorsShown) {
                List<String> hidden = hiddenBySector.getOrDefault(sector, List.of());
                if (hidden.isEmpty()) continue;
                // The sector's jobs minus the shown municipalities is the withheld ones' sum: never one cluster's figure...
                assertThat(hidden).as(sector).hasSizeGreaterThanOrEqualTo(2);
                // ...and a sum that passes the rules with the establishments behind it.
                Map<String, Double> parts = new HashMap<>();
                for (String key : hidden) for (String ref : members.getOrDefault(key, List.of())) {
                    Double j = jobs.get(ref);
                    if (j != null && j != 0) parts.put(ref, j);
                }
                assertThat(rules.disclose(parts).isSuppressed()).as(sector + " " + hidden).isFalse();
                checked++;
            }
            // The sector's residues are its material rows: never exactly one of them withheld under a shown total.
            try (ResultSet rs = st.executeQuery("SELECT c.cluster_key, count(m.cluster_id) FROM clusters c JOIN cluster_materials m"
                    + " ON m.cluster_id = c.cluster_key AND m.role IN ('RESIDUE', 'BYPRODUCT') AND m.unit = 'TONNE' AND m.amount IS NULL"
                    + " WHERE c.level = 'SECTOR' AND c.residues_t IS NOT NULL GROUP BY 1")) {
                while (rs.next()) assertThat(rs.getInt(2)).as(rs.getString(1) + " residue rows withheld").isNotEqualTo(1);
            }
        }
        assertThat(checked).isPositive();
    }

    @Test
    void aDutchPackageNamesRolesMaterialsAndIndicatorsInDutch() throws IOException {
        String takeBring = Files.readString(export.resolve("take_and_bring.csv"), StandardCharsets.UTF_8);
        assertThat(takeBring).contains(";Afval Energie Centrale Westpoort (fictief);brengt;", "\"CO2; Restwarmte\"",
                ";haalt en brengt;", "02 01 03 afval van plantaardige weefsels").doesNotContain(";brings only;", ";brings and takes;", "Residual heat", "resource:");
        String indicators = Files.readString(export.resolve("scenario_indicators.csv"), StandardCharsets.UTF_8);
        assertThat(indicators).contains("basis;matched_t;gekoppeld;", "basis;local_t;lokaal gekoppeld (≤ 10 km);", ";t/jr;")
                .doesNotContain("t/yr")
                .contains(";t/jr;vertrouwelijk: één bedrijf maakt meer dan 50% van het cijfer uit", "secundair: anders door aftrekken af te leiden: ")
                .doesNotContain("makes up", "secondary");
    }

    @Test
    void gdalReadsTheProjectInRdNew() throws Exception {
        assumeTrue(onPath("ogrinfo"), "gdal-bin (ogrinfo) is not installed");
        Process p = new ProcessBuilder("ogrinfo", "-so", project.toString(), "matches").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).contains("Geometry: Line String").contains("ID[\"EPSG\",28992]]");
        assertThat(out).containsPattern("Feature Count: [1-9]");
    }

    private static List<String> rows(ProjectFile p, String sql) {
        List<String> out = new ArrayList<>();
        try (Statement st = p.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) b.append(i > 1 ? "|" : "").append(rs.getString(i));
                out.add(b.toString());
            }
        } catch (SQLException e) {
            throw new AssertionError(sql, e);
        }
        return out;
    }

    private static long one(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static boolean onPath(String cmd) {
        for (String dirName : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
            if (Files.isExecutable(Path.of(dirName, cmd))) return true;
        return false;
    }
}
