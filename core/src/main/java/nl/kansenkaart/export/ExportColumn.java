package nl.kansenkaart.export;

/** A column of an export table. */
public record ExportColumn(String name, Type type) {

    public enum Type { TEXT, INTEGER, REAL }

    public static ExportColumn text(String name) {
        return new ExportColumn(name, Type.TEXT);
    }

    public static ExportColumn integer(String name) {
        return new ExportColumn(name, Type.INTEGER);
    }

    public static ExportColumn real(String name) {
        return new ExportColumn(name, Type.REAL);
    }
}
