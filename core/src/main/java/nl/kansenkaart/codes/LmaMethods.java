package nl.kansenkaart.codes;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The 31 LMA processing methods A01..G02 and their R-ladder levels. */
public final class LmaMethods {

    private static final LmaMethods INSTANCE = load();

    private final Map<String, LmaMethod> byCode;

    private LmaMethods(Map<String, LmaMethod> byCode) {
        this.byCode = byCode;
    }

    public static LmaMethods get() {
        return INSTANCE;
    }

    private static LmaMethods load() {
        Map<String, String[]> ladder = new LinkedHashMap<>();
        for (Map<String, String> r : CsvResource.read("/nl/kansenkaart/codes/lma_method_rladder.csv"))
            ladder.put(r.get("code"), new String[] {r.get("rlevel"), r.get("eu_code")});
        Map<String, LmaMethod> map = new LinkedHashMap<>();
        for (Map<String, String> r : CsvResource.read("/nl/kansenkaart/codes/lma_verwerkingsmethoden.csv")) {
            String code = r.get("code");
            String[] l = ladder.get(code);
            if (l == null) throw new IllegalStateException("no R-ladder level for LMA method " + code);
            map.put(code, new LmaMethod(code, r.get("omschrijving_nl"), r.get("description_en"), r.get("group_code"),
                    r.get("group_nl"), r.get("group_en"), r.get("rladder_rank_geofluxus"), RLevel.valueOf(l[0]), l[1]));
        }
        return new LmaMethods(Collections.unmodifiableMap(map));
    }

    public Collection<LmaMethod> all() {
        return byCode.values();
    }

    /** Looks up a code as written in exports ({@code A02}) or officially ({@code A.02}, {@code a 2}). */
    public Optional<LmaMethod> lookup(String raw) {
        return Optional.ofNullable(normalise(raw)).map(byCode::get);
    }

    /** Upper case letter + two digits, or null when the value has no such shape. */
    public static String normalise(String raw) {
        if (raw == null) return null;
        String s = raw.trim().toUpperCase(Locale.ROOT).replace(".", "").replace(" ", "");
        if (s.length() == 2 && Character.isLetter(s.charAt(0)) && Character.isDigit(s.charAt(1))) s = s.charAt(0) + "0" + s.charAt(1);
        if (s.length() == 3 && Character.isLetter(s.charAt(0)) && Character.isDigit(s.charAt(1)) && Character.isDigit(s.charAt(2))) return s;
        return s.isEmpty() ? null : s;
    }
}
