package nl.kansenkaart.export;

import java.util.List;
import nl.kansenkaart.disclosure.CellRef;

/** Table values that depend on the final verdict of disclosure control, for {@link ExportTable#add}. */
final class DisclosedCells {

    private DisclosedCells() {}

    /** The value when the cell may be shown, else null. */
    static ExportTable.Deferred value(CellRef cell, Object value) {
        return l -> l.shown(cell) ? value : null;
    }

    /** Null when the cell is shown, else "vertrouwelijk: why". */
    static ExportTable.Deferred reason(CellRef cell) {
        return l -> l.shown(cell) ? null : WorkshopTables.CONFIDENTIAL + ": " + l.verdict(cell).suppressionReason();
    }

    /** {@code withheld} when any of the cells is withheld, else {@code shown}. */
    static ExportTable.Deferred anyWithheld(List<CellRef> cells, String withheld, String shown) {
        return l -> cells.stream().anyMatch(c -> !l.shown(c)) ? withheld : shown;
    }
}
