package nl.kansenkaart.run;

import java.util.List;
import java.util.Set;
import nl.kansenkaart.model.Company;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.resources.FlowInventory;
import nl.kansenkaart.resources.YearChoice;
import nl.kansenkaart.sankey.SankeyActors;
import nl.kansenkaart.steps.AnalysisYears;

/**
 * The establishments of one sector cluster with their yearly flow lines, read as step 2 reads them
 * (the chosen LMA years, the same linking and key figures), for views that show the companies
 * behind a figure.
 *
 * @param members the cluster's establishments
 */
public record ClusterFlows(String clusterId, List<Company> members, FlowInventory flows, AnalysisYears years) {

    /** Reads the project; as slow as the reading part of step 2, so call it off the UI thread. */
    public static ClusterFlows read(ProjectFile project, String sectorClusterId) {
        AnalysisYears years = YearChoice.resolve(project, List.of());
        ProjectInventory inv = ProjectInventory.read(project, years, Set.of(sectorClusterId));
        List<Company> members = inv.companies.stream().filter(c -> {
            var s = inv.clusterOf.get(c.ref());
            return s != null && s.id().equals(sectorClusterId);
        }).toList();
        return new ClusterFlows(sectorClusterId, members, inv.flows, years);
    }

    /** Who is behind each node and band of the cluster's flow diagram. */
    public SankeyActors actors() {
        return SankeyActors.of(members, flows);
    }
}
