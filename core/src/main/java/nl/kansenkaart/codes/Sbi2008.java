package nl.kansenkaart.codes;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * SBI 2008 (version 2018, CBS) with all 1,455 codes, English NACE class names where they exist,
 * and the normalisation of codes as registers deliver them.
 */
public final class Sbi2008 {

    private static final Sbi2008 INSTANCE = load();

    /** CBS A10 sector groups, as used in StatLine job tables (83582NED). */
    private static final Map<String, String> A10 = Map.ofEntries(
            Map.entry("A", "A"), Map.entry("B", "B-E"), Map.entry("C", "B-E"), Map.entry("D", "B-E"), Map.entry("E", "B-E"),
            Map.entry("F", "F"), Map.entry("G", "G-I"), Map.entry("H", "G-I"), Map.entry("I", "G-I"), Map.entry("J", "J"),
            Map.entry("K", "K"), Map.entry("L", "L"), Map.entry("M", "M-N"), Map.entry("N", "M-N"), Map.entry("O", "O-Q"),
            Map.entry("P", "O-Q"), Map.entry("Q", "O-Q"), Map.entry("R", "R-U"), Map.entry("S", "R-U"), Map.entry("T", "R-U"),
            Map.entry("U", "R-U"));

    private final Map<String, SbiCode> byDigits;
    private final Map<String, SbiCode> sections;

    private Sbi2008(Map<String, SbiCode> byDigits, Map<String, SbiCode> sections) {
        this.byDigits = byDigits;
        this.sections = sections;
    }

    public static Sbi2008 get() {
        return INSTANCE;
    }

    private static Sbi2008 load() {
        Map<String, String> english = new HashMap<>();
        for (Map<String, String> r : CsvResource.read("/nl/kansenkaart/codes/nace_rev2_en.csv"))
            english.put(r.get("nace4"), r.get("name_en"));
        Map<String, SbiCode> byDigits = new LinkedHashMap<>();
        Map<String, SbiCode> sections = new LinkedHashMap<>();
        for (Map<String, String> r : CsvResource.read("/nl/kansenkaart/codes/sbi2008.csv")) {
            int level = Integer.parseInt(r.get("level"));
            String digits = r.get("code_digits");
            String en = level == 4 ? english.get(digits) : null;
            SbiCode c = new SbiCode(r.get("code"), digits, level, r.get("section"), r.get("description_nl"), en);
            if (level == 1) sections.put(c.code(), c);
            else byDigits.put(digits, c);
        }
        return new Sbi2008(Collections.unmodifiableMap(byDigits), Collections.unmodifiableMap(sections));
    }

    public Collection<SbiCode> all() {
        return byDigits.values();
    }

    public Collection<SbiCode> sections() {
        return sections.values();
    }

    public Optional<SbiCode> section(String letter) {
        return Optional.ofNullable(letter == null ? null : sections.get(letter.toUpperCase(Locale.ROOT)));
    }

    /** Finds a code by its digits (no dots) exactly as stored. */
    public Optional<SbiCode> byDigits(String digits) {
        return Optional.ofNullable(digits == null ? null : byDigits.get(digits));
    }

    /**
     * Looks up a code as registers write it: {@code 01.13.2}, {@code 01132}, {@code 1132} (leading
     * zero lost in a number column), {@code 4711 }, or a section letter. Class and subclass
     * readings are preferred over a shorter group of the same digits, because registers record
     * establishments at the 4- or 5-digit level.
     */
    public Optional<SbiCode> lookup(String raw) {
        if (raw == null) return Optional.empty();
        String s = raw.trim().toUpperCase(Locale.ROOT);
        if (s.length() == 1 && Character.isLetter(s.charAt(0))) return section(s);
        StringBuilder d = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (Character.isDigit(c)) d.append(c);
            else if (c != '.' && c != ' ' && c != '-') return Optional.empty();
        }
        String digits = d.toString();
        if (digits.isEmpty() || digits.length() > 5) return Optional.empty();
        SbiCode exact = byDigits.get(digits);
        if (exact != null && exact.level() >= 4) return Optional.of(exact);
        SbiCode padded = byDigits.get("0" + digits);
        if (padded != null && padded.level() >= 4) return Optional.of(padded);
        if (exact != null) return Optional.of(exact);
        if (padded != null) return Optional.of(padded);
        // A Dutch subclass that is not in this version: fall back to its class.
        if (digits.length() == 5) return lookup(digits.substring(0, 4));
        return Optional.empty();
    }

    /** Digits of the normalised code, or null when the value is not an SBI code. */
    public String normalise(String raw) {
        return lookup(raw).map(c -> c.level() == 1 ? c.code() : c.digits()).orElse(null);
    }

    /** Section letter (A..U) of a code given in any accepted form, or null. */
    public String sectionOf(String raw) {
        return lookup(raw).map(SbiCode::section).orElse(null);
    }

    /** The CBS A10 group (A, B-E, F, G-I, J, K, L, M-N, O-Q, R-U) of a section letter. */
    public static String a10Group(String section) {
        return section == null ? null : A10.get(section.toUpperCase(Locale.ROOT));
    }
}
