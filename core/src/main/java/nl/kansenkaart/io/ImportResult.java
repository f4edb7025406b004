package nl.kansenkaart.io;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The accounting of one import: rows read = accepted + rejected, always.
 *
 * @param importId    the kk_imports row, or -1 when nothing was stored
 * @param kg          exact total weight of the accepted rows (LMA only, else null)
 * @param notLocated  accepted rows that could not be put on the map
 * @param rejectedRows the first rejected rows, for display (the report file has all)
 * @param notes       what else the analyst should know (sheets skipped, columns kept as attributes, ...)
 */
public record ImportResult(ImportKind kind, long importId, long rowsRead, long accepted, long rejected,
                           BigDecimal kg, long notLocated, List<RejectedRow> rejectedRows, List<String> notes) {

    public ImportResult {
        if (rowsRead != accepted + rejected)
            throw new IllegalStateException("row accounting broken: read " + rowsRead + " != accepted " + accepted
                    + " + rejected " + rejected);
        rejectedRows = rejectedRows == null ? List.of() : List.copyOf(rejectedRows);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** The machine-readable summary line: {@code read=.. accepted=.. rejected=.. [kg=..]}. */
    public String summaryLine() {
        String s = String.format(Locale.ROOT, "read=%d accepted=%d rejected=%d", rowsRead, accepted, rejected);
        return kg == null ? s : s + " kg=" + kg.stripTrailingZeros().toPlainString();
    }
}
