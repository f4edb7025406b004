package nl.kansenkaart.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.kansenkaart.model.DataQuality;
import nl.kansenkaart.sankey.NodeKind;
import nl.kansenkaart.sankey.PlacedNode;
import nl.kansenkaart.sankey.MatchSankey;
import nl.kansenkaart.sankey.Ribbon;
import nl.kansenkaart.sankey.SankeyAggregation;
import nl.kansenkaart.sankey.SankeyDiagram;
import nl.kansenkaart.sankey.SankeyLayout;
import nl.kansenkaart.sankey.SankeyLink;
import nl.kansenkaart.sankey.SankeyPick;

/**
 * Draws a flow diagram: title, column heads, bands, node bars and their labels (name, amount with
 * unit, measured share), and a legend. Measured bands are solid, estimated ones pale and hatched, so
 * no estimate passes for a measurement. One {@link #draw} serves the screen (FXGraphics2D), SVG and
 * PDF; text is drawn as glyph outlines, as on the maps, so all three look the same.
 */
public final class SankeyPainter {

    /** Columns with more nodes than this merge their smallest into "other". */
    public static final int MAX_NODES_PER_COLUMN = 10;
    static final double NODE_WIDTH = 14;
    static final double NODE_GAP = 12;
    private static final double PAD = 14;
    private static final double LABEL_GAP = 6;
    private static final double HATCH_SPACING = 6;
    private static final Color WITHHELD = new Color(0x7A828A);

    private static final LabelStyle TITLE = LabelStyle.of(Font.BOLD, 14f, new Color(0x1D2B3A), 0);
    private static final LabelStyle HEAD = LabelStyle.of(Font.BOLD, 11f, new Color(0x5A6470), 0);
    private static final LabelStyle NAME = LabelStyle.of(Font.PLAIN, 12f, new Color(0x1D2B3A), 0);
    private static final LabelStyle VALUE = LabelStyle.of(Font.PLAIN, 11f, new Color(0x5A6470), 0);
    private static final LabelStyle NOTE = LabelStyle.of(Font.PLAIN, 11f, new Color(0x333B44), 0);

    private final SankeyAggregation.Result aggregated;
    private final MapText text;
    private SankeyLayout layout;
    private SankeyPick pick;
    private Set<String> withheld = Set.of();
    private Set<String> hiddenValues = Set.of();

    public SankeyPainter(SankeyDiagram diagram, MapText text) {
        this.text = text;
        this.aggregated = SankeyAggregation.limit(diagram, MAX_NODES_PER_COLUMN, n -> text.format("sankey.other", n));
    }

    /** The diagram as drawn (small nodes merged) and which original node each drawn node stands for. */
    public SankeyAggregation.Result aggregation() {
        return aggregated;
    }

    /** The layout of the last {@link #draw}; null before the first. */
    public SankeyLayout layout() {
        return layout;
    }

    /**
     * For a drawing that leaves the product: these bands (by {@link SankeyLink#key()}) carry a
     * confidential value, so their width is not to scale (the caller gave them a neutral value) and
     * they are drawn grey and dashed; these nodes show their name without an amount.
     */
    public void setConfidential(Set<String> withheldBands, Set<String> nodesWithoutValue) {
        this.withheld = Set.copyOf(withheldBands);
        this.hiddenValues = Set.copyOf(nodesWithoutValue);
    }

    /** Highlights a node or band (the rest is faded); null shows all alike. */
    public void setPick(SankeyPick pick) {
        this.pick = pick;
    }

    public SankeyPick pick() {
        return pick;
    }

    /** The node or band at a point of the last drawing (nodes win over the bands beneath). */
    public Optional<SankeyPick> hit(double x, double y) {
        if (layout == null) return Optional.empty();
        for (PlacedNode n : layout.nodes()) {
            Rectangle2D b = n.bounds();
            // A thin node is hard to hit: give it a few pixels around.
            if (new Rectangle2D.Double(b.getX() - 3, b.getY() - 2, b.getWidth() + 6, b.getHeight() + 4).contains(x, y))
                return Optional.of(SankeyPick.node(n.id()));
        }
        List<Ribbon> ribbons = layout.ribbons();
        for (int i = ribbons.size() - 1; i >= 0; i--)
            if (ribbons.get(i).shape().contains(x, y)) return Optional.of(SankeyPick.band(ribbons.get(i).link()));
        return Optional.empty();
    }

    /** Draws the diagram on a surface of {@code w} × {@code h} pixels with its origin at the top-left. */
    public void draw(Graphics2D g, double w, double h) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        Shape oldClip = g.getClip();
        Rectangle2D surface = new Rectangle2D.Double(0, 0, w, h);
        g.clip(surface);
        g.setColor(Color.WHITE);
        g.fill(surface);
        SankeyDiagram d = aggregated.diagram();
        double top = PAD;
        if (d.title() != null && !d.title().isBlank()) {
            text(g, fit(d.title(), TITLE, w - 2 * PAD), PAD, top + 14, TITLE);
            top += 26;
        }
        double legendTop = h - PAD - 16;
        if (d.isEmpty() || h - top < 120 || w < 240) {
            layout = null;
            String msg = d.isEmpty() ? text.get(MatchSankey.HEADS.equals(d.headKey()) ? "sankey.match.empty" : "sankey.empty") : "";
            Rectangle2D b = TextShapes.of(msg.isEmpty() ? " " : msg, NOTE.font()).bounds();
            if (!msg.isEmpty()) text(g, msg, (w - b.getWidth()) / 2, h / 2, NOTE);
            g.setClip(oldClip);
            return;
        }
        top += 16; // column heads, then room for the top labels, which may reach above their node
        Map<String, Labels> labels = labels(d);
        int columns = (int) d.nodes().stream().map(n -> n.kind()).distinct().count();
        double maxLabel = w * (columns > 2 ? 0.24 : 0.36);
        double left = PAD + Math.min(maxLabel, widest(labels, d, firstKind(d))) + LABEL_GAP;
        double right = PAD + Math.min(maxLabel, widest(labels, d, lastKind(d))) + LABEL_GAP;
        Rectangle2D area = new Rectangle2D.Double(left, top + 14, Math.max(NODE_WIDTH * 2, w - left - right),
                Math.max(20, legendTop - 14 - top - 14));
        layout = SankeyLayout.compute(d, area, NODE_WIDTH, NODE_GAP);

        Map<String, Color> colours = colours(layout);
        for (Ribbon r : layout.ribbons()) paintRibbon(g, r, ribbonColour(r, colours));
        for (PlacedNode n : layout.nodes()) {
            boolean lit = isLit(n.id(), d);
            g.setColor(lit ? colours.get(n.id()) : SankeyColours.withAlpha(colours.get(n.id()), 0.35));
            Rectangle2D bar = new Rectangle2D.Double(n.x(), n.y(), n.width(), Math.max(1, n.height()));
            g.fill(bar);
            if (pick != null && pick.isNode() && pick.nodeId().equals(n.id())) {
                g.setColor(new Color(0x1D2B3A));
                g.setStroke(new BasicStroke(2f));
                g.draw(new Rectangle2D.Double(n.x() - 1, n.y() - 1, n.width() + 2, Math.max(1, n.height()) + 2));
            }
        }
        paintHeads(g, layout, d);
        paintLabels(g, layout, labels, w);
        paintLegend(g, d, legendTop, w);
        g.setClip(oldClip);
    }

    /** Whether a node stays bright: nothing is picked, or it is the picked node, or a band of the pick touches it. */
    private boolean isLit(String id, SankeyDiagram d) {
        if (pick == null || id.equals(pick.nodeId())) return true;
        for (SankeyLink l : d.links()) if (pick.includes(l) && (l.source().equals(id) || l.target().equals(id))) return true;
        return false;
    }

    private void paintRibbon(Graphics2D g, Ribbon r, Color colour) {
        if (withheld.contains(r.link().key())) {
            paintWithheld(g, r.shape());
            return;
        }
        boolean lit = pick == null || pick.includes(r.link());
        boolean estimated = r.link().quality() == DataQuality.ESTIMATED;
        Path2D shape = r.shape();
        Color base = lit ? colour : new Color(0xB8BEC4);
        double alpha = (estimated ? 0.20 : 0.55) * (lit ? 1 : 0.45) + (pick != null && lit ? 0.15 : 0);
        g.setColor(SankeyColours.withAlpha(base, alpha));
        g.fill(shape);
        if (estimated) {
            Shape clip = g.getClip();
            g.clip(shape);
            g.setColor(SankeyColours.withAlpha(base, lit ? 0.55 : 0.25));
            g.setStroke(new BasicStroke(1f));
            Rectangle2D b = shape.getBounds2D();
            for (double x = b.getMinX() - b.getHeight(); x < b.getMaxX(); x += HATCH_SPACING)
                g.draw(new Line2D.Double(x, b.getMaxY(), x + b.getHeight(), b.getMinY()));
            g.setClip(clip);
        }
    }

    /** A band whose width would give a confidential figure away: neutral grey, dashed edge, no colour of its material. */
    private static void paintWithheld(Graphics2D g, Shape shape) {
        g.setColor(SankeyColours.withAlpha(WITHHELD, 0.22));
        g.fill(shape);
        g.setColor(SankeyColours.withAlpha(WITHHELD, 0.8));
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {4f, 3f}, 0f));
        g.draw(shape);
    }

    /** A band takes the colour of the material it carries; without a material column, that of its source. */
    private static Color ribbonColour(Ribbon r, Map<String, Color> colours) {
        if (r.target().node().kind() == NodeKind.MATERIAL) return colours.get(r.target().id());
        return colours.get(r.source().id());
    }

    private static Map<String, Color> colours(SankeyLayout l) {
        Map<String, Color> out = new HashMap<>();
        for (int c = 0; c < l.columnCount(); c++) {
            List<PlacedNode> col = l.column(c);
            for (int i = 0; i < col.size(); i++) out.put(col.get(i).id(), SankeyColours.of(col.get(i).node(), i));
        }
        return out;
    }

    private void paintHeads(Graphics2D g, SankeyLayout l, SankeyDiagram d) {
        for (int c = 0; c < l.columnCount(); c++) {
            PlacedNode first = l.column(c).get(0);
            String head = text.get(d.headKey() + first.node().kind().name()).toUpperCase(text.locale());
            Rectangle2D b = TextShapes.of(head, HEAD.font()).bounds();
            double x = c == 0 ? first.x() + first.width() - b.getWidth() : first.x();
            text(g, head, x, l.area().getMinY() - 18, HEAD);
        }
    }

    /** Name and value lines of a node. */
    private record Labels(String name, String value) {}

    private Map<String, Labels> labels(SankeyDiagram d) {
        Map<String, Labels> out = new HashMap<>();
        String unit = SankeyLabels.unit(d.unit(), text);
        for (var n : d.nodes()) {
            double in = d.inflow(n.id()), outV = d.outflow(n.id());
            boolean useIn = in >= outV;
            double total = 0, measured = 0;
            for (SankeyLink l : d.links()) {
                if (!(useIn ? l.target() : l.source()).equals(n.id())) continue;
                total += l.value();
                if (l.quality() == DataQuality.MEASURED) measured += l.value();
            }
            if (hiddenValues.contains(n.id())) {
                out.put(n.id(), new Labels(SankeyLabels.of(n, text), text.get("sankey.confidential")));
                continue;
            }
            String quality = measured >= total - 1e-9 ? text.get("sankey.measured") : measured <= 1e-9 ? text.get("sankey.estimated")
                    : text.format("sankey.share", Math.round(100 * measured / total));
            out.put(n.id(), new Labels(SankeyLabels.of(n, text), amount(total) + " " + unit + " \u00b7 " + quality));
        }
        return out;
    }

    private double widest(Map<String, Labels> labels, SankeyDiagram d, NodeKind kind) {
        double w = 0;
        for (var n : d.nodes()) {
            if (n.kind() != kind) continue;
            Labels l = labels.get(n.id());
            w = Math.max(w, TextShapes.of(l.name(), NAME.font()).bounds().getWidth());
            w = Math.max(w, TextShapes.of(l.value(), VALUE.font()).bounds().getWidth());
        }
        return w;
    }

    private static NodeKind firstKind(SankeyDiagram d) {
        return d.nodes().stream().map(n -> n.kind()).min(Enum::compareTo).orElseThrow();
    }

    private static NodeKind lastKind(SankeyDiagram d) {
        return d.nodes().stream().map(n -> n.kind()).max(Enum::compareTo).orElseThrow();
    }

    /**
     * Labels left of the first column, right of the others (over the bands, with a halo in the
     * middle), in two lines (name; amount and quality), or in one when the column is crowded. Within a
     * column a label that would overlap the one above moves down; one that would then leave the
     * drawing is left out, and its node can still be identified by pointing at it.
     */
    private void paintLabels(Graphics2D g, SankeyLayout l, Map<String, Labels> labels, double w) {
        int last = l.columnCount() - 1;
        double step = last == 0 ? w : (l.area().getWidth() - NODE_WIDTH) / last;
        for (int c = 0; c <= last; c++) {
            double maxWidth = c == 0 ? l.area().getMinX() - PAD - LABEL_GAP
                    : c == last ? w - (l.area().getMaxX()) - PAD - LABEL_GAP : step - NODE_WIDTH - 2 * LABEL_GAP;
            double lowest = l.area().getMinY() - 14; // just below the column head
            List<PlacedNode> nodes = l.column(c);
            // A crowded column gets one line per node: name, then amount and quality.
            boolean oneLine = l.area().getHeight() / nodes.size() < 30;
            double lineH = 14, blockH = oneLine ? lineH + 1 : 2 * lineH;
            for (PlacedNode n : nodes) {
                Labels t = labels.get(n.id());
                double y = Math.max(n.centreY() - blockH / 2, lowest + 2);
                if (y + blockH > l.area().getMaxY() + 12) continue;
                lowest = y + blockH;
                double x = c == 0 ? n.x() - LABEL_GAP : n.x() + n.width() + LABEL_GAP;
                if (oneLine) {
                    String value = fit(t.value(), VALUE, maxWidth / 2);
                    double valueW = TextShapes.of(value, VALUE.font()).bounds().getWidth();
                    String name = fit(t.name(), NAME, maxWidth - valueW - 8);
                    double nameW = TextShapes.of(name, NAME.font()).bounds().getWidth();
                    double start = c == 0 ? x - valueW - 8 - nameW : x;
                    text(g, name, start, y + 11, NAME);
                    text(g, value, start + nameW + 8, y + 11, VALUE);
                    continue;
                }
                String name = fit(t.name(), NAME, maxWidth), value = fit(t.value(), VALUE, maxWidth);
                double nameW = TextShapes.of(name, NAME.font()).bounds().getWidth();
                double valueW = TextShapes.of(value, VALUE.font()).bounds().getWidth();
                text(g, name, c == 0 ? x - nameW : x, y + 11, NAME);
                text(g, value, c == 0 ? x - valueW : x, y + 11 + lineH, VALUE);
            }
        }
    }

    private void paintLegend(Graphics2D g, SankeyDiagram d, double y, double w) {
        double x = PAD;
        for (boolean estimated : new boolean[] {false, true}) {
            Path2D swatch = new Path2D.Double(new Rectangle2D.Double(x, y + 2, 26, 12));
            Color c = SankeyColours.SOURCE;
            g.setColor(SankeyColours.withAlpha(c, estimated ? 0.20 : 0.55));
            g.fill(swatch);
            if (estimated) {
                Shape clip = g.getClip();
                g.clip(swatch);
                g.setColor(SankeyColours.withAlpha(c, 0.55));
                g.setStroke(new BasicStroke(1f));
                for (double hx = x - 12; hx < x + 26; hx += HATCH_SPACING) g.draw(new Line2D.Double(hx, y + 14, hx + 12, y + 2));
                g.setClip(clip);
            }
            String label = text.get(estimated ? "sankey.legend.estimated" : "sankey.legend.measured");
            text(g, label, x + 32, y + 12, NOTE);
            x += 32 + TextShapes.of(label, NOTE.font()).bounds().getWidth() + 22;
        }
        if (!withheld.isEmpty()) {
            Path2D swatch = new Path2D.Double(new Rectangle2D.Double(x, y + 2, 26, 12));
            paintWithheld(g, swatch);
            String label = text.get("sankey.legend.confidential");
            text(g, label, x + 32, y + 12, NOTE);
            x += 32 + TextShapes.of(label, NOTE.font()).bounds().getWidth() + 22;
        }
        String width = text.format("sankey.legend.width", SankeyLabels.unit(d.unit(), text));
        if (x + TextShapes.of(width, NOTE.font()).bounds().getWidth() < w - PAD) text(g, width, x, y + 12, NOTE);
    }

    /** "1.234" (Dutch) or "1,234" (English); one decimal below 100, two below 1, so small flows do not read as 0. */
    String amount(double v) {
        NumberFormat f = NumberFormat.getNumberInstance(text.locale());
        f.setMaximumFractionDigits(v >= 100 ? 0 : v >= 1 ? 1 : 2);
        f.setMinimumFractionDigits(0);
        return f.format(v);
    }

    /** The text, cut with an ellipsis where it is wider than {@code max} pixels. */
    static String fit(String s, LabelStyle style, double max) {
        if (TextShapes.of(s, style.font()).bounds().getWidth() <= max) return s;
        int lo = 0, hi = s.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (TextShapes.of(s.substring(0, mid).stripTrailing() + "\u2026", style.font()).bounds().getWidth() <= max) lo = mid;
            else hi = mid - 1;
        }
        return lo == 0 ? "\u2026" : s.substring(0, lo).stripTrailing() + "\u2026";
    }

    private static void text(Graphics2D g, String s, double x, double baseline, LabelStyle style) {
        if (s.isEmpty()) return;
        LabelPlacer.paintLabel(g, TextShapes.of(s, style.font()).outline(), x, baseline, style);
    }
}
