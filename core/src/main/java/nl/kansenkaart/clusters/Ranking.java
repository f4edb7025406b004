package nl.kansenkaart.clusters;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Ranks sector clusters: each criterion is divided by its maximum over the clusters (so the
 * leader scores 1 and a cluster with half its jobs 0.5), the score is the weighted mean of these
 * normalised values, and clusters are ranked by score (ties by cluster id). The selection is the
 * top N, plus the low-hanging-fruit clusters whatever their score (001:1658-1686), with the
 * analyst's overrides taking precedence.
 */
public final class Ranking {

    private Ranking() {}

    public static Map<String, RankedCluster> rank(Map<String, ClusterCriteria> criteria, Map<String, SectorCluster> clusters,
                                                  Weights weights, int top, Map<String, SelectionOverride> overrides) {
        if (top < 0) throw new IllegalArgumentException("top must be >= 0");
        EnumMap<Criterion, Double> max = new EnumMap<>(Criterion.class);
        for (Criterion k : Criterion.values()) max.put(k, 0.0);
        for (ClusterCriteria c : criteria.values())
            for (Criterion k : Criterion.values()) max.put(k, Math.max(max.get(k), k.valueOf(c)));
        Map<String, Double> scores = new LinkedHashMap<>();
        for (Map.Entry<String, ClusterCriteria> e : criteria.entrySet()) {
            double s = 0;
            for (Criterion k : Criterion.values()) {
                double m = max.get(k);
                if (m > 0) s += weights.of(k) * k.valueOf(e.getValue()) / m;
            }
            scores.put(e.getKey(), s / weights.sum());
        }
        List<String> ranked = new ArrayList<>();
        for (Map.Entry<String, ClusterCriteria> e : criteria.entrySet())
            if (e.getValue().establishments() > 0) ranked.add(e.getKey());
        ranked.sort(Comparator.comparing((String id) -> -scores.get(id)).thenComparing(id -> id));
        Map<String, Integer> rankOf = new LinkedHashMap<>();
        for (int i = 0; i < ranked.size(); i++) rankOf.put(ranked.get(i), i + 1);

        Map<String, RankedCluster> out = new LinkedHashMap<>();
        for (String id : criteria.keySet()) {
            Integer rank = rankOf.get(id);
            SectorCluster s = clusters.get(id);
            boolean lhf = s != null && s.lowHangingFruit();
            boolean selected;
            String reason;
            if (rank == null) {
                selected = false;
                reason = lhf ? "low-hanging fruit, but no establishments in the register" : "no establishments in the register";
            } else if (rank <= top) {
                selected = true;
                reason = "top " + top + " by score";
            } else if (lhf) {
                selected = true;
                reason = "low-hanging fruit (governments' own process): kept whatever its score";
            } else {
                selected = false;
                reason = "below the top " + top;
            }
            SelectionOverride o = overrides.get(id);
            if (o != null) {
                String note = o.note() == null || o.note().isBlank() ? "" : ": " + o.note();
                reason = (o.selected() ? "selected by the analyst" : "deselected by the analyst") + note
                        + " (ranking alone: " + (selected ? "selected, " : "not selected, ") + reason + ")";
                selected = o.selected();
            }
            out.put(id, new RankedCluster(id, scores.get(id), rank, selected, reason));
        }
        return out;
    }

    /** "0.734" for tables and summaries. */
    public static String formatScore(double score) {
        return String.format(Locale.ROOT, "%.3f", score);
    }
}
