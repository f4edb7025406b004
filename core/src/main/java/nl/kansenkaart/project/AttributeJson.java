package nl.kansenkaart.project;

import java.util.Map;

/**
 * Writes a string map as a JSON object without reflection: bulk imports store one per row, and
 * Gson's general path costs more than the insert itself. Read back with {@link Json#map}.
 */
public final class AttributeJson {

    private AttributeJson() {}

    /** The map as JSON, or null when it is empty (so the column stays NULL). */
    public static String of(Map<String, String> map) {
        if (map == null || map.isEmpty()) return null;
        int size = 2;
        for (Map.Entry<String, String> e : map.entrySet())
            size += e.getKey().length() + (e.getValue() == null ? 4 : e.getValue().length()) + 6;
        StringBuilder sb = new StringBuilder(size + 16);
        sb.append('{');
        boolean first = true;
        for (Map.Entry<String, String> e : map.entrySet()) {
            if (!first) sb.append(',');
            first = false;
            string(sb, e.getKey());
            sb.append(':');
            string(sb, e.getValue());
        }
        return sb.append('}').toString();
    }

    /** Appends {@code s} as a quoted JSON string (or {@code null}). */
    public static void string(StringBuilder sb, String s) {
        if (s == null) {
            sb.append("null");
            return;
        }
        int n = s.length(), first = 0;
        while (first < n && plain(s.charAt(first))) first++;
        if (first == n) {
            sb.append('"').append(s).append('"'); // nothing to escape: one copy
            return;
        }
        sb.append('"');
        int from = 0;
        for (int i = first; i < n; i++) {
            char c = s.charAt(i);
            if (plain(c)) continue;
            sb.append(s, from, i); // the plain run before this character, in one copy
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append(String.format("\\u%04x", (int) c));
            }
            from = i + 1;
        }
        sb.append(s, from, n).append('"');
    }

    private static boolean plain(char c) {
        return c >= 0x20 && c != '"' && c != '\\' && c != '\u2028' && c != '\u2029';
    }
}
