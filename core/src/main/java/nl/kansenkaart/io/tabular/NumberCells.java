package nl.kansenkaart.io.tabular;

import java.math.BigDecimal;

/**
 * Numbers as Dutch spreadsheets and registers deliver them: decimal comma ({@code 12,5}),
 * thousands dots ({@code 1.250.000}, {@code 12.345,67}), English notation when both separators say
 * so ({@code 1,234.5}), currency signs and spaces; typed workbook cells use '.' as decimal point.
 */
public final class NumberCells {

    private NumberCells() {}

    /**
     * The value, or null when the text is not a number.
     *
     * @param numericCell        a typed number from a workbook: '.' is the decimal point
     * @param singleDotThousands whether "1.250" (one dot, three digits after it) means 1250, as in a
     *                           Dutch count or amount; false for coordinates, where it is 1.25
     */
    public static BigDecimal parse(String text, boolean numericCell, boolean singleDotThousands) {
        if (text == null) return null;
        String s = text.strip();
        if (s.isEmpty()) return null;
        if (numericCell) return decimal(s);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\u00A0' || c == '\u202F' || c == '€' || c == '\'') continue;
            b.append(c);
        }
        String t = b.toString();
        if (t.regionMatches(true, 0, "EUR", 0, 3)) t = t.substring(3);
        if (t.regionMatches(true, Math.max(0, t.length() - 3), "EUR", 0, 3)) t = t.substring(0, t.length() - 3);
        int comma = t.lastIndexOf(','), dot = t.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            t = comma > dot ? t.replace(".", "").replace(',', '.') : t.replace(",", "");
        } else if (comma >= 0) {
            t = t.indexOf(',') == comma ? t.replace(',', '.') : t.replace(",", "");
        } else if (dot >= 0 && t.indexOf('.') != dot) {
            t = t.replace(".", "");
        } else if (dot >= 0 && singleDotThousands && t.length() - dot == 4 && t.substring(0, dot).matches("[-+]?\\d{1,3}")) {
            t = t.replace(".", "");
        }
        return decimal(t);
    }

    private static BigDecimal decimal(String t) {
        if (!t.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) return null;
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
