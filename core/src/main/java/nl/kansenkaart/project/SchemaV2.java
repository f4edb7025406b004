package nl.kansenkaart.project;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import nl.kansenkaart.codes.CsvResource;
import nl.kansenkaart.geo.RdNew;

/**
 * Version 2: the tables of steps 1 and 2. Inputs the analyst may edit (sector clusters, SBI map,
 * national jobs, key figures) are seeded from the shipped CSV files; results are feature and
 * attribute tables that QGIS lists (every attribute table has an integer primary key, as GeoPackage
 * requires).
 */
final class SchemaV2 implements Migration {

    private static final String FID = "fid INTEGER PRIMARY KEY AUTOINCREMENT, ";

    @Override
    public int toVersion() {
        return 2;
    }

    @Override
    public String description() {
        return "steps 1 and 2: sector clusters, national jobs, key figures, clusters, materials, balances";
    }

    @Override
    public void apply(Connection conn, GeoPackage gpkg) throws SQLException {
        gpkg.createAttributeTable(StepTables.SECTOR_CLUSTERS, "Sectorclusters (invoer)", "Sector clusters of step 1 (editable)",
                FID + "cluster_id TEXT NOT NULL UNIQUE, name_nl TEXT NOT NULL, name_en TEXT, theme TEXT NOT NULL,"
                        + " low_hanging_fruit INTEGER NOT NULL DEFAULT 0, description TEXT");
        gpkg.createAttributeTable(StepTables.SBI_CLUSTERS, "SBI naar cluster (invoer)", "SBI code -> sector cluster (editable)",
                FID + "sbi TEXT NOT NULL UNIQUE, cluster_id TEXT NOT NULL, note TEXT");
        gpkg.createAttributeTable(StepTables.NATIONAL_JOBS, "Banen Nederland (invoer)", "National jobs per sector for the Balassa index (editable)",
                FID + "year INTEGER NOT NULL, sector TEXT NOT NULL, jobs REAL NOT NULL, label TEXT, source TEXT, UNIQUE (year, sector)");
        gpkg.createAttributeTable(StepTables.KEY_FIGURES, "Kengetallen (invoer)", "Key figures for estimates (editable)",
                FID + "id TEXT NOT NULL UNIQUE, cluster_id TEXT NOT NULL, sbi_prefix TEXT, direction TEXT NOT NULL,"
                        + " material TEXT NOT NULL, per TEXT NOT NULL, value REAL NOT NULL, unit TEXT NOT NULL, name_pattern TEXT,"
                        + " quality TEXT NOT NULL, reference_year TEXT, source TEXT NOT NULL, note TEXT");
        gpkg.createAttributeTable(StepTables.SELECTION_OVERRIDES, "Selectie door analist", "Clusters selected or deselected by hand",
                FID + "cluster_id TEXT NOT NULL UNIQUE, selected INTEGER NOT NULL, note TEXT, set_at TEXT NOT NULL");
        gpkg.createFeatureTable(StepTables.CLUSTERS, "Clusters (stap 1)",
                "Business clusters with criteria, ranking and selection (sector, density, municipality, business park)",
                "MULTIPOLYGON", RdNew.EPSG,
                "cluster_key TEXT NOT NULL UNIQUE, sector_cluster TEXT NOT NULL, level TEXT NOT NULL, area_code TEXT,"
                        + " name TEXT NOT NULL, theme TEXT, establishments INTEGER NOT NULL, jobs REAL, economic_value_eur REAL,"
                        + " value_known INTEGER, raw_materials_t REAL, residues_t REAL, residues_measured_t REAL,"
                        + " residues_estimated_t REAL, balassa REAL, balassa_basis TEXT, measured_share REAL, precise_share REAL,"
                        + " pc4_share REAL, not_located INTEGER, score REAL, rank INTEGER,"
                        + " low_hanging_fruit INTEGER NOT NULL DEFAULT 0, selected INTEGER NOT NULL DEFAULT 0,"
                        + " selection_reason TEXT, years TEXT, run_at TEXT", true);
        gpkg.createAttributeTable(StepTables.CLUSTER_MEMBERS, "Clusterleden", "Establishments per cluster",
                FID + "cluster_key TEXT NOT NULL, company_ref TEXT NOT NULL");
        gpkg.createAttributeTable(StepTables.CLUSTER_MATERIALS, "Materialen per cluster (stap 2)",
                "Raw materials, residues and by-products per selected cluster, measured or estimated",
                FID + "cluster_id TEXT NOT NULL, role TEXT NOT NULL, direction TEXT NOT NULL, activity TEXT, material TEXT NOT NULL,"
                        + " material_name TEXT, material_group TEXT, state TEXT, hazardous INTEGER NOT NULL DEFAULT 0,"
                        + " method_code TEXT, r_level TEXT, amount REAL NOT NULL, unit TEXT NOT NULL, quality TEXT NOT NULL,"
                        + " actors INTEGER NOT NULL, records INTEGER NOT NULL, source TEXT, years TEXT");
        gpkg.createAttributeTable(StepTables.CLUSTER_BALANCES, "Materiaalbalans per cluster (stap 2)",
                "Inputs, residues and today's processing per selected cluster, with data quality",
                FID + "cluster_id TEXT NOT NULL UNIQUE, name TEXT, establishments INTEGER NOT NULL,"
                        + " inputs_measured_t REAL, inputs_estimated_t REAL, residues_measured_t REAL, residues_estimated_t REAL,"
                        + " byproducts_t REAL, heat_supply_gj REAL, heat_demand_gj REAL, route_collected_t REAL,"
                        + " recycled_t REAL, energy_recovery_t REAL, disposal_t REAL, unknown_route_t REAL, route_not_known_t REAL,"
                        + " measured_share REAL, precise_share REAL, pc4_share REAL, lma_records INTEGER, lma_precise_share REAL,"
                        + " years TEXT, run_at TEXT");
        gpkg.createAttributeTable(StepTables.CHECKLIST, "Checklist eigen stromen (stap 2)",
                "The governments' own flows and whether the project has them",
                FID + "item TEXT NOT NULL UNIQUE, cluster_id TEXT NOT NULL, direction TEXT NOT NULL, materials TEXT NOT NULL,"
                        + " item_nl TEXT, item_en TEXT, status TEXT NOT NULL, amount_t REAL, amount_gj REAL, measured_share REAL,"
                        + " actors INTEGER");
        gpkg.createAttributeTable(StepTables.LMA_LINKS, "LMA-koppeling (stap 2)",
                "LMA records linked to establishments, per establishment and role",
                FID + "company_ref TEXT NOT NULL, role TEXT NOT NULL, link_method TEXT NOT NULL, records INTEGER NOT NULL,"
                        + " tonnes REAL NOT NULL, years TEXT");
        try (Statement st = conn.createStatement()) {
            st.execute("CREATE INDEX idx_members_cluster ON " + StepTables.CLUSTER_MEMBERS + "(cluster_key)");
            st.execute("CREATE INDEX idx_materials_cluster ON " + StepTables.CLUSTER_MATERIALS + "(cluster_id)");
        }
        seed(conn, StepTables.SECTOR_CLUSTERS, "/nl/kansenkaart/steps/sector_clusters.csv",
                List.of("cluster_id", "name_nl", "name_en", "theme", "low_hanging_fruit", "description"));
        seed(conn, StepTables.SBI_CLUSTERS, "/nl/kansenkaart/steps/sbi_clusters.csv", List.of("sbi", "cluster_id", "note"));
        seed(conn, StepTables.NATIONAL_JOBS, "/nl/kansenkaart/steps/national_jobs.csv",
                List.of("year", "sector", "jobs", "label", "source"));
        seed(conn, StepTables.KEY_FIGURES, "/nl/kansenkaart/steps/key_figures.csv",
                List.of("id", "cluster_id", "sbi_prefix", "direction", "material", "per", "value", "unit", "name_pattern",
                        "quality", "reference_year", "source", "note"));
    }

    /** Copies a shipped CSV into its project table; blank cells become NULL. */
    private static void seed(Connection c, String table, String resource, List<String> columns) throws SQLException {
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + "?,".repeat(columns.size() - 1) + "?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Map<String, String> row : CsvResource.read(resource)) {
                for (int i = 0; i < columns.size(); i++) {
                    String v = row.get(columns.get(i));
                    ps.setString(i + 1, v == null || v.isBlank() ? null : v.trim());
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
