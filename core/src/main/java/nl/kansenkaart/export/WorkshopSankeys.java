package nl.kansenkaart.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kansenkaart.clusters.ClusterStore;
import nl.kansenkaart.clusters.SbiClusterTable;
import nl.kansenkaart.clusters.SectorClusterStore;
import nl.kansenkaart.disclosure.DisclosureControl;
import nl.kansenkaart.disclosure.SuppressionLog;
import nl.kansenkaart.matching.StoredMatch;
import nl.kansenkaart.matching.StoredMatches;
import nl.kansenkaart.model.Company;
import nl.kansenkaart.model.QuantityUnit;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.render.MapText;
import nl.kansenkaart.resources.MaterialBalance;
import nl.kansenkaart.resources.Step2Store;
import nl.kansenkaart.run.CompanyParts;
import nl.kansenkaart.sankey.ClusterSankey;
import nl.kansenkaart.sankey.MatchSankey;
import nl.kansenkaart.sankey.SankeyDiagram;
import nl.kansenkaart.sankey.SupplierClusters;

/**
 * The flow diagrams of a workshop package, each through disclosure control ({@link SankeyDisclosure}):
 * per cluster that step 2 analysed, its residues and by-products (each establishment's part from
 * {@link CompanyParts}, the code the steps use); per scenario with results, the matched flows in
 * tonnes and, when there are any, in GJ (each supplier's and taker's part from the matches).
 */
final class WorkshopSankeys {

    /** A disclosed diagram and the file name it is written under (without extension). */
    record Named(String fileName, SankeyDisclosure.Result disclosed) {}

    private final ProjectFile project;
    private final DisclosureControl control;
    private final SuppressionLog log;
    private final MapText text;

    WorkshopSankeys(ProjectFile project, DisclosureControl control, SuppressionLog log, MapText text) {
        this.project = project;
        this.control = control;
        this.log = log;
        this.text = text;
    }

    List<Named> all(List<String> scenarios) {
        List<Named> out = new ArrayList<>(clusters());
        out.addAll(matches(scenarios));
        return out;
    }

    List<Named> clusters() {
        List<MaterialBalance> analysed = Step2Store.balances(project);
        if (analysed.isEmpty()) return List.of();
        CompanyParts companyParts = CompanyParts.read(project);
        SbiClusterTable sectors = SectorClusterStore.read(project);
        Map<String, Company> companies = new HashMap<>();
        for (Company c : companyParts.companies()) companies.put(c.ref(), c);
        List<Named> out = new ArrayList<>();
        for (MaterialBalance b : analysed) {
            String clusterName = sectors.cluster(b.clusterId())
                    .map(c -> text.isEnglish() && c.nameEn() != null && !c.nameEn().isBlank() ? c.nameEn() : c.nameNl()).orElse(b.name());
            SankeyDiagram d = ClusterSankey.build(text.format("sankey.title.cluster", clusterName), Step2Store.materials(project, b.clusterId()));
            if (d.isEmpty()) continue;
            List<Company> members = new ArrayList<>();
            for (String ref : ClusterStore.members(project, b.clusterId())) {
                Company c = companies.get(ref);
                if (c != null) members.add(c);
            }
            var parts = ClusterSankey.parts(members, ref -> companyParts.lines().getOrDefault(ref, List.of()));
            String name = "sankey-cluster-" + fileSafe(b.clusterId());
            out.add(new Named(name, SankeyDisclosure.apply(d, parts, control, log, name, text)));
        }
        return out;
    }

    List<Named> matches(List<String> scenarios) {
        if (scenarios.isEmpty()) return List.of();
        SupplierClusters suppliers = SupplierClusters.read(project);
        List<Named> out = new ArrayList<>();
        for (String scenario : scenarios) {
            List<StoredMatch> matches = StoredMatches.read(project, scenario);
            for (QuantityUnit unit : QuantityUnit.values()) {
                String title = text.format(unit == QuantityUnit.GJ ? "sankey.title.matches.energy" : "sankey.title.matches", scenario);
                MatchSankey.Result r = MatchSankey.build(title, matches, unit, suppliers, text.isEnglish(), text.get("sankey.match.otherSectors"));
                if (r.diagram().isEmpty()) continue;
                String name = "sankey-matches-" + fileSafe(scenario) + (unit == QuantityUnit.GJ ? "-gj" : "");
                out.add(new Named(name, SankeyDisclosure.apply(r.diagram(), r.parts(), control, log, name, text)));
            }
        }
        return out;
    }

    /** Scenario and cluster names as file names: lower case letters, digits, '-' and '_'. */
    static String fileSafe(String s) {
        String t = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
        return t.isEmpty() ? "x" : t;
    }
}
