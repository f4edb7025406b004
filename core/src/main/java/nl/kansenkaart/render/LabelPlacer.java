package nl.kansenkaart.render;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects label proposals from all layers during one draw, then places them greedily, most
 * important first, skipping any that would overlap a placed label, leave the surface, cover the
 * scale bar or credits, or not fit their area. Labels of points also keep clear of other point
 * symbols, as in QGIS. Fewer readable labels beat many overlapping ones.
 */
public final class LabelPlacer {

    /** Free space kept around each label, in pixels. */
    private static final double PADDING = 3;
    /** Obstacles are kept in a grid of cells of this many pixels, so a label checks only its neighbourhood. */
    private static final int CELL = 64;

    private record Candidate(String text, double x, double y, double maxWidth, double pointOffset, LabelStyle style, int order) {
        boolean besidePoint() {
            return pointOffset >= 0;
        }
    }

    private final int width;
    private final int height;
    private final List<Candidate> candidates = new ArrayList<>();
    private final List<Rectangle2D> placed = new ArrayList<>();
    private final List<String> placedTexts = new ArrayList<>();
    private final List<Rectangle2D> reserved = new ArrayList<>();
    private final Map<Long, List<Rectangle2D>> obstacles = new HashMap<>();

    public LabelPlacer(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** A label centred on (x, y), shown only when it is at most {@code maxWidth} pixels wide. */
    public void addCentred(String text, double x, double y, double maxWidth, LabelStyle style) {
        candidates.add(new Candidate(text, x, y, maxWidth, -1, style, candidates.size()));
    }

    /** A label next to a point symbol: right of it if there is room, else left, above or below. */
    public void addBesidePoint(String text, double x, double y, double offset, LabelStyle style) {
        candidates.add(new Candidate(text, x, y, Double.MAX_VALUE, Math.max(0, offset), style, candidates.size()));
    }

    /** Keeps all labels out of an area of the surface (scale bar, legend, credits). */
    public void reserve(Rectangle2D area) {
        if (area != null) reserved.add(area);
    }

    /** A drawn symbol that labels of other points must not cover. */
    public void addObstacle(Rectangle2D symbol) {
        for (long key : cells(symbol)) obstacles.computeIfAbsent(key, k -> new ArrayList<>()).add(symbol);
    }

    /** Places and paints the labels; returns how many were placed. */
    public int paint(Graphics2D g) {
        // Higher priority first; among equals, the label with more room (the larger area) first.
        candidates.sort(Comparator.comparingInt((Candidate c) -> -c.style().priority())
                .thenComparing(c -> c.besidePoint() ? 0 : -c.maxWidth())
                .thenComparingInt(Candidate::order));
        for (Candidate c : candidates) {
            TextShapes.Glyphs glyphs = TextShapes.of(c.text(), c.style().font());
            Rectangle2D b = glyphs.bounds();
            if (b.getWidth() > c.maxWidth()) continue;
            for (double[] at : positions(c, b)) {
                Rectangle2D box = new Rectangle2D.Double(at[0] + b.getMinX() - PADDING, at[1] + b.getMinY() - PADDING,
                        b.getWidth() + 2 * PADDING, b.getHeight() + 2 * PADDING);
                if (!fits(box) || (c.besidePoint() && coversObstacle(box, c.x(), c.y()))) continue;
                paintLabel(g, glyphs.outline(), at[0], at[1], c.style());
                placed.add(box);
                placedTexts.add(c.text());
                break;
            }
        }
        return placed.size();
    }

    /** The texts placed by the last {@link #paint}, in placement order. */
    public List<String> placedTexts() {
        return List.copyOf(placedTexts);
    }

    /** Baseline origins to try, best first. */
    private static List<double[]> positions(Candidate c, Rectangle2D b) {
        if (!c.besidePoint()) return List.of(new double[] {c.x() - b.getCenterX(), c.y() - b.getCenterY()});
        double o = c.pointOffset();
        double midY = c.y() - b.getCenterY();
        return List.of(
                new double[] {c.x() + o - b.getMinX(), midY},
                new double[] {c.x() - o - b.getMaxX(), midY},
                new double[] {c.x() - b.getCenterX(), c.y() - o - b.getMaxY()},
                new double[] {c.x() - b.getCenterX(), c.y() + o - b.getMinY()});
    }

    private boolean fits(Rectangle2D box) {
        if (box.getMinX() < 0 || box.getMinY() < 0 || box.getMaxX() > width || box.getMaxY() > height) return false;
        for (Rectangle2D p : placed) if (p.intersects(box)) return false;
        for (Rectangle2D r : reserved) if (r.intersects(box)) return false;
        return true;
    }

    /** Whether {@code box} covers a symbol other than that of its own point at ({@code px}, {@code py}). */
    private boolean coversObstacle(Rectangle2D box, double px, double py) {
        for (long key : cells(box)) {
            List<Rectangle2D> inCell = obstacles.get(key);
            if (inCell == null) continue;
            for (Rectangle2D o : inCell) if (o.intersects(box) && !o.contains(px, py)) return true;
        }
        return false;
    }

    private static List<Long> cells(Rectangle2D r) {
        List<Long> keys = new ArrayList<>(4);
        int x0 = (int) Math.floor(r.getMinX() / CELL), x1 = (int) Math.floor(r.getMaxX() / CELL);
        int y0 = (int) Math.floor(r.getMinY() / CELL), y1 = (int) Math.floor(r.getMaxY() / CELL);
        for (int x = x0; x <= x1; x++) for (int y = y0; y <= y1; y++) keys.add(((long) x << 32) ^ (y & 0xFFFFFFFFL));
        return keys;
    }

    static void paintLabel(Graphics2D g, Shape outline, double x, double y, LabelStyle style) {
        Shape s = AffineTransform.getTranslateInstance(x, y).createTransformedShape(outline);
        if (style.halo() != null && style.haloWidth() > 0) {
            g.setColor(style.halo());
            g.setStroke(new BasicStroke(style.haloWidth(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(s);
        }
        g.setColor(style.colour());
        g.fill(s);
    }
}
