package nl.kansenkaart.export;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * A table ready to leave the product: already through disclosure control. Spatial when it has a
 * geometry type (geometries in RD New); values are String, Long/Integer, Double or null
 * (null = unknown or suppressed; suppressed cells are explained in a companion text column).
 */
public final class ExportTable {

    /** One row: its geometry (null for non-spatial tables) and values in column order. */
    public record Row(Geometry geometry, Object[] values) {}

    private final String name;
    private final String title;
    private final String geometryType;
    private final List<ExportColumn> columns;
    private final List<Row> rows = new ArrayList<>();

    public ExportTable(String name, String title, String geometryType, List<ExportColumn> columns) {
        if (!name.matches("[a-z][a-z0-9_]*")) throw new IllegalArgumentException("export table name must be [a-z0-9_]: " + name);
        this.name = name;
        this.title = title;
        this.geometryType = geometryType;
        this.columns = List.copyOf(columns);
    }

    public void add(Geometry geometry, Object... values) {
        if (values.length != columns.size())
            throw new IllegalArgumentException(name + ": " + values.length + " values for " + columns.size() + " columns");
        if (geometryType == null && geometry != null) throw new IllegalArgumentException(name + " is not spatial");
        rows.add(new Row(geometry, values.clone()));
    }

    public String name() { return name; }

    public String title() { return title; }

    /** POINT, LINESTRING, MULTIPOLYGON, ... or null for a plain table. */
    public String geometryType() { return geometryType; }

    public boolean isSpatial() { return geometryType != null; }

    public List<ExportColumn> columns() { return columns; }

    public List<Row> rows() { return rows; }
}
