package nl.kansenkaart.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.kansenkaart.codes.EuralList;
import nl.kansenkaart.codes.NamedResources;
import nl.kansenkaart.model.MaterialGroup;
import nl.kansenkaart.model.MaterialKey;
import nl.kansenkaart.model.PhysicalState;

/**
 * Which materials a rule or transport class covers, written as space-separated selectors:
 * {@code eural:170101} (one code), {@code eural:1701*} / {@code eural:17*} (sub-chapter, chapter),
 * {@code group:BIOMASS} or {@code group:BIOMASS/SLUDGE}, {@code resource:struvite}, {@code any};
 * a leading {@code !} excludes. The more specific selector wins where tables overlap.
 */
public final class MaterialSelector {

    /** Specificity of a match: higher is more specific; {@link #NO_MATCH} when not covered. */
    public static final int NO_MATCH = -1;

    private record Pattern(String text, int specificity, String resource, String euralPrefix,
                           MaterialGroup group, PhysicalState state) {

        boolean matches(MaterialKey key, MaterialGroup g, PhysicalState s) {
            if (resource != null) return !key.isEural() && key.code().equals(resource);
            if (euralPrefix != null) return key.isEural() && key.code().startsWith(euralPrefix);
            if (group != null) return group == g && (state == null || state == s);
            return true; // any
        }
    }

    private final List<Pattern> includes;
    private final List<Pattern> excludes;

    private MaterialSelector(List<Pattern> includes, List<Pattern> excludes) {
        this.includes = List.copyOf(includes);
        this.excludes = List.copyOf(excludes);
    }

    /** Parses selector text; the message of the exception names the offending selector. */
    public static MaterialSelector parse(String text) {
        List<Pattern> inc = new ArrayList<>();
        List<Pattern> exc = new ArrayList<>();
        for (String token : (text == null ? "" : text.trim()).split("\\s+")) {
            if (token.isEmpty()) continue;
            boolean exclude = token.startsWith("!");
            Pattern p = pattern(exclude ? token.substring(1) : token);
            (exclude ? exc : inc).add(p);
        }
        if (inc.isEmpty()) throw new IllegalArgumentException("no material selector given (e.g. eural:170101, resource:co2)");
        return new MaterialSelector(inc, exc);
    }

    private static Pattern pattern(String token) {
        String t = token.trim();
        if (t.equalsIgnoreCase("any")) return new Pattern("any", 0, null, null, null, null);
        int colon = t.indexOf(':');
        if (colon < 0) throw new IllegalArgumentException("selector '" + t + "' needs a kind: eural:, group:, resource: or any");
        String kind = t.substring(0, colon).toLowerCase(Locale.ROOT);
        String value = t.substring(colon + 1);
        switch (kind) {
            case "resource" -> {
                if (NamedResources.get().find(value).isEmpty())
                    throw new IllegalArgumentException("unknown named resource '" + value + "' in '" + t + "'");
                return new Pattern("resource:" + value, 100, value, null, null, null);
            }
            case "eural" -> {
                boolean prefix = value.endsWith("*");
                String digits = prefix ? value.substring(0, value.length() - 1) : value;
                if (prefix && !(digits.matches("\\d{2}|\\d{4}")))
                    throw new IllegalArgumentException("EURAL prefix '" + t + "' must be 2 or 4 digits and '*'");
                if (!prefix && EuralList.get().find(digits).isEmpty())
                    throw new IllegalArgumentException("'" + t + "' is not an EURAL code (six digits, e.g. eural:170101)");
                int spec = prefix ? digits.length() * 10 : 60;
                return new Pattern("eural:" + value, spec, null, digits, null, null);
            }
            case "group" -> {
                String[] parts = value.toUpperCase(Locale.ROOT).split("/", 2);
                try {
                    MaterialGroup g = MaterialGroup.valueOf(parts[0]);
                    PhysicalState s = parts.length > 1 ? PhysicalState.valueOf(parts[1]) : null;
                    return new Pattern("group:" + g.name() + (s == null ? "" : "/" + s.name()), s == null ? 10 : 12, null, null, g, s);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("'" + t + "' names no material group/state (e.g. group:BIOMASS/SLUDGE)");
                }
            }
            default -> throw new IllegalArgumentException("selector '" + t + "' has unknown kind '" + kind + "'");
        }
    }

    public boolean matches(MaterialKey key, MaterialGroup group, PhysicalState state) {
        return specificity(key, group, state) != NO_MATCH;
    }

    /** The specificity of the best include that covers the material, or {@link #NO_MATCH}. */
    public int specificity(MaterialKey key, MaterialGroup group, PhysicalState state) {
        for (Pattern p : excludes) if (p.matches(key, group, state)) return NO_MATCH;
        int best = NO_MATCH;
        for (Pattern p : includes) if (p.specificity() > best && p.matches(key, group, state)) best = p.specificity();
        return best;
    }

    /** The exact EURAL codes and resources this selector names one by one (for consistency checks). */
    public List<MaterialKey> namedKeys() {
        List<MaterialKey> out = new ArrayList<>();
        for (Pattern p : includes) {
            if (p.resource() != null) out.add(MaterialKey.resource(p.resource()));
            else if (p.euralPrefix() != null && p.euralPrefix().length() == 6) out.add(MaterialKey.eural(p.euralPrefix()));
        }
        return out;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (Pattern p : includes) b.append(b.isEmpty() ? "" : " ").append(p.text());
        for (Pattern p : excludes) b.append(" !").append(p.text());
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MaterialSelector m && m.toString().equals(toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
