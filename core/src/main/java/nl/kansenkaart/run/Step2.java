package nl.kansenkaart.run;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.clusters.ClusterLevel;
import nl.kansenkaart.clusters.ClusterStore;
import nl.kansenkaart.clusters.SectorCluster;
import nl.kansenkaart.clusters.StoredCluster;
import nl.kansenkaart.model.Company;
import nl.kansenkaart.model.MaterialFlow;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.resources.CandidateFlows;
import nl.kansenkaart.resources.ClusterMaterialRow;
import nl.kansenkaart.resources.ClusterMaterials;
import nl.kansenkaart.resources.MaterialBalance;
import nl.kansenkaart.resources.OwnFlowItem;
import nl.kansenkaart.resources.OwnFlowsChecklist;
import nl.kansenkaart.resources.Step2Store;
import nl.kansenkaart.steps.AnalysisStep;
import nl.kansenkaart.steps.AnalysisYears;
import nl.kansenkaart.steps.StepReport;

/**
 * Step 2 of the method: for the clusters selected in step 1, the raw materials and residues of their
 * establishments (LMA where linked, key figures where not), a material balance per cluster, the
 * checklist of the governments' own flows, and the candidate materials for matching, written to
 * {@code material_flows} with origin "step2" for step 3.
 */
public final class Step2 implements AnalysisStep {

    /** Everything step 2 computed, before it is stored. */
    public record Result(List<StoredCluster> selected, List<ClusterMaterialRow> materials, List<MaterialBalance> balances,
                         List<OwnFlowsChecklist.Result> checklist, List<MaterialFlow> candidates, ProjectInventory inventory) {}

    @Override
    public int number() {
        return 2;
    }

    @Override
    public String title() {
        return "raw materials and residues";
    }

    @Override
    public StepReport run(ProjectFile project, AnalysisYears years) {
        Result r = compute(project, years);
        String runAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        project.transaction(c -> {
            Step2Store.replace(c, r.materials(), r.balances(), r.checklist(), r.inventory().links.summaries(), r.candidates(),
                    years.label(), runAt);
            return null;
        });
        return new StepReport(2, title(), Reports.step2(r));
    }

    public Result compute(ProjectFile project, AnalysisYears years) {
        List<StoredCluster> sectors = ClusterStore.read(project, ClusterLevel.SECTOR);
        if (sectors.isEmpty()) throw new KansenkaartException("step 2 needs the clusters of step 1: run step 1 first");
        List<StoredCluster> selected = sectors.stream().filter(StoredCluster::selected).toList();
        List<OwnFlowItem> items = OwnFlowsChecklist.items();
        // Everyone's flows are inventoried: the selected clusters supply and take, and what the
        // rest of the region needs is demand their supply can meet ("what others need", issue 5;
        // in the Noord-Holland example the paper and textile industry takes the greenhouses' residues).
        Set<String> scope = new LinkedHashSet<>();
        for (StoredCluster s : sectors) scope.add(s.sectorClusterId());
        for (OwnFlowItem i : items) scope.add(i.clusterId());
        Set<String> promising = new LinkedHashSet<>();
        for (StoredCluster s : selected) promising.add(s.sectorClusterId());
        ProjectInventory inv = ProjectInventory.read(project, years, scope);

        Map<String, List<Company>> members = new HashMap<>();
        Map<String, String> clusterIds = new HashMap<>();
        for (Company c : inv.companies) {
            SectorCluster s = inv.clusterOf.get(c.ref());
            if (s == null) continue;
            members.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(c);
            clusterIds.put(c.ref(), s.id());
        }
        List<ClusterMaterialRow> materials = new ArrayList<>();
        List<MaterialBalance> balances = new ArrayList<>();
        List<Company> candidatesOf = new ArrayList<>();
        for (StoredCluster s : selected) {
            List<Company> m = members.getOrDefault(s.sectorClusterId(), List.of());
            List<ClusterMaterialRow> rows = ClusterMaterials.of(s.sectorClusterId(), m, inv.flows, years);
            materials.addAll(rows);
            balances.add(MaterialBalance.of(s.sectorClusterId(), s.name(), m, rows, inv.links));
            candidatesOf.addAll(m);
        }
        List<OwnFlowsChecklist.Result> checklist = OwnFlowsChecklist.evaluate(items, inv.flows, clusterIds);
        List<MaterialFlow> candidates = new ArrayList<>(CandidateFlows.of(candidatesOf, inv.flows, years));
        List<Company> otherTakers = inv.companies.stream()
                .filter(c -> clusterIds.containsKey(c.ref()) && !promising.contains(clusterIds.get(c.ref()))).toList();
        candidates.addAll(CandidateFlows.demandOf(otherTakers, inv.flows, years));
        return new Result(selected, materials, balances, checklist, candidates, inv);
    }
}
