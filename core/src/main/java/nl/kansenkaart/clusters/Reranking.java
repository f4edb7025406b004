package nl.kansenkaart.clusters;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.SettingsStore;

/**
 * Ranks the stored sector clusters again with the project's current weights, top N and overrides:
 * their criteria are stored, so a change of weights or of the selection needs no new run of step 1.
 * The command line ({@code clusters}) and the app both go through here.
 */
public final class Reranking {

    private Reranking() {}

    /** Re-ranks and stores the ranking in one transaction; returns the sector clusters in their new order (empty before step 1). */
    public static List<StoredCluster> apply(ProjectFile project) {
        List<StoredCluster> stored = ClusterStore.read(project, ClusterLevel.SECTOR);
        if (stored.isEmpty()) return stored;
        SbiClusterTable table = SectorClusterStore.read(project);
        Step1Settings settings = Step1Settings.read(new SettingsStore(project));
        Map<String, ClusterCriteria> criteria = new LinkedHashMap<>();
        Map<String, SectorCluster> sectors = new LinkedHashMap<>();
        for (StoredCluster s : stored) {
            criteria.put(s.sectorClusterId(), s.criteria());
            table.cluster(s.sectorClusterId()).ifPresent(sc -> sectors.put(sc.id(), sc));
        }
        Map<String, RankedCluster> ranking = Ranking.rank(criteria, sectors, settings.weights(), settings.top(),
                SelectionOverrideStore.read(project));
        project.transaction(c -> {
            ClusterStore.updateRanking(c, ranking);
            return null;
        });
        return ClusterStore.read(project, ClusterLevel.SECTOR);
    }
}
