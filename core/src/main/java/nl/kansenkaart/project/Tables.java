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
    public static final String LMA_RECORDS = "lma_records";
    public static final String LMA_STREAMS = "lma_streams";
    public static final String MATERIAL_FLOWS = "material_flows";
}
