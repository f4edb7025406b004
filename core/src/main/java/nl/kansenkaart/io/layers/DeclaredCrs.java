package nl.kansenkaart.io.layers;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The coordinate system a layer file declares, as an EPSG code: from a GeoJSON {@code crs} name, a
 * GeoPackage spatial reference system, or the WKT of a shapefile's {@code .prj} (ESRI WKT often
 * names the system without an EPSG code, so the usual Dutch ones are recognised by name).
 *
 * @param epsg   the EPSG code, or null when the declaration was not understood
 * @param origin where it was declared, for notes ("Gemeenten.prj", "GeoJSON crs", ...)
 * @param text   the declaration as found, for messages
 */
record DeclaredCrs(Integer epsg, String origin, String text) {

    private static final Pattern EPSG_URN = Pattern.compile("EPSG:{1,2}(?:[\\d.]*:)?(\\d{4,5})", Pattern.CASE_INSENSITIVE);
    private static final Pattern LAST_AUTHORITY = Pattern.compile("AUTHORITY\\[\\s*\"EPSG\"\\s*,\\s*\"?(\\d{4,5})\"?\\s*]\\s*]\\s*$");
    private static final Pattern UTM = Pattern.compile("UTM[_ ]ZONE[_ ](\\d{2})N", Pattern.CASE_INSENSITIVE);

    /** A GeoJSON crs name: "EPSG:28992", "urn:ogc:def:crs:EPSG::28992", "urn:ogc:def:crs:OGC:1.3:CRS84". */
    static DeclaredCrs fromName(String name, String origin) {
        if (name == null) return null;
        if (name.toUpperCase(Locale.ROOT).endsWith("CRS84")) return new DeclaredCrs(4326, origin, name);
        Matcher m = EPSG_URN.matcher(name);
        return new DeclaredCrs(m.find() ? Integer.valueOf(m.group(1)) : null, origin, name);
    }

    /** OGC or ESRI WKT. */
    static DeclaredCrs fromWkt(String wkt, String origin) {
        if (wkt == null || wkt.isBlank()) return null;
        String w = wkt.strip();
        Matcher a = LAST_AUTHORITY.matcher(w);
        if (a.find()) return new DeclaredCrs(Integer.valueOf(a.group(1)), origin, w);
        String u = w.toUpperCase(Locale.ROOT);
        boolean projected = u.startsWith("PROJCS") || u.startsWith("PROJCRS");
        Integer code = null;
        if (projected && u.contains("AMERSFOORT")) code = 28992;
        else if (u.contains("MERCATOR_AUXILIARY_SPHERE") || u.contains("PSEUDO-MERCATOR") || u.contains("PSEUDO_MERCATOR")) code = 3857;
        else {
            Matcher utm = UTM.matcher(u);
            if (utm.find()) code = (u.contains("ETRS") ? 25800 : 32600) + Integer.parseInt(utm.group(1));
            else if (!projected) {
                if (u.contains("WGS_1984") || u.contains("WGS 84") || u.contains("WGS84")) code = 4326;
                else if (u.contains("ETRS_1989") || u.contains("ETRS89")) code = 4258;
                else if (u.contains("AMERSFOORT")) code = 4289;
            }
        }
        return new DeclaredCrs(code, origin, w);
    }

    String describe() {
        return epsg != null ? "EPSG:" + epsg + " (" + origin + ")" : "'" + abbreviate(text) + "' (" + origin + ")";
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
