package nl.kansenkaart.model;

import java.util.Map;

/**
 * One LMA notification row: a quantity of one waste stream in one period.
 *
 * @param euralCode       six digits, normalised and checked against the official list
 * @param methodCode      LMA verwerkingsmethode: normalised ({@code A02}) when known, else the
 *                        original text trimmed; null if absent
 * @param methodKnown     false when the code is not in the LMA list (row kept and flagged)
 * @param routeCollection RouteInzameling = J: the ontdoener is the collector, not the source
 * @param month           1-12, or 0 when the source gives only a year
 * @param loads           number of loads (vrachten), or -1 when not given
 * @param ontdoener       name, postcode and town (an import keeps the other address columns in
 *                        {@code extra}); in an afgiftemelding the dispatching processing site
 * @param origin          locatie van herkomst (where the waste arose): street, house number,
 *                        postcode, town, country
 * @param processor       name, postcode and town of the processor (Verwerker, else Ontvanger) of a
 *                        receipt, or of the first taker (EerstAfnemer) of a dispatch
 * @param location        where the record is drawn (see {@code locationBasis}), geocoded
 * @param sourceLine      line in the source file (1 = header) or row in the sheet
 * @param extra           the row's other non-empty columns (other roles, descriptions, unknown
 *                        columns), keyed by their header as written, so nothing of the row is lost
 * @param locationBasis   which address gave {@code location}: the origin, the ontdoener, or none
 */
public record WasteRecord(
        NotificationKind kind,
        String streamNumber,
        String euralCode,
        boolean hazardous,
        String wasteName,
        String methodCode,
        boolean methodKnown,
        boolean routeCollection,
        boolean collectorScheme,
        int year,
        int month,
        double weightKg,
        int loads,
        Party ontdoener,
        Party origin,
        Party processor,
        Location location,
        String sourceFile,
        long sourceLine,
        Map<String, String> extra,
        LocationBasis locationBasis) {

    public WasteRecord {
        if (kind == null) throw new IllegalArgumentException("notification kind is required");
        if (euralCode == null || euralCode.length() != 6) throw new IllegalArgumentException("EURAL code must be 6 digits");
        if (!(weightKg >= 0) || Double.isInfinite(weightKg)) throw new IllegalArgumentException("weight must be >= 0");
        if (month < 0 || month > 12) throw new IllegalArgumentException("month must be 0-12");
        ontdoener = ontdoener == null ? Party.NONE : ontdoener;
        origin = origin == null ? Party.NONE : origin;
        processor = processor == null ? Party.NONE : processor;
        location = location == null ? Location.NONE : location;
        extra = extra == null ? Map.of() : extra;
        if (locationBasis == null || !location.isLocated()) locationBasis = LocationBasis.NONE;
    }

    /** A record whose location, if any, is its origin's (records made outside an LMA import). */
    public WasteRecord(NotificationKind kind, String streamNumber, String euralCode, boolean hazardous, String wasteName,
                       String methodCode, boolean methodKnown, boolean routeCollection, boolean collectorScheme, int year,
                       int month, double weightKg, int loads, Party ontdoener, Party origin, Party processor,
                       Location location, String sourceFile, long sourceLine, Map<String, String> extra) {
        this(kind, streamNumber, euralCode, hazardous, wasteName, methodCode, methodKnown, routeCollection, collectorScheme,
                year, month, weightKg, loads, ontdoener, origin, processor, location, sourceFile, sourceLine, extra,
                LocationBasis.ORIGIN);
    }

    public double tonnes() {
        return weightKg / 1000.0;
    }
}
