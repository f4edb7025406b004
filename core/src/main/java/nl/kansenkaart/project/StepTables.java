package nl.kansenkaart.project;

/** Names of the tables of steps 1 and 2 (schema version 2), in one place for the steps, exports and the app. */
public final class StepTables {

    private StepTables() {}

    // Editable inputs, seeded from the shipped CSV files.
    public static final String SECTOR_CLUSTERS = "step1_sector_clusters";
    public static final String SBI_CLUSTERS = "step1_sbi_clusters";
    public static final String NATIONAL_JOBS = "step1_national_jobs";
    public static final String KEY_FIGURES = "step2_key_figures";

    // The analyst's decisions: never touched by a run.
    public static final String SELECTION_OVERRIDES = "step1_selection_overrides";

    // Results, replaced by each run of their step.
    public static final String CLUSTERS = "step1_clusters";
    public static final String CLUSTER_MEMBERS = "step1_cluster_members";
    public static final String CLUSTER_MATERIALS = "step2_cluster_materials";
    public static final String CLUSTER_BALANCES = "step2_cluster_balances";
    public static final String CHECKLIST = "step2_checklist";
    public static final String LMA_LINKS = "step2_lma_links";
}
