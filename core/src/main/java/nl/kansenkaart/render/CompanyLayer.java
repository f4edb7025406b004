package nl.kansenkaart.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.kansenkaart.codes.Sbi2008;
import nl.kansenkaart.model.Company;
import nl.kansenkaart.model.LocationPrecision;
import nl.kansenkaart.project.Tables;
import org.locationtech.jts.geom.Envelope;

/**
 * Establishments as points coloured by SBI section; PC4-located ones hollow. Names are labelled
 * once the map is zoomed in far enough for them to be readable.
 */
public final class CompanyLayer extends BaseMapLayer {

    public static final double DIAMETER = 7;
    /** Company names appear from this scale on (about 1:38,000 on screen). */
    public static final double LABEL_MAX_METRES_PER_PIXEL = 10;
    /** Above this many visible points names could not be read anyway: zoom in further to see them. */
    public static final int LABEL_MAX_POINTS = 1_500;
    /** Points closer than this many pixels share one symbol: at 7 px nobody sees the difference. */
    private static final double SAME_SPOT_PX = 2;

    private static final LabelStyle LABEL = LabelStyle.of(Font.PLAIN, 11f, new Color(0x202020), 20);

    private record DrawnAt(int x, int y, PointSymbol symbol) {}

    private final List<CompanyPoint> points;
    private final Map<LocationPrecision, Integer> precisionCounts = new EnumMap<>(LocationPrecision.class);

    public CompanyLayer(List<Company> companies) {
        super(Tables.COMPANIES, "layer.companies");
        for (LocationPrecision p : LocationPrecision.values()) precisionCounts.put(p, 0);
        List<CompanyPoint> located = new ArrayList<>();
        Sbi2008 sbi = Sbi2008.get();
        for (Company c : companies) {
            precisionCounts.merge(c.location().precision(), 1, Integer::sum);
            if (!c.location().isLocated()) continue;
            CompanyPoint p = CompanyPoint.of(c, sbi.sectionOf(c.sbi()));
            located.add(p);
            extent.expandToInclude(p.x(), p.y());
        }
        // Rings first, filled points on top: a centroid ring must not hide a precisely located company.
        located.sort(Comparator.comparing((CompanyPoint p) -> p.precision().isPrecise()));
        this.points = List.copyOf(located);
    }

    public List<CompanyPoint> points() {
        return points;
    }

    /** How many companies have each location precision, including those not located (not drawn). */
    public Map<LocationPrecision, Integer> precisionCounts() {
        return Map.copyOf(precisionCounts);
    }

    /** The symbol a point is drawn with. */
    public static PointSymbol symbolOf(CompanyPoint p) {
        return new PointSymbol(SbiPalette.of(p.section()), !p.precision().isPrecise(), DIAMETER);
    }

    /** The drawn company nearest to (x, y) within {@code maxDistance} metres, for identify and tooltips. */
    public Optional<CompanyPoint> nearest(double x, double y, double maxDistance) {
        CompanyPoint best = null;
        double bestD2 = maxDistance * maxDistance;
        for (CompanyPoint p : points) {
            double dx = p.x() - x, dy = p.y() - y, d2 = dx * dx + dy * dy;
            // Ties go to the later point: it is drawn on top.
            if (d2 <= bestD2) {
                best = p;
                bestD2 = d2;
            }
        }
        return Optional.ofNullable(best);
    }

    @Override
    public int featureCount() {
        return precisionCounts.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public void draw(Graphics2D g, MapViewport vp, LabelPlacer labels) {
        Envelope view = vp.extent();
        view.expandBy(DIAMETER * vp.metresPerPixel());
        List<CompanyPoint> visible = new ArrayList<>();
        for (CompanyPoint p : points) if (view.contains(p.x(), p.y())) visible.add(p);
        boolean labelled = vp.metresPerPixel() <= LABEL_MAX_METRES_PER_PIXEL && visible.size() <= LABEL_MAX_POINTS;
        // Thousands of points on one spot look like one: draw each symbol once per spot.
        Set<DrawnAt> drawn = new HashSet<>();
        for (CompanyPoint p : visible) {
            double sx = vp.toScreenX(p.x()), sy = vp.toScreenY(p.y());
            PointSymbol symbol = symbolOf(p);
            if (!drawn.add(new DrawnAt((int) Math.floor(sx / SAME_SPOT_PX), (int) Math.floor(sy / SAME_SPOT_PX), symbol))) continue;
            symbol.paint(g, sx, sy);
            if (labelled) {
                labels.addObstacle(new Rectangle2D.Double(sx - DIAMETER / 2, sy - DIAMETER / 2, DIAMETER, DIAMETER));
                labels.addBesidePoint(p.name(), sx, sy, DIAMETER / 2 + 2, LABEL);
            }
        }
    }

    @Override
    public List<LegendEntry> legend(MapText text) {
        Set<String> sections = new TreeSet<>(Comparator.nullsLast(Comparator.naturalOrder()));
        boolean precise = false, centroid = false;
        for (CompanyPoint p : points) {
            sections.add(p.section());
            if (p.precision().isPrecise()) precise = true;
            else centroid = true;
        }
        List<LegendEntry> entries = new ArrayList<>();
        for (String s : sections) {
            String label = s == null ? text.sbiSection(null) : s + "  " + text.sbiSection(s);
            entries.add(new LegendEntry(label, new PointSymbol(SbiPalette.of(s), false, DIAMETER)));
        }
        if (centroid) {
            Color neutral = new Color(0x606060);
            if (precise) entries.add(new LegendEntry(text.get("legend.located.precise"), new PointSymbol(neutral, false, DIAMETER)));
            entries.add(new LegendEntry(text.get("legend.located.pc4"), new PointSymbol(neutral, true, DIAMETER)));
        }
        return entries;
    }
}
