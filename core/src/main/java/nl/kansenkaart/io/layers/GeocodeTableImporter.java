package nl.kansenkaart.io.layers;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.geo.NlCoordinates;
import nl.kansenkaart.geo.Postcodes;
import nl.kansenkaart.geo.RdNew;
import nl.kansenkaart.io.FileHash;
import nl.kansenkaart.io.ImportCancelledException;
import nl.kansenkaart.io.ImportKind;
import nl.kansenkaart.io.ImportOptions;
import nl.kansenkaart.io.ImportProgress;
import nl.kansenkaart.io.ImportResult;
import nl.kansenkaart.io.Importer;
import nl.kansenkaart.io.RejectReport;
import nl.kansenkaart.io.RejectedRow;
import nl.kansenkaart.io.RepeatImports;
import nl.kansenkaart.io.tabular.ColumnMatcher;
import nl.kansenkaart.io.tabular.NumberCells;
import nl.kansenkaart.io.tabular.TableReader;
import nl.kansenkaart.io.tabular.TableRow;
import nl.kansenkaart.io.tabular.Tables;
import nl.kansenkaart.project.GeocodePointStore;
import nl.kansenkaart.project.ImportLog;
import nl.kansenkaart.project.ProjectFile;

/**
 * Imports an analyst's own geocoding table into {@code kk_geocode_points}: PC6 centroids
 * (postcode and coordinates) or address points (postcode, house number and coordinates), in RD
 * New or WGS84. From then on these take precedence over the shipped PC4 centroids in every import;
 * records imported before keep the location they got.
 */
public final class GeocodeTableImporter implements Importer {

    static final String[] POSTCODE = {"postcode", "pc6", "pc", "zipcode", "zip", "postalcode"};
    static final String[] HOUSE_NUMBER = {"huisnummer", "huisnr", "nummer", "nr", "housenumber", "number"};
    static final String[] X = {"x", "xrd", "rdx", "xcoord", "xcoordinaat", "xcoördinaat", "coordx"};
    static final String[] Y = {"y", "yrd", "rdy", "ycoord", "ycoordinaat", "ycoördinaat", "coordy"};
    static final String[] LAT = {"lat", "latitude", "breedtegraad"};
    static final String[] LON = {"lon", "lng", "long", "longitude", "lengtegraad"};

    private static final int BATCH = 5000;

    @Override
    public ImportKind kind() {
        return ImportKind.GEOCODE_TABLE;
    }

    @Override
    public ImportResult importFile(ProjectFile project, Path file, ImportOptions options, RejectReport report,
                                   ImportProgress progress) {
        if (!Files.isRegularFile(file)) throw new KansenkaartException("geocoding table " + file + " does not exist");
        String fileName = file.getFileName().toString();
        String sha = FileHash.sha256(file);
        Optional<ImportLog.Entry> earlier = RepeatImports.check(project, kind(), fileName, sha, options);
        List<Tables.TableRef> tables;
        long size;
        try {
            tables = Tables.list(file);
            size = Files.size(file);
        } catch (IOException e) {
            throw new KansenkaartException("cannot read " + fileName + ": " + e.getMessage(), e);
        }
        return project.transaction(c -> {
            RepeatImports.replace(c, earlier, GeocodePointStore::deleteImport);
            long id = ImportLog.add(c, kind().key(), fileName, sha, size, 0, 0, 0, null, 0, null);
            long read = 0, accepted = 0, rejected = 0;
            long pc6 = 0, addresses = 0;
            List<String> notes = new ArrayList<>();
            Map<String, Long> firstLine = new HashMap<>();
            RdNew rd = new RdNew();
            boolean any = false;
            for (Tables.TableRef t : tables) {
                try (TableReader r = t.open()) {
                    ColumnMatcher m = new ColumnMatcher(r.header());
                    int pc = m.find(POSTCODE), hn = m.find(HOUSE_NUMBER);
                    int lat = m.find(LAT), lon = m.find(LON), x = m.find(X), y = m.find(Y);
                    boolean wgs = lat >= 0 && lon >= 0;
                    int a = wgs ? lon : x, b = wgs ? lat : y;
                    if (pc < 0 || a < 0 || b < 0) {
                        notes.add(t.displayName() + " skipped: needs a postcode column and x/y or lat/lon; found: "
                                + String.join(", ", r.header()));
                        continue;
                    }
                    any = true;
                    List<GeocodePointStore.Point> batch = new ArrayList<>();
                    for (TableRow row; (row = r.next()) != null; ) {
                        read++;
                        String[] problem = new String[2];
                        GeocodePointStore.Point p = point(row, m, pc, hn, a, b, rd, problem);
                        if (p != null) {
                            Long first = firstLine.putIfAbsent(p.postcode() + "|" + p.houseNumber(), row.line());
                            if (first != null) {
                                p = null;
                                problem[0] = m.header(pc);
                                problem[1] = "same postcode and house number as line " + first
                                        + " (house-number additions are not told apart)";
                            }
                        }
                        if (p == null) {
                            rejected++;
                            report.reject(new RejectedRow(r.sourceName(), row.line(), problem[0], problem[1],
                                    String.join(" | ", row.values())));
                        } else {
                            accepted++;
                            if (p.houseNumber().isEmpty()) pc6++;
                            else addresses++;
                            batch.add(p);
                            if (batch.size() >= BATCH) {
                                GeocodePointStore.upsert(c, batch, fileName, id);
                                batch.clear();
                            }
                        }
                        if (read % 1000 == 0) {
                            if (progress.isCancelled()) throw new ImportCancelledException(fileName);
                            progress.update(r.position(), r.size(), read);
                        }
                    }
                    GeocodePointStore.upsert(c, batch, fileName, id);
                } catch (IOException e) {
                    throw new KansenkaartException(t.displayName() + ": " + e.getMessage(), e);
                }
            }
            if (!any) throw new KansenkaartException(fileName + ": no table with a postcode column and x/y or lat/lon"
                    + (notes.isEmpty() ? "" : " (" + notes.get(0) + ")"));
            notes.add(pc6 + " PC6 centroids, " + addresses + " address points; they take precedence over PC4 centroids"
                    + " in imports from now on");
            ImportLog.finish(c, id, read, accepted, rejected, null, 0, String.join("; ", notes));
            return new ImportResult(kind(), id, read, accepted, rejected, null, 0, report.rows(), notes);
        });
    }

    /** The row's point, or null with {column, reason} in {@code problem}. */
    private static GeocodePointStore.Point point(TableRow row, ColumnMatcher m, int pc, int hn, int a, int b, RdNew rd,
                                                 String[] problem) {
        if (row.problem() != null) {
            problem[0] = "";
            problem[1] = row.problem();
            return null;
        }
        String rawPc = row.get(pc).strip();
        String postcode = Postcodes.normalise(rawPc);
        problem[0] = m.header(pc);
        if (postcode == null) {
            problem[1] = rawPc.isEmpty() ? "no postcode" : "'" + rawPc + "' is not a Dutch postcode";
            return null;
        }
        if (postcode.length() != 6) {
            problem[1] = "postcode " + postcode + " has no letters: the table needs PC6 postcodes or address points";
            return null;
        }
        String number = "";
        if (hn >= 0 && !row.get(hn).isBlank()) {
            String raw = row.get(hn).strip();
            if (row.isNumericCell(hn) && raw.endsWith(".0")) raw = raw.substring(0, raw.length() - 2);
            StringBuilder d = new StringBuilder();
            for (char ch : raw.toCharArray()) {
                if (Character.isDigit(ch)) d.append(ch);
                else break;
            }
            if (d.length() == 0 || d.charAt(0) == '0') {
                problem[0] = m.header(hn);
                problem[1] = "house number '" + raw + "' does not start with a number";
                return null;
            }
            number = d.toString();
        }
        BigDecimal va = NumberCells.parse(row.get(a), row.isNumericCell(a), false);
        BigDecimal vb = NumberCells.parse(row.get(b), row.isNumericCell(b), false);
        NlCoordinates.Point p = va == null || vb == null ? null : NlCoordinates.toRd(va.doubleValue(), vb.doubleValue(), rd);
        if (p == null) {
            problem[0] = m.header(a) + "/" + m.header(b);
            problem[1] = "coordinates '" + row.get(a).strip() + "', '" + row.get(b).strip()
                    + "' are not a point in the Netherlands (RD New or WGS84)";
            return null;
        }
        return new GeocodePointStore.Point(postcode, number, p.x(), p.y());
    }
}
