package nl.kansenkaart.render;

import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/** An area layer: municipalities, provinces, the study region, business parks. */
public final class PolygonLayer extends BaseMapLayer {

    /** A label is shown only if it fits within this many times the area's inscribed-circle radius. */
    private static final double LABEL_FIT = 3.2;

    private final List<PolygonFeature> features;
    private final PolygonStyle style;

    /**
     * @param titleKey key of the title in {@link MapText}
     * @param attribution source and licence to credit, or null
     */
    public PolygonLayer(String id, String titleKey, List<PolygonFeature> features, PolygonStyle style, String attribution) {
        super(id, titleKey, attribution);
        this.features = List.copyOf(features);
        this.style = style;
        for (PolygonFeature f : this.features) extent.expandToInclude(f.envelope());
    }

    public List<PolygonFeature> features() {
        return features;
    }

    public PolygonStyle style() {
        return style;
    }

    @Override
    public int featureCount() {
        return features.size();
    }

    @Override
    public void draw(Graphics2D g, MapViewport vp, LabelPlacer labels) {
        Envelope view = vp.extent();
        List<Path2D> paths = new ArrayList<>();
        for (PolygonFeature f : features) {
            if (!f.envelope().intersects(view)) continue;
            Path2D p = ScreenPaths.polygon(f.rings(), vp);
            if (p == null) continue;
            paths.add(p);
            proposeLabel(f, vp, labels);
        }
        // Fill everything first, then outline: a neighbour's fill must not cover half of a shared border.
        if (style.fill() != null) {
            g.setColor(style.fill());
            for (Path2D p : paths) g.fill(p);
        }
        if (style.stroke() != null && style.strokeWidth() > 0) {
            g.setColor(style.stroke());
            g.setStroke(style.awtStroke());
            for (Path2D p : paths) g.draw(p);
        }
    }

    private void proposeLabel(PolygonFeature f, MapViewport vp, LabelPlacer labels) {
        if (style.label() == null || f.name() == null || f.name().isBlank()) return;
        double maxWidth = LABEL_FIT * f.labelRadius() / vp.metresPerPixel();
        labels.addCentred(f.name(), vp.toScreenX(f.labelX()), vp.toScreenY(f.labelY()), maxWidth, style.label());
    }

    @Override
    public List<LegendEntry> legend(MapText text) {
        return List.of(new LegendEntry(title(text), style));
    }
}
