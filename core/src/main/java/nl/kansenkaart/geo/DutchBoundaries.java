package nl.kansenkaart.geo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kansenkaart.codes.CsvResource;
import nl.kansenkaart.io.layers.GeoJsonFeature;
import nl.kansenkaart.io.layers.GeoJsonFeatureReader;
import nl.kansenkaart.model.Area;
import nl.kansenkaart.model.AreaLevel;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The shipped CBS boundaries of 2023: 342 municipalities (simplified) and 12 provinces
 * (generalised), converted to RD New, with the municipality → province table.
 * Source: CBS/PDOK, CC BY 4.0 (see NOTICE).
 */
public final class DutchBoundaries {

    private static volatile DutchBoundaries instance;

    private final List<Area> municipalities;
    private final List<Area> provinces;

    private DutchBoundaries(List<Area> municipalities, List<Area> provinces) {
        this.municipalities = municipalities;
        this.provinces = provinces;
    }

    public static DutchBoundaries get() {
        DutchBoundaries b = instance;
        if (b == null) {
            synchronized (DutchBoundaries.class) {
                if (instance == null) instance = load();
                b = instance;
            }
        }
        return b;
    }

    public List<Area> municipalities() {
        return municipalities;
    }

    public List<Area> provinces() {
        return provinces;
    }

    private static DutchBoundaries load() {
        Map<String, String> provinceOf = new HashMap<>();
        for (Map<String, String> r : CsvResource.read("/nl/kansenkaart/geo/gemeente_provincie_2023.csv"))
            provinceOf.put(r.get("gemeentecode"), r.get("provinciecode"));
        RdNew rd = new RdNew();
        List<Area> gm = new ArrayList<>();
        for (GeoJsonFeature f : features("/nl/kansenkaart/geo/gemeenten_2023.geojson")) {
            String code = f.properties().get("gemeentecode");
            Map<String, String> attrs = new HashMap<>();
            putIfPresent(attrs, "inwoners", f.properties().get("aantalInwoners"));
            putIfPresent(attrs, "oppervlakte_land_ha", f.properties().get("oppervlakteLandInHa"));
            gm.add(new Area(code, f.properties().get("gemeentenaam"), AreaLevel.MUNICIPALITY, provinceOf.get(code),
                    valid(rd.toRd(f.geometry())), attrs));
        }
        List<Area> pv = new ArrayList<>();
        for (GeoJsonFeature f : features("/nl/kansenkaart/geo/provincies_2023.geojson"))
            pv.add(new Area(f.properties().get("statcode"), f.properties().get("name"), AreaLevel.PROVINCE, "NL",
                    valid(rd.toRd(f.geometry())), Map.of()));
        return new DutchBoundaries(Collections.unmodifiableList(gm), Collections.unmodifiableList(pv));
    }

    private static void putIfPresent(Map<String, String> m, String k, String v) {
        if (v != null) m.put(k, v);
    }

    /** Simplified boundaries can self-touch; repair once so that point-in-polygon is reliable. */
    private static Geometry valid(Geometry g) {
        return g.isValid() ? g : org.locationtech.jts.geom.util.GeometryFixer.fix(g);
    }

    private static List<GeoJsonFeature> features(String resource) {
        try (Reader r = new InputStreamReader(DutchBoundaries.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            return new GeoJsonFeatureReader(new GeometryFactory()).read(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
