package nl.kansenkaart.io.layers;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * A feature as read from a layer file, before reprojection.
 *
 * @param number     1-based position in the layer, for the report
 * @param geometry   in the source's coordinate system; null when missing or unreadable
 * @param properties attribute values as text (null values left out)
 * @param problem    why the geometry could not be read, or null
 */
record SourceFeature(long number, Geometry geometry, Map<String, String> properties, String problem) {}
