package nl.kansenkaart.io.companies;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.geo.PostcodeGeocoder;
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
import nl.kansenkaart.io.tabular.TableReader;
import nl.kansenkaart.io.tabular.TableRow;
import nl.kansenkaart.io.tabular.Tables;
import nl.kansenkaart.model.Company;
import nl.kansenkaart.model.LocationPrecision;
import nl.kansenkaart.project.CompanyStore;
import nl.kansenkaart.project.GeocodePointStore;
import nl.kansenkaart.project.ImportLog;
import nl.kansenkaart.project.ProjectFile;

/**
 * Imports a company register (CSV, or every sheet of an XLSX workbook that has company columns)
 * into the project's {@code companies} layer, in one transaction. Rows are matched to existing
 * companies by their id, so a newer register updates rather than doubles. The rules are in
 * docs/import-policy-companies.md.
 */
public final class CompanyImporter implements Importer {

    private static final int BATCH = 1000;

    @Override
    public ImportKind kind() {
        return ImportKind.COMPANIES;
    }

    @Override
    public ImportResult importFile(ProjectFile project, Path file, ImportOptions options, RejectReport report,
                                   ImportProgress progress) {
        if (!Files.isRegularFile(file)) throw new KansenkaartException("company file " + file + " does not exist");
        String fileName = file.getFileName().toString();
        String sha = FileHash.sha256(file);
        long size = size(file);
        Optional<ImportLog.Entry> earlier = RepeatImports.check(project, kind(), fileName, sha, options);
        List<String> skipped = new ArrayList<>();
        List<Tables.TableRef> tables = usableTables(file, skipped);
        PostcodeGeocoder geocoder = GeocodePointStore.geocoder(project);
        MunicipalityFinder municipalities = new MunicipalityFinder(project);
        return project.transaction(c -> {
            RepeatImports.replace(c, earlier, CompanyImporter::deleteImport);
            long id = ImportLog.add(c, kind().key(), fileName, sha, size, 0, 0, 0, null, 0, null);
            Run run = new Run(c, id, report, progress, fileName);
            for (Tables.TableRef t : tables) run.table(t, geocoder, municipalities);
            run.flush();
            List<String> notes = new ArrayList<>(skipped);
            notes.addAll(run.notes());
            String details = String.join("; ", notes);
            ImportLog.finish(c, id, run.read, run.accepted, run.rejected, null, run.notLocated, details);
            return new ImportResult(kind(), id, run.read, run.accepted, run.rejected, null, run.notLocated,
                    report.rows(), notes);
        });
    }

    /** The tables with company columns; a clear error listing what is missing when there are none. */
    private static List<Tables.TableRef> usableTables(Path file, List<String> skipped) {
        List<Tables.TableRef> usable = new ArrayList<>();
        String firstProblem = null;
        try {
            for (Tables.TableRef t : Tables.list(file)) {
                try (TableReader r = t.open()) {
                    if (r.header().length == 0) {
                        skipped.add(t.displayName() + " skipped: empty");
                        continue;
                    }
                    List<String> missing = new CompanyColumns(r.header()).missing();
                    if (missing.isEmpty()) {
                        usable.add(t);
                        continue;
                    }
                    skipped.add(t.displayName() + " skipped: not a company table");
                    if (firstProblem == null)
                        firstProblem = t.displayName() + ": missing required column(s): " + String.join("; ", missing)
                                + "; found: " + String.join(", ", r.header());
                }
            }
        } catch (IOException e) {
            throw new KansenkaartException("cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
        if (usable.isEmpty())
            throw new KansenkaartException(firstProblem != null ? firstProblem : file.getFileName() + " has no table with a header");
        return usable;
    }

    private static void deleteImport(Connection c, long importId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + nl.kansenkaart.project.Tables.COMPANIES
                + " WHERE import_id = ?")) {
            ps.setLong(1, importId);
            ps.executeUpdate();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new KansenkaartException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The state of one import while its rows stream through. */
    private static final class Run {
        final Connection c;
        final long importId;
        final RejectReport report;
        final ImportProgress progress;
        final String fileName;
        final List<Company> batch = new ArrayList<>();
        final Map<String, Long> firstLineOfRef = new HashMap<>();
        final Map<LocationPrecision, Long> precision = new EnumMap<>(LocationPrecision.class);
        final List<String> tableNotes = new ArrayList<>();
        long read, accepted, rejected, notLocated, ignoredCoordinates, classOnly;

        Run(Connection c, long importId, RejectReport report, ImportProgress progress, String fileName) {
            this.c = c;
            this.importId = importId;
            this.report = report;
            this.progress = progress;
            this.fileName = fileName;
        }

        void table(Tables.TableRef t, PostcodeGeocoder geocoder, MunicipalityFinder municipalities) throws SQLException {
            try (TableReader r = t.open()) {
                CompanyColumns cols = new CompanyColumns(r.header());
                CompanyRowReader rows = new CompanyRowReader(cols, r.sourceName(), geocoder, municipalities);
                if (cols.jobs < 0 && cols.jobsClass < 0) tableNotes.add(r.sourceName() + ": no jobs column (werkzame personen)");
                if (!cols.attributes.isEmpty()) {
                    List<String> kept = new ArrayList<>();
                    for (int i : cols.attributes) kept.add(cols.matcher.header(i));
                    tableNotes.add(r.sourceName() + ": kept as attributes: " + String.join(", ", kept));
                }
                for (TableRow row; (row = r.next()) != null; ) {
                    read++;
                    one(r, rows, row);
                    if (read % 500 == 0) {
                        if (progress.isCancelled()) throw new ImportCancelledException(fileName);
                        progress.update(r.position(), r.size(), read);
                    }
                }
                progress.update(r.size(), r.size(), read);
            } catch (IOException e) {
                throw new KansenkaartException(t.displayName() + ": " + e.getMessage(), e);
            }
        }

        private void one(TableReader r, CompanyRowReader rows, TableRow row) throws SQLException {
            CompanyRowReader.Outcome o = rows.read(row);
            Company co = o.company();
            if (co != null) {
                Long first = firstLineOfRef.putIfAbsent(co.ref(), row.line());
                if (first != null) {
                    o = CompanyRowReader.Outcome.rejected("", "same id " + co.ref() + " as line " + first);
                    co = null;
                }
            }
            if (co == null) {
                rejected++;
                report.reject(new RejectedRow(r.sourceName(), row.line(), o.column(), o.reason(), String.join(" | ", row.values())));
                return;
            }
            accepted++;
            precision.merge(co.location().precision(), 1L, Long::sum);
            if (!co.location().isLocated()) notLocated++;
            if (co.attributes().containsKey(CompanyRowReader.IGNORED_COORDINATES)) ignoredCoordinates++;
            if (co.jobsClass() != null) classOnly++;
            batch.add(co);
            if (batch.size() >= BATCH) flush();
        }

        void flush() throws SQLException {
            if (batch.isEmpty()) return;
            CompanyStore.upsert(c, batch, importId);
            batch.clear();
        }

        List<String> notes() {
            List<String> out = new ArrayList<>(tableNotes);
            StringBuilder p = new StringBuilder("located: ");
            for (LocationPrecision lp : LocationPrecision.values())
                p.append(lp.name().toLowerCase(java.util.Locale.ROOT)).append('=').append(precision.getOrDefault(lp, 0L)).append(' ');
            out.add(p.toString().strip());
            if (classOnly > 0) out.add(classOnly + " companies with only a size class: jobs set to the class midpoint");
            if (ignoredCoordinates > 0)
                out.add(ignoredCoordinates + " rows had coordinates outside the Netherlands: located by postcode instead"
                        + " (kept in attribute " + CompanyRowReader.IGNORED_COORDINATES + ")");
            return out;
        }
    }
}
