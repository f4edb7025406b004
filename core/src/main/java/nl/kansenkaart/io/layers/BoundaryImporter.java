package nl.kansenkaart.io.layers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.kansenkaart.KansenkaartException;
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
import nl.kansenkaart.model.Area;
import nl.kansenkaart.model.AreaLevel;
import nl.kansenkaart.project.AreaStore;
import nl.kansenkaart.project.ImportLog;
import nl.kansenkaart.project.ProjectFile;
import org.locationtech.jts.geom.Envelope;

/**
 * Imports boundaries and other area layers from GeoJSON, GeoPackage or shapefile, in WGS84, RD New
 * or any EPSG system the file declares, into the project's area tables in RD New. Each feature is
 * one row of the accounting: accepted (repaired if needed) or rejected with its reason. Which table
 * a layer goes to is decided from its attributes (see {@link BoundaryTarget}) unless the analyst
 * names a layer. Rules: docs/import-policy-companies.md, section Boundaries.
 */
public final class BoundaryImporter implements Importer {

    @Override
    public ImportKind kind() {
        return ImportKind.BOUNDARIES;
    }

    /** One layer ready to store. */
    private record Prepared(SourceLayer source, BoundaryTarget target, List<Area> areas) {}

    @Override
    public ImportResult importFile(ProjectFile project, Path file, ImportOptions options, RejectReport report,
                                   ImportProgress progress) {
        if (!Files.isRegularFile(file)) throw new KansenkaartException("boundary file " + file + " does not exist");
        String fileName = file.getFileName().toString();
        String sha = FileHash.sha256(file);
        Optional<ImportLog.Entry> earlier = RepeatImports.check(project, kind(), fileName, sha, options);
        List<String> notes = new ArrayList<>();
        List<SourceLayer> layers = read(file, notes);
        long total = layers.stream().mapToLong(l -> l.features().size()).sum();
        long read = 0, accepted = 0, rejected = 0, repaired = 0;
        List<Prepared> prepared = new ArrayList<>();
        for (SourceLayer layer : layers) {
            ToRd toRd = transform(layer, fileName, notes);
            BoundaryTarget target = BoundaryTarget.decide(layer, options.layerName());
            AreaConversion conversion = new AreaConversion(target, toRd);
            String source = layers.size() > 1 ? fileName + " [" + layer.name() + "]" : fileName;
            List<Area> areas = new ArrayList<>();
            for (SourceFeature f : layer.features()) {
                read++;
                AreaConversion.Result r = conversion.convert(f);
                if (r.area() == null) {
                    rejected++;
                    report.reject(new RejectedRow(source, f.number(), r.column(), r.reason(), original(f)));
                } else {
                    accepted++;
                    if (r.repaired()) repaired++;
                    areas.add(r.area());
                }
                if (read % 100 == 0) {
                    if (progress.isCancelled()) throw new ImportCancelledException(fileName);
                    progress.update(read, total, read);
                }
            }
            prepared.add(new Prepared(layer, target, areas));
        }
        if (repaired > 0) notes.add(repaired + " invalid geometries repaired");
        long size = size(file);
        final long fRead = read, fAccepted = accepted, fRejected = rejected;
        return project.transaction(c -> {
            RepeatImports.replace(c, earlier, AreaStore::deleteImport);
            long id = ImportLog.add(c, kind().key(), fileName, sha, size, 0, 0, 0, null, 0, null);
            for (Prepared p : prepared) notes.add(store(c, p, fileName, id));
            if (progress.isCancelled()) throw new ImportCancelledException(fileName);
            progress.update(total, total, fRead);
            ImportLog.finish(c, id, fRead, fAccepted, fRejected, null, 0, String.join("; ", notes));
            return new ImportResult(kind(), id, fRead, fAccepted, fRejected, null, 0, report.rows(), notes);
        });
    }

    /**
     * Stores one layer. Municipalities and provinces replace the project's layer (two boundary sets
     * of one level would double every area); business parks replace those with the same code (an
     * updated IBIS file), other areas replace the layer of the same name.
     */
    private static String store(java.sql.Connection c, Prepared p, String fileName, long importId) throws java.sql.SQLException {
        AreaLevel level = p.target().level();
        int replaced = switch (level) {
            case MUNICIPALITY, PROVINCE, REGION -> {
                int n = countLevel(c, level);
                AreaStore.deleteAll(c, level);
                yield n;
            }
            case BUSINESS_PARK -> {
                Set<String> codes = new LinkedHashSet<>();
                for (Area a : p.areas()) codes.add(a.code());
                yield AreaStore.deleteCodes(c, level, codes, null);
            }
            case OTHER -> AreaStore.deleteLayer(c, p.target().layer());
        };
        AreaStore.insert(c, p.areas(), fileName, importId);
        new nl.kansenkaart.project.GeoPackage(c).touch(AreaStore.tableOf(level));
        String into = level == AreaLevel.OTHER ? "other areas, layer '" + p.target().layer() + "'" : AreaStore.tableOf(level);
        return p.source().name() + ": " + p.areas().size() + " areas into " + into
                + (replaced > 0 ? " (replacing " + replaced + ")" : "");
    }

    private static int countLevel(java.sql.Connection c, AreaLevel level) throws java.sql.SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM " + AreaStore.tableOf(level))) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static List<SourceLayer> read(Path file, List<String> notes) {
        String ext = extension(file);
        return switch (ext) {
            case "geojson", "json" -> List.of(GeoJsonLayerReader.read(file, ShapefileLayerReader.baseName(file)));
            case "gpkg" -> GeoPackageLayerReader.read(file, notes);
            case "shp" -> List.of(ShapefileLayerReader.read(file, notes));
            default -> throw new KansenkaartException(file.getFileName() + ": boundary files must be GeoJSON (.geojson),"
                    + " GeoPackage (.gpkg) or a shapefile (.shp with its .dbf and .prj), not ." + ext);
        };
    }

    /** The transform to RD New from what the file declares, or from the coordinate ranges when it declares nothing usable. */
    private static ToRd transform(SourceLayer layer, String fileName, List<String> notes) {
        DeclaredCrs crs = layer.crs();
        if (crs != null && crs.epsg() != null) {
            ToRd t = ToRd.from(crs.epsg());
            if (t == null) throw new KansenkaartException(fileName + ": coordinate system " + crs.describe() + " is not supported");
            notes.add(layer.name() + ": coordinate system " + crs.describe());
            return t;
        }
        Envelope e = new Envelope();
        for (SourceFeature f : layer.features()) if (f.geometry() != null) e.expandToInclude(f.geometry().getEnvelopeInternal());
        Integer guess = ToRd.guess(e);
        if (guess == null)
            throw new KansenkaartException(fileName + ": " + (crs == null ? "no coordinate system declared" : "coordinate system "
                    + crs.describe() + " not recognised") + ", and the coordinates are neither RD New nor WGS84 around the Netherlands");
        notes.add(layer.name() + ": " + (crs == null ? "no coordinate system declared" : "coordinate system " + crs.describe()
                + " not recognised") + "; the coordinates are " + (guess == 28992 ? "RD New" : "WGS84 longitude/latitude"));
        return ToRd.from(guess);
    }

    private static String original(SourceFeature f) {
        StringBuilder sb = new StringBuilder();
        f.properties().forEach((k, v) -> sb.append(sb.length() == 0 ? "" : " | ").append(k).append('=').append(v));
        return sb.toString();
    }

    private static String extension(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new KansenkaartException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
