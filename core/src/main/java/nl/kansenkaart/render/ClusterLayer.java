package nl.kansenkaart.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.clusters.ClusterLevel;
import nl.kansenkaart.clusters.SectorCluster;
import nl.kansenkaart.clusters.SectorClusterStore;
import nl.kansenkaart.model.Area;
import nl.kansenkaart.model.AreaLevel;
import nl.kansenkaart.project.GpkgGeometry;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.StepTables;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * The business clusters of step 1 on the map: where each selected sector cluster concentrates
 * (its DBSCAN hulls), one colour per cluster in ranking order.
 * One cluster can be highlighted (the one chosen in the ranking table): its hulls are drawn
 * stronger and its overall hull is outlined, whether it is selected or not.
 */
public final class ClusterLayer extends BaseMapLayer {

    public static final String ID = StepTables.CLUSTERS;

    /** Distinct hues that stay apart from the SBI colours of the company points by their see-through fill. */
    private static final Color[] PALETTE = {
            new Color(0x1F78B4), new Color(0xE31A1C), new Color(0x33A02C), new Color(0xFF7F00), new Color(0x6A3D9A),
            new Color(0xB15928), new Color(0x00838F), new Color(0xC2185B), new Color(0x827717), new Color(0x455A64)};
    private static final Color UNSELECTED = new Color(0x37474F);
    private static final LabelStyle LABEL = LabelStyle.of(Font.BOLD, 11f, new Color(0x1D2B3A), 12);
    /** Groups smaller than this on screen are drawn as a mark of this size, so they stay visible at regional scale. */
    private static final double MIN_MARK_PX = 12;
    /** Groups narrower than this get their name beside them rather than inside. */
    private static final double LABEL_INSIDE_PX = 80;

    /** One stored cluster with a geometry. */
    public record Shape(String key, String sectorId, ClusterLevel level, String nameNl, String nameEn, boolean selected,
                        Integer rank, Geometry geometry, PolygonFeature feature) {

        public String name(MapText text) {
            return text.isEnglish() && nameEn != null ? nameEn : nameNl;
        }
    }

    private final List<Shape> shapes;
    private final Map<String, Color> colours = new LinkedHashMap<>();
    private volatile String highlighted;

    public ClusterLayer(List<Shape> shapes) {
        super(ID, "layer.step1_clusters");
        this.shapes = List.copyOf(shapes);
        // Colours go to the selected clusters that have dense groups to draw, in ranking order.
        Set<String> dense = new HashSet<>();
        for (Shape s : shapes) if (s.level() == ClusterLevel.DENSITY) dense.add(s.sectorId());
        List<Shape> selected = new ArrayList<>(shapes.stream()
                .filter(s -> s.level() == ClusterLevel.SECTOR && s.selected() && dense.contains(s.sectorId())).toList());
        selected.sort(Comparator.comparing((Shape s) -> s.rank() == null ? Integer.MAX_VALUE : s.rank()).thenComparing(Shape::sectorId));
        for (Shape s : selected) colours.put(s.sectorId(), PALETTE[colours.size() % PALETTE.length]);
        for (Shape s : this.shapes) extent.expandToInclude(s.feature().envelope());
    }

    /** The sector and density clusters of the project's step 1, or null when step 1 has not run (or found nothing to draw). */
    public static ClusterLayer load(ProjectFile project) {
        if (!project.layers().stream().anyMatch(l -> l.table().equals(StepTables.CLUSTERS))) return null;
        Map<String, String> english = new HashMap<>();
        for (SectorCluster s : SectorClusterStore.read(project).clusters()) english.put(s.id(), s.nameEn());
        List<Shape> shapes = new ArrayList<>();
        GeometryFactory factory = new GeometryFactory();
        try (Statement st = project.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT cluster_key, sector_cluster, level, name, selected, rank, geom FROM "
                     + StepTables.CLUSTERS + " WHERE level IN ('SECTOR', 'DENSITY') AND geom IS NOT NULL ORDER BY fid")) {
            while (rs.next()) {
                Geometry g = GpkgGeometry.decode(rs.getBytes("geom"), factory);
                if (g == null || g.isEmpty()) continue;
                ClusterLevel level = ClusterLevel.valueOf(rs.getString("level"));
                String sector = rs.getString("sector_cluster");
                String nameNl = rs.getString("name");
                String key = rs.getString("cluster_key");
                PolygonFeature f = PolygonFeature.of(new Area(key, nameNl, AreaLevel.OTHER, null, g, null));
                shapes.add(new Shape(key, sector, level, nameNl, level == ClusterLevel.SECTOR ? english.get(sector) : null,
                        rs.getInt("selected") == 1, rs.getObject("rank") == null ? null : rs.getInt("rank"), g, f));
            }
        } catch (SQLException e) {
            throw new KansenkaartException("cannot read " + StepTables.CLUSTERS + " of " + project.path().getFileName() + ": " + e.getMessage(), e);
        }
        // Density clusters are selected with their sector cluster.
        Map<String, Shape> sectors = new HashMap<>();
        for (Shape s : shapes) if (s.level() == ClusterLevel.SECTOR) sectors.put(s.sectorId(), s);
        List<Shape> out = new ArrayList<>();
        for (Shape s : shapes) {
            Shape sector = sectors.get(s.sectorId());
            if (s.level() == ClusterLevel.DENSITY && sector != null)
                s = new Shape(s.key(), s.sectorId(), s.level(), sector.nameNl(), sector.nameEn(), sector.selected(), sector.rank(),
                        s.geometry(), s.feature());
            out.add(s);
        }
        return out.isEmpty() ? null : new ClusterLayer(out);
    }

    /** Highlights one sector cluster (by id), or none with null. */
    public void setHighlighted(String sectorId) {
        this.highlighted = sectorId;
    }

    public String highlighted() {
        return highlighted;
    }

    public List<Shape> shapes() {
        return shapes;
    }

    /** The colour a sector cluster has on the map: its own when selected, dark grey otherwise. */
    public Color colourOf(String sectorId) {
        return colours.getOrDefault(sectorId, UNSELECTED);
    }

    /** Where a sector cluster lies (its overall hull), for zooming to it. */
    public Optional<Envelope> extentOf(String sectorId) {
        Envelope e = new Envelope();
        for (Shape s : shapes) if (s.sectorId().equals(sectorId)) e.expandToInclude(s.feature().envelope());
        return e.isNull() ? Optional.empty() : Optional.of(e);
    }

    /**
     * The sector cluster whose drawn area contains a point; where areas overlap, the smallest wins
     * (a dense group inside a wide hull is what the analyst points at).
     */
    public Optional<String> clusterAt(double x, double y) {
        Point p = new GeometryFactory().createPoint(new Coordinate(x, y));
        Shape best = null;
        for (Shape s : drawn()) {
            if (!s.feature().envelope().contains(x, y) || !s.geometry().contains(p)) continue;
            if (best == null || s.geometry().getArea() < best.geometry().getArea()) best = s;
        }
        return Optional.ofNullable(best).map(Shape::sectorId);
    }

    /**
     * What is drawn: the dense groups of the selected clusters, and the highlighted cluster with its
     * overall hull. The overall hull of a cluster spread over the whole region says little and would
     * cover the map, so it is shown only for the highlighted cluster.
     */
    private List<Shape> drawn() {
        List<Shape> out = new ArrayList<>();
        for (Shape s : shapes) {
            boolean lit = s.sectorId().equals(highlighted);
            if ((s.selected() && s.level() == ClusterLevel.DENSITY) || lit) out.add(s);
        }
        return out;
    }

    /** The number of selected sector clusters with dense groups on the map. */
    @Override
    public int featureCount() {
        return colours.size();
    }

    @Override
    public void draw(Graphics2D g, MapViewport vp, LabelPlacer labels) {
        draw(g, vp, labels, MapText.dutch());
    }

    /** Draws the groups, with the clusters' names in the map's language. */
    @Override
    public void draw(Graphics2D g, MapViewport vp, LabelPlacer labels, MapText text) {
        Envelope view = vp.extent();
        String lit = highlighted;
        List<Shape> drawn = drawn();
        // The highlighted cluster last, so it lies on top.
        drawn.sort(Comparator.comparing((Shape s) -> s.sectorId().equals(lit)).thenComparing(s -> s.level() == ClusterLevel.DENSITY));
        // One label per cluster, at its largest dense group (or its hull when it has none).
        Map<String, Shape> labelled = new HashMap<>();
        for (Shape s : drawn) {
            if (s.level() == ClusterLevel.SECTOR && hasDensity(s.sectorId())) continue;
            Shape l = labelled.get(s.sectorId());
            if (l == null || s.geometry().getArea() > l.geometry().getArea()) labelled.put(s.sectorId(), s);
        }
        for (Shape s : drawn) {
            if (!s.feature().envelope().intersects(view)) continue;
            java.awt.Shape path = ScreenPaths.polygon(s.feature().rings(), vp);
            if (path == null) continue;
            boolean strong = s.sectorId().equals(lit);
            Color c = colourOf(s.sectorId());
            Rectangle2D b = path.getBounds2D();
            boolean small = Math.max(b.getWidth(), b.getHeight()) < MIN_MARK_PX;
            if (strong && s.level() == ClusterLevel.SECTOR && !small) {
                // The overall hull of the highlighted cluster: a dashed outline around where its establishments are,
                // lightly filled when it has no dense groups (then it is all there is to see of it).
                if (!hasDensity(s.sectorId())) {
                    g.setColor(SankeyColours.withAlpha(c, 0.10));
                    g.fill(path);
                }
                g.setColor(c.darker());
                g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {7f, 5f}, 0f));
                g.draw(path);
                if (hasDensity(s.sectorId()) || labelled.get(s.sectorId()) != s) continue;
                labels.addCentred(s.name(text), vp.toScreenX(s.feature().labelX()), vp.toScreenY(s.feature().labelY()),
                        3.2 * s.feature().labelRadius() / vp.metresPerPixel(), LABEL);
                continue;
            }
            // A group smaller than a few pixels (all at one postcode centroid, or zoomed far out) is shown as a mark.
            if (small) path = new Ellipse2D.Double(b.getCenterX() - MIN_MARK_PX / 2, b.getCenterY() - MIN_MARK_PX / 2,
                    MIN_MARK_PX, MIN_MARK_PX);
            g.setColor(SankeyColours.withAlpha(c, strong ? 0.40 : 0.22));
            g.fill(path);
            g.setColor(strong ? c.darker() : c);
            g.setStroke(new BasicStroke(strong ? 2.6f : 1.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(path);
            if (labelled.get(s.sectorId()) != s) continue;
            double x = vp.toScreenX(s.feature().labelX()), y = vp.toScreenY(s.feature().labelY());
            double radiusPx = s.feature().labelRadius() / vp.metresPerPixel();
            if (radiusPx * 2 < LABEL_INSIDE_PX) labels.addBesidePoint(s.name(text), small ? b.getCenterX() : x, small ? b.getCenterY() : y,
                    Math.max(MIN_MARK_PX / 2, radiusPx) + 2, LABEL);
            else labels.addCentred(s.name(text), x, y, 3.2 * radiusPx, LABEL);
        }
    }

    private boolean hasDensity(String sectorId) {
        return shapes.stream().anyMatch(s -> s.level() == ClusterLevel.DENSITY && s.sectorId().equals(sectorId));
    }

    @Override
    public List<LegendEntry> legend(MapText text) {
        List<LegendEntry> out = new ArrayList<>();
        for (Map.Entry<String, Color> e : colours.entrySet()) {
            String name = shapes.stream().filter(s -> s.level() == ClusterLevel.SECTOR && s.sectorId().equals(e.getKey())).findFirst()
                    .map(s -> s.name(text)).orElse(e.getKey());
            out.add(new LegendEntry(name, new PolygonStyle(SankeyColours.withAlpha(e.getValue(), 0.3), e.getValue(), 1.3f, null)));
        }
        return out;
    }
}
