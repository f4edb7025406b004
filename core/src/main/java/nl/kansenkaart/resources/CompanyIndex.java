package nl.kansenkaart.resources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kansenkaart.geo.Postcodes;
import nl.kansenkaart.model.Company;

/**
 * Finds the establishment an LMA party refers to by normalised name and postcode: the same name at
 * the same six-position postcode, else the only establishment of that name in the four-digit area.
 * Anything less certain stays unlinked (and is counted), because a wrong link moves tonnes to the
 * wrong cluster.
 */
public final class CompanyIndex {

    /** A link and how it was made ("name+pc6", "name+pc4"). */
    public record Match(Company company, String method) {}

    private final Map<String, List<Company>> byNamePc6 = new HashMap<>();
    private final Map<String, List<Company>> byNamePc4 = new HashMap<>();
    private final Map<String, Optional<Match>> cache = new HashMap<>();
    private final Map<String, String> keys = new HashMap<>();

    public CompanyIndex(List<Company> companies) {
        List<Company> sorted = new ArrayList<>(companies);
        sorted.sort(Comparator.comparing(Company::ref));
        for (Company c : sorted) {
            String key = NameKey.of(c.name());
            String pc = Postcodes.normalise(c.address().postcode());
            if (key == null || pc == null) continue;
            if (pc.length() == 6) byNamePc6.computeIfAbsent(key + "|" + pc, k -> new ArrayList<>()).add(c);
            byNamePc4.computeIfAbsent(key + "|" + pc.substring(0, 4), k -> new ArrayList<>()).add(c);
        }
    }

    /**
     * The establishment named {@code name} at one of the postcodes, tried in order (e.g. the origin's
     * postcode before the ontdoener's own). Several establishments with the same name and PC6 are one
     * site registered more than once: the first by ref is taken, deterministically.
     */
    public Optional<Match> find(String name, String... postcodes) {
        if (name == null) return Optional.empty();
        String key = keys.computeIfAbsent(name, n -> String.valueOf(NameKey.of(n)));
        if (key.equals("null")) return Optional.empty();
        StringBuilder cacheKey = new StringBuilder(key);
        for (String p : postcodes) cacheKey.append('|').append(p);
        return cache.computeIfAbsent(cacheKey.toString(), k -> lookup(key, postcodes));
    }

    private Optional<Match> lookup(String key, String[] postcodes) {
        for (String raw : postcodes) {
            String pc = Postcodes.normalise(raw);
            if (pc == null || pc.length() != 6) continue;
            List<Company> hits = byNamePc6.get(key + "|" + pc);
            if (hits != null) return Optional.of(new Match(hits.get(0), "name+pc6"));
        }
        for (String raw : postcodes) {
            String pc = Postcodes.normalise(raw);
            if (pc == null) continue;
            List<Company> hits = byNamePc4.get(key + "|" + pc.substring(0, 4));
            if (hits != null && hits.size() == 1) return Optional.of(new Match(hits.get(0), "name+pc4"));
        }
        return Optional.empty();
    }
}
