package nl.kansenkaart.model;

import java.util.regex.Pattern;

/**
 * What a flow consists of: either an EURAL waste code ({@code eural:020304}) or a named resource
 * that has no waste code, such as residual heat, CO2 or struvite ({@code resource:co2}).
 */
public record MaterialKey(Kind kind, String code) implements Comparable<MaterialKey> {

    public enum Kind { EURAL, RESOURCE }

    private static final Pattern EURAL6 = Pattern.compile("\\d{6}");
    private static final Pattern RESOURCE_KEY = Pattern.compile("[a-z0-9_]+");

    public MaterialKey {
        if (kind == null || code == null) throw new IllegalArgumentException("material kind and code are required");
        if (kind == Kind.EURAL && !EURAL6.matcher(code).matches())
            throw new IllegalArgumentException("EURAL code must be 6 digits: " + code);
        if (kind == Kind.RESOURCE && !RESOURCE_KEY.matcher(code).matches())
            throw new IllegalArgumentException("resource key must be lower-case [a-z0-9_]: " + code);
    }

    public static MaterialKey eural(String code6) {
        return new MaterialKey(Kind.EURAL, code6);
    }

    public static MaterialKey resource(String key) {
        return new MaterialKey(Kind.RESOURCE, key);
    }

    /** Parses the {@link #toString()} form. */
    public static MaterialKey parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) throw new IllegalArgumentException("material key needs a kind prefix: " + text);
        String prefix = text.substring(0, colon);
        String code = text.substring(colon + 1);
        return switch (prefix) {
            case "eural" -> eural(code);
            case "resource" -> resource(code);
            default -> throw new IllegalArgumentException("unknown material kind '" + prefix + "' in " + text);
        };
    }

    public boolean isEural() {
        return kind == Kind.EURAL;
    }

    /** The two-digit EURAL chapter, or null for a named resource. */
    public String euralChapter() {
        return isEural() ? code.substring(0, 2) : null;
    }

    @Override
    public String toString() {
        return (kind == Kind.EURAL ? "eural:" : "resource:") + code;
    }

    @Override
    public int compareTo(MaterialKey o) {
        return toString().compareTo(o.toString());
    }
}
