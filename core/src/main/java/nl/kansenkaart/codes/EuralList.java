package nl.kansenkaart.codes;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The 842 codes of the current European List of Waste (Decision 2014/955/EU) with Dutch and
 * English names, and the normalisation of codes as they appear in exported spreadsheets.
 */
public final class EuralList {

    private static final EuralList INSTANCE = load();

    private final Map<String, Eural> byCode;

    private EuralList(Map<String, Eural> byCode) {
        this.byCode = byCode;
    }

    public static EuralList get() {
        return INSTANCE;
    }

    private static EuralList load() {
        Map<String, Eural> map = new LinkedHashMap<>();
        for (Map<String, String> r : CsvResource.read("/nl/kansenkaart/codes/eural.csv")) {
            Eural e = new Eural(r.get("code6"), r.get("code_display"), Boolean.parseBoolean(r.get("hazardous")),
                    r.get("entry_type"), r.get("chapter_en"), r.get("subchapter_en"),
                    r.get("description_en"), r.get("description_nl"));
            map.put(e.code(), e);
        }
        return new EuralList(Collections.unmodifiableMap(map));
    }

    public Collection<Eural> all() {
        return byCode.values();
    }

    public int size() {
        return byCode.size();
    }

    public Optional<Eural> find(String code6) {
        return Optional.ofNullable(code6 == null ? null : byCode.get(code6));
    }

    /** Normalises a raw value and looks it up; empty when the result is not an official code. */
    public Optional<Eural> lookup(String raw) {
        return normalise(raw).flatMap(this::find);
    }

    /**
     * Turns a code as it comes ({@code 20301}, {@code 02 03 01}, {@code 17.05.03*}, {@code "170503 "})
     * into six digits. Excel drops the leading zero of chapters 01-09, so five digits get it back.
     * The hazardous star is dropped: hazard is a property of the code, not of the notation.
     */
    public static Optional<String> normalise(String raw) {
        if (raw == null) return Optional.empty();
        StringBuilder digits = new StringBuilder(6);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') digits.append(c);
            else if (c == ' ' || c == '.' || c == '-' || c == '*' || c == '\u00A0' || c == '\t' || c == '"') continue;
            else if (c == ',' && i == raw.length() - 2 && raw.charAt(i + 1) == '0') break; // "20301,0" from a number cell
            else return Optional.empty();
            if (digits.length() > 6) return Optional.empty();
        }
        if (digits.length() == 5) digits.insert(0, '0');
        return digits.length() == 6 ? Optional.of(digits.toString()) : Optional.empty();
    }
}
