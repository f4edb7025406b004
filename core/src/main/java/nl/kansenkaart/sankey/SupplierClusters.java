package nl.kansenkaart.sankey;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import nl.kansenkaart.clusters.SbiClusterTable;
import nl.kansenkaart.clusters.SectorCluster;
import nl.kansenkaart.clusters.SectorClusterStore;
import nl.kansenkaart.model.Company;
import nl.kansenkaart.project.CompanyStore;
import nl.kansenkaart.project.ProjectFile;

/**
 * Which sector cluster each supplier belongs to, by its SBI code through the project's own SBI →
 * cluster table (the one step 1 uses), for the suppliers column of the matched-flows diagram.
 * Companies whose code is in no cluster are drawn together as "other sectors".
 */
public final class SupplierClusters {

    public static final String OTHER = "other_sectors";

    private final Map<String, SectorCluster> byRef;

    private SupplierClusters(Map<String, SectorCluster> byRef) {
        this.byRef = byRef;
    }

    public static SupplierClusters read(ProjectFile project) {
        SbiClusterTable table = SectorClusterStore.read(project);
        Map<String, SectorCluster> m = new HashMap<>();
        for (Company c : new CompanyStore(project).readAll())
            if (c.sbi() != null) table.clusterOf(c.sbi()).ifPresent(s -> m.put(c.ref(), s));
        return new SupplierClusters(m);
    }

    /** The group of a supplier with its label in English or Dutch; {@code otherLabel} for those in no cluster. */
    public Function<String, MatchSankey.SupplierGroup> groups(boolean english, String otherLabel) {
        return ref -> {
            SectorCluster s = byRef.get(ref);
            if (s == null) return new MatchSankey.SupplierGroup(OTHER, otherLabel);
            String name = english && s.nameEn() != null && !s.nameEn().isBlank() ? s.nameEn() : s.nameNl();
            return new MatchSankey.SupplierGroup(s.id(), name);
        };
    }
}
