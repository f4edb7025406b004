package nl.kansenkaart.sankey;

import java.awt.geom.Rectangle2D;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Places a diagram in a rectangle: one column per {@link NodeKind} present (sources, materials,
 * processing), node heights in proportion to what flows through them (one scale for the whole
 * diagram), and each column's nodes ordered to keep bands from crossing: barycentre sweeps (Sugiyama
 * et al. 1981) followed by moving single nodes while that lowers the crossed tonnage. At every node
 * the bands are stacked in the order of the nodes at their other end, so bands sharing a node never
 * cross. Deterministic: equal cases keep the diagram's order.
 */
public final class SankeyLayout {

    private static final int SWEEPS = 8;

    private final SankeyDiagram diagram;
    private final Rectangle2D area;
    private final double nodeWidth;
    private final double scale;
    private final List<PlacedNode> nodes;
    private final List<Ribbon> ribbons;

    private SankeyLayout(SankeyDiagram diagram, Rectangle2D area, double nodeWidth, double scale, List<PlacedNode> nodes,
                         List<Ribbon> ribbons) {
        this.diagram = diagram;
        this.area = area;
        this.nodeWidth = nodeWidth;
        this.scale = scale;
        this.nodes = List.copyOf(nodes);
        this.ribbons = List.copyOf(ribbons);
    }

    /**
     * @param area      where the node bars go: the first column's bars start at its left edge, the
     *                  last column's end at its right edge (labels belong outside or over the bands)
     * @param nodeWidth width of a node bar in pixels
     * @param nodeGap   vertical space between nodes; less when a column would not fit otherwise
     */
    public static SankeyLayout compute(SankeyDiagram diagram, Rectangle2D area, double nodeWidth, double nodeGap) {
        if (area.getWidth() <= nodeWidth || area.getHeight() <= 0)
            throw new IllegalArgumentException("a Sankey diagram needs more room than " + area.getWidth() + " x " + area.getHeight());
        Map<NodeKind, Integer> columnOf = columns(diagram);
        Map<String, Integer> column = new HashMap<>();
        for (SankeyNode n : diagram.nodes()) column.put(n.id(), columnOf.get(n.kind()));
        for (SankeyLink l : diagram.links())
            if (column.get(l.source()) >= column.get(l.target()))
                throw new IllegalArgumentException("Sankey link " + l.source() + " -> " + l.target() + " does not run left to right");

        int columns = columnOf.size();
        List<List<SankeyNode>> order = new ArrayList<>();
        for (int c = 0; c < columns; c++) order.add(new ArrayList<>());
        for (SankeyNode n : diagram.nodes()) order.get(column.get(n.id())).add(n);
        Map<String, Double> value = new HashMap<>();
        for (SankeyNode n : diagram.nodes()) value.put(n.id(), SankeyAggregation.throughput(diagram, n.id()));

        double[] gaps = new double[columns];
        double scale = Double.POSITIVE_INFINITY;
        for (int c = 0; c < columns; c++) {
            int n = order.get(c).size();
            gaps[c] = n <= 1 ? 0 : Math.min(nodeGap, 0.4 * area.getHeight() / (n - 1));
            double total = order.get(c).stream().mapToDouble(x -> value.get(x.id())).sum();
            if (total > 0) scale = Math.min(scale, (area.getHeight() - gaps[c] * (n - 1)) / total);
        }
        if (Double.isInfinite(scale)) scale = 0;
        Builder b = new Builder(diagram, area, nodeWidth, scale, gaps, column, value, columns);

        // Two starts, each untangled: the first column by size with the others following their flows,
        // and the order in which a walk along the heaviest flows meets the nodes (which keeps tree-like
        // diagrams, as most clusters give, free of crossings). The better result wins; a tie keeps the first.
        order.get(0).sort(Comparator.comparingDouble((SankeyNode n) -> -value.get(n.id())));
        Arrangement first = b.arrange(order);
        for (int c = 1; c < columns; c++) sortByBarycentre(order.get(c), first, diagram, true);
        Arrangement best = untangle(order, b, diagram);
        if (best.crossingWeight() > 0) {
            Arrangement walked = untangle(walkOrder(diagram, column, value, columns), b, diagram);
            if (walked.crossingWeight() < best.crossingWeight() - 1e-9) best = walked;
        }
        return new SankeyLayout(diagram, area, nodeWidth, scale, best.nodes(), best.ribbons());
    }

    public SankeyDiagram diagram() {
        return diagram;
    }

    public Rectangle2D area() {
        return area;
    }

    public double nodeWidth() {
        return nodeWidth;
    }

    /** Pixels per unit of value (t/yr): the same for every node and band. */
    public double scale() {
        return scale;
    }

    /** The nodes, column by column, top to bottom. */
    public List<PlacedNode> nodes() {
        return nodes;
    }

    /** The bands, in the diagram's link order. */
    public List<Ribbon> ribbons() {
        return ribbons;
    }

    public Optional<PlacedNode> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    public int columnCount() {
        return nodes.stream().mapToInt(PlacedNode::column).max().orElse(-1) + 1;
    }

    /** The nodes of one column, top to bottom. */
    public List<PlacedNode> column(int c) {
        return nodes.stream().filter(n -> n.column() == c).toList();
    }

    /** How many pairs of bands cross: 0 for a diagram that can be drawn without crossings. */
    public int crossings() {
        int n = 0;
        for (int i = 0; i < ribbons.size(); i++)
            for (int j = i + 1; j < ribbons.size(); j++) if (ribbons.get(i).crosses(ribbons.get(j))) n++;
        return n;
    }

    /** Barycentre sweeps, then single-node moves while they lower the crossed tonnage; changes {@code order}. */
    private static Arrangement untangle(List<List<SankeyNode>> order, Builder b, SankeyDiagram diagram) {
        int columns = order.size();
        Arrangement best = b.arrange(order);
        List<List<SankeyNode>> bestOrder = copy(order);
        for (int sweep = 0; sweep < SWEEPS && best.crossingWeight() > 0; sweep++) {
            Arrangement now = best;
            boolean leftward = sweep % 2 == 0;
            for (int i = 0; i < columns; i++) {
                int c = leftward ? columns - 1 - i : i;
                if ((leftward && c == columns - 1) || (!leftward && c == 0)) continue;
                sortByBarycentre(order.get(c), now, diagram, !leftward);
                now = b.arrange(order);
            }
            if (now.crossingWeight() < best.crossingWeight()) {
                best = now;
                bestOrder = copy(order);
            }
        }
        order.clear();
        order.addAll(bestOrder);
        boolean improved = true;
        while (improved && best.crossingWeight() > 0) {
            improved = false;
            for (List<SankeyNode> col : order)
                for (int from = 0; from < col.size(); from++)
                    for (int to = 0; to < col.size(); to++) {
                        if (to == from) continue;
                        col.add(to, col.remove(from));
                        Arrangement a = b.arrange(order);
                        if (a.crossingWeight() < best.crossingWeight() - 1e-9) {
                            best = a;
                            improved = true;
                            break;
                        }
                        col.add(from, col.remove(to));
                    }
        }
        return best;
    }

    /**
     * Columns in the order a depth-first walk meets the nodes, starting at the largest node of the
     * first column and following the heaviest links first, in both directions.
     */
    private static List<List<SankeyNode>> walkOrder(SankeyDiagram d, Map<String, Integer> column, Map<String, Double> value,
                                                    int columns) {
        Map<String, SankeyNode> byId = new HashMap<>();
        for (SankeyNode n : d.nodes()) byId.put(n.id(), n);
        Map<String, List<SankeyLink>> touching = new HashMap<>();
        for (SankeyLink l : d.links()) {
            touching.computeIfAbsent(l.source(), k -> new ArrayList<>()).add(l);
            touching.computeIfAbsent(l.target(), k -> new ArrayList<>()).add(l);
        }
        for (List<SankeyLink> ls : touching.values()) ls.sort(Comparator.comparingDouble((SankeyLink l) -> -l.value()));
        List<SankeyNode> starts = new ArrayList<>(d.nodes());
        starts.sort(Comparator.comparingInt((SankeyNode n) -> column.get(n.id())).thenComparingDouble(n -> -value.get(n.id())));
        List<List<SankeyNode>> order = new ArrayList<>();
        for (int c = 0; c < columns; c++) order.add(new ArrayList<>());
        Set<String> seen = new HashSet<>();
        ArrayDeque<String> stack = new ArrayDeque<>();
        for (SankeyNode s : starts) {
            if (seen.contains(s.id())) continue;
            stack.push(s.id());
            while (!stack.isEmpty()) {
                String id = stack.pop();
                if (!seen.add(id)) continue;
                order.get(column.get(id)).add(byId.get(id));
                List<SankeyLink> ls = touching.getOrDefault(id, List.of());
                for (int i = ls.size() - 1; i >= 0; i--) {
                    SankeyLink l = ls.get(i);
                    String other = l.source().equals(id) ? l.target() : l.source();
                    if (!seen.contains(other)) stack.push(other);
                }
            }
        }
        return order;
    }

    /** The crossed tonnage: the sum over crossing pairs of bands of the product of their values (what the layout minimises). */
    public double crossingWeight() {
        double w = 0;
        for (int i = 0; i < ribbons.size(); i++)
            for (int j = i + 1; j < ribbons.size(); j++)
                if (ribbons.get(i).crosses(ribbons.get(j))) w += ribbons.get(i).link().value() * ribbons.get(j).link().value();
        return w;
    }

    /** Column per node kind present, in the order sources, materials, processing. */
    private static Map<NodeKind, Integer> columns(SankeyDiagram d) {
        TreeSet<NodeKind> kinds = new TreeSet<>();
        for (SankeyNode n : d.nodes()) kinds.add(n.kind());
        Map<NodeKind, Integer> out = new LinkedHashMap<>();
        for (NodeKind k : kinds) out.put(k, out.size());
        return out;
    }

    /** Orders a column by the value-weighted mean height of its neighbours on one side; nodes without any keep their place. */
    private static void sortByBarycentre(List<SankeyNode> col, Arrangement at, SankeyDiagram d, boolean fromLeft) {
        Map<String, Double> centre = new HashMap<>();
        for (PlacedNode p : at.nodes()) centre.put(p.id(), p.centreY());
        Map<String, Double> key = new HashMap<>();
        for (SankeyNode n : col) {
            double sum = 0, weight = 0;
            for (SankeyLink l : d.links()) {
                String other = fromLeft ? (l.target().equals(n.id()) ? l.source() : null) : (l.source().equals(n.id()) ? l.target() : null);
                if (other == null) continue;
                sum += l.value() * centre.get(other);
                weight += l.value();
            }
            key.put(n.id(), weight > 0 ? sum / weight : centre.get(n.id()));
        }
        col.sort(Comparator.comparingDouble(n -> key.get(n.id())));
    }

    private static List<List<SankeyNode>> copy(List<List<SankeyNode>> order) {
        List<List<SankeyNode>> out = new ArrayList<>();
        for (List<SankeyNode> c : order) out.add(new ArrayList<>(c));
        return out;
    }

    /** Nodes and bands for one order of the columns, with the crossed tonnage that order costs. */
    private record Arrangement(List<PlacedNode> nodes, List<Ribbon> ribbons, double crossingWeight) {}

    /** Turns an order of the nodes into positions. */
    private record Builder(SankeyDiagram diagram, Rectangle2D area, double nodeWidth, double scale, double[] gaps,
                           Map<String, Integer> column, Map<String, Double> value, int columns) {

        Arrangement arrange(List<List<SankeyNode>> order) {
            List<PlacedNode> placed = new ArrayList<>();
            Map<String, PlacedNode> byId = new HashMap<>();
            double step = columns <= 1 ? 0 : (area.getWidth() - nodeWidth) / (columns - 1);
            for (int c = 0; c < columns; c++) {
                List<SankeyNode> col = order.get(c);
                double used = gaps[c] * Math.max(0, col.size() - 1);
                for (SankeyNode n : col) used += value.get(n.id()) * scale;
                double y = area.getMinY() + Math.max(0, (area.getHeight() - used) / 2);
                double x = columns <= 1 ? area.getMinX() : area.getMinX() + c * step;
                for (SankeyNode n : col) {
                    PlacedNode p = new PlacedNode(n, c, x, y, nodeWidth, value.get(n.id()) * scale, value.get(n.id()));
                    placed.add(p);
                    byId.put(n.id(), p);
                    y += p.height() + gaps[c];
                }
            }
            // Stack the bands at each node in the order of their other ends; measured above estimated between the same nodes.
            // By identity: two links may be equal as values.
            Map<SankeyLink, Double> top0 = new IdentityHashMap<>(), top1 = new IdentityHashMap<>();
            for (PlacedNode p : placed) {
                List<SankeyLink> out = new ArrayList<>(), in = new ArrayList<>();
                for (SankeyLink l : diagram.links()) {
                    if (l.source().equals(p.id())) out.add(l);
                    if (l.target().equals(p.id())) in.add(l);
                }
                out.sort(Comparator.comparingDouble((SankeyLink l) -> byId.get(l.target()).y()).thenComparing(SankeyLink::quality));
                in.sort(Comparator.comparingDouble((SankeyLink l) -> byId.get(l.source()).y()).thenComparing(SankeyLink::quality));
                double y = p.y();
                for (SankeyLink l : out) {
                    top0.put(l, y);
                    y += l.value() * scale;
                }
                y = p.y();
                for (SankeyLink l : in) {
                    top1.put(l, y);
                    y += l.value() * scale;
                }
            }
            List<Ribbon> ribbons = new ArrayList<>();
            for (SankeyLink l : diagram.links())
                ribbons.add(new Ribbon(l, byId.get(l.source()), byId.get(l.target()), top0.get(l), top1.get(l), l.value() * scale));
            double weight = 0;
            for (int i = 0; i < ribbons.size(); i++)
                for (int j = i + 1; j < ribbons.size(); j++)
                    if (ribbons.get(i).crosses(ribbons.get(j))) weight += ribbons.get(i).link().value() * ribbons.get(j).link().value();
            return new Arrangement(placed, ribbons, weight);
        }
    }
}
