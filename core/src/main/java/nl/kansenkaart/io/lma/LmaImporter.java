package nl.kansenkaart.io.lma;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.io.ImportKind;
import nl.kansenkaart.io.ImportOptions;
import nl.kansenkaart.io.ImportProgress;
import nl.kansenkaart.io.ImportResult;
import nl.kansenkaart.io.Importer;
import nl.kansenkaart.io.RejectReport;
import nl.kansenkaart.project.ImportLog;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.Tables;
import nl.kansenkaart.project.WasteRecordStore;
import nl.kansenkaart.project.WasteStreamStore;

/**
 * Imports an LMA extract (CSV or XLSX workbook) into a project as one transaction. Notification
 * rows go to {@code lma_records} (stored as its streams and amounts, see {@link WasteRecordStore}),
 * portal stream rows to {@code lma_streams}; the policy for
 * rejecting and flagging rows is in docs/import-policy.md. A file imported before (same content
 * hash) is refused unless the options say to replace that import or to import it again.
 */
public final class LmaImporter implements Importer {

    @Override
    public ImportKind kind() {
        return ImportKind.LMA;
    }

    @Override
    public ImportResult importFile(ProjectFile project, Path file, ImportOptions options, RejectReport report,
                                   ImportProgress progress) {
        ImportOptions opts = options == null ? ImportOptions.DEFAULT : options;
        ImportProgress prog = progress == null ? ImportProgress.NONE : progress;
        if (!Files.isRegularFile(file)) throw new KansenkaartException("LMA file " + file + " does not exist");
        if (!Files.isReadable(file)) throw new KansenkaartException("LMA file " + file + " cannot be read (permissions)");
        String name = file.getFileName().toString();
        LmaFilePlan plan = LmaFilePlan.of(file);
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new KansenkaartException("cannot read " + name + ": " + e.getMessage(), e);
        }
        try (BackgroundHash hash = new BackgroundHash(file)) {
            // Same content means same size: only then is waiting for the hash worth it.
            List<ImportLog.Entry> earlier = new ArrayList<>();
            List<ImportLog.Entry> sameSize = earlierImports(project, size);
            if (!sameSize.isEmpty()) {
                String sha = hash.get();
                for (ImportLog.Entry e : sameSize) if (sha.equals(e.sha256())) earlier.add(e);
            }
            if (!earlier.isEmpty() && !opts.replaceEarlier() && !opts.allowDuplicate()) {
                ImportLog.Entry e = earlier.get(earlier.size() - 1);
                throw new KansenkaartException(name + " was imported before (import #" + e.id() + " of " + e.fileName() + " on "
                        + e.importedAt() + ", " + e.accepted() + " rows); use --replace to replace that import or --again to"
                        + " import it a second time");
            }
            LmaLocator locator = new LmaLocator(ProjectGeocoder.of(project));
            return project.transaction(c -> {
                if (opts.replaceEarlier() && !earlier.isEmpty()) {
                    for (ImportLog.Entry e : earlier) {
                        WasteRecordStore.deleteImport(c, e.id());
                        WasteStreamStore.deleteImport(c, e.id());
                        ImportLog.delete(c, e.id());
                    }
                    WasteRecordStore.touch(project.geoPackage());
                    project.geoPackage().touch(Tables.LMA_STREAMS);
                }
                long id = ImportLog.add(c, ImportKind.LMA.key(), name, "", size, 0, 0, 0, null, 0, null);
                ImportResult r = new LmaImportRun(name, plan, report, prog, locator).run(c, project.geoPackage(), id);
                ImportLog.setHash(c, id, hash.get());
                if (opts.replaceEarlier() && !earlier.isEmpty()) {
                    List<String> notes = new ArrayList<>(r.notes());
                    notes.add(0, "replaced earlier import" + (earlier.size() > 1 ? "s" : "") + " of the same file: "
                            + earlier.stream().map(e -> "#" + e.id()).reduce((a, b) -> a + ", " + b).orElse(""));
                    return new ImportResult(r.kind(), r.importId(), r.rowsRead(), r.accepted(), r.rejected(), r.kg(),
                            r.notLocated(), r.rejectedRows(), notes);
                }
                return r;
            });
        }
    }

    /** Earlier LMA imports of a file of this size, oldest first: the only ones that can have the same content. */
    private static List<ImportLog.Entry> earlierImports(ProjectFile project, long size) {
        List<ImportLog.Entry> out = new ArrayList<>();
        for (ImportLog.Entry e : new ImportLog(project).all())
            if (ImportKind.LMA.key().equals(e.kind()) && e.fileSize() == size) out.add(e);
        return out;
    }
}
