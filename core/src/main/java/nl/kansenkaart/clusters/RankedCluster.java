package nl.kansenkaart.clusters;

/**
 * A sector cluster's place in the ranking and whether it is selected for step 2, with the reason
 * in words (shown next to the ranking so the analyst sees why a cluster is in or out).
 *
 * @param rank null for a cluster without establishments
 */
public record RankedCluster(String clusterId, double score, Integer rank, boolean selected, String reason) {}
