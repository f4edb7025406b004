package nl.kansenkaart.io.lma;

import com.google.gson.Gson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.io.ImportCancelledException;
import nl.kansenkaart.io.ImportKind;
import nl.kansenkaart.io.ImportProgress;
import nl.kansenkaart.io.ImportResult;
import nl.kansenkaart.io.RejectReport;
import nl.kansenkaart.io.RejectedRow;
import nl.kansenkaart.io.tabular.CsvTableReader;
import nl.kansenkaart.io.tabular.TableReader;
import nl.kansenkaart.io.tabular.TableRow;
import nl.kansenkaart.model.LocationBasis;
import nl.kansenkaart.model.WasteStream;
import nl.kansenkaart.project.GeoPackage;
import nl.kansenkaart.project.ImportLog;
import nl.kansenkaart.project.Tables;
import nl.kansenkaart.project.WasteRecordStore;
import nl.kansenkaart.project.WasteStreamStore;

/**
 * One LMA import inside the project's transaction: reads the planned tables row by row, applies
 * the policy, writes accepted rows, reports rejected ones and keeps the exact accounting.
 */
final class LmaImportRun {

    /** Rows between progress updates and cancel checks. */
    private static final int PROGRESS_EVERY = 1024;
    /** Report cells longer than this are cut (Excel holds 32,767 characters per cell). */
    private static final int MAX_ORIGINAL_CHARS = 10_000;

    private final String fileName;
    private final LmaFilePlan plan;
    private final RejectReport report;
    private final ImportProgress progress;
    private final LmaLocator locator;
    private final DuplicateIndex duplicates = new DuplicateIndex();
    private final List<TableTally> tallies = new ArrayList<>();
    private long read, accepted, rejected, notLocated;
    private BigDecimal kg = BigDecimal.ZERO;

    LmaImportRun(String fileName, LmaFilePlan plan, RejectReport report, ImportProgress progress, LmaLocator locator) {
        this.fileName = fileName;
        this.plan = plan;
        this.report = report;
        this.progress = progress;
        this.locator = locator;
    }

    ImportResult run(Connection c, GeoPackage gpkg, long importId) throws SQLException {
        try (WasteRecordStore.Writer records = new WasteRecordStore.Writer(c, importId);
             WasteStreamStore.Writer streams = new WasteStreamStore.Writer(c, importId)) {
            try (BackgroundWriter writer = new BackgroundWriter(records, streams)) {
                for (int t = 0; t < plan.tables().size(); t++) importTable(t, plan.tables().get(t), writer);
                checkCancelled();
                writer.finish();
            }
            records.finish(gpkg);
            streams.flush();
            if (streams.written() > 0) gpkg.touch(Tables.LMA_STREAMS);
        }
        List<String> notes = new ArrayList<>(plan.notes());
        for (int t = 0; t < tallies.size(); t++) notes.addAll(tallies.get(t).notes(plan.tables().get(t).header()));
        ImportLog.finish(c, importId, read, accepted, rejected, kg.doubleValue(), notLocated, details(notes));
        return new ImportResult(ImportKind.LMA, importId, read, accepted, rejected, kg, notLocated, report.rows(), notes);
    }

    private void importTable(int index, LmaTable table, BackgroundWriter writer) throws SQLException {
        try (TableReader r = table.ref().open()) {
            for (int k = 0; k < table.rowsAboveHeader(); k++) r.next();
            LmaHeader h = table.header();
            boolean csv = r instanceof CsvTableReader;
            boolean dutch = !(csv && ((CsvTableReader) r).separator() == ',');
            TableTally tally = new TableTally(r.sourceName(), h.layout);
            tallies.add(tally);
            RecordParser recordParser = h.layout.hasWeights() ? new RecordParser(h, r.sourceName(), dutch, locator) : null;
            if (recordParser != null) writer.startRecords(recordParser.kind(), r.sourceName());
            StreamParser streamParser = h.layout.hasWeights() ? null : new StreamParser(h, r.sourceName(), dutch, locator);
            boolean overlapPossible = plan.tables().stream().filter(t -> t != table).anyMatch(t -> t.header().layout == h.layout);
            TableRun run = new TableRun(index, r.sourceName(), h, csv, tally, recordParser, streamParser, overlapPossible, writer);
            for (TableRow row; (row = r.next()) != null; ) {
                read++;
                tally.read++;
                if (read % PROGRESS_EVERY == 0) progress(r);
                run.row(row);
            }
            progress(r);
        } catch (IOException | UncheckedIOException e) {
            throw new KansenkaartException("cannot read " + table.ref().displayName() + ": " + LmaFilePlan.message(e), e);
        }
    }

    /**
     * One table's rows. A method of its own for the work per row, so the JIT compiles it once
     * (not once more inside the table loop).
     */
    private final class TableRun {
        private final int index;
        private final String source;
        private final LmaHeader h;
        private final boolean csv;
        private final TableTally tally;
        private final RecordParser recordParser;
        private final StreamParser streamParser;
        private final boolean overlapPossible;
        private final BackgroundWriter writer;

        TableRun(int index, String source, LmaHeader h, boolean csv, TableTally tally, RecordParser recordParser,
                 StreamParser streamParser, boolean overlapPossible, BackgroundWriter writer) {
            this.index = index;
            this.source = source;
            this.h = h;
            this.csv = csv;
            this.tally = tally;
            this.recordParser = recordParser;
            this.streamParser = streamParser;
            this.overlapPossible = overlapPossible;
            this.writer = writer;
        }

        void row(TableRow row) throws SQLException {
            String problem = structuralProblem(row, h, csv);
            if (problem != null) {
                reject(tally, source, row, "", problem);
                return;
            }
            try {
                if (recordParser != null) {
                    RecordParser p = recordParser;
                    p.parse(row);
                    if (overlapPossible && isDuplicate(tally, source, h, row, index)) return;
                    long stream = p.streamId();
                    if (stream < 0) {
                        stream = writer.addStream(p.newStream());
                        p.stored(stream);
                    }
                    writer.addAmount(stream, p.year(), p.month(), p.weight().doubleValue(), p.rowLoads(), row.line());
                    kg = kg.add(p.weight());
                    count(tally, p, p.methodKnown(), p.method(), p.routeCollection(), p.basis());
                } else {
                    WasteStream s = streamParser.parse(row);
                    if (overlapPossible && isDuplicate(tally, source, h, row, index)) return;
                    writer.add(s);
                    count(tally, streamParser, s.methodKnown(), s.methodCode(), s.routeCollection(),
                            s.location().isLocated() ? LocationBasis.ORIGIN : LocationBasis.NONE);
                }
            } catch (RowRejection e) {
                reject(tally, source, row, e.column, e.reason());
            }
        }
    }

    private void count(TableTally tally, LmaRowParser parser, boolean methodKnown, String method, boolean route,
                       LocationBasis basis) {
        accepted++;
        tally.accepted++;
        tally.countQuirks(parser.quirks);
        if (!methodKnown) tally.unknownMethod(method);
        if (route) tally.routeCollection++;
        if (basis == LocationBasis.NONE) {
            notLocated++;
            tally.notLocated++;
        } else if (basis == LocationBasis.ONTDOENER && parser.header.layout == LmaLayout.RECEIPTS) {
            tally.locatedByOntdoener++;
        }
    }

    /** Rows of a CSV must fit the header: fewer cells, or more non-empty ones, mean a broken line. */
    static String structuralProblem(TableRow row, LmaHeader h, boolean csv) {
        if (row.problem() != null) return row.problem();
        if (!csv) return null;
        int n = row.size();
        if (n < h.width)
            return "row has " + n + " values where the header has " + h.width + " columns (missing separators?)";
        for (int i = h.names.length; i < n; i++)
            if (!LmaValues.clean(row.get(i)).isEmpty())
                return "row has " + n + " values where the header has " + h.names.length
                        + " columns (a separator inside an unquoted field?)";
        return null;
    }

    /**
     * A row already listed by an earlier table of the same layout in this file (the overlapping OM
     * sheets) is rejected as a duplicate. A repeat within one table is kept: two notifications can
     * look alike (minimal exports without stream numbers), and only the sheet overlap is known.
     * Only files with several tables of one layout are checked; a single table cannot overlap.
     */
    private boolean isDuplicate(TableTally tally, String source, LmaHeader h, TableRow row, int table) {
        DuplicateIndex.Seen seen = duplicates.addOrFind(h, row, table);
        if (seen == null) return false;
        if (seen.table() == table) {
            tally.repeats++;
            return false;
        }
        tally.duplicates++;
        reject(tally, source, row, "", "duplicate of " + plan.tables().get(seen.table()).ref().displayName() + " line "
                + seen.line() + " (the sheets overlap; counted once)");
        return true;
    }

    private void reject(TableTally tally, String source, TableRow row, String column, String reason) {
        rejected++;
        tally.rejected++;
        report.reject(new RejectedRow(source, row.line(), column, reason, original(row)));
    }

    private static String original(TableRow row) {
        String s = String.join(" | ", row.values());
        return s.length() <= MAX_ORIGINAL_CHARS ? s : s.substring(0, MAX_ORIGINAL_CHARS) + "... (" + s.length() + " characters)";
    }

    private void progress(TableReader r) {
        long pos = r.position(), size = r.size();
        if (pos >= 0 && size > 0) progress.update(pos, size, read);
        else progress.update(read, -1, read);
        checkCancelled();
    }

    private void checkCancelled() {
        if (progress.isCancelled()) throw new ImportCancelledException(fileName);
    }

    private String details(List<String> notes) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("kg", kg.stripTrailingZeros().toPlainString());
        List<Map<String, Object>> tables = new ArrayList<>();
        for (TableTally t : tallies) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("table", t.source);
            m.put("layout", t.layout.name());
            m.put("read", t.read);
            m.put("accepted", t.accepted);
            m.put("rejected", t.rejected);
            m.put("duplicates", t.duplicates);
            m.put("not_located", t.notLocated);
            tables.add(m);
        }
        d.put("tables", tables);
        d.put("notes", notes);
        return new Gson().toJson(d);
    }
}
