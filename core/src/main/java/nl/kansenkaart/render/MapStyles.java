package nl.kansenkaart.render;

import java.awt.Color;
import java.awt.Font;

/**
 * The house style of the map layers: a quiet country basemap, cream municipalities inside a
 * strong study-region outline, so the coloured company points carry the eye.
 */
public final class MapStyles {

    private MapStyles() {}

    public static final PolygonStyle BASEMAP = new PolygonStyle(new Color(0xECEAE4), new Color(0xBDB9AF), 0.8f,
            LabelStyle.of(Font.ITALIC, 12f, new Color(0x8A8578), 1));
    public static final PolygonStyle PROVINCES = new PolygonStyle(null, new Color(0x7A7A7A), 1.4f, null);
    public static final PolygonStyle MUNICIPALITIES = new PolygonStyle(new Color(0xFBF8EF), new Color(0x9A958A), 0.7f,
            LabelStyle.of(Font.PLAIN, 11f, new Color(0x4A4A4A), 10));
    public static final PolygonStyle STUDY_REGION = new PolygonStyle(null, new Color(0x2B4A6F), 2.2f, null);
    public static final PolygonStyle BUSINESS_PARKS = new PolygonStyle(new Color(140, 90, 170, 90), new Color(0x7B4F9A), 0.9f,
            LabelStyle.of(Font.ITALIC, 10f, new Color(0x5A3575), 15));
    public static final PolygonStyle OTHER_AREAS = new PolygonStyle(new Color(60, 140, 120, 70), new Color(0x3C8C78), 0.9f, null);
}
