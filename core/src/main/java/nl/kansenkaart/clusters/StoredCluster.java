package nl.kansenkaart.clusters;

/**
 * A cluster row as stored by step 1, for ranking tables, re-ranking after a change of weights or
 * overrides, and step 2.
 */
public record StoredCluster(String key, String sectorClusterId, ClusterLevel level, String areaCode, String name,
                            String theme, ClusterCriteria criteria, boolean lowHangingFruit, Double score, Integer rank,
                            boolean selected, String selectionReason, String years) {}
