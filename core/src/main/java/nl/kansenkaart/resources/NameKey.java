package nl.kansenkaart.resources;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * A company name reduced to what identifies it, for linking LMA parties to establishments: accents,
 * case, punctuation and legal forms (B.V., N.V., V.O.F., ...) do not count. "Kwekerij De Bloem B.V."
 * and "KWEKERIJ DE BLOEM BV" give the same key.
 */
public final class NameKey {

    private static final Set<String> LEGAL_FORMS = Set.of("bv", "nv", "vof", "cv", "ltd", "gmbh");

    private NameKey() {}

    /** The key, or null for a blank name. */
    public static String of(String name) {
        if (name == null) return null;
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        s = s.replace("&", " en ").replace(".", "");
        StringBuilder out = new StringBuilder();
        for (String token : s.split("[^a-z0-9]+")) {
            if (token.isEmpty() || LEGAL_FORMS.contains(token)) continue;
            if (out.length() > 0) out.append(' ');
            out.append(token);
        }
        return out.length() == 0 ? null : out.toString();
    }
}
