package nl.kansenkaart.io.lma;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.io.tabular.TableReader;
import nl.kansenkaart.io.tabular.TableRow;
import nl.kansenkaart.io.tabular.Tables;

/**
 * Finds the LMA tables in a file before anything is imported: the CSV itself, or the sheets of a
 * workbook whose header is an LMA layout (others are skipped with a note). The header may sit
 * below a few title rows.
 *
 * @param tables the LMA tables, in file order
 * @param notes  what was skipped and why
 */
record LmaFilePlan(List<LmaTable> tables, List<String> notes) {

    /** How far below the first row a header is looked for. */
    static final int HEADER_SEARCH_ROWS = 20;

    static LmaFilePlan of(Path file) {
        String name = file.getFileName().toString();
        List<Tables.TableRef> refs;
        try {
            refs = Tables.list(file);
        } catch (IOException | UncheckedIOException e) {
            throw new KansenkaartException("cannot read " + name + ": " + message(e), e);
        }
        List<LmaTable> found = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String firstMiss = null;
        for (Tables.TableRef ref : refs) {
            try (TableReader r = ref.open()) {
                String[] header = r.header();
                LmaHeader h = LmaHeader.detect(header);
                int above = 0;
                String[] candidate = header;
                while (h == null && above < HEADER_SEARCH_ROWS) {
                    TableRow row = r.next();
                    if (row == null) break;
                    above++;
                    candidate = row.values();
                    h = LmaHeader.detect(candidate);
                }
                if (h != null) {
                    found.add(new LmaTable(ref, h, above));
                    if (above > 0) notes.add(ref.displayName() + ": " + above + " row(s) above the header skipped (titles)");
                } else if (header.length == 0) {
                    notes.add(ref.displayName() + ": empty, skipped");
                } else {
                    String why = LmaHeader.whyNot(header) + "; first columns: " + firstColumns(header);
                    if (firstMiss == null) firstMiss = ref.displayName() + ": " + why;
                    notes.add(ref.displayName() + ": not an LMA table (" + why + "), skipped");
                }
            } catch (IOException | UncheckedIOException e) {
                if (ref.sheet() == null) throw new KansenkaartException("cannot read " + name + ": " + message(e), e);
                notes.add(ref.displayName() + ": unreadable (" + message(e) + "), skipped");
            }
        }
        if (found.isEmpty())
            throw new KansenkaartException("no recognisable LMA header in " + name
                    + (firstMiss == null ? " (no readable table)" : " (" + firstMiss + ")") + "; " + LmaHeader.EXPECTED);
        return new LmaFilePlan(List.copyOf(found), List.copyOf(notes));
    }

    private static String firstColumns(String[] header) {
        String s = String.join(", ", Arrays.asList(header).subList(0, Math.min(6, header.length)));
        return LmaValues.shorten(s) + (header.length > 6 ? ", ..." : "");
    }

    static String message(Exception e) {
        Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m.replace('\n', ' ').replace('\r', ' ');
    }
}
