package nl.kansenkaart.clusters;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.StepTables;
import nl.kansenkaart.steps.InputRow;
import nl.kansenkaart.steps.InputTable;

/** The editable sector-cluster and SBI tables: shipped defaults, the project's copy, and imports. */
public final class SectorClusterStore {

    public static final String CLUSTERS_RESOURCE = "/nl/kansenkaart/steps/sector_clusters.csv";
    public static final String SBI_RESOURCE = "/nl/kansenkaart/steps/sbi_clusters.csv";
    public static final List<String> CLUSTER_COLUMNS =
            List.of("cluster_id", "name_nl", "name_en", "theme", "low_hanging_fruit", "description");
    public static final List<String> SBI_COLUMNS = List.of("sbi", "cluster_id", "note");

    private SectorClusterStore() {}

    public static SbiClusterTable defaults() {
        return parse(InputTable.fromResource(CLUSTERS_RESOURCE), InputTable.fromResource(SBI_RESOURCE));
    }

    public static SbiClusterTable read(ProjectFile project) {
        return parse(InputTable.fromProject(project.connection(), StepTables.SECTOR_CLUSTERS),
                InputTable.fromProject(project.connection(), StepTables.SBI_CLUSTERS));
    }

    public static List<SectorCluster> parseClusters(List<InputRow> rows) {
        List<SectorCluster> out = new ArrayList<>();
        for (InputRow r : rows) {
            try {
                out.add(new SectorCluster(r.required("cluster_id"), r.required("name_nl"), r.get("name_en"),
                        r.enumValue("theme", ClusterTheme.class), r.flag("low_hanging_fruit"), r.get("description")));
            } catch (IllegalArgumentException e) {
                throw r.error(e.getMessage());
            }
        }
        return out;
    }

    public static List<SbiClusterTable.Entry> parseEntries(List<InputRow> rows) {
        List<SbiClusterTable.Entry> out = new ArrayList<>();
        for (InputRow r : rows) out.add(new SbiClusterTable.Entry(r.required("sbi"), r.required("cluster_id"), r.get("note")));
        return out;
    }

    public static SbiClusterTable parse(List<InputRow> clusterRows, List<InputRow> sbiRows) {
        return new SbiClusterTable(parseClusters(clusterRows), parseEntries(sbiRows));
    }

    /** Stores both tables inside the caller's transaction. */
    public static void replace(Connection c, SbiClusterTable table) throws SQLException {
        List<Map<String, Object>> clusters = new ArrayList<>();
        for (SectorCluster s : table.clusters()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("cluster_id", s.id());
            m.put("name_nl", s.nameNl());
            m.put("name_en", s.nameEn());
            m.put("theme", s.theme().name());
            m.put("low_hanging_fruit", s.lowHangingFruit() ? 1 : 0);
            m.put("description", s.description());
            clusters.add(m);
        }
        List<Map<String, Object>> entries = new ArrayList<>();
        for (SbiClusterTable.Entry e : table.entries()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("sbi", e.sbi());
            m.put("cluster_id", e.clusterId());
            m.put("note", e.note());
            entries.add(m);
        }
        InputTable.replace(c, StepTables.SECTOR_CLUSTERS, CLUSTER_COLUMNS, clusters);
        InputTable.replace(c, StepTables.SBI_CLUSTERS, SBI_COLUMNS, entries);
    }
}
