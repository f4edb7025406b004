package nl.kansenkaart.run;

import static nl.kansenkaart.run.StepsRunTest.Y2023;
import static nl.kansenkaart.run.StepsRunTest.sector;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import nl.kansenkaart.clusters.Reranking;
import nl.kansenkaart.clusters.SelectionOverrideStore;
import nl.kansenkaart.clusters.Step1Settings;
import nl.kansenkaart.clusters.StoredCluster;
import nl.kansenkaart.model.Company;
import nl.kansenkaart.model.DataQuality;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.SettingsStore;
import nl.kansenkaart.resources.Step2Store;
import nl.kansenkaart.sankey.ClusterSankey;
import nl.kansenkaart.sankey.SankeyActors;
import nl.kansenkaart.sankey.SankeyAggregation;
import nl.kansenkaart.sankey.SankeyDiagram;
import nl.kansenkaart.sankey.SankeyLink;
import nl.kansenkaart.sankey.SankeyNode;
import nl.kansenkaart.sankey.SankeyPick;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the app reads back to show the steps: re-ranking, stored balances and checklist, the companies behind the Sankey. */
class ClusterViewsTest {

    @TempDir Path dir;

    @Test
    void everyNodeAndBandOfAClusterDiagramHasTheCompaniesBehindIt() {
        try (ProjectFile p = StepsFixtures.create(dir.resolve("f.kansenkaart"))) {
            new Step1().run(p, Y2023);
            new Step2().run(p, Y2023);
            ClusterFlows flows = ClusterFlows.read(p, "greenhouses");
            assertThat(flows.members()).extracting(Company::ref).containsExactlyInAnyOrder("GH1", "GH2", "GH3", "GH4");
            assertThat(flows.years().years()).containsExactly(2023);
            SankeyActors actors = flows.actors();
            SankeyDiagram d = ClusterSankey.build("Kassen en zaden", Step2Store.materials(p, "greenhouses"));
            for (SankeyNode n : d.nodes()) assertThat(actors.behindNode(n.id())).as(n.id()).isNotEmpty();
            for (SankeyLink l : d.links()) assertThat(actors.behindLink(l)).as(l.toString()).isNotEmpty();
            // Only GH1 has LMA records (composted: R8); the others' plant tissue is estimated.
            assertThat(actors.behindNode("proc:R8")).containsExactly("GH1");
            assertThat(actors.behindNode("mat:eural:020103")).containsExactlyInAnyOrder("GH1", "GH2", "GH3", "GH4");
            assertThat(actors.behindNode(ClusterSankey.NOT_KNOWN)).doesNotContain("GH1");
            SankeyLink measured = d.links().stream().filter(l -> l.target().equals("proc:R8")).findFirst().orElseThrow();
            assertThat(measured.quality()).isEqualTo(DataQuality.MEASURED);
            assertThat(actors.behindLink(measured)).containsExactly("GH1");
            // A merged "other" node stands for the companies of all the nodes in it.
            SankeyAggregation.Result merged = SankeyAggregation.limit(d, 2, n -> "other");
            String other = SankeyAggregation.OTHER_PREFIX + "SOURCE";
            List<String> inOther = merged.originalsOf(other);
            assertThat(inOther).hasSizeGreaterThanOrEqualTo(2);
            java.util.Set<String> expected = new java.util.TreeSet<>();
            for (String id : inOther) expected.addAll(actors.behindNode(id));
            assertThat(actors.behind(SankeyPick.node(other), merged)).isEqualTo(expected).isNotEmpty();
        }
    }

    @Test
    void overridesAndWeightsReRankTheStoredClustersWithoutARun() {
        try (ProjectFile p = StepsFixtures.create(dir.resolve("f.kansenkaart"))) {
            assertThat(Reranking.apply(p)).as("nothing to rank before step 1").isEmpty();
            new Step1().run(p, Y2023);
            StoredCluster trade = sector(p, "trade");
            p.transaction(c -> {
                SelectionOverrideStore.set(c, "trade", !trade.selected(), "workshop 12 mei");
                return null;
            });
            List<StoredCluster> now = Reranking.apply(p);
            StoredCluster after = now.stream().filter(s -> s.sectorClusterId().equals("trade")).findFirst().orElseThrow();
            assertThat(after.selected()).isEqualTo(!trade.selected());
            assertThat(after.selectionReason()).contains("by the analyst: workshop 12 mei");
            assertThat(sector(p, "trade").selected()).as("stored").isEqualTo(!trade.selected());

            // All weight on the number of establishments: the ranking follows it.
            SettingsStore store = new SettingsStore(p);
            Step1Settings s = Step1Settings.read(store);
            new Step1Settings(s.weights().with("economic_value=0,jobs=0,raw_materials=0,residual_flows=0,balassa=0,establishments=1"),
                    s.top(), s.radius(), s.minPoints(), s.balassaYear()).write(store);
            List<StoredCluster> byEstablishments = Reranking.apply(p);
            for (int i = 1; i < byEstablishments.size(); i++) {
                if (byEstablishments.get(i).rank() == null) break;
                assertThat(byEstablishments.get(i).criteria().establishments())
                        .isLessThanOrEqualTo(byEstablishments.get(i - 1).criteria().establishments());
            }
        }
    }

    @Test
    void storedBalancesAndChecklistReadBackAsComputed() {
        try (ProjectFile p = StepsFixtures.create(dir.resolve("f.kansenkaart"))) {
            new Step1().run(p, Y2023);
            Step2.Result computed = new Step2().compute(p, Y2023);
            new Step2().run(p, Y2023);
            assertThat(Step2Store.balances(p)).containsExactlyElementsOf(computed.balances());
            assertThat(Step2Store.checklist(p)).containsExactlyElementsOf(computed.checklist());
        }
    }
}
