package nl.kansenkaart.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kansenkaart.clusters.SbiClusterTable;
import nl.kansenkaart.clusters.SectorCluster;
import nl.kansenkaart.clusters.SectorClusterStore;
import nl.kansenkaart.model.Company;
import nl.kansenkaart.project.CompanyStore;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.resources.CompanyIndex;
import nl.kansenkaart.resources.FlowInventory;
import nl.kansenkaart.resources.KeyFigureStore;
import nl.kansenkaart.resources.KeyFigureTable;
import nl.kansenkaart.resources.LmaLinks;
import nl.kansenkaart.resources.LmaStreamYears;
import nl.kansenkaart.steps.AnalysisYears;

/**
 * What both steps read from a project: the establishments with their sector cluster, the key
 * figures, the LMA records of the chosen years linked to establishments, and the yearly flows of the
 * establishments in scope.
 */
final class ProjectInventory {

    final List<Company> companies;
    final SbiClusterTable sbiTable;
    final Map<String, SectorCluster> clusterOf;
    final KeyFigureTable keyFigures;
    final LmaLinks links;
    final FlowInventory flows;
    final AnalysisYears years;

    private ProjectInventory(List<Company> companies, SbiClusterTable sbiTable, Map<String, SectorCluster> clusterOf,
                             KeyFigureTable keyFigures, LmaLinks links, FlowInventory flows, AnalysisYears years) {
        this.companies = companies;
        this.sbiTable = sbiTable;
        this.clusterOf = clusterOf;
        this.keyFigures = keyFigures;
        this.links = links;
        this.flows = flows;
        this.years = years;
    }

    /** @param clusterScope the sector clusters whose establishments get flows; null = all */
    static ProjectInventory read(ProjectFile project, AnalysisYears years, Set<String> clusterScope) {
        List<Company> companies = new CompanyStore(project).readAll();
        SbiClusterTable sbi = SectorClusterStore.read(project);
        KeyFigureTable figures = KeyFigureStore.read(project);
        figures.checkClusters(sbi.clusters().stream().map(SectorCluster::id).toList());
        Map<String, SectorCluster> clusterOf = new LinkedHashMap<>();
        for (Company c : companies) sbi.clusterOf(c.sbi()).ifPresent(s -> clusterOf.put(c.ref(), s));
        LmaLinks links = LmaLinks.link(LmaStreamYears.read(project, years.years()), new CompanyIndex(companies));
        List<Company> scope = new ArrayList<>();
        Map<String, String> clusterIds = new HashMap<>();
        for (Company c : companies) {
            SectorCluster s = clusterOf.get(c.ref());
            if (s == null || (clusterScope != null && !clusterScope.contains(s.id()))) continue;
            scope.add(c);
            clusterIds.put(c.ref(), s.id());
        }
        FlowInventory flows = FlowInventory.build(scope, clusterIds, links, figures, years);
        return new ProjectInventory(companies, sbi, clusterOf, figures, links, flows, years);
    }

    long unclassified() {
        return companies.size() - clusterOf.size();
    }
}
