package nl.kansenkaart.sankey;

import nl.kansenkaart.model.DataQuality;

/**
 * A flow between two nodes, per year. Measured and estimated amounts between the same nodes are
 * separate links, so a drawing can show the difference (e.g. hatched estimates).
 */
public record SankeyLink(String source, String target, double value, String unit, DataQuality quality) {

    public SankeyLink {
        if (source == null || target == null) throw new IllegalArgumentException("a Sankey link needs a source and a target");
        if (source.equals(target)) throw new IllegalArgumentException("a Sankey link cannot loop on node " + source);
        if (!(value > 0) || Double.isInfinite(value)) throw new IllegalArgumentException("a Sankey link needs a value > 0, got " + value);
        if (quality == null) throw new IllegalArgumentException("a Sankey link needs a data quality");
    }

    /** Which band this is, whatever its value: source, target and data quality. */
    public String key() {
        return source + "\u0000" + target + "\u0000" + quality;
    }
}
