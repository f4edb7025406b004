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
 * Version 3: step 3 (matching). The compatibility rules and transport classes live in the project,
 * seeded with the shipped defaults, so the analyst can edit them; scenarios, decisions, and per
 * scenario the matches (flow lines), unmatched flows (points), take-and-bring balance and indicators.
 */
final class SchemaV3 implements Migration {

    static final String RULE_COLUMNS = "rule_id, supply, demand, r_level, hazardous_allowed, lma_method, substitution,"
            + " quality_note, rationale";
    static final String CLASS_COLUMNS = "class_id, material, unit, scale, max_haul_km, value_eur, transport_eur_per_km,"
            + " today_r, source";

    @Override
    public int toVersion() {
        return 3;
    }

    @Override
    public String description() {
        return "step 3 matching: rules, transport classes, scenarios, decisions, matches, unmatched, balance, indicators";
    }

    @Override
    public void apply(Connection conn, GeoPackage gpkg) throws SQLException {
        int rd = RdNew.EPSG;
        String pk = "fid INTEGER PRIMARY KEY AUTOINCREMENT, ";
        gpkg.createAttributeTable(Tables.MATCH_RULES, "Koppelregels", "Compatibility rules: supply material -> demand use, R-level",
                pk + "rule_id TEXT NOT NULL UNIQUE, supply TEXT NOT NULL, demand TEXT NOT NULL, r_level TEXT NOT NULL,"
                        + " hazardous_allowed INTEGER NOT NULL, lma_method TEXT, substitution REAL NOT NULL, quality_note TEXT, rationale TEXT");
        gpkg.createAttributeTable(Tables.MATCH_TRANSPORT, "Transportklassen", "Per material class: scale, max haul, value, transport cost",
                pk + "class_id TEXT NOT NULL UNIQUE, material TEXT NOT NULL, unit TEXT NOT NULL, scale TEXT NOT NULL,"
                        + " max_haul_km REAL NOT NULL, value_eur REAL, transport_eur_per_km REAL NOT NULL, today_r TEXT, source TEXT");
        gpkg.createAttributeTable(Tables.MATCH_SCENARIOS, "Scenario's", "Saved matching parameter sets",
                pk + "name TEXT NOT NULL UNIQUE, settings TEXT NOT NULL, description TEXT, created TEXT NOT NULL, last_run TEXT");
        gpkg.createAttributeTable(Tables.MATCH_DECISIONS, "Besluiten", "Analyst decisions per supply-demand pair (accept/reject/pin)",
                pk + "match_id TEXT NOT NULL UNIQUE, supply_ref TEXT NOT NULL, supply_material TEXT NOT NULL, demand_ref TEXT NOT NULL,"
                        + " demand_material TEXT NOT NULL, decision TEXT NOT NULL, decided_at TEXT NOT NULL, note TEXT");
        gpkg.createFeatureTable(Tables.MATCHES, "Matches", "Matched flows supply -> demand per scenario (filter on scenario)",
                "LINESTRING", rd,
                "scenario TEXT NOT NULL, match_id TEXT NOT NULL, rank INTEGER NOT NULL, supply_ref TEXT NOT NULL, supply_name TEXT,"
                        + " supply_material TEXT NOT NULL, supply_material_name TEXT, demand_ref TEXT NOT NULL, demand_name TEXT,"
                        + " demand_material TEXT NOT NULL, demand_material_name TEXT, rule_id TEXT NOT NULL, r_level TEXT NOT NULL,"
                        + " amount REAL NOT NULL, unit TEXT NOT NULL, supply_amount REAL, demand_amount REAL, road_km REAL NOT NULL,"
                        + " scale TEXT NOT NULL, class_id TEXT, class_scale TEXT, approach TEXT NOT NULL, transport_eur_per_unit REAL,"
                        + " value_eur_per_unit REAL, transport_share REAL, tonne_km REAL, co2_t REAL, primary_replaced REAL,"
                        + " score INTEGER NOT NULL, score_r INTEGER, score_value INTEGER, score_coverage INTEGER, score_quality INTEGER,"
                        + " explanation TEXT, explanation_public TEXT, quality_note TEXT, decision TEXT, supply_quality TEXT, supply_precision TEXT,"
                        + " demand_quality TEXT, demand_precision TEXT", true);
        gpkg.createFeatureTable(Tables.MATCH_UNMATCHED, "Onbenut aanbod en vraag", "Unmatched supply and unmet demand per scenario",
                "POINT", rd,
                "scenario TEXT NOT NULL, actor_ref TEXT NOT NULL, actor_name TEXT, direction TEXT NOT NULL, material TEXT NOT NULL,"
                        + " material_name TEXT, amount REAL NOT NULL, left_amount REAL NOT NULL, unit TEXT NOT NULL, reason TEXT NOT NULL,"
                        + " detail TEXT", true);
        gpkg.createAttributeTable(Tables.MATCH_BALANCE, "Halen en brengen", "Take-and-bring balance per stakeholder and scenario",
                pk + "scenario TEXT NOT NULL, actor_ref TEXT NOT NULL, actor_name TEXT, role TEXT NOT NULL, offered_t REAL, brings_t REAL,"
                        + " wanted_t REAL, takes_t REAL, net_t REAL, offered_gj REAL, brings_gj REAL, wanted_gj REAL, takes_gj REAL,"
                        + " partners INTEGER, materials_brought TEXT, materials_taken TEXT");
        gpkg.createAttributeTable(Tables.MATCH_INDICATORS, "Indicatoren", "Indicators per scenario",
                pk + "scenario TEXT NOT NULL, indicator TEXT NOT NULL, label TEXT, value REAL NOT NULL, unit TEXT,"
                        + " UNIQUE (scenario, indicator)");
        gpkg.createAttributeTable(Tables.MATCH_INDICATOR_PARTS, "Indicatoren per bedrijf (vertrouwelijk)",
                "Each company's part in each indicator, used by disclosure control; never exported",
                pk + "scenario TEXT NOT NULL, indicator TEXT NOT NULL, side TEXT NOT NULL, actor_ref TEXT NOT NULL, value REAL NOT NULL");
        try (Statement st = conn.createStatement()) {
            st.execute("CREATE INDEX idx_matches_scenario ON " + Tables.MATCHES + "(scenario)");
            st.execute("CREATE INDEX idx_matches_id ON " + Tables.MATCHES + "(match_id)");
            st.execute("CREATE INDEX idx_unmatched_scenario ON " + Tables.MATCH_UNMATCHED + "(scenario)");
            st.execute("CREATE INDEX idx_balance_scenario ON " + Tables.MATCH_BALANCE + "(scenario)");
        }
        seed(conn, Tables.MATCH_RULES, RULE_COLUMNS, "/nl/kansenkaart/matching/compatibility_rules.csv");
        seed(conn, Tables.MATCH_TRANSPORT, CLASS_COLUMNS, "/nl/kansenkaart/matching/transport_classes.csv");
    }

    /** Copies a shipped default table into the project, column by column, in file order. */
    private static void seed(Connection conn, String table, String columns, String resource) throws SQLException {
        List<String> names = List.of(columns.split(",\\s*"));
        String marks = String.join(",", java.util.Collections.nCopies(names.size(), "?"));
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ")")) {
            for (Map<String, String> row : CsvResource.read(resource)) {
                for (int i = 0; i < names.size(); i++) {
                    String v = row.getOrDefault(names.get(i), "");
                    if (v.isEmpty()) ps.setNull(i + 1, java.sql.Types.NULL);
                    else if (v.equals("true") || v.equals("false")) ps.setInt(i + 1, v.equals("true") ? 1 : 0);
                    else ps.setString(i + 1, v);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
