package nl.kansenkaart.sankey;

import static nl.kansenkaart.sankey.ClusterSankeyTest.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.kansenkaart.codes.RLevel;
import nl.kansenkaart.model.DataQuality;
import nl.kansenkaart.model.QuantityUnit;
import nl.kansenkaart.resources.ClusterMaterialRow;
import nl.kansenkaart.resources.FlowRole;
import org.junit.jupiter.api.Test;

class SankeyLayoutTest {

    private static final Rectangle2D AREA = new Rectangle2D.Double(100, 40, 600, 400);

    /** A greenhouse cluster as step 2 gives it: measured and estimated residues, a by-product, processing by R-level. */
    static SankeyDiagram greenhouses() {
        List<ClusterMaterialRow> rows = List.of(
                row(FlowRole.RESIDUE, "01.13 Groenten", "eural:020103", "E03", RLevel.R8, 120, QuantityUnit.TONNE, DataQuality.MEASURED),
                row(FlowRole.RESIDUE, "01.19 Bloemen", "eural:020103", null, null, 200, QuantityUnit.TONNE, DataQuality.ESTIMATED),
                row(FlowRole.RESIDUE, "01.13 Groenten", "eural:020104", "F01", RLevel.R9, 5, QuantityUnit.TONNE, DataQuality.MEASURED),
                row(FlowRole.RESIDUE, "01.19 Bloemen", "eural:020104", null, null, 12, QuantityUnit.TONNE, DataQuality.ESTIMATED),
                row(FlowRole.BYPRODUCT, "01.13 Groenten", "resource:co2", null, null, 40, QuantityUnit.TONNE, DataQuality.ESTIMATED),
                row(FlowRole.RESIDUE, "01.30 Sierteelt", "eural:150102", "C01", RLevel.R8, 3, QuantityUnit.TONNE, DataQuality.MEASURED));
        return ClusterSankey.build("Kassen en zaden", rows);
    }

    @Test
    void nodeHeightsFollowTheirValuesOnOneScaleAndFlowsBalanceAtEveryNode() {
        SankeyDiagram d = greenhouses();
        SankeyLayout l = SankeyLayout.compute(d, AREA, 14, 10);
        assertThat(l.columnCount()).isEqualTo(3);
        assertThat(l.scale()).isPositive();
        for (PlacedNode n : l.nodes()) {
            assertThat(n.height()).isCloseTo(n.value() * l.scale(), within(1e-9));
            double in = 0, out = 0;
            for (Ribbon r : l.ribbons()) {
                if (r.target() == n) in += r.thickness();
                if (r.source() == n) out += r.thickness();
            }
            if (n.node().kind() == NodeKind.MATERIAL) {
                assertThat(in).isCloseTo(n.height(), within(1e-9));
                assertThat(out).isCloseTo(n.height(), within(1e-9));
            } else {
                assertThat(Math.max(in, out)).isCloseTo(n.height(), within(1e-9));
            }
        }
        // 320 t of plant tissue: 120 measured to R8, 200 estimated to "not known".
        PlacedNode tissue = l.node("mat:eural:020103").orElseThrow();
        assertThat(tissue.value()).isEqualTo(320.0);
        assertThat(l.node("proc:R8").orElseThrow().value()).isEqualTo(123.0);
        // The fullest column fills the height: the scale is as large as the room allows.
        double fullest = 0;
        for (int c = 0; c < 3; c++) {
            List<PlacedNode> col = l.column(c);
            double used = col.stream().mapToDouble(PlacedNode::height).sum() + 10 * (col.size() - 1);
            fullest = Math.max(fullest, used);
        }
        assertThat(fullest).isCloseTo(AREA.getHeight(), within(1e-6));
    }

    @Test
    void nodesOfAColumnDoNotOverlapAndStayInTheArea() {
        SankeyLayout l = SankeyLayout.compute(greenhouses(), AREA, 14, 10);
        for (int c = 0; c < l.columnCount(); c++) {
            List<PlacedNode> col = l.column(c);
            for (PlacedNode n : col) {
                assertThat(n.y()).isGreaterThanOrEqualTo(AREA.getMinY() - 1e-9);
                assertThat(n.bottom()).isLessThanOrEqualTo(AREA.getMaxY() + 1e-9);
                assertThat(n.x()).isBetween(AREA.getMinX(), AREA.getMaxX() - 14);
                assertThat(n.x()).isEqualTo(col.get(0).x());
            }
            for (int i = 1; i < col.size(); i++) assertThat(col.get(i).y()).isGreaterThanOrEqualTo(col.get(i - 1).bottom() + 10 - 1e-9);
        }
        assertThat(l.column(0).get(0).x()).isEqualTo(AREA.getMinX());
        assertThat(l.column(2).get(0).x() + 14).isEqualTo(AREA.getMaxX());
    }

    @Test
    void bandsAtANodeAreStackedWithoutOverlapInTheOrderOfTheirOtherEnds() {
        SankeyLayout l = SankeyLayout.compute(greenhouses(), AREA, 14, 10);
        for (PlacedNode n : l.nodes()) {
            List<Ribbon> out = new ArrayList<>(l.ribbons().stream().filter(r -> r.source() == n).toList());
            out.sort(Comparator.comparingDouble(Ribbon::sourceY));
            double y = n.y();
            for (Ribbon r : out) {
                assertThat(r.sourceY()).isCloseTo(y, within(1e-9));
                y += r.thickness();
            }
            for (int i = 1; i < out.size(); i++) assertThat(out.get(i).target().y()).isGreaterThanOrEqualTo(out.get(i - 1).target().y());
        }
    }

    @Test
    void findsTheLeastCrossedTonnageOfAllOrders() {
        // Two activities both give plant tissue and plastics: one crossing cannot be avoided. Trying
        // every order of every column (3! x 4! x 5!) says which crossings cost least.
        SankeyDiagram d = greenhouses();
        SankeyLayout l = SankeyLayout.compute(d, AREA, 14, 10);
        List<List<String>> columns = new ArrayList<>();
        for (int c = 0; c < 3; c++) columns.add(l.column(c).stream().map(PlacedNode::id).toList());
        double least = Double.MAX_VALUE;
        for (List<String> a : permutations(columns.get(0)))
            for (List<String> b : permutations(columns.get(1)))
                for (List<String> c : permutations(columns.get(2))) least = Math.min(least, crossedTonnage(d, a, b, c));
        assertThat(least).isPositive();
        assertThat(l.crossingWeight()).isCloseTo(least, within(1e-9));
        assertThat(crossedTonnage(d, columns.get(0), columns.get(1), columns.get(2))).isCloseTo(least, within(1e-9));
    }

    /** Crossings from the orders alone: bands that share a node never cross (they are stacked by their other ends). */
    @SafeVarargs
    private static double crossedTonnage(SankeyDiagram d, List<String>... columns) {
        java.util.Map<String, Integer> pos = new java.util.HashMap<>();
        for (List<String> col : columns) for (int i = 0; i < col.size(); i++) pos.put(col.get(i), i);
        double w = 0;
        List<SankeyLink> ls = d.links();
        for (int i = 0; i < ls.size(); i++)
            for (int j = i + 1; j < ls.size(); j++) {
                SankeyLink a = ls.get(i), b = ls.get(j);
                boolean sameColumns = a.source().substring(0, 3).equals(b.source().substring(0, 3));
                if (!sameColumns || a.source().equals(b.source()) || a.target().equals(b.target())) continue;
                if ((pos.get(a.source()) - pos.get(b.source())) * (pos.get(a.target()) - pos.get(b.target())) < 0) w += a.value() * b.value();
            }
        return w;
    }

    private static List<List<String>> permutations(List<String> items) {
        if (items.size() <= 1) return List.of(items);
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<String> rest = new ArrayList<>(items);
            String head = rest.remove(i);
            for (List<String> p : permutations(rest)) {
                List<String> full = new ArrayList<>();
                full.add(head);
                full.addAll(p);
                out.add(full);
            }
        }
        return out;
    }

    @Test
    void reordersColumnsSoThatAnUntangledDiagramHasNoCrossings() {
        // Four chains s_i -> m_p(i) -> r_q(i): drawn in the given order the bands cross many times,
        // yet there is an order without any crossing.
        int[] p = {2, 0, 3, 1}, q = {1, 3, 0, 2};
        double[] v = {40, 90, 15, 60};
        List<SankeyNode> nodes = new ArrayList<>();
        for (int i = 0; i < 4; i++) nodes.add(new SankeyNode("s" + i, "S" + i, NodeKind.SOURCE));
        for (int i = 0; i < 4; i++) nodes.add(new SankeyNode("m" + i, "M" + i, NodeKind.MATERIAL));
        for (int i = 0; i < 4; i++) nodes.add(new SankeyNode("r" + i, "R" + i, NodeKind.PROCESSING));
        List<SankeyLink> links = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            links.add(new SankeyLink("s" + i, "m" + p[i], v[i], "t", DataQuality.MEASURED));
            links.add(new SankeyLink("m" + p[i], "r" + q[i], v[i], "t", DataQuality.MEASURED));
        }
        // Plus a shared processing node fed by two materials: still drawable without crossings.
        links.add(new SankeyLink("s1", "m3", 5, "t", DataQuality.ESTIMATED));
        links.add(new SankeyLink("m3", "r2", 5, "t", DataQuality.ESTIMATED));
        SankeyLayout l = SankeyLayout.compute(new SankeyDiagram("t", "t", nodes, links), AREA, 14, 10);
        assertThat(l.crossings()).isZero();
        // Deterministic: the same input gives the same picture.
        SankeyLayout again = SankeyLayout.compute(new SankeyDiagram("t", "t", nodes, links), AREA, 14, 10);
        assertThat(again.nodes()).isEqualTo(l.nodes());
    }

    @Test
    void measuredAndEstimatedBandsBetweenTheSameNodesLieSideBySide() {
        List<ClusterMaterialRow> rows = List.of(
                row(FlowRole.RESIDUE, "A", "eural:020103", null, null, 50, QuantityUnit.TONNE, DataQuality.ESTIMATED),
                row(FlowRole.RESIDUE, "A", "eural:020103", "E03", RLevel.R8, 30, QuantityUnit.TONNE, DataQuality.MEASURED));
        SankeyLayout l = SankeyLayout.compute(ClusterSankey.build("x", rows), AREA, 14, 10);
        List<Ribbon> fromA = l.ribbons().stream().filter(r -> r.source().id().equals("src:A"))
                .sorted(Comparator.comparingDouble(Ribbon::sourceY)).toList();
        assertThat(fromA).extracting(r -> r.link().quality()).containsExactly(DataQuality.MEASURED, DataQuality.ESTIMATED);
        assertThat(fromA.get(1).sourceY()).isCloseTo(fromA.get(0).sourceY() + fromA.get(0).thickness(), within(1e-9));
    }

    @Test
    void smallNodesAboveTheLimitBecomeOneOtherNodeAndNothingIsLost() {
        List<ClusterMaterialRow> rows = new ArrayList<>();
        for (int i = 0; i < 14; i++)
            rows.add(row(FlowRole.RESIDUE, String.format("%02d.00 Activiteit %d", i, i), "eural:020103", null, null, 100 - i * 5,
                    QuantityUnit.TONNE, DataQuality.ESTIMATED));
        SankeyDiagram d = ClusterSankey.build("veel", rows);
        SankeyAggregation.Result a = SankeyAggregation.limit(d, 10, n -> "Overige (" + n + ")");
        SankeyDiagram shown = a.diagram();
        List<SankeyNode> sources = shown.nodes().stream().filter(n -> n.kind() == NodeKind.SOURCE).toList();
        assertThat(sources).hasSize(10);
        SankeyNode other = sources.stream().filter(n -> n.id().startsWith(SankeyAggregation.OTHER_PREFIX)).findFirst().orElseThrow();
        assertThat(other.label()).isEqualTo("Overige (5)");
        // The five smallest (activities 9..13: 55+50+45+40+35 t) are merged.
        assertThat(shown.outflow(other.id())).isEqualTo(225.0);
        assertThat(a.originalsOf(other.id())).containsExactly("src:09.00 Activiteit 9", "src:10.00 Activiteit 10",
                "src:11.00 Activiteit 11", "src:12.00 Activiteit 12", "src:13.00 Activiteit 13");
        assertThat(a.originalsOf("src:00.00 Activiteit 0")).containsExactly("src:00.00 Activiteit 0");
        double total = d.links().stream().filter(l -> l.target().startsWith("mat:")).mapToDouble(SankeyLink::value).sum();
        assertThat(shown.inflow("mat:eural:020103")).isCloseTo(total, within(1e-9));
        assertThat(shown.outflow("mat:eural:020103")).isCloseTo(total, within(1e-9));
        // Columns within the limit are left alone.
        assertThat(SankeyAggregation.limit(greenhouses(), 10, n -> "x").diagram()).isEqualTo(greenhouses());
    }

    @Test
    void refusesLinksThatRunRightToLeftAndAreasTooSmall() {
        SankeyNode a = new SankeyNode("a", "A", NodeKind.SOURCE), b = new SankeyNode("b", "B", NodeKind.MATERIAL);
        SankeyDiagram backwards = new SankeyDiagram("x", "t", List.of(a, b), List.of(new SankeyLink("b", "a", 1, "t", DataQuality.MEASURED)));
        assertThatThrownBy(() -> SankeyLayout.compute(backwards, AREA, 14, 10)).hasMessageContaining("left to right");
        assertThatThrownBy(() -> SankeyLayout.compute(greenhouses(), new Rectangle2D.Double(0, 0, 10, 10), 14, 10))
                .hasMessageContaining("more room");
    }
}
