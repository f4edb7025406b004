package nl.kansenkaart.sankey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kansenkaart.model.DataQuality;

/**
 * Each company's part in each band of a flow diagram, per side (the suppliers, and for matched
 * flows also the takers): a band's value is a sum of company figures, and disclosure control
 * decides with these parts whether it may be published. Computed by the code that builds the
 * diagram, so the parts add up to the band.
 */
public final class SankeyParts {

    private final int sides;
    private final Map<String, List<Map<String, Double>>> byLink = new HashMap<>();

    /** @param sides 1 when a band is one group of companies' figure, 2 when it is also the takers' (matches) */
    public SankeyParts(int sides) {
        if (sides < 1) throw new IllegalArgumentException("a band has at least one side, not " + sides);
        this.sides = sides;
    }

    public int sides() {
        return sides;
    }

    public void add(String source, String target, DataQuality quality, int side, String ref, double value) {
        List<Map<String, Double>> s = byLink.computeIfAbsent(key(source, target, quality), k -> {
            List<Map<String, Double>> l = new ArrayList<>(sides);
            for (int i = 0; i < sides; i++) l.add(new LinkedHashMap<>());
            return l;
        });
        s.get(side).merge(ref, value, Double::sum);
    }

    /** The parts of a band of the original diagram, one map (company ref → part) per side. */
    public List<Map<String, Double>> of(SankeyLink l) {
        return copy(byLink.get(key(l.source(), l.target(), l.quality())));
    }

    /** The parts of a band as drawn, where small nodes may be merged into "other": the sum over the bands it stands for. */
    public List<Map<String, Double>> of(SankeyLink drawn, SankeyAggregation.Result aggregation) {
        List<Map<String, Double>> out = copy(null);
        for (String s : aggregation.originalsOf(drawn.source()))
            for (String t : aggregation.originalsOf(drawn.target())) {
                List<Map<String, Double>> p = byLink.get(key(s, t, drawn.quality()));
                if (p == null) continue;
                for (int i = 0; i < sides; i++) {
                    Map<String, Double> side = out.get(i);
                    p.get(i).forEach((ref, v) -> side.merge(ref, v, Double::sum));
                }
            }
        return out;
    }

    private List<Map<String, Double>> copy(List<Map<String, Double>> parts) {
        List<Map<String, Double>> out = new ArrayList<>(sides);
        for (int i = 0; i < sides; i++) out.add(parts == null ? new LinkedHashMap<>() : new LinkedHashMap<>(parts.get(i)));
        return out;
    }

    private static String key(String source, String target, DataQuality quality) {
        return source + "\u0000" + target + "\u0000" + quality;
    }
}
