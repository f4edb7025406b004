package nl.kansenkaart.io.lma;

import java.math.BigDecimal;
import nl.kansenkaart.codes.Eural;
import nl.kansenkaart.io.tabular.TableRow;
import nl.kansenkaart.model.Location;
import nl.kansenkaart.model.NotificationKind;
import nl.kansenkaart.model.Party;
import nl.kansenkaart.model.WasteRecord;

/**
 * Turns a row of ontvangstmeldingen or afgiftemeldingen into a {@link WasteRecord}, or rejects
 * it. Receipts are located at the locatie van herkomst, falling back to the ontdoener; dispatches
 * at the ontdoener, which in an afgiftemelding is the dispatching processing site.
 */
final class RecordParser extends LmaRowParser {

    private final NotificationKind kind;
    private BigDecimal weight;

    RecordParser(LmaHeader header, String sourceName, boolean dutch, LmaLocator locator) {
        super(header, sourceName, dutch, locator);
        this.kind = header.layout == LmaLayout.DISPATCHES ? NotificationKind.DISPATCH : NotificationKind.RECEIPT;
    }

    /** The exact weight of the last parsed row. */
    BigDecimal weight() {
        return weight;
    }

    WasteRecord parse(TableRow r) throws RowRejection {
        begin(r);
        Eural eural = eural();
        weight = super.weight();
        int year, month;
        if (header.has(LmaField.YEAR) && (!text(LmaField.YEAR).isEmpty() || !header.has(LmaField.PERIOD))) {
            year = LmaValues.year(text(LmaField.YEAR), header.name(LmaField.YEAR));
            month = header.has(LmaField.MONTH) ? LmaValues.month(text(LmaField.MONTH), header.name(LmaField.MONTH)) : 0;
        } else {
            int[] p = LmaValues.period(text(LmaField.PERIOD), header.name(LmaField.PERIOD));
            year = p[0];
            month = p[1];
        }
        String method = methodCode();
        boolean route = flag(LmaField.ROUTE_COLLECTION);
        boolean scheme = flag(LmaField.COLLECTOR_SCHEME);
        int loads = loads();
        Party ontdoener = storedParty(Role.ONTDOENER);
        Party origin = kind == NotificationKind.RECEIPT ? party(Role.HERKOMST) : Party.NONE;
        Party processor = storedParty(header.processorRole);
        Location location = locator.locate(origin, locatableParty(Role.ONTDOENER, ontdoener));
        return new WasteRecord(kind, orNull(text(LmaField.STREAM_NUMBER)), eural.code(), eural.hazardous(),
                pool.canonical(orNull(text(LmaField.WASTE_NAME))), method, methodKnown(method), route, scheme, year, month,
                weight.doubleValue(), loads, ontdoener, origin, processor, location, sourceName, r.line(), extra(),
                locator.basis());
    }
}
