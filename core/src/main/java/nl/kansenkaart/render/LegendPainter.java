package nl.kansenkaart.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the legend of the visible layers in a box, for maps that leave the app (exports,
 * workshop prints). A layer with one symbol gets one line; a layer with several (companies by
 * SBI section) gets a heading and one line per symbol.
 */
public final class LegendPainter {

    private static final LabelStyle TITLE = LabelStyle.of(Font.BOLD, 13f, new Color(0x202020), 0);
    private static final LabelStyle HEADING = LabelStyle.of(Font.BOLD, 11f, new Color(0x202020), 0);
    private static final LabelStyle ENTRY = LabelStyle.of(Font.PLAIN, 11f, new Color(0x202020), 0);
    private static final double LINE = 17, SWATCH = 14, PAD = 10;

    private record Line(TextShapes.Glyphs text, LabelStyle style, Symbol symbol, double indent) {}

    private LegendPainter() {}

    /** The box the legend takes with its top-right corner at ({@code right}, {@code top}), or null when there is nothing to show. */
    public static Rectangle2D bounds(LayerStack stack, MapText text, double right, double top) {
        List<Line> lines = lines(stack, text);
        return lines.isEmpty() ? null : box(lines, text, right, top);
    }

    /** Paints the legend with its top-right corner at ({@code right}, {@code top}); returns the box, or null when empty. */
    public static Rectangle2D paint(Graphics2D g, LayerStack stack, MapText text, double right, double top) {
        List<Line> lines = lines(stack, text);
        if (lines.isEmpty()) return null;
        Rectangle2D box = box(lines, text, right, top);
        g.setColor(new Color(255, 255, 255, 230));
        g.fill(box);
        g.setColor(new Color(0xB0B0B0));
        g.setStroke(new BasicStroke(1f));
        g.draw(box);
        double x = box.getX() + PAD, y = top + PAD + 12;
        LabelPlacer.paintLabel(g, TextShapes.of(text.get("legend.title"), TITLE.font()).outline(), x, y, noHalo(TITLE));
        y += 6;
        for (Line l : lines) {
            y += LINE;
            double tx = x + l.indent();
            if (l.symbol() != null) {
                l.symbol().paintSwatch(g, tx + SWATCH / 2, y - 4, SWATCH);
                tx += SWATCH + 6;
            }
            LabelPlacer.paintLabel(g, l.text().outline(), tx, y, noHalo(l.style()));
        }
        return box;
    }

    private static List<Line> lines(LayerStack stack, MapText text) {
        List<Line> lines = new ArrayList<>();
        for (int i = stack.layers().size() - 1; i >= 0; i--) { // top layer first, as in a layer list
            MapLayer l = stack.layers().get(i);
            if (!l.isVisible() || l.id().equals(ProjectLayers.BASEMAP)) continue;
            List<LegendEntry> entries = l.legend(text);
            if (entries.size() == 1) {
                lines.add(new Line(TextShapes.of(l.title(text), ENTRY.font()), ENTRY, entries.get(0).symbol(), 0));
            } else if (!entries.isEmpty()) {
                lines.add(new Line(TextShapes.of(l.title(text), HEADING.font()), HEADING, null, 0));
                for (LegendEntry e : entries) lines.add(new Line(TextShapes.of(e.label(), ENTRY.font()), ENTRY, e.symbol(), 8));
            }
        }
        return lines;
    }

    private static Rectangle2D box(List<Line> lines, MapText text, double right, double top) {
        double width = TextShapes.of(text.get("legend.title"), TITLE.font()).bounds().getWidth();
        for (Line l : lines) width = Math.max(width, l.indent() + (l.symbol() == null ? 0 : SWATCH + 6) + l.text().bounds().getWidth());
        width += 2 * PAD;
        double height = PAD + 18 + lines.size() * LINE + PAD - 4;
        return new Rectangle2D.Double(right - width, top, width, height);
    }

    private static LabelStyle noHalo(LabelStyle s) {
        return new LabelStyle(s.font(), s.colour(), null, 0, s.priority());
    }
}
