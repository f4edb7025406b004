package nl.kansenkaart.io.lma;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The accounting of one LMA table of an import, and the notes an analyst should read about it. */
final class TableTally {

    final String source;
    final LmaLayout layout;
    long read, accepted, rejected, duplicates, repeats;
    long notLocated, locatedByOntdoener, routeCollection;
    long unreadableFlags, unreadableLoads, unreadablePostcodes;
    final Map<String, Long> unknownMethods = new TreeMap<>();

    TableTally(String source, LmaLayout layout) {
        this.source = source;
        this.layout = layout;
    }

    void countQuirks(int quirks) {
        if ((quirks & LmaRowParser.UNREADABLE_FLAG) != 0) unreadableFlags++;
        if ((quirks & LmaRowParser.UNREADABLE_LOADS) != 0) unreadableLoads++;
        if ((quirks & LmaRowParser.UNREADABLE_POSTCODE) != 0) unreadablePostcodes++;
    }

    void unknownMethod(String code) {
        unknownMethods.merge(code == null ? "(leeg)" : code, 1L, Long::sum);
    }

    List<String> notes(LmaHeader header) {
        List<String> n = new ArrayList<>();
        String p = source + ": ";
        n.add(p + layout.label() + ", " + read + " rows: " + accepted + " accepted, " + rejected + " rejected"
                + (duplicates > 0 ? " (of which " + duplicates + " duplicates of earlier rows, not counted twice)" : ""));
        if (repeats > 0)
            n.add(p + repeats + " rows repeat an earlier row of this table exactly; kept (they can be separate notifications)");
        if (layout == LmaLayout.STREAMS)
            n.add(p + "stream register without quantities: " + accepted + " streams stored in lma_streams; they add 0 kg");
        if (locatedByOntdoener > 0)
            n.add(p + locatedByOntdoener + " rows located by the ontdoener's postcode (no usable locatie van herkomst)");
        if (notLocated > 0) n.add(p + notLocated + " rows not located (no Dutch postcode that the tables know); kept, not drawn");
        long unknown = unknownMethods.values().stream().mapToLong(Long::longValue).sum();
        if (unknown > 0)
            n.add(p + unknown + " rows with an unknown or missing processing method, kept and flagged: "
                    + unknownMethods.entrySet().stream().limit(8).map(e -> e.getKey() + " (" + e.getValue() + ")")
                    .collect(Collectors.joining(", ")) + (unknownMethods.size() > 8 ? ", ..." : ""));
        if (routeCollection > 0)
            n.add(p + routeCollection + " rows are route collection (RouteInzameling = J): their ontdoener is the collector,"
                    + " not the source; flagged");
        if (unreadableFlags > 0) n.add(p + unreadableFlags + " rows with an unreadable J/N value (read as N; original kept as attribute)");
        if (unreadableLoads > 0) n.add(p + unreadableLoads + " rows with an unreadable number of loads (left empty; original kept as attribute)");
        if (unreadablePostcodes > 0)
            n.add(p + unreadablePostcodes + " rows with a postcode that is not a Dutch postcode (kept as attribute, not used for the map)");
        if (!header.unknownColumns.isEmpty())
            n.add(p + "columns kept as attributes: " + String.join(", ", header.unknownColumns));
        return n;
    }
}
