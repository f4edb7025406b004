package nl.kansenkaart.matching;

import static nl.kansenkaart.matching.KassenEnZadenFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import nl.kansenkaart.codes.RLevel;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.Tables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Step 3 on a Noord-Holland project shaped like the sample, with the default rules. */
class Step3Test {

    @TempDir static Path dir;
    static Path file;

    @BeforeAll
    static void project() {
        file = dir.resolve("kassen.kansenkaart");
        KassenEnZadenFixture.create(file).close();
    }

    private static Match find(MatchRun run, String supplyRef, String supplyMaterial, String demandRef) {
        return run.matches().stream().filter(m -> m.supply().actorRef().equals(supplyRef)
                        && m.supply().material().toString().equals(supplyMaterial) && m.demand().actorRef().equals(demandRef))
                .findFirst().orElseThrow(() -> new AssertionError("no match " + supplyRef + " " + supplyMaterial + " -> " + demandRef
                        + " among " + run.matches().stream().map(m -> m.supply().actorRef() + ">" + m.demand().actorRef()).toList()));
    }

    @Test
    void theThreeKassenEnZadenFlowsAreFoundAndExplained() {
        try (ProjectFile p = ProjectFile.open(file)) {
            MatchRun run = Step3.run(p, "basis");

            // (1) struvite from the wastewater plant -> fertiliser for greenhouse horticulture
            Match struvite = find(run, RWZI_AMSTERDAM, "resource:struvite", KAS_AALSMEER);
            assertThat(struvite.rule().id()).isEqualTo("struvite_fertiliser");
            assertThat(struvite.rule().rLevel()).isEqualTo(RLevel.R8);
            assertThat(struvite.amount()).isEqualTo(40.0); // 10 ha x 4 t: the whole demand
            assertThat(struvite.approach()).isEqualTo(Approach.AREA);
            assertThat(struvite.explanation()).contains("Rule struvite_fertiliser", "Struvite to Fertiliser", "R8 Recycle",
                    "km by road", "class struvite: usually national", "of the value EUR 346/t", "covers 100% of the demand",
                    "Supply measured at coordinates, demand estimated at coordinates");
            assertThat(struvite.transportShare()).isLessThan(0.05);
            // The same facts and points in Dutch, numbers written the Dutch way.
            assertThat(struvite.explanationNl()).startsWith("Regel struvite_fertiliser: Struviet naar ").contains("R8 Recyclen (",
                    "km over de weg, ", "klasse struvite: meestal nationaal", "van de waarde \u20ac 346/t", "40,0 t/jr dekt 100% van de vraag",
                    "Aanbod gemeten op co\u00f6rdinaten, vraag geschat op co\u00f6rdinaten").endsWith("Score " + struvite.score().total() + ".");
            assertThat(struvite.publicExplanationNl()).contains("Hoeveelheid vertrouwelijk").doesNotContain("40,0");

            // (2) residual heat and CO2 from the Amsterdam waste-to-energy plant -> greenhouses
            Match heat = find(run, AEB, "resource:residual_heat", KAS_AALSMEER);
            assertThat(heat.rule().id()).isEqualTo("residual_heat_greenhouse");
            assertThat(heat.unit().symbol()).isEqualTo("GJ");
            assertThat(heat.amount()).isEqualTo(80_000.0);
            assertThat(heat.scale()).isEqualTo(ScaleLevel.REGIONAL);
            assertThat(heat.explanation()).contains("Residual heat to Heat (demand)", "R9 Recover", "beyond the usual local scale");
            assertThat(heat.explanationNl()).contains("R9 Terugwinnen (energie)", "verder dan de gebruikelijke schaal (lokaal)", "80.000 GJ/jr");
            find(run, AEB, "resource:residual_heat", KAS_RIJSENHOUT);
            assertThat(run.matches()).noneMatch(m -> m.supply().actorRef().equals(AEB) && m.demand().actorRef().equals(KAS_AGRIPORT)
                    && m.unit().symbol().equals("GJ")); // 50 km of heat pipe is beyond the 30 km class limit
            Match co2 = find(run, AEB, "resource:co2", KAS_AGRIPORT);
            assertThat(co2.rule().id()).isEqualTo("co2_greenhouse");
            assertThat(co2.amount()).isEqualTo(15_000.0);
            find(run, AEB, "resource:co2", KAS_AALSMEER);

            // (3) organic residues -> fibres for the paper or textile industry
            // (the nearest fibre taker gets the residue: here the textile recycler, further north the paper mill)
            Match fibre = find(run, KAS_AALSMEER, "eural:020103", TEXTIEL_ZAANDAM);
            assertThat(fibre.rule().id()).isEqualTo("plant_residue_fibre");
            assertThat(fibre.demand().material().toString()).isEqualTo("resource:fibre");
            assertThat(find(run, KAS_AGRIPORT, "eural:020103", PAPIER_VELSEN).rule().id()).isEqualTo("plant_residue_fibre");
            assertThat(fibre.explanation()).contains("to Fibre (cellulose)", "no positive value");

            // Chain-based: recovered paper may travel to the board mill in Gelderland if the nearby mill were full;
            // here it stays regional. The hazardous concrete has no rule that allows it.
            Match paper = find(run, DRUKKERIJ_HAARLEM, "eural:150101", PAPIER_VELSEN);
            assertThat(paper.rule().id()).isEqualTo("paper_fibre");
            assertThat(run.unmatched()).anySatisfy(u -> {
                assertThat(u.node().material().toString()).isEqualTo("eural:170106");
                assertThat(u.reason()).isEqualTo(UnmatchedReason.NO_RULE);
                assertThat(u.detail()).contains("hazardous");
            });
            Match rubble = find(run, SLOOP_HOORN, "eural:170107", BETON_ALKMAAR);
            assertThat(rubble.amount()).isEqualTo(5_000.0);
            assertThat(run.unmatched()).anySatisfy(u -> {
                assertThat(u.node().actorRef()).isEqualTo(SLOOP_HOORN);
                assertThat(u.left()).isEqualTo(3_000.0);
                assertThat(u.reason()).isEqualTo(UnmatchedReason.CAPACITY_TAKEN);
            });
            assertThat(run.unmatched()).anySatisfy(u -> { // the recovered paper went to the nearer mill
                assertThat(u.node().actorRef()).isEqualTo(KARTON_EERBEEK);
                assertThat(u.reason()).isEqualTo(UnmatchedReason.CAPACITY_TAKEN);
            });
            assertThat(run.unmatched()).anySatisfy(u -> {
                assertThat(u.node().actorRef()).isEqualTo(KAS_AGRIPORT);
                assertThat(u.node().material().toString()).isEqualTo("resource:heat");
                assertThat(u.reason()).isEqualTo(UnmatchedReason.NO_PARTNER_IN_RANGE);
            });
            // matched + unmatched = offered, for every supply
            for (FlowNode s : FlowNodes.of(new nl.kansenkaart.project.MaterialFlowStore(p).readOrigin("step2"), Map.of(), null).supplies()) {
                double matched = run.matches().stream().filter(m -> m.supply().key().equals(s.key())).mapToDouble(Match::amount).sum();
                double left = run.unmatched().stream().filter(u -> u.node().key().equals(s.key())).mapToDouble(Unmatched::left).sum();
                assertThat(matched + left).as(s.key()).isCloseTo(s.amount(), org.assertj.core.data.Offset.offset(1e-6));
            }
        }
    }

    @Test
    void resultsAreStoredAsFlowLinesWithIndicatorsAndTakeAndBring() throws Exception {
        try (ProjectFile p = ProjectFile.open(file)) {
            MatchRun run = Step3.run(p, "basis");
            try (Statement st = p.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*), min(rank), max(rank), count(DISTINCT match_id) FROM matches WHERE scenario = 'basis'")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(run.matches().size());
                assertThat(rs.getInt(2)).isEqualTo(1);
                assertThat(rs.getInt(4)).isEqualTo(run.matches().size());
            }
            assertThat(p.layers()).anySatisfy(l -> {
                assertThat(l.table()).isEqualTo(Tables.MATCHES);
                assertThat(l.geometryType()).isEqualTo("LINESTRING");
                assertThat(l.srsId()).isEqualTo(28992);
            });
            try (Statement st = p.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT min_x, max_x FROM gpkg_contents WHERE table_name = 'matches'")) {
                rs.next();
                assertThat(rs.getDouble(1)).isBetween(90_000.0, 130_000.0);
            }
            ScenarioIndicators ind = new MatchResultStore(p).indicators("basis");
            assertThat(ind.get(Indicator.MATCHES)).isEqualTo(run.matches().size());
            assertThat(ind.get(Indicator.MATCHED_GJ)).isEqualTo(200_000.0); // Aalsmeer + Rijsenhout heat
            assertThat(ind.get(Indicator.PRIMARY_REPLACED_T)).isPositive();
            assertThat(ind.get(Indicator.TRANSPORT_CO2_T)).isCloseTo(ind.get(Indicator.TONNE_KM) * 0.0903 / 1000, org.assertj.core.data.Offset.offset(1e-9));
            // CO2 is emitted today (DISPOSAL): its use moves up the ladder. Struvite is already sold as
            // fertiliser (R8, no move); the other supplies have no baseline without LMA records.
            double co2 = run.matches().stream().filter(m -> m.supply().material().code().equals("co2")).mapToDouble(Match::amount).sum();
            double struvite = run.matches().stream().filter(m -> m.supply().material().code().equals("struvite")).mapToDouble(Match::amount).sum();
            assertThat(co2).isEqualTo(22_500.0);
            assertThat(ind.get(Indicator.MOVED_UP_T)).isEqualTo(co2);
            assertThat(ind.get(Indicator.MOVED_UP_SHARE)).isCloseTo(100 * co2 / (co2 + struvite), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(ind.get(Indicator.KEPT_IN_REGION_T) + ind.get(Indicator.LEAVING_REGION_T)).isEqualTo(ind.get(Indicator.MATCHED_T));

            StakeholderBalance kas = run.balances().stream().filter(b -> b.actorRef().equals(KAS_AALSMEER)).findFirst().orElseThrow();
            assertThat(kas.role()).isEqualTo(StakeholderBalance.Role.BRINGS_AND_TAKES);
            assertThat(kas.bringsT()).isEqualTo(500.0);
            assertThat(kas.takesGj()).isEqualTo(80_000.0);
            assertThat(kas.materialsTaken()).contains("resource:heat", "resource:fertiliser");
            StakeholderBalance aeb = run.balances().stream().filter(b -> b.actorRef().equals(AEB)).findFirst().orElseThrow();
            assertThat(aeb.role()).isEqualTo(StakeholderBalance.Role.BRINGS);
            assertThat(aeb.partners()).isEqualTo(3);

            // Read back as the app shows them: the balance row for row, the loose ends with their reasons and places.
            assertThat(StoredResults.balances(p, "basis")).containsExactlyElementsOf(run.balances());
            List<StoredUnmatched> unmatched = StoredResults.unmatched(p, "basis");
            assertThat(unmatched).hasSameSizeAs(run.unmatched());
            assertThat(unmatched).anySatisfy(u -> {
                assertThat(u.actorRef()).isEqualTo(SLOOP_HOORN);
                assertThat(u.material().toString()).isEqualTo("eural:170107");
                assertThat(u.direction()).isEqualTo(nl.kansenkaart.model.FlowDirection.SUPPLY);
                assertThat(u.left()).isEqualTo(3_000.0);
                assertThat(u.reason()).isEqualTo(UnmatchedReason.CAPACITY_TAKEN);
                assertThat(u.isLocated()).isTrue();
            });
            assertThat(StoredResults.unmatched(p, "other")).isEmpty();
            var layer = (nl.kansenkaart.render.UnmatchedLayer) nl.kansenkaart.render.ProjectLayers.load(p)
                    .get(nl.kansenkaart.render.UnmatchedLayer.ID).orElseThrow();
            assertThat(layer.featureCount()).isEqualTo((int) unmatched.stream().filter(StoredUnmatched::isLocated).count());
        }
    }

    @Test
    void gdalReadsTheMatchesAsLinesInRdNew() throws Exception {
        java.nio.file.Path gpkg = dir.resolve("copy.gpkg");
        long matches; // all scenarios' rows: other tests of this class may have run more scenarios
        try (ProjectFile p = ProjectFile.open(file)) {
            Step3.run(p, "basis");
            matches = p.count(Tables.MATCHES);
        }
        java.nio.file.Files.copy(file, gpkg, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Process ogr;
        try {
            ogr = new ProcessBuilder("ogrinfo", "-ro", "-so", gpkg.toString(), "matches").redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("ogrinfo (gdal-bin) is not installed");
            return;
        }
        String out = new String(ogr.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(ogr.waitFor()).as(out).isZero();
        assertThat(out).contains("Geometry: Line String", "Feature Count: " + matches, "Amersfoort / RD New", "explanation: String",
                "transport_share: Real");
    }

    @Test
    void decisionsSurviveARerun() {
        try (ProjectFile p = ProjectFile.open(file)) {
            MatchRun first = Step3.run(p, "basis");
            Match struvite = find(first, RWZI_AMSTERDAM, "resource:struvite", KAS_AALSMEER);
            DecisionStore decisions = new DecisionStore(p);
            decisions.decide(decisions.pair(struvite.id()), Decision.REJECT, "Aalsmeer grows on substrate");
            // Pin the 50 km heat pipe the haul limit would forbid.
            PairKey farHeat = new PairKey(AEB, nl.kansenkaart.model.MaterialKey.resource("residual_heat"), KAS_AGRIPORT,
                    nl.kansenkaart.model.MaterialKey.resource("heat"));
            decisions.decide(farHeat, Decision.PIN, "province plans a heat pipe to Agriport");
            Match co2 = find(first, AEB, "resource:co2", KAS_RIJSENHOUT);
            decisions.decide(decisions.pair(co2.id().toLowerCase()), Decision.ACCEPT, null);

            MatchRun second = Step3.run(p, "basis");
            assertThat(second.matches()).noneMatch(m -> m.id().equals(struvite.id()));
            // the fertiliser demand of Aalsmeer is now served by the other plant
            assertThat(find(second, RWZI_BEVERWIJK, "resource:struvite", KAS_AALSMEER).amount()).isEqualTo(30.0);
            Match pinned = second.matches().get(0);
            assertThat(pinned.id()).isEqualTo(farHeat.id());
            assertThat(pinned.decision()).isEqualTo(Decision.PIN);
            assertThat(pinned.roadKm()).isGreaterThan(30);
            assertThat(pinned.amount()).isEqualTo(400_000.0);
            assertThat(find(second, AEB, "resource:co2", KAS_RIJSENHOUT).decision()).isEqualTo(Decision.ACCEPT);
            assertThat(second.notes()).isEmpty();

            // Decisions on pairs that disappear are reported, not lost.
            decisions.decide(new PairKey("GONE", nl.kansenkaart.model.MaterialKey.resource("co2"), KAS_AALSMEER,
                    nl.kansenkaart.model.MaterialKey.resource("co2")), Decision.PIN, null);
            MatchRun third = Step3.run(p, "basis");
            assertThat(third.notes()).singleElement().asString().contains("no longer present");
            assertThat(decisions.all()).hasSize(4);
            for (DecisionStore.Entry e : decisions.all()) decisions.clear(e.matchId());
            assertThat(Step3.run(p, "basis").matches()).anyMatch(m -> m.id().equals(struvite.id()));
        }
    }

    @Test
    void scenariosAreSavedRunAndCompared() {
        try (ProjectFile p = ProjectFile.open(file)) {
            ScenarioStore scenarios = new ScenarioStore(p);
            scenarios.save("zonder energie", MatchSettings.DEFAULTS.with(Map.of("worst_r_level", "R8")), "no energy recovery");
            scenarios.save("korte ritten", MatchSettings.DEFAULTS.with(Map.of("haul_factor", "0.3")), null);
            ScenarioComparison cmp = ScenarioComparison.run(p, List.of("basis", "zonder energie", "korte ritten"));
            assertThat(cmp.scenarios()).containsExactly("basis", "zonder energie", "korte ritten");
            double basisGj = cmp.value("basis", Indicator.MATCHED_GJ);
            assertThat(basisGj).isPositive();
            assertThat(cmp.value("zonder energie", Indicator.MATCHED_GJ)).isZero();
            assertThat(cmp.value("korte ritten", Indicator.MEAN_DISTANCE_KM)).isLessThan(cmp.value("basis", Indicator.MEAN_DISTANCE_KM));
            assertThat(cmp.value("korte ritten", Indicator.MATCHED_T)).isLessThan(cmp.value("basis", Indicator.MATCHED_T));
            assertThat(scenarios.list()).extracting(ScenarioStore.Scenario::name).contains("basis", "korte ritten", "zonder energie");
            assertThat(scenarios.list()).allSatisfy(s -> assertThat(s.lastRun()).isNotNull());
            // results of the scenarios live side by side; deleting one removes only its results
            assertThat(p.count(Tables.MATCHES)).isGreaterThan((long) cmp.value("basis", Indicator.MATCHES));
            assertThat(scenarios.delete("korte ritten")).isTrue();
            assertThat(new MatchResultStore(p).indicators("korte ritten")).isNull();
            assertThat(new MatchResultStore(p).indicators("basis")).isNotNull();
        }
    }
}
