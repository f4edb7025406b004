package nl.kansenkaart.steps;

import java.util.Locale;
import java.util.Map;
import nl.kansenkaart.KansenkaartException;

/**
 * One row of an editable input table (shipped CSV, project table or an analyst's file), with the
 * place it came from so that every complaint names the file and line.
 *
 * @param where e.g. {@code "key_figures.csv line 12"} or {@code "project table step2_key_figures, row 12"}
 */
public record InputRow(String where, Map<String, String> values) {

    /** The trimmed value, or null when absent or blank. */
    public String get(String column) {
        String v = values.get(column);
        if (v == null) return null;
        v = v.trim();
        return v.isEmpty() ? null : v;
    }

    public String required(String column) {
        String v = get(column);
        if (v == null) throw error("column '" + column + "' is empty");
        return v;
    }

    /** A number written with '.' or a Dutch decimal comma ("20,85"); null when blank. */
    public Double number(String column) {
        String v = get(column);
        if (v == null) return null;
        String s = v.replace(" ", "");
        if (s.indexOf(',') >= 0 && s.indexOf('.') < 0) s = s.replace(',', '.');
        try {
            double d = Double.parseDouble(s);
            if (Double.isNaN(d) || Double.isInfinite(d)) throw new NumberFormatException();
            return d;
        } catch (NumberFormatException e) {
            throw error("column '" + column + "' is not a number: '" + v + "'");
        }
    }

    public double requiredNumber(String column) {
        Double d = number(column);
        if (d == null) throw error("column '" + column + "' is empty");
        return d;
    }

    /** 1/0, true/false, ja/nee, yes/no, j/n, y/n; false when blank. */
    public boolean flag(String column) {
        String v = get(column);
        if (v == null) return false;
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "1", "true", "ja", "yes", "j", "y" -> true;
            case "0", "false", "nee", "no", "n" -> false;
            default -> throw error("column '" + column + "' must be 1 or 0, got '" + v + "'");
        };
    }

    public <E extends Enum<E>> E enumValue(String column, Class<E> type) {
        String v = required(column);
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            StringBuilder known = new StringBuilder();
            for (E c : type.getEnumConstants()) known.append(known.length() == 0 ? "" : ", ").append(c.name());
            throw error("column '" + column + "' has '" + v + "'; expected one of " + known);
        }
    }

    public KansenkaartException error(String what) {
        return new KansenkaartException(where + ": " + what);
    }
}
