package nl.kansenkaart.io.layers;

import com.linuxense.javadbf.DBFException;
import com.linuxense.javadbf.DBFReader;
import com.linuxense.javadbf.DBFRow;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.io.tabular.TextEncoding;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Reads a shapefile as one layer: geometries from {@code .shp} ({@link ShpReader}), attributes from
 * {@code .dbf} (javadbf) in the encoding its {@code .cpg} names (else the one the .dbf header
 * declares), and the coordinate system from {@code .prj}. Records deleted in the .dbf are left out,
 * as GIS programs do.
 */
final class ShapefileLayerReader {

    private ShapefileLayerReader() {}

    static SourceLayer read(Path shp, List<String> notes) {
        String base = baseName(shp);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(shp);
        } catch (IOException e) {
            throw new KansenkaartException("cannot read " + shp.getFileName() + ": " + e.getMessage(), e);
        }
        List<ShpReader.Shape> shapes;
        try {
            shapes = new ShpReader(new GeometryFactory()).read(bytes);
        } catch (IllegalArgumentException e) {
            throw new KansenkaartException(shp.getFileName() + " is not a readable shapefile: " + e.getMessage(), e);
        }
        List<Map<String, String>> attributes = new ArrayList<>();
        List<Boolean> deleted = new ArrayList<>();
        Path dbf = sibling(shp, "dbf");
        if (dbf == null) notes.add(base + ": no .dbf next to the .shp; features have no attributes");
        else readDbf(dbf, charset(shp, notes), attributes, deleted);
        if (dbf != null && attributes.size() != shapes.size())
            notes.add(base + ": the .dbf has " + attributes.size() + " records and the .shp " + shapes.size()
                    + "; attributes are matched by position");
        Path prj = sibling(shp, "prj");
        DeclaredCrs crs = null;
        if (prj != null) {
            try {
                crs = DeclaredCrs.fromWkt(Files.readString(prj, StandardCharsets.ISO_8859_1), prj.getFileName().toString());
            } catch (IOException e) {
                throw new KansenkaartException("cannot read " + prj.getFileName() + ": " + e.getMessage(), e);
            }
        }
        List<SourceFeature> features = new ArrayList<>();
        long skipped = 0;
        for (int i = 0; i < shapes.size(); i++) {
            if (i < deleted.size() && deleted.get(i)) {
                skipped++;
                continue;
            }
            ShpReader.Shape s = shapes.get(i);
            Map<String, String> props = i < attributes.size() ? attributes.get(i) : Map.of();
            features.add(new SourceFeature(features.size() + 1, s.geometry(), props, s.problem()));
        }
        if (skipped > 0) notes.add(base + ": " + skipped + " records marked deleted in the .dbf were left out");
        return new SourceLayer(base, features, crs);
    }

    private static void readDbf(Path dbf, Charset charset, List<Map<String, String>> out, List<Boolean> deleted) {
        try (InputStream in = Files.newInputStream(dbf); DBFReader r = new DBFReader(in, charset, true)) {
            int n = r.getFieldCount();
            String[] names = new String[n];
            for (int i = 0; i < n; i++) names[i] = r.getField(i).getName();
            for (DBFRow row; (row = r.nextRow()) != null; ) {
                Map<String, String> m = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    String v = text(row.getObject(i));
                    if (v != null) m.put(names[i], v);
                }
                out.add(m);
                deleted.add(row.isDeleted());
            }
        } catch (IOException | DBFException e) {
            throw new KansenkaartException("cannot read " + dbf.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static String text(Object v) {
        if (v == null) return null;
        if (v instanceof BigDecimal d) return d.stripTrailingZeros().toPlainString();
        if (v instanceof Double d) return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : d.toString();
        if (v instanceof Date d) return new java.text.SimpleDateFormat("yyyy-MM-dd", Locale.ROOT).format(d);
        String s = v.toString().strip();
        return s.isEmpty() ? null : s;
    }

    /** The .cpg's encoding, or null to let the .dbf header decide (GDAL writes a .cpg; older tools do not). */
    private static Charset charset(Path shp, List<String> notes) {
        Path cpg = sibling(shp, "cpg");
        if (cpg == null) return null;
        String name;
        try {
            name = Files.readString(cpg, StandardCharsets.US_ASCII).strip().toUpperCase(Locale.ROOT);
        } catch (IOException e) {
            throw new KansenkaartException("cannot read " + cpg.getFileName() + ": " + e.getMessage(), e);
        }
        if (name.equals("UTF-8") || name.equals("UTF8") || name.equals("65001")) return StandardCharsets.UTF_8;
        if (name.matches("(ANSI |CP|WINDOWS-)?1252")) return TextEncoding.WINDOWS_1252;
        if (name.matches("(ISO[-_ ]?)?8859[-_ ]?1|88591")) return StandardCharsets.ISO_8859_1;
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            notes.add(cpg.getFileName() + ": unknown encoding '" + name + "'; the .dbf header decides");
            return null;
        }
    }

    /** The file with the same base name and another extension, in either case; null when absent. */
    static Path sibling(Path shp, String ext) {
        String base = baseName(shp);
        for (String e : new String[] {ext, ext.toUpperCase(Locale.ROOT)}) {
            Path p = shp.resolveSibling(base + "." + e);
            if (Files.isRegularFile(p)) return p;
        }
        return null;
    }

    static String baseName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
