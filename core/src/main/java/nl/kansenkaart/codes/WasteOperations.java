package nl.kansenkaart.codes;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The 28 EU recovery and disposal operations. LMA exports do not carry them; EVOA notifications do. */
public final class WasteOperations {

    private static final WasteOperations INSTANCE = load();
    private final Map<String, WasteOperation> byCode;

    private WasteOperations(Map<String, WasteOperation> byCode) {
        this.byCode = byCode;
    }

    public static WasteOperations get() {
        return INSTANCE;
    }

    private static WasteOperations load() {
        Map<String, WasteOperation> map = new LinkedHashMap<>();
        for (Map<String, String> r : CsvResource.read("/nl/kansenkaart/codes/eu_r_d_codes.csv"))
            map.put(r.get("code"), new WasteOperation(r.get("code"), "recovery".equals(r.get("type")),
                    r.get("description_en"), r.get("omschrijving_nl")));
        return new WasteOperations(Collections.unmodifiableMap(map));
    }

    public Collection<WasteOperation> all() {
        return byCode.values();
    }

    public Optional<WasteOperation> lookup(String raw) {
        if (raw == null) return Optional.empty();
        String s = raw.trim().toUpperCase(Locale.ROOT).replace(" ", "").replace(".", "");
        if (s.length() > 1 && s.charAt(1) == '0') s = s.charAt(0) + s.substring(2); // R01 -> R1
        return Optional.ofNullable(byCode.get(s));
    }
}
