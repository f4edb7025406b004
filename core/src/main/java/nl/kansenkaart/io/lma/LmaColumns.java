package nl.kansenkaart.io.lma;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import nl.kansenkaart.io.tabular.Tables;

/**
 * The dictionary of LMA header cells: header key → field or party column. Matching on
 * {@link Tables#headerKey} makes it case-, space-, underscore- and punctuation-insensitive, so
 * {@code Ontdoener_Postcode}, {@code ontdoener postcode} and {@code OntdoenerPostcode} are one column.
 */
final class LmaColumns {

    /** What a header cell means: a single field, or a part of a party. */
    record Target(LmaField field, Role role, PartyPart part) {}

    private static final Map<String, Target> BY_KEY = build();

    /**
     * Columns of the LMA layouts and messages that the import keeps as attributes without using
     * them (descriptions derivable from the codes, reporting metadata); not "unknown" columns.
     */
    private static final Set<String> KNOWN_UNUSED = Set.of("verwerkingsomschrijving", "verwerkingsmethodeomschrijving",
            "toegestaanbijinzamelaarsregeling", "euralcodeomschrijving", "euralomschrijving", "meldingsnummermelder",
            "vervoerders", "locatieontvangst", "gncode", "wijzevannuttigetoepassing");

    private LmaColumns() {}

    private static Map<String, Target> build() {
        Map<String, Target> m = new HashMap<>();
        for (LmaField f : LmaField.values())
            for (String k : f.keys) m.putIfAbsent(k, new Target(f, null, null));
        for (Role r : Role.values())
            for (String prefix : r.prefixes)
                for (PartyPart p : PartyPart.values())
                    for (String suffix : p.suffixes) {
                        m.putIfAbsent(prefix + suffix, new Target(null, r, p));
                        if (!suffix.isEmpty()) m.putIfAbsent(suffix + prefix, new Target(null, r, p));
                    }
        return Map.copyOf(m);
    }

    /** Whether a header cell is a column of the LMA layouts (used or not). */
    static boolean isKnown(String headerCell) {
        if (headerCell == null) return false;
        String k = Tables.headerKey(headerCell);
        return BY_KEY.containsKey(k) || KNOWN_UNUSED.contains(k);
    }

    /** The meaning of a header cell, or null for a column the LMA layouts do not know. */
    static Target lookup(String headerCell) {
        return headerCell == null ? null : BY_KEY.get(Tables.headerKey(headerCell));
    }
}
