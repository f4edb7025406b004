package nl.kansenkaart.model;

import java.util.Map;

/**
 * One LMA notification row: a quantity of one waste stream in one period.
 *
 * @param euralCode       six digits, normalised and checked against the official list
 * @param methodCode      LMA verwerkingsmethode as given (upper case, no dot), null if absent
 * @param methodKnown     false when the code is not in the LMA list (row kept and flagged)
 * @param routeCollection RouteInzameling = J: the ontdoener is the collector, not the source
 * @param month           1-12, or 0 when the source gives only a year
 * @param loads           number of loads (vrachten), or -1 when not given
 * @param origin          locatie van herkomst (where the waste arose)
 * @param processor       the receiving processor (ontvangst) or first taker (afgifte)
 * @param location        where the record is drawn: the origin, geocoded
 * @param sourceLine      line in the source file (1 = header) or row in the sheet
 * @param extra           columns not used by the analysis, kept as attributes
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
        Map<String, String> extra) {

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
    }

    public double tonnes() {
        return weightKg / 1000.0;
    }
}
