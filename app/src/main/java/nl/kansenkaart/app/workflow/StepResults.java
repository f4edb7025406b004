package nl.kansenkaart.app.workflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.kansenkaart.app.i18n.I18n;
import nl.kansenkaart.clusters.ClusterLevel;
import nl.kansenkaart.clusters.ClusterStore;
import nl.kansenkaart.clusters.SectorCluster;
import nl.kansenkaart.clusters.SectorClusterStore;
import nl.kansenkaart.clusters.SelectionOverride;
import nl.kansenkaart.clusters.SelectionOverrideStore;
import nl.kansenkaart.clusters.Step1Settings;
import nl.kansenkaart.clusters.StoredCluster;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.SettingsStore;
import nl.kansenkaart.resources.LmaStreamYears;
import nl.kansenkaart.resources.MaterialBalance;
import nl.kansenkaart.resources.OwnFlowsChecklist;
import nl.kansenkaart.resources.Step2Store;
import nl.kansenkaart.resources.YearChoice;
import nl.kansenkaart.steps.AnalysisYears;

/**
 * What the project holds of the steps, read in one go on the worker thread: the ranking, the
 * analyst's overrides and settings, the balances and checklist and the LMA years (step 3 has
 * {@link MatchResults}).
 *
 * @param ranking      sector clusters in ranking order (empty before step 1)
 * @param yearsPresent the LMA years with records in the project
 * @param years        the years the next run uses (the stored choice, else the latest)
 */
public record StepResults(List<StoredCluster> ranking, Map<String, SelectionOverride> overrides, Step1Settings settings,
                          List<MaterialBalance> balances, List<OwnFlowsChecklist.Result> checklist, TreeSet<Integer> yearsPresent,
                          AnalysisYears years, Map<String, SectorCluster> sectors) {

    public static final StepResults NONE = new StepResults(List.of(), Map.of(), null, List.of(), List.of(), new TreeSet<>(),
            AnalysisYears.none(), Map.of());

    public static StepResults read(ProjectFile project) {
        Map<String, SectorCluster> sectors = new HashMap<>();
        for (SectorCluster s : SectorClusterStore.read(project).clusters()) sectors.put(s.id(), s);
        return new StepResults(ClusterStore.read(project, ClusterLevel.SECTOR), SelectionOverrideStore.read(project),
                Step1Settings.read(new SettingsStore(project)), Step2Store.balances(project), Step2Store.checklist(project),
                LmaStreamYears.yearsPresent(project), YearChoice.resolve(project, List.of()), Map.copyOf(sectors));
    }

    /** A sector cluster's name in the UI language (the analyst's table may leave out the English one). */
    public String clusterName(String id, I18n i18n) {
        SectorCluster s = sectors.get(id);
        if (s != null) return i18n.locale().getLanguage().equals("en") && s.nameEn() != null && !s.nameEn().isBlank() ? s.nameEn() : s.nameNl();
        return ranking.stream().filter(c -> c.sectorClusterId().equals(id)).map(StoredCluster::name).findFirst().orElse(id);
    }

    /** "LMA 2022-2023", or that there are no LMA data (all figures estimated), in the UI language. */
    public String yearsText(I18n i18n) {
        return years.isEmpty() ? i18n.get("years.noData") : i18n.format("years.lma", years.label());
    }

    /** Whether step 2 analysed a cluster (it analyses the selected ones). */
    public boolean analysed(String clusterId) {
        return balances.stream().anyMatch(b -> b.clusterId().equals(clusterId));
    }

    /** Whether the selection differs from what step 2 last analysed: step 2 should run again. */
    public boolean step2OutOfDate() {
        if (ranking.isEmpty()) return false;
        Set<String> selected = new TreeSet<>(), analysed = new TreeSet<>();
        for (StoredCluster s : ranking) if (s.selected()) selected.add(s.sectorClusterId());
        for (MaterialBalance b : balances) analysed.add(b.clusterId());
        return !selected.equals(analysed);
    }
}
