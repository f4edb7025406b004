package nl.kansenkaart.sample;

/**
 * A real urban wastewater treatment plant (rwzi) from the EEA UWWTD, shipped in
 * {@code rwzi_noord_holland.csv}. Numbers are kept as the source wrote them.
 *
 * @param latitude        WGS84, as in the source
 * @param capacityPe      design capacity in population equivalents
 * @param loadEnteringPe  load entering the plant in population equivalents
 * @param struviteTPerYr  published struvite recovery in tonnes per year, or "" when none is known
 */
record WastewaterPlant(String code, String name, String operator, String latitude, String longitude,
                       long capacityPe, long loadEnteringPe, boolean nitrogenRemoval, boolean phosphorusRemoval,
                       String struviteTPerYr, String struviteBasis, String struviteSource) {}
