package nl.kansenkaart.export;

import java.util.List;
import nl.kansenkaart.disclosure.CellRef;
import nl.kansenkaart.disclosure.ReasonsInDutch;

/** Table values that depend on the final verdict of disclosure control, for {@link ExportTable#add}. */
final class DisclosedCells {

    private DisclosedCells() {}

    /** The value when the cell may be shown, else null. */
    static ExportTable.Deferred value(CellRef cell, Object value) {
        return l -> l.shown(cell) ? value : null;
    }

    /** Null when the cell is shown, else "vertrouwelijk: why", the why in the package's language. */
    static ExportTable.Deferred reason(CellRef cell, boolean english) {
        return l -> {
            if (l.shown(cell)) return null;
            String why = l.verdict(cell).suppressionReason();
            return WorkshopTables.CONFIDENTIAL + ": " + (english ? why : ReasonsInDutch.of(why));
        };
    }

    /** {@code withheld} when any of the cells is withheld, else {@code shown}. */
    static ExportTable.Deferred anyWithheld(List<CellRef> cells, String withheld, String shown) {
        return l -> cells.stream().anyMatch(c -> !l.shown(c)) ? withheld : shown;
    }
}
