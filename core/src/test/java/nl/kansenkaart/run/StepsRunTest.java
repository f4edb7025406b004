package nl.kansenkaart.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kansenkaart.clusters.ClusterLevel;
import nl.kansenkaart.clusters.ClusterStore;
import nl.kansenkaart.clusters.SelectionOverrideStore;
import nl.kansenkaart.clusters.StoredCluster;
import nl.kansenkaart.model.DataQuality;
import nl.kansenkaart.model.FlowDirection;
import nl.kansenkaart.model.MaterialFlow;
import nl.kansenkaart.project.MaterialFlowStore;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.StepTables;
import nl.kansenkaart.resources.ClusterMaterialRow;
import nl.kansenkaart.resources.MaterialBalance;
import nl.kansenkaart.resources.OwnFlowStatus;
import nl.kansenkaart.resources.OwnFlowsChecklist;
import nl.kansenkaart.resources.Step2Store;
import nl.kansenkaart.sankey.ClusterSankey;
import nl.kansenkaart.sankey.NodeKind;
import nl.kansenkaart.sankey.SankeyDiagram;
import nl.kansenkaart.steps.AnalysisYears;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StepsRunTest {

    static final AnalysisYears Y2023 = new AnalysisYears(List.of(2023));
    // Per job in the greenhouse cluster: plant tissue + plastics residues; CO2 + fertiliser demand (t); heat (GJ).
    static final double RESIDUE_PER_JOB = 20.8496 + 0.220154;
    static final double RAW_T_PER_JOB = 66.6667 + 2.15054;

    @TempDir Path dir;

    static StoredCluster sector(ProjectFile p, String id) {
        return ClusterStore.read(p, ClusterLevel.SECTOR).stream().filter(s -> s.sectorClusterId().equals(id)).findFirst().orElseThrow();
    }

    static MaterialFlow flow(List<MaterialFlow> flows, String actor, FlowDirection d, String material) {
        return flows.stream().filter(f -> f.actorRef().equals(actor) && f.direction() == d && f.material().toString().equals(material))
                .findFirst().orElseThrow(() -> new AssertionError("no " + d + " " + material + " at " + actor));
    }

    @Test
    void step1MapsRanksAndStoresTheClusters() {
        try (ProjectFile p = StepsFixtures.create(dir.resolve("f.kansenkaart"))) {
            new Step1().run(p, Y2023);
            StoredCluster gh = sector(p, "greenhouses");
            assertThat(gh.criteria().establishments()).isEqualTo(4);
            assertThat(gh.criteria().jobs()).isEqualTo(65.0);
            assertThat(gh.criteria().economicValueEur()).isEqualTo(3.5e6);
            assertThat(gh.criteria().valueKnown()).isEqualTo(2);
            assertThat(gh.criteria().residuesMeasuredT()).isEqualTo(120.0);
            assertThat(gh.criteria().residuesEstimatedT()).isCloseTo(45 * RESIDUE_PER_JOB, within(1e-3));
            assertThat(gh.criteria().rawMaterialsT()).isCloseTo(65 * RAW_T_PER_JOB, within(1e-2));
            // Balassa: (65 / 512 register jobs) / (105,700 / 9,086,200 national jobs in A, December 2024).
            assertThat(gh.criteria().balassa()).isCloseTo((65.0 / StepsFixtures.REGION_JOBS) / (105_700.0 / 9_086_200), within(1e-9));
            assertThat(gh.criteria().balassaBasis()).isEqualTo("national jobs 2024: sector A 100%");
            assertThat(gh.criteria().preciseShare()).isEqualTo(0.75);
            assertThat(gh.criteria().pc4Share()).isEqualTo(0.25);
            assertThat(gh.criteria().measuredShare()).isCloseTo(120 / (120 + 45 * RESIDUE_PER_JOB + 65 * RAW_T_PER_JOB), within(1e-6));
            // The collector's route collection is not a residue of the waste cluster; the AVI's intake is its raw material.
            StoredCluster waste = sector(p, "waste");
            assertThat(waste.criteria().residuesMeasuredT()).isZero();
            assertThat(waste.criteria().rawMaterialsT()).isCloseTo(1500 + 0, within(1e-9));
            assertThat(waste.lowHangingFruit()).isTrue();

            List<StoredCluster> dense = ClusterStore.read(p, ClusterLevel.DENSITY);
            assertThat(dense).extracting(StoredCluster::key).containsExactly("greenhouses/density/1");
            assertThat(dense.get(0).name()).isEqualTo("Kassen en zaden - concentratie 1 (Aalsmeer)");
            assertThat(ClusterStore.members(p, "greenhouses/density/1")).containsExactly("GH1", "GH2", "GH3");
            assertThat(ClusterStore.members(p, "greenhouses")).containsExactly("GH1", "GH2", "GH3", "GH4");
            List<StoredCluster> municipal = ClusterStore.read(p, ClusterLevel.MUNICIPALITY);
            StoredCluster aalsmeer = municipal.stream().filter(s -> s.key().equals("greenhouses/GM0358")).findFirst().orElseThrow();
            assertThat(aalsmeer.criteria().establishments()).isEqualTo(3);
            assertThat(aalsmeer.criteria().balassa()).isNotNull(); // against the municipality's own register jobs
            assertThat(p.count(StepTables.CLUSTERS)).isEqualTo(23 + 1 + municipal.size());
            // Every sector row has a rank or is empty, and six are selected (top 6; the fixture has six non-empty clusters).
            assertThat(ClusterStore.read(p, ClusterLevel.SECTOR)).filteredOn(StoredCluster::selected).hasSize(6);
        }
    }

    @Test
    void step2AnalysesTheSelectedClustersAndWritesTheCandidatesForStep3() {
        try (ProjectFile p = StepsFixtures.create(dir.resolve("f.kansenkaart"))) {
            new Step1().run(p, Y2023);
            new Step2().run(p, Y2023);
            List<MaterialFlow> flows = new MaterialFlowStore(p).readOrigin("step2");
            // The three 'Kassen en Zaden' flows of the method have both their ends.
            MaterialFlow struvite = flow(flows, "RWZI1", FlowDirection.SUPPLY, "resource:struvite");
            assertThat(struvite.amountPerYear()).isEqualTo(300.0);
            assertThat(struvite.quality()).isEqualTo(DataQuality.MEASURED);
            assertThat(flow(flows, "RWZI2", FlowDirection.SUPPLY, "resource:struvite").quality()).isEqualTo(DataQuality.ESTIMATED);
            assertThat(flow(flows, "GH1", FlowDirection.DEMAND, "resource:fertiliser").amountPerYear()).isCloseTo(20 * 2.15054, within(1e-6));
            assertThat(flow(flows, "AVI", FlowDirection.SUPPLY, "resource:residual_heat").amountPerYear()).isCloseTo(1500 * 0.7488, within(1e-6));
            assertThat(flow(flows, "AVI", FlowDirection.SUPPLY, "resource:co2").amountPerYear()).isCloseTo(1500 * 1.07143, within(1e-2));
            assertThat(flow(flows, "GH3", FlowDirection.DEMAND, "resource:heat").amountPerYear()).isCloseTo(30 * 2110, within(1e-6));
            assertThat(flow(flows, "GH3", FlowDirection.DEMAND, "resource:co2").amountPerYear()).isCloseTo(30 * 66.6667, within(1e-3));
            MaterialFlow organic = flow(flows, "GH1", FlowDirection.SUPPLY, "eural:020103");
            assertThat(organic.amountPerYear()).isEqualTo(120.0);
            assertThat(organic.quality()).isEqualTo(DataQuality.MEASURED);
            assertThat(organic.year()).isEqualTo(2023);
            assertThat(organic.location().isLocated()).isTrue();
            assertThat(flow(flows, "FOOD1", FlowDirection.SUPPLY, "eural:020304").source()).contains("linked by name+pc4");
            assertThat(flow(flows, "PAPER", FlowDirection.DEMAND, "resource:fibre").amountPerYear()).isCloseTo(2.9e6 / 22, within(1.0));
            assertThat(flows).allSatisfy(f -> assertThat(f.source()).isNotBlank());

            assertThat(p.count(StepTables.CLUSTER_BALANCES)).isEqualTo(6);
            Map<String, MaterialBalance> balances = new Step2().compute(p, Y2023).balances().stream()
                    .collect(Collectors.toMap(MaterialBalance::clusterId, b -> b));
            MaterialBalance gh = balances.get("greenhouses");
            assertThat(gh.residuesMeasuredT()).isEqualTo(120.0);
            assertThat(gh.recycledT()).isEqualTo(120.0); // composting, E03 = R8
            assertThat(gh.routeNotKnownT()).isCloseTo(45 * RESIDUE_PER_JOB, within(1e-3));
            assertThat(gh.heatDemandGj()).isCloseTo(65 * 2110, within(1e-6));
            MaterialBalance waste = balances.get("waste");
            assertThat(waste.routeCollectedT()).isEqualTo(1000.0);
            assertThat(waste.inputsMeasuredT()).isEqualTo(1500.0);
            assertThat(waste.residuesEstimatedT()).isCloseTo(1500 * 2.0 / 7.6, within(1e-3));
            assertThat(waste.lmaRecords()).isEqualTo(4 + 1);

            Map<String, OwnFlowsChecklist.Result> list = new Step2().compute(p, Y2023).checklist().stream()
                    .collect(Collectors.toMap(r -> r.item().item(), r -> r));
            assertThat(list.get("sludge").status()).isEqualTo(OwnFlowStatus.MEASURED);
            assertThat(list.get("sludge").tonnes()).isEqualTo(2000.0);
            assertThat(list.get("struvite").status()).isEqualTo(OwnFlowStatus.MIXED);
            assertThat(list.get("household_residual").status()).isEqualTo(OwnFlowStatus.MEASURED);
            assertThat(list.get("residual_heat").gigajoules()).isCloseTo(1123.2, within(1e-6));
            assertThat(list.get("asphalt").status()).isEqualTo(OwnFlowStatus.NOT_FOUND);
            assertThat(p.count(StepTables.CHECKLIST)).isEqualTo(list.size());

            List<ClusterMaterialRow> rows = Step2Store.materials(p, "greenhouses");
            assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.source()).isNotBlank());
            SankeyDiagram d = ClusterSankey.build("Kassen en zaden", rows);
            assertThat(d.nodes()).extracting(n -> n.kind()).contains(NodeKind.SOURCE, NodeKind.MATERIAL, NodeKind.PROCESSING);
            assertThat(d.inflow("mat:eural:020103")).isCloseTo(120 + 45 * 20.8496, within(1e-3));
        }
    }

    @Test
    void theAnalystsOverrideSurvivesARerunAndDecidesWhatStep2Analyses() throws Exception {
        try (ProjectFile p = StepsFixtures.create(dir.resolve("f.kansenkaart"))) {
            new Step1().run(p, Y2023);
            p.transaction(c -> {
                SelectionOverrideStore.set(c, "paper", false, "fabriek doet niet mee");
                return null;
            });
            new Step1().run(p, Y2023);
            StoredCluster paper = sector(p, "paper");
            assertThat(paper.selected()).isFalse();
            assertThat(paper.selectionReason()).startsWith("deselected by the analyst: fabriek doet niet mee");
            new Step2().run(p, Y2023);
            // A deselected cluster supplies nothing; it may still take what the selected clusters offer.
            assertThat(new MaterialFlowStore(p).readOrigin("step2"))
                    .noneMatch(f -> f.actorRef().equals("PAPER") && f.direction() == FlowDirection.SUPPLY);
            assertThat(SelectionOverrideStore.read(p)).containsKey("paper");
        }
    }

    @Test
    void aStepThatFailsLeavesThePreviousResultsUntouched() throws Exception {
        try (ProjectFile p = StepsFixtures.create(dir.resolve("f.kansenkaart"))) {
            new Step1().run(p, Y2023);
            long clusters = p.count(StepTables.CLUSTERS);
            String ranking = ClusterStore.read(p, ClusterLevel.SECTOR).toString();
            try (Statement st = p.connection().createStatement()) {
                st.execute("DROP TABLE " + StepTables.CLUSTER_MEMBERS); // written after the clusters
            }
            p.transaction(c -> {
                SelectionOverrideStore.set(c, "trade", false, null);
                return null;
            });
            assertThatThrownBy(() -> new Step1().run(p, Y2023)).hasMessageContaining(StepTables.CLUSTER_MEMBERS);
            assertThat(p.count(StepTables.CLUSTERS)).isEqualTo(clusters);
            assertThat(ClusterStore.read(p, ClusterLevel.SECTOR).toString()).isEqualTo(ranking);
        }
    }

    @Test
    void severalYearsGiveYearlyMeans() {
        try (ProjectFile p = StepsFixtures.create(dir.resolve("f.kansenkaart"))) {
            AnalysisYears both = new AnalysisYears(List.of(2022, 2023));
            new Step1().run(p, both);
            new Step2().run(p, both);
            MaterialFlow organic = flow(new MaterialFlowStore(p).readOrigin("step2"), "GH1", FlowDirection.SUPPLY, "eural:020103");
            assertThat(organic.amountPerYear()).isEqualTo((120.0 + 50.0) / 2);
            assertThat(organic.source()).startsWith("LMA 2022-2023 (mean per year): 13 records");
            assertThat(sector(p, "greenhouses").years()).isEqualTo("2022-2023");
        }
    }

    @Test
    void step2NeedsStep1() {
        try (ProjectFile p = StepsFixtures.create(dir.resolve("f.kansenkaart"))) {
            assertThatThrownBy(() -> new Step2().run(p, Y2023)).hasMessage("step 2 needs the clusters of step 1: run step 1 first");
        }
    }
}
