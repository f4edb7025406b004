package nl.kansenkaart.clusters;

/** The analyst's decision to keep a cluster in the selection or out of it, whatever the ranking says. */
public record SelectionOverride(String clusterId, boolean selected, String note, String setAt) {}
