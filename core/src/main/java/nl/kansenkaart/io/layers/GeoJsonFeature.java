package nl.kansenkaart.io.layers;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/** A feature read from a GeoJSON file: geometry as given (no reprojection) and its properties as text. */
public record GeoJsonFeature(Geometry geometry, Map<String, String> properties) {}
