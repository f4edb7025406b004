package nl.kansenkaart.export;

import java.util.ArrayList;
import java.util.List;
import nl.kansenkaart.disclosure.DisclosureLedger;
import org.locationtech.jts.geom.Geometry;

/**
 * A table ready to leave the product: already through disclosure control. Spatial when it has a
 * geometry type (geometries in RD New); values are String, Long/Integer, Double or null
 * (null = unknown or suppressed; suppressed cells are explained in a companion text column).
 * <p>A company figure is added as a {@link Deferred} value: whether it may be shown is known only
 * when disclosure control has settled all tables together (a figure may still be withheld to keep
 * another from being worked out by subtraction). {@link #settle} puts in the final values; the
 * writers refuse a table that was not settled.
 */
public final class ExportTable {

    /** A value decided after disclosure control has settled every cell of the export. */
    @FunctionalInterface
    public interface Deferred {
        Object value(DisclosureLedger settled);
    }

    /** One row: its geometry (null for non-spatial tables) and values in column order. */
    public record Row(Geometry geometry, Object[] values) {}

    private final String name;
    private final String title;
    private final String geometryType;
    private final List<ExportColumn> columns;
    private final List<Row> rows = new ArrayList<>();
    private boolean settled = true;

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
        for (Object v : values) if (v instanceof Deferred) settled = false;
        rows.add(new Row(geometry, values.clone()));
    }

    /** Replaces the deferred values by their final ones, once the ledger is resolved. */
    public void settle(DisclosureLedger ledger) {
        for (Row r : rows)
            for (int i = 0; i < r.values().length; i++)
                if (r.values()[i] instanceof Deferred d) r.values()[i] = d.value(ledger);
        settled = true;
    }

    /** For writers: a table with undecided values must not leave the product. */
    public void requireSettled() {
        if (!settled) throw new IllegalStateException("table " + name + " has values disclosure control has not settled");
    }

    public String name() { return name; }

    public String title() { return title; }

    /** POINT, LINESTRING, MULTIPOLYGON, ... or null for a plain table. */
    public String geometryType() { return geometryType; }

    public boolean isSpatial() { return geometryType != null; }

    public List<ExportColumn> columns() { return columns; }

    public List<Row> rows() { return rows; }
}
