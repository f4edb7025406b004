package nl.kansenkaart.io.lma;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.kansenkaart.codes.Eural;
import nl.kansenkaart.codes.EuralList;
import nl.kansenkaart.codes.LmaMethod;
import nl.kansenkaart.codes.LmaMethods;
import nl.kansenkaart.geo.Postcodes;
import nl.kansenkaart.io.tabular.TableRow;
import nl.kansenkaart.model.Address;
import nl.kansenkaart.model.Party;

/**
 * What the LMA row parsers share: reading cells by meaning, codes, parties, and the row's other
 * columns as extra attributes. A parser handles one table (one header) and one row at a time.
 */
abstract class LmaRowParser {

    /** Quirks of the last parsed row that do not reject it but are worth a note. */
    static final int UNREADABLE_FLAG = 1, UNREADABLE_LOADS = 2, UNREADABLE_POSTCODE = 4;

    final LmaHeader header;
    final String sourceName;
    /** Dutch number notation for text cells (see {@link LmaValues#weight}). */
    final boolean dutch;
    final LmaLocator locator;

    TableRow row;
    int quirks;
    private Map<String, String> kept;
    /** Codes as written → their lookup; an extract repeats a few hundred spellings a million times. */
    private final Map<String, Eural> euralCache = new HashMap<>();
    private final Map<String, String> methodCache = new HashMap<>();
    private static final int CACHE_LIMIT = 10_000;

    LmaRowParser(LmaHeader header, String sourceName, boolean dutch, LmaLocator locator) {
        this.header = header;
        this.sourceName = sourceName;
        this.dutch = dutch;
        this.locator = locator;
    }

    /** Starts a row: resets the per-row state. */
    void begin(TableRow r) {
        row = r;
        quirks = 0;
        kept = null;
    }

    String text(LmaField f) {
        return cell(header.index(f));
    }

    boolean numeric(LmaField f) {
        int i = header.index(f);
        return i >= 0 && row.isNumericCell(i);
    }

    /** The trimmed cell; a whole number from a numeric workbook cell loses its ".0". */
    String cell(int i) {
        if (i < 0) return "";
        String v = LmaValues.clean(row.get(i));
        if (row.isNumericCell(i) && v.endsWith(".0")) v = v.substring(0, v.length() - 2);
        return v;
    }

    /**
     * For a CSV line kept as bytes: the cell as a number when it is one to nine ASCII digits and
     * nothing else, else -1 (read it as text then). The hot path of the row's own facts.
     */
    int plainDigits(int column) {
        byte[] b = row.bytes();
        if (b == null || column < 0 || column >= row.size()) return -1;
        int from = row.cellStart(column), to = row.cellEnd(column);
        if (to - from < 1 || to - from > 9) return -1;
        int v = 0;
        for (int i = from; i < to; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) return -1;
            v = v * 10 + d;
        }
        return v;
    }

    /**
     * For a CSV line kept as bytes: a plain weight, digits with at most one decimal mark of this
     * file's notation between digits ({@code 19079}, {@code 19079,5}) and at most twelve digits
     * before it, exactly as {@link LmaValues#weight} reads it; null for anything else.
     */
    BigDecimal plainWeight(int column) {
        byte[] b = row.bytes();
        if (b == null || column < 0 || column >= row.size()) return null;
        int from = row.cellStart(column), to = row.cellEnd(column);
        if (to - from < 1 || to - from > 18) return null;
        byte mark = (byte) (dutch ? ',' : '.');
        long v = 0;
        int markAt = -1;
        for (int i = from; i < to; i++) {
            int c = b[i];
            if (c == mark && markAt < 0 && i > from && i < to - 1) markAt = i;
            else if (c >= '0' && c <= '9') v = v * 10 + (c - '0');
            else return null;
        }
        if ((markAt < 0 ? to : markAt) - from > 12) return null;
        return BigDecimal.valueOf(v, markAt < 0 ? 0 : to - markAt - 1);
    }

    static String orNull(String s) {
        return s.isEmpty() ? null : s;
    }

    Eural eural() throws RowRejection {
        String column = header.name(LmaField.EURAL);
        String raw = text(LmaField.EURAL);
        if (raw.isEmpty()) throw new RowRejection(column, "EURAL code missing");
        Eural cached = euralCache.get(raw);
        if (cached != null) return cached;
        Optional<Eural> e = EuralList.get().lookup(raw);
        if (e.isEmpty())
            throw new RowRejection(column, "EURAL code '" + LmaValues.shorten(raw) + "' is not in the official list"
                    + EuralList.normalise(raw).filter(n -> !n.equals(raw)).map(n -> " (read as " + n + ")").orElse(""));
        if (euralCache.size() < CACHE_LIMIT) euralCache.put(raw, e.get());
        return e.get();
    }

    /** The method as stored: normalised when known, else the original text. */
    String methodCode() {
        String raw = text(LmaField.METHOD_CODE);
        if (raw.isEmpty()) return null;
        String cached = methodCache.get(raw);
        if (cached != null) return cached;
        Optional<LmaMethod> m = LmaMethods.get().lookup(raw);
        String code = m.isPresent() ? m.get().code() : raw;
        if (methodCache.size() < CACHE_LIMIT) methodCache.put(raw, code);
        return code;
    }

    /** Whether a code returned by {@link #methodCode()} is in the LMA list (known codes come back normalised). */
    static boolean methodKnown(String code) {
        return code != null && code.length() == 3 && LmaMethods.get().lookup(code).isPresent();
    }

    /** A J/N column; an unreadable value counts as N and is kept in the extra attributes. */
    boolean flag(LmaField f) {
        String v = text(f);
        Boolean b = LmaValues.flag(v);
        if (b != null) return b;
        keep(header.name(f), v);
        quirks |= UNREADABLE_FLAG;
        return false;
    }

    /** Number of loads, -1 when absent or unreadable (the original then kept). */
    int loads() {
        String v = text(LmaField.LOADS);
        if (v.isEmpty()) return -1;
        Integer n = LmaValues.loads(v, numeric(LmaField.LOADS), dutch);
        if (n != null) return n;
        keep(header.name(LmaField.LOADS), v);
        quirks |= UNREADABLE_LOADS;
        return -1;
    }

    BigDecimal weight() throws RowRejection {
        return LmaValues.weight(text(LmaField.WEIGHT), numeric(LmaField.WEIGHT), dutch, header.name(LmaField.WEIGHT));
    }

    /**
     * A party as stored for the ontdoener and processor: name, postcode and town (their street,
     * house number and country stay in the extra attributes as written).
     */
    Party storedParty(Role r) {
        String name = part(r, PartyPart.NAME);
        String postcode = postcode(r, part(r, PartyPart.POSTCODE));
        String town = part(r, PartyPart.TOWN);
        if (name.isEmpty() && postcode == null && town.isEmpty()) return Party.NONE;
        return new Party(orNull(name), new Address(null, null, postcode, orNull(town)), null);
    }

    /** What locating a party needs beyond {@link #storedParty}: its house number and country. */
    Party locatableParty(Role r, Party stored) {
        String house = part(r, PartyPart.HOUSE_NUMBER);
        String country = part(r, PartyPart.COUNTRY);
        if (house.isEmpty() && country.isEmpty()) return stored;
        Address a = stored.address();
        return new Party(stored.name(), new Address(a.street(), orNull(house), a.postcode(), a.town()), orNull(country));
    }

    /** A party from its name, address and country columns; an invalid postcode is kept as an extra attribute. */
    Party party(Role r) {
        String name = part(r, PartyPart.NAME);
        String street = part(r, PartyPart.STREET);
        String house = part(r, PartyPart.HOUSE_NUMBER);
        String addition = part(r, PartyPart.HOUSE_ADDITION);
        if (!addition.isEmpty()) house = house.isEmpty() ? addition : house + " " + addition;
        String postcode = postcode(r, part(r, PartyPart.POSTCODE));
        String town = part(r, PartyPart.TOWN);
        String country = part(r, PartyPart.COUNTRY);
        if (name.isEmpty() && street.isEmpty() && house.isEmpty() && postcode == null && town.isEmpty() && country.isEmpty())
            return Party.NONE;
        return new Party(orNull(name), new Address(orNull(street), orNull(house), postcode, orNull(town)), orNull(country));
    }

    String part(Role r, PartyPart p) {
        return cell(header.index(r, p));
    }

    /** The normalised postcode, or null; a value that is not a Dutch postcode is kept as it was. */
    String postcode(Role r, String raw) {
        if (raw.isEmpty()) return null;
        String pc = Postcodes.normalise(raw);
        if (pc == null) {
            keep(header.name(r, PartyPart.POSTCODE), raw);
            quirks |= UNREADABLE_POSTCODE;
        }
        return pc;
    }

    /** Keeps an original value the parser could not use, under its header. */
    void keep(String column, String value) {
        if (kept == null) kept = new LinkedHashMap<>(4);
        kept.put(column, value);
    }

    /** The row's non-empty cells outside the layout's columns, plus values kept by {@link #keep}. */
    RowAttributes extra() {
        int[] idx = header.extraIndex;
        int beyond = Math.max(0, row.size() - header.names.length);
        int max = idx.length + beyond + (kept == null ? 0 : kept.size());
        if (max == 0) return RowAttributes.NONE;
        String[] keys = new String[max], jsonKeys = new String[max], values = new String[max];
        int n = 0;
        for (int k = 0; k < idx.length; k++) {
            String v = cell(idx[k]);
            if (v.isEmpty()) continue;
            keys[n] = header.extraNames[k];
            jsonKeys[n] = header.extraJsonKeys[k];
            values[n++] = v;
        }
        // Cells beyond the header (a workbook note in an unnamed column) are kept too.
        for (int i = header.names.length; i < row.size(); i++) {
            String v = cell(i);
            if (v.isEmpty()) continue;
            keys[n] = "kolom " + (i + 1);
            values[n++] = v;
        }
        if (kept != null) {
            for (Map.Entry<String, String> e : kept.entrySet()) {
                keys[n] = e.getKey();
                values[n++] = e.getValue();
            }
        }
        return n == 0 ? RowAttributes.NONE : new RowAttributes(keys, jsonKeys, values, n);
    }
}
