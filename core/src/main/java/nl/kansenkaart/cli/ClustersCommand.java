package nl.kansenkaart.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.clusters.ClusterLevel;
import nl.kansenkaart.clusters.ClusterStore;
import nl.kansenkaart.clusters.Reranking;
import nl.kansenkaart.clusters.SbiClusterTable;
import nl.kansenkaart.clusters.SectorCluster;
import nl.kansenkaart.clusters.SectorClusterStore;
import nl.kansenkaart.clusters.SelectionOverrideStore;
import nl.kansenkaart.clusters.Step1Settings;
import nl.kansenkaart.clusters.StoredCluster;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.SettingsStore;
import nl.kansenkaart.run.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "clusters", mixinStandardHelpOptions = true,
        description = {"Show the cluster ranking of step 1; set the weights and the selection.",
                "Weights, top and overrides re-rank the stored clusters at once; radius, minimum points and the Balassa year"
                        + " take effect at the next 'run'. Overrides are kept across runs until cleared."})
final class ClustersCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file")
    Path project;

    @Option(names = "--select", paramLabel = "ID", description = "keep this sector cluster in the selection (e.g. paper)")
    List<String> select = new ArrayList<>();

    @Option(names = "--deselect", paramLabel = "ID", description = "keep this sector cluster out of the selection")
    List<String> deselect = new ArrayList<>();

    @Option(names = "--clear", paramLabel = "ID", description = "remove the analyst's override of this cluster")
    List<String> clear = new ArrayList<>();

    @Option(names = "--note", paramLabel = "TEXT", description = "why: stored with the overrides given here")
    String note;

    @Option(names = "--weights", paramLabel = "SPEC",
            description = "criterion weights, e.g. jobs=2,balassa=0 (economic_value, jobs, establishments, raw_materials, residual_flows, balassa)")
    String weights;

    @Option(names = "--top", paramLabel = "N", description = "how many clusters the ranking selects (default 6)")
    Integer top;

    @Option(names = "--radius", paramLabel = "M", description = "DBSCAN radius in metres (default 1000)")
    Double radius;

    @Option(names = "--min-points", paramLabel = "N", description = "DBSCAN minimum establishments (default 3)")
    Integer minPoints;

    @Option(names = "--balassa-year", paramLabel = "YEAR", description = "year of the national jobs table (default 0: the latest year in the table)")
    Integer balassaYear;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ProjectFile p = ProjectFile.open(project)) {
            SbiClusterTable table = SectorClusterStore.read(p);
            for (List<String> ids : List.of(select, deselect, clear))
                for (String id : ids)
                    if (table.cluster(id).isEmpty())
                        throw new KansenkaartException("unknown cluster '" + id + "'; known: "
                                + String.join(", ", table.clusters().stream().map(SectorCluster::id).toList()));
            Set<String> both = new HashSet<>(select);
            both.retainAll(deselect);
            if (!both.isEmpty()) throw new KansenkaartException("cluster " + both.iterator().next() + " is both selected and deselected");

            SettingsStore store = new SettingsStore(p);
            Step1Settings before = Step1Settings.read(store);
            Step1Settings after = new Step1Settings(weights == null ? before.weights() : before.weights().with(weights),
                    top == null ? before.top() : top, radius == null ? before.radius() : radius,
                    minPoints == null ? before.minPoints() : minPoints, balassaYear == null ? before.balassaYear() : balassaYear);
            if (!after.equals(before)) after.write(store);

            List<StoredCluster> stored = ClusterStore.read(p, ClusterLevel.SECTOR);
            p.transaction(c -> {
                for (String id : select) SelectionOverrideStore.set(c, id, true, note);
                for (String id : deselect) SelectionOverrideStore.set(c, id, false, note);
                for (String id : clear) SelectionOverrideStore.clear(c, id);
                return null;
            });
            if (stored.isEmpty()) {
                out.println("no clusters yet: run 'kansenkaart run " + project + "' first (settings and overrides are stored)");
                return 0;
            }
            Set<String> selectedBefore = new HashSet<>();
            for (StoredCluster s : stored) if (s.selected()) selectedBefore.add(s.sectorClusterId());
            List<StoredCluster> now = Reranking.apply(p); // criteria are stored, so a new ranking needs no re-run
            out.println("weights " + after.weights().spec() + "; top " + after.top() + " + low-hanging fruit + analyst's choices ("
                    + now.get(0).years() + ")");
            for (String line : Reports.ranking(now, Integer.MAX_VALUE)) out.println(line);
            Set<String> selectedNow = new HashSet<>();
            for (StoredCluster s : now) if (s.selected()) selectedNow.add(s.sectorClusterId());
            if (!selectedNow.equals(selectedBefore))
                out.println("the selection changed: run 'kansenkaart run " + project + " --steps 2' to analyse it");
            if (after.radius() != before.radius() || after.minPoints() != before.minPoints() || after.balassaYear() != before.balassaYear())
                out.println("clustering settings changed: run 'kansenkaart run " + project + " --steps 1,2' to rebuild the clusters");
        }
        return 0;
    }
}
