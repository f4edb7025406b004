package nl.kansenkaart.model;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * An area with a boundary in RD New: a municipality (CBS code GM0363), a province (PV27), an
 * analysis region or a business park.
 */
public record Area(String code, String name, AreaLevel level, String parentCode, Geometry geometry,
                   Map<String, String> attributes) {

    public Area {
        if (code == null || code.isBlank()) throw new IllegalArgumentException("area code is required");
        if (level == null) throw new IllegalArgumentException("area level is required");
        attributes = attributes == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
    }
}
