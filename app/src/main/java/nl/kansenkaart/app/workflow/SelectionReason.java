package nl.kansenkaart.app.workflow;

import nl.kansenkaart.app.i18n.I18n;
import nl.kansenkaart.clusters.SelectionOverride;
import nl.kansenkaart.clusters.StoredCluster;

/**
 * Why a cluster is in or out of the selection, in the UI language, by the rules of core's ranking
 * (which stores the same reason in English for exports): top N by score, low-hanging fruit, or the
 * analyst's choice with their note and what the ranking alone would have said.
 */
final class SelectionReason {

    private SelectionReason() {}

    static String of(StoredCluster s, SelectionOverride override, int top, I18n i18n) {
        String ranking;
        boolean byRanking;
        if (s.rank() == null) {
            ranking = i18n.get("reason.noEstablishments");
            byRanking = false;
        } else if (s.rank() <= top) {
            ranking = i18n.format("reason.top", top);
            byRanking = true;
        } else if (s.lowHangingFruit()) {
            ranking = i18n.get("reason.lowHangingFruit");
            byRanking = true;
        } else {
            ranking = i18n.format("reason.belowTop", top);
            byRanking = false;
        }
        if (override == null) return ranking;
        String note = override.note() == null || override.note().isBlank() ? "" : ": " + override.note();
        return i18n.get(override.selected() ? "reason.selectedByAnalyst" : "reason.deselectedByAnalyst") + note + " ("
                + i18n.format("reason.rankingAlone", i18n.get(byRanking ? "reason.in" : "reason.out"), ranking) + ")";
    }
}
