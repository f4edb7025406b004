package nl.kansenkaart.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import nl.kansenkaart.KansenkaartException;
import org.locationtech.jts.geom.Point;

/**
 * Writes an export table as CSV for spreadsheets at Dutch offices: UTF-8 with BOM, ';' between
 * fields and a decimal comma, which Excel with Dutch settings opens without an import wizard.
 * Point tables get RD x and y columns; other geometries are left to the GeoPackage.
 */
public final class CsvWriter {

    private CsvWriter() {}

    public static void write(Path file, ExportTable t) {
        t.requireSettled();
        DecimalFormat number = new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(new Locale("nl", "NL")));
        number.setGroupingUsed(false);
        boolean points = "POINT".equals(t.geometryType());
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            StringBuilder header = new StringBuilder();
            for (ExportColumn c : t.columns()) header.append(header.length() == 0 ? "" : ";").append(field(c.name()));
            if (points) header.append(";rd_x;rd_y");
            w.write(header.toString());
            w.write("\r\n");
            for (ExportTable.Row row : t.rows()) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < row.values().length; i++) {
                    if (i > 0) line.append(';');
                    Object v = row.values()[i];
                    if (v instanceof Double d) line.append(number.format(d));
                    else if (v != null) line.append(field(v.toString()));
                }
                if (points) {
                    if (row.geometry() instanceof Point p && !p.isEmpty())
                        line.append(';').append(Math.round(p.getX())).append(';').append(Math.round(p.getY()));
                    else line.append(";;");
                }
                w.write(line.toString());
                w.write("\r\n");
            }
        } catch (IOException e) {
            throw new KansenkaartException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    static String field(String s) {
        if (s.indexOf(';') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
