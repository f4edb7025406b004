package nl.kansenkaart.model;

import java.util.Map;

/**
 * One waste stream (afvalstroomnummer) from the LMA portal's stream export: who produces what,
 * where, and how the receiving site processes it. The export has no quantities, so a stream is
 * never a weight: it describes streams whose monthly receipts are reported elsewhere.
 *
 * @param streamNumber      afvalstroomnummer (12 characters: 5-digit verwerkersnummer + 7)
 * @param processorNumber   verwerkersnummer of the locatie van bestemming (LvB)
 * @param processorKvk      KvK number of the LvB company
 * @param processor         the LvB company with its address
 * @param ontdoenerKvk      handelsregisternummer of the ontdoener
 * @param ontdoener         the ontdoener (name, country)
 * @param privateOntdoener  the ontdoener is a private person (particulier)
 * @param origin            locatie van herkomst
 * @param originNearby      nabijheidsbeschrijving when the origin has no address (road, km marker)
 * @param methodCode        normalised when known, else the original text trimmed; null if absent
 * @param location          the origin, geocoded
 * @param extra             the row's other non-empty columns keyed by their header as written
 */
public record WasteStream(
        String streamNumber,
        String processorNumber,
        String processorKvk,
        Party processor,
        String ontdoenerKvk,
        Party ontdoener,
        boolean privateOntdoener,
        Party origin,
        String originNearby,
        String euralCode,
        boolean hazardous,
        String wasteName,
        String methodCode,
        boolean methodKnown,
        boolean routeCollection,
        boolean collectorScheme,
        Location location,
        String sourceFile,
        long sourceLine,
        Map<String, String> extra) {

    public WasteStream {
        if (streamNumber == null || streamNumber.isBlank()) throw new IllegalArgumentException("afvalstroomnummer is required");
        if (euralCode == null || euralCode.length() != 6) throw new IllegalArgumentException("EURAL code must be 6 digits");
        processor = processor == null ? Party.NONE : processor;
        ontdoener = ontdoener == null ? Party.NONE : ontdoener;
        origin = origin == null ? Party.NONE : origin;
        location = location == null ? Location.NONE : location;
        extra = extra == null ? Map.of() : extra;
    }
}
