package nl.kansenkaart.project;

/** Names of the project's tables, in one place for stores, exports and the app's layer list. */
public final class Tables {

    private Tables() {}

    public static final String META = "kk_meta";
    public static final String SETTINGS = "kk_settings";
    public static final String IMPORTS = "kk_imports";
    public static final String GEOCODE_POINTS = "kk_geocode_points";

    public static final String MUNICIPALITIES = "municipalities";
    public static final String PROVINCES = "provinces";
    public static final String STUDY_REGION = "study_region";
    public static final String BUSINESS_PARKS = "business_parks";
    public static final String OTHER_AREAS = "other_areas";
    public static final String COMPANIES = "companies";
    /**
     * LMA notification rows as one layer: a view joining {@link #LMA_RECORD_STREAMS} and
     * {@link #LMA_RECORD_AMOUNTS}, with one row (and fid) per notification row. Read it; the
     * importer writes the two tables.
     */
    public static final String LMA_RECORDS = "lma_records";
    /** What the rows of one LMA stream repeat every period (parties, codes, location), once per import. */
    public static final String LMA_RECORD_STREAMS = "lma_record_streams";
    /** Per notification row: its stream, period, weight, loads and line. */
    public static final String LMA_RECORD_AMOUNTS = "lma_record_amounts";
    public static final String LMA_STREAMS = "lma_streams";
    public static final String MATERIAL_FLOWS = "material_flows";

    // Step 3 (matching), schema version 3
    public static final String MATCH_RULES = "match_rules";
    public static final String MATCH_TRANSPORT = "match_transport_classes";
    public static final String MATCH_SCENARIOS = "match_scenarios";
    public static final String MATCH_DECISIONS = "match_decisions";
    public static final String MATCHES = "matches";
    public static final String MATCH_UNMATCHED = "match_unmatched";
    public static final String MATCH_BALANCE = "match_balance";
    public static final String MATCH_INDICATORS = "match_indicators";
    /** Each company's part in each indicator (supply and demand side), for disclosure control. */
    public static final String MATCH_INDICATOR_PARTS = "match_indicator_parts";
}
