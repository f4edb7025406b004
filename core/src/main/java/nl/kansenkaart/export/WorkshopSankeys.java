package nl.kansenkaart.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kansenkaart.clusters.ClusterStore;
import nl.kansenkaart.clusters.SbiClusterTable;
import nl.kansenkaart.clusters.SectorClusterStore;
import nl.kansenkaart.disclosure.CellRef;
import nl.kansenkaart.disclosure.DisclosureLedger;
import nl.kansenkaart.matching.Indicator;
import nl.kansenkaart.matching.StoredMatch;
import nl.kansenkaart.matching.StoredMatches;
import nl.kansenkaart.model.Company;
import nl.kansenkaart.model.QuantityUnit;
import nl.kansenkaart.resources.ClusterMaterialRow;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.render.MapText;
import nl.kansenkaart.resources.MaterialBalance;
import nl.kansenkaart.resources.Step2Store;
import nl.kansenkaart.run.CompanyParts;
import nl.kansenkaart.sankey.ClusterSankey;
import nl.kansenkaart.sankey.MatchSankey;
import nl.kansenkaart.sankey.SankeyDiagram;
import nl.kansenkaart.sankey.SankeyLink;
import nl.kansenkaart.sankey.SupplierClusters;

/**
 * The flow diagrams of a workshop package, each through disclosure control ({@link SankeyDisclosure}):
 * per cluster that step 2 analysed, its residues and by-products (each establishment's part from
 * {@link CompanyParts}, the code the steps use); per scenario with results, the matched flows in
 * tonnes and, when there are any, in GJ (each supplier's and taker's part from the matches).
 * <p>Declared in the export's ledger with what they add up to: a cluster band is the sum of the
 * material rows it draws and the bands leaving its activities its residues; a matched band the sum
 * of its matches, and the bands leaving the suppliers (or reaching the uses) add up to the
 * scenario's matched total. Built for every export,
 * whatever the formats, so a table never shows more in one package than in another.
 */
final class WorkshopSankeys {

    /** A declared diagram and the file name it is written under (without extension). */
    record Named(String fileName, SankeyDisclosure.Declared declared) {}

    private final ProjectFile project;
    private final DisclosureLedger ledger;
    private final MapText text;

    WorkshopSankeys(ProjectFile project, DisclosureLedger ledger, MapText text) {
        this.project = project;
        this.ledger = ledger;
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
            List<ClusterMaterialRow> rows = Step2Store.materials(project, b.clusterId());
            SankeyDiagram d = ClusterSankey.build(text.format("sankey.title.cluster", clusterName), rows);
            if (d.isEmpty()) continue;
            List<Company> members = new ArrayList<>();
            for (String ref : ClusterStore.members(project, b.clusterId())) {
                Company c = companies.get(ref);
                if (c != null) members.add(c);
            }
            var parts = ClusterSankey.parts(members, ref -> companyParts.lines().getOrDefault(ref, List.of()));
            String name = "sankey-cluster-" + fileSafe(b.clusterId());
            SankeyDisclosure.Declared declared = SankeyDisclosure.declare(d, parts, ledger, name, text);
            declareMaterialRows(declared, rows);
            out.add(new Named(name, declared));
        }
        return out;
    }

    /** Each band of a cluster's diagram is the sum of the material rows it draws, by the rules {@link ClusterSankey#build} draws by. */
    private void declareMaterialRows(SankeyDisclosure.Declared declared, List<ClusterMaterialRow> rows) {
        Map<CellRef, List<CellRef>> sums = new LinkedHashMap<>();
        for (ClusterMaterialRow r : rows) {
            if (r.unit() != QuantityUnit.TONNE || !(r.amount() > 0)) continue;
            String source = ClusterSankey.sourceId(r.role(), r.activity());
            if (source == null) continue;
            CellRef row = ClusterWorkshopTables.materialRow(r.clusterId(), r.role().name(), r.direction().name(), r.activity(),
                    r.material().toString(), r.methodCode(), r.quality().name(), r.unit().name());
            if (!ledger.has(row)) continue;
            String material = ClusterSankey.materialId(r.material());
            String target = ClusterSankey.processingId(r.role(), r.quality(), r.methodCode(), r.rLevel());
            for (CellRef band : new CellRef[] {declared.band(source, material, r.quality()), declared.band(material, target, r.quality())})
                if (band != null) sums.computeIfAbsent(band, k -> new ArrayList<>()).add(row);
        }
        sums.forEach(ledger::group);
        // The bands leaving the cluster's own activities (not what its collectors gather) are its residues and by-products.
        CellRef residues = rows.isEmpty() ? null : ClusterWorkshopTables.clusterFigure(rows.get(0).clusterId(), "residues_t");
        List<CellRef> own = new ArrayList<>();
        for (SankeyLink l : declared.diagram().links())
            if (ClusterSankey.activityOf(l.source()).isPresent() && !ClusterSankey.isRouteCollection(l.source())) own.add(declared.band(l));
        if (residues != null && ledger.has(residues) && !own.isEmpty()) ledger.group(residues, own);
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
                SankeyDisclosure.Declared declared = SankeyDisclosure.declare(r.diagram(), r.parts(), ledger, name, text);
                declareMatches(declared, r, scenario, unit);
                out.add(new Named(name, declared));
            }
        }
        return out;
    }

    /**
     * Each band is the sum of its matches (the matches table has their amounts); the bands leaving the
     * suppliers, and those reaching the uses, add up to the scenario's matched total.
     */
    private void declareMatches(SankeyDisclosure.Declared declared, MatchSankey.Result r, String scenario, QuantityUnit unit) {
        List<CellRef> fromSuppliers = new ArrayList<>(), toUses = new ArrayList<>();
        for (SankeyLink l : r.diagram().links()) {
            CellRef band = declared.band(l);
            List<CellRef> matches = new ArrayList<>();
            for (String id : r.matchesOf(l)) {
                CellRef m = MatchWorkshopTables.matchAmount(scenario, id);
                if (ledger.has(m)) matches.add(m);
            }
            if (!matches.isEmpty()) ledger.group(band, matches);
            (MatchSankey.isSupplierGroup(l.source()) ? fromSuppliers : toUses).add(band);
        }
        CellRef total = MatchWorkshopTables.indicator(scenario, unit == QuantityUnit.GJ ? Indicator.MATCHED_GJ : Indicator.MATCHED_T);
        if (!ledger.has(total)) return;
        if (!fromSuppliers.isEmpty()) ledger.group(total, fromSuppliers);
        if (!toUses.isEmpty()) ledger.group(total, toUses);
    }

    /** Scenario and cluster names as file names: lower case letters, digits, '-' and '_'. */
    static String fileSafe(String s) {
        String t = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
        return t.isEmpty() ? "x" : t;
    }
}
