package nl.kansenkaart.project;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import nl.kansenkaart.geo.RdNew;

/** Version 1: project metadata, areas, companies, LMA records and streams, material flows, import log. */
final class SchemaV1 implements Migration {

    /** import_id: the kk_imports row of an imported boundary file, null for boundaries seeded from the shipped CBS data. */
    static final String AREA_COLUMNS = "code TEXT NOT NULL, name TEXT, parent_code TEXT, source TEXT, attributes TEXT, import_id INTEGER";

    @Override
    public int toVersion() {
        return 1;
    }

    @Override
    public String description() {
        return "project metadata, areas, companies, LMA records (streams, amounts, view), material flows, import log";
    }

    @Override
    public void apply(Connection conn, GeoPackage gpkg) throws SQLException {
        int rd = RdNew.EPSG;
        try (Statement st = conn.createStatement()) {
            st.execute("CREATE TABLE " + Tables.META + " (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
            st.execute("CREATE TABLE " + Tables.SETTINGS + " (step TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,"
                    + " PRIMARY KEY (step, key))");
            st.execute("CREATE TABLE " + Tables.IMPORTS + " (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL,"
                    + " file_name TEXT NOT NULL, file_sha256 TEXT NOT NULL, file_size INTEGER NOT NULL, imported_at TEXT NOT NULL,"
                    + " rows_read INTEGER NOT NULL, accepted INTEGER NOT NULL, rejected INTEGER NOT NULL, kg REAL,"
                    + " not_located INTEGER NOT NULL DEFAULT 0, details TEXT)");
            st.execute("CREATE TABLE " + Tables.GEOCODE_POINTS + " (postcode TEXT NOT NULL, house_number TEXT NOT NULL DEFAULT '',"
                    + " x REAL NOT NULL, y REAL NOT NULL, source TEXT, import_id INTEGER, PRIMARY KEY (postcode, house_number))");
        }
        gpkg.createFeatureTable(Tables.MUNICIPALITIES, "Gemeenten", "Municipality boundaries (CBS), RD New",
                "MULTIPOLYGON", rd, AREA_COLUMNS + ", inhabitants INTEGER, land_ha REAL", true);
        gpkg.createFeatureTable(Tables.PROVINCES, "Provincies", "Province boundaries (CBS), RD New",
                "MULTIPOLYGON", rd, AREA_COLUMNS, true);
        gpkg.createFeatureTable(Tables.STUDY_REGION, "Studiegebied", "Outline of the study region",
                "MULTIPOLYGON", rd, AREA_COLUMNS, true);
        gpkg.createFeatureTable(Tables.BUSINESS_PARKS, "Bedrijventerreinen", "Business parks (e.g. IBIS)",
                "MULTIPOLYGON", rd, AREA_COLUMNS, true);
        gpkg.createFeatureTable(Tables.OTHER_AREAS, "Overige gebieden", "Other imported area layers",
                "MULTIPOLYGON", rd, AREA_COLUMNS + ", layer TEXT", true);
        gpkg.createFeatureTable(Tables.COMPANIES, "Bedrijven", "Establishments (vestigingen)", "POINT", rd,
                "ref TEXT NOT NULL UNIQUE, name TEXT NOT NULL, sbi TEXT, sbi_section TEXT, jobs INTEGER, jobs_class TEXT,"
                        + " economic_value_eur REAL, street TEXT, house_number TEXT, postcode TEXT, town TEXT,"
                        + " municipality_code TEXT, location_precision TEXT NOT NULL, source TEXT, attributes TEXT,"
                        + " import_id INTEGER", true);
        // LMA notification rows, normalised: a stream's descriptive fields repeat in every monthly
        // row of an extract, so they are stored once per import (lma_record_streams) and each row
        // keeps only its period, weight and loads (lma_record_amounts). The view lma_records joins
        // them back into one row per notification with the columns every reader uses. No R-tree:
        // a million points are drawn aggregated anyway. Weights are kg as REAL (exact sums of an
        // import are kept in kk_imports.details); geom is the point of location_basis ('ORIGIN' =
        // locatie van herkomst, 'ONTDOENER' = fallback or dispatching site, 'NONE'); extra = the
        // row's other non-empty columns as JSON.
        gpkg.createFeatureTable(Tables.LMA_RECORD_STREAMS, "LMA meldingen: stromen",
                "LMA notifications: what a stream repeats every period (codes, parties, location), once per import",
                "POINT", rd,
                "kind TEXT NOT NULL, stream_number TEXT, eural TEXT NOT NULL, hazardous INTEGER NOT NULL, waste_name TEXT,"
                        + " method_code TEXT, method_known INTEGER NOT NULL, route_collection INTEGER NOT NULL,"
                        + " collector_scheme INTEGER NOT NULL,"
                        + " ontdoener_name TEXT, ontdoener_postcode TEXT, ontdoener_town TEXT,"
                        + " origin_street TEXT, origin_house_number TEXT, origin_postcode TEXT, origin_town TEXT, origin_country TEXT,"
                        + " processor_name TEXT, processor_postcode TEXT, processor_town TEXT,"
                        + " location_precision TEXT NOT NULL, location_basis TEXT NOT NULL, source_file TEXT,"
                        + " extra TEXT, import_id INTEGER NOT NULL", false);
        // stream_id = lma_record_streams.fid; no declared foreign key: the store writes and deletes
        // both tables together, and a checked key would cost a lookup per row of a million-row import.
        // No index on import_id either: it doubled the time to write the rows (0.6 -> 1.2 s per
        // million), while deleting an import by scanning this slim table takes ~0.1 s per million.
        gpkg.createAttributeTable(Tables.LMA_RECORD_AMOUNTS, "LMA meldingen: hoeveelheden",
                "LMA notifications: period, weight and loads per notification row",
                "fid INTEGER PRIMARY KEY, stream_id INTEGER NOT NULL, year INTEGER NOT NULL, month INTEGER NOT NULL,"
                        + " weight_kg REAL NOT NULL, loads INTEGER, source_line INTEGER, import_id INTEGER NOT NULL");
        gpkg.createFeatureView(Tables.LMA_RECORDS, "LMA meldingen", "LMA notifications (one row per stream and period)",
                "POINT", rd, WasteRecordStore.VIEW_SELECT);
        // The LMA portal's stream register (afvalstroomnummers): no quantities, so never summed as weight.
        gpkg.createFeatureTable(Tables.LMA_STREAMS, "LMA afvalstromen", "LMA waste streams (portal export, no quantities)",
                "POINT", rd,
                "stream_number TEXT NOT NULL, processor_number TEXT, processor_kvk TEXT, processor_name TEXT,"
                        + " processor_street TEXT, processor_postcode TEXT, processor_town TEXT,"
                        + " ontdoener_kvk TEXT, ontdoener_name TEXT, ontdoener_country TEXT, private_ontdoener INTEGER NOT NULL,"
                        + " origin_street TEXT, origin_house_number TEXT, origin_postcode TEXT, origin_town TEXT,"
                        + " origin_nearby TEXT, origin_country TEXT,"
                        + " eural TEXT NOT NULL, hazardous INTEGER NOT NULL, waste_name TEXT, method_code TEXT,"
                        + " method_known INTEGER NOT NULL, route_collection INTEGER NOT NULL, collector_scheme INTEGER NOT NULL,"
                        + " location_precision TEXT NOT NULL, source_file TEXT, source_line INTEGER, extra TEXT,"
                        + " import_id INTEGER NOT NULL", true);
        gpkg.createFeatureTable(Tables.MATERIAL_FLOWS, "Materiaalstromen", "Supply and demand of materials per actor",
                "POINT", rd,
                "actor_ref TEXT NOT NULL, direction TEXT NOT NULL, material TEXT NOT NULL, material_name TEXT,"
                        + " material_group TEXT, state TEXT, hazardous INTEGER NOT NULL DEFAULT 0, amount REAL NOT NULL,"
                        + " unit TEXT NOT NULL, year INTEGER, quality TEXT NOT NULL, source TEXT,"
                        + " location_precision TEXT NOT NULL, origin TEXT NOT NULL", true);
        try (Statement st = conn.createStatement()) {
            st.execute("CREATE INDEX idx_lma_record_streams_import ON " + Tables.LMA_RECORD_STREAMS + "(import_id)");
            st.execute("CREATE INDEX idx_lma_streams_import ON " + Tables.LMA_STREAMS + "(import_id)");
            st.execute("CREATE INDEX idx_flows_actor ON " + Tables.MATERIAL_FLOWS + "(actor_ref)");
        }
    }
}
