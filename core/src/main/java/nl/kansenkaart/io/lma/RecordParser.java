package nl.kansenkaart.io.lma;

import java.math.BigDecimal;
import nl.kansenkaart.io.tabular.TableRow;
import nl.kansenkaart.model.Location;
import nl.kansenkaart.model.LocationBasis;
import nl.kansenkaart.model.NotificationKind;
import nl.kansenkaart.model.Party;
import nl.kansenkaart.model.WasteRecord;

/**
 * Reads a row of ontvangstmeldingen or afgiftemeldingen, or rejects it. An extract repeats a
 * stream's descriptive cells (codes, parties, addresses, other columns) in every monthly row, so
 * the work on those (parties, geocoding, attributes) is done once per stream of the table; per
 * row only the stream is recognised ({@link StreamKey}) and the row's own facts are read: period,
 * weight and loads. Receipts are located at the locatie van herkomst, falling back to the
 * ontdoener; dispatches at the ontdoener, which in an afgiftemelding is the dispatching
 * processing site.
 */
final class RecordParser extends LmaRowParser {

    private static final int METHOD_KNOWN = 1, ROUTE = 2, BASIS_SHIFT = 2, QUIRKS_SHIFT = 4;
    private static final LocationBasis[] BASES = LocationBasis.values();

    private final NotificationKind kind;
    private final StreamKey key;
    private final KnownStreams known = new KnownStreams();
    /** The last year a notification can be for (next year), fixed for the import. */
    private final int lastYear = java.time.Year.now().getValue() + 1;

    /** {@link KnownStreams#find} results, and the stream of the row before. */
    private static final int NEW = -1, PREVIOUS = -2;
    private TableRow previous;
    private long previousId;
    private String previousMethod;
    private int previousFlags;

    // The last parsed row.
    private BigDecimal weight;
    private int year, month, loads;
    private long streamId;
    private WasteRecord newStream;
    private String method;
    private boolean methodKnown, route;
    private LocationBasis basis;

    RecordParser(LmaHeader header, String sourceName, boolean dutch, LmaLocator locator) {
        super(header, sourceName, dutch, locator);
        this.kind = header.layout == LmaLayout.DISPATCHES ? NotificationKind.DISPATCH : NotificationKind.RECEIPT;
        this.key = new StreamKey(header);
    }

    NotificationKind kind() {
        return kind;
    }

    /**
     * Reads a row; rejections keep the order of the checks (EURAL code, weight, period) and their
     * messages, whether or not the stream was seen before (a known stream's code was valid).
     */
    void parse(TableRow r) throws RowRejection {
        begin(r);
        // Plain numbers of a CSV line are read from its bytes; anything else as text, with its checks.
        int plain = plainDigits(header.index(LmaField.LOADS));
        loads = plain >= 0 ? plain : loads();
        boolean keptLoads = (quirks & UNREADABLE_LOADS) != 0;
        int slot; // NEW, PREVIOUS or a slot of the known streams
        if (!keptLoads && previous != null && key.sameCells(previous, r)) {
            slot = PREVIOUS;
        } else {
            key.of(r, keptLoads ? text(LmaField.LOADS) : null);
            slot = known.find(key.high(), key.low());
            if (slot < 0) eural();
        }
        BigDecimal w = plainWeight(header.index(LmaField.WEIGHT));
        weight = w != null && w.compareTo(LmaValues.MAX_WEIGHT_KG) <= 0 ? w : super.weight();
        int y = plainDigits(header.index(LmaField.YEAR));
        if (y >= LmaValues.FIRST_YEAR && y <= lastYear) {
            year = y;
            int m = plainDigits(header.index(LmaField.MONTH));
            month = m >= 1 && m <= 12 ? m
                    : header.has(LmaField.MONTH) ? LmaValues.month(text(LmaField.MONTH), header.name(LmaField.MONTH)) : 0;
        } else if (header.has(LmaField.YEAR) && (!text(LmaField.YEAR).isEmpty() || !header.has(LmaField.PERIOD))) {
            year = LmaValues.year(text(LmaField.YEAR), header.name(LmaField.YEAR));
            month = header.has(LmaField.MONTH) ? LmaValues.month(text(LmaField.MONTH), header.name(LmaField.MONTH)) : 0;
        } else {
            int[] p = LmaValues.period(text(LmaField.PERIOD), header.name(LmaField.PERIOD));
            year = p[0];
            month = p[1];
        }
        if (slot != NEW) {
            boolean same = slot == PREVIOUS;
            streamId = same ? previousId : known.id(slot);
            newStream = null;
            method = same ? previousMethod : known.method(slot);
            int f = same ? previousFlags : known.flags(slot);
            methodKnown = (f & METHOD_KNOWN) != 0;
            route = (f & ROUTE) != 0;
            basis = BASES[(f >>> BASIS_SHIFT) & 3];
            quirks |= f >>> QUIRKS_SHIFT;
            if (!same) remember(r, streamId, method, f);
            return;
        }
        streamId = -1;
        newStream = stream(r);
        method = newStream.methodCode();
        methodKnown = newStream.methodKnown();
        route = newStream.routeCollection();
        basis = newStream.locationBasis();
    }

    /** The descriptive fields of a row whose stream is new (the row's facts come along). */
    private WasteRecord stream(TableRow r) throws RowRejection {
        begin(r); // the values kept as attributes, in the order the columns are read
        var eural = eural();
        String m = methodCode();
        boolean routeCollection = flag(LmaField.ROUTE_COLLECTION);
        boolean scheme = flag(LmaField.COLLECTOR_SCHEME);
        loads();
        Party ontdoener = storedParty(Role.ONTDOENER);
        Party origin = kind == NotificationKind.RECEIPT ? party(Role.HERKOMST) : Party.NONE;
        Party processor = storedParty(header.processorRole);
        Location location = locator.locate(origin, locatableParty(Role.ONTDOENER, ontdoener));
        return new WasteRecord(kind, orNull(text(LmaField.STREAM_NUMBER)), eural.code(), eural.hazardous(),
                orNull(text(LmaField.WASTE_NAME)), m, methodKnown(m), routeCollection, scheme, year, month,
                weight.doubleValue(), loads, ontdoener, origin, processor, location, sourceName, r.line(), extra(),
                locator.basis());
    }

    /** The stream of the last row when it was seen before in this table, else -1 (see {@link #newStream}). */
    long streamId() {
        return streamId;
    }

    /** The last row as a whole record when its stream is new, else null. */
    WasteRecord newStream() {
        return newStream;
    }

    /** The new stream of the last row was stored under {@code id}: later rows of it refer to it. */
    void stored(long id) {
        int flags = (methodKnown ? METHOD_KNOWN : 0) | (route ? ROUTE : 0) | basis.ordinal() << BASIS_SHIFT
                | quirks << QUIRKS_SHIFT;
        known.add(key.high(), key.low(), id, method, flags);
        streamId = id;
        remember(row, id, method, flags);
    }

    /** The row whose stream the next row most likely shares; not one with a kept number of loads (part of its identity). */
    private void remember(TableRow r, long id, String m, int flags) {
        if ((quirks & UNREADABLE_LOADS) != 0) return;
        previous = r;
        previousId = id;
        previousMethod = m;
        previousFlags = flags;
    }

    /** The exact weight of the last parsed row. */
    BigDecimal weight() {
        return weight;
    }

    int year() {
        return year;
    }

    int month() {
        return month;
    }

    /** Loads of the last row, -1 when absent or unreadable. */
    int rowLoads() {
        return loads;
    }

    String method() {
        return method;
    }

    boolean methodKnown() {
        return methodKnown;
    }

    boolean routeCollection() {
        return route;
    }

    LocationBasis basis() {
        return basis;
    }
}
