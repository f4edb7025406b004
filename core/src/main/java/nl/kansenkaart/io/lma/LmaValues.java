package nl.kansenkaart.io.lma;

import java.math.BigDecimal;
import java.time.Year;

/**
 * Parsing of LMA cell values as people export them. Each parser either returns a value or throws
 * {@link RowRejection} with the reason in analyst's words; the rules are those of
 * docs/import-policy.md.
 */
final class LmaValues {

    /** Over 10^12 kg (a billion tonnes, more than ten years of all Dutch waste) is not a real weight. */
    static final BigDecimal MAX_WEIGHT_KG = BigDecimal.TEN.pow(12);
    /** LMA reporting began in the 1990s; later than next year cannot have been reported. */
    static final int FIRST_YEAR = 1990;

    private LmaValues() {}

    /** Trims spaces, tabs and no-break spaces (Excel exports use U+00A0); never null. */
    static String clean(String s) {
        if (s == null) return "";
        int a = 0, b = s.length();
        while (a < b && isBlankChar(s.charAt(a))) a++;
        while (b > a && isBlankChar(s.charAt(b - 1))) b--;
        return a == 0 && b == s.length() ? s : s.substring(a, b);
    }

    private static boolean isBlankChar(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\r' || c == '\n' || c == '\u2007' || c == '\u202F';
    }

    /**
     * A weight in kg. Numeric workbook cells use '.' as decimal point and count to Excel's 15
     * significant digits ({@code 0.30000000000000004} is 0.3). Text follows Dutch
     * notation unless {@code dutch} is false: {@code 12.345,67}, {@code 12345,67}, {@code 1.234.567},
     * {@code 12345}; a lone '.' followed by exactly three digits ({@code 12.345}) is a thousands
     * separator in Dutch notation and a decimal point otherwise. English {@code 12,345.67} is
     * recognised by the order of the marks.
     */
    static BigDecimal weight(String raw, boolean numericCell, boolean dutch, String column) throws RowRejection {
        String s = clean(raw);
        if (s.isEmpty()) throw new RowRejection(column, "weight missing");
        BigDecimal v = numericCell ? numericCell(s) : decimalText(s, dutch);
        if (v == null) throw new RowRejection(column, "weight is not a number: '" + shorten(s) + "'");
        if (v.signum() < 0) throw new RowRejection(column, "weight is negative: " + s);
        if (v.compareTo(MAX_WEIGHT_KG) > 0) throw new RowRejection(column, "weight " + s + " kg is not plausible (over 10^12 kg)");
        return v;
    }

    /** Excel shows (and its users typed) 15 significant digits; the XML may hold 17 of a computed double. */
    private static final java.math.MathContext EXCEL_DIGITS = new java.math.MathContext(15);

    private static BigDecimal numericCell(String s) {
        try {
            BigDecimal v = new BigDecimal(s);
            // An exponent like 1E+400 is a number but not a weight; keep the scale sane.
            if (v.scale() < -20 || v.scale() > 40) return null;
            return v.precision() > 15 ? v.round(EXCEL_DIGITS).stripTrailingZeros() : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Dutch/English decimal text to BigDecimal, or null when it is not a plain number. */
    static BigDecimal decimalText(String s, boolean dutch) {
        int start = 0;
        boolean negative = false;
        if (s.charAt(0) == '-' || s.charAt(0) == '+') {
            negative = s.charAt(0) == '-';
            start = 1;
        }
        int lastDot = s.lastIndexOf('.'), lastComma = s.lastIndexOf(',');
        int dots = 0, commas = 0;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') dots++;
            else if (c == ',') commas++;
            else if (c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\'') continue;
            else if (c < '0' || c > '9') return null;
        }
        char decimal; // 0 = none
        if (dots > 0 && commas > 0) decimal = lastDot > lastComma ? '.' : ',';
        else if (commas == 1) decimal = !dutch && groupedThousands(s, start, lastComma) ? 0 : ',';
        else if (dots == 1) decimal = dutch && groupedThousands(s, start, lastDot) ? 0 : '.';
        else decimal = 0;
        int decimalAt = decimal == '.' ? lastDot : decimal == ',' ? lastComma : -1;
        if (decimal != 0 && (decimal == '.' ? dots : commas) > 1) return null;
        String intPart = s.substring(start, decimalAt < 0 ? s.length() : decimalAt);
        String fraction = decimalAt < 0 ? "" : s.substring(decimalAt + 1);
        String digits = groupedDigits(intPart);
        if (digits == null) return null;
        for (int i = 0; i < fraction.length(); i++) {
            char c = fraction.charAt(i);
            if (c < '0' || c > '9') return null;
        }
        if (digits.isEmpty() && fraction.isEmpty()) return null;
        BigDecimal v = new BigDecimal((digits.isEmpty() ? "0" : digits) + (fraction.isEmpty() ? "" : "." + fraction));
        return negative ? v.negate() : v;
    }

    /** A single mark at {@code at} followed by exactly three digits after 1-3 leading digits (not 0). */
    private static boolean groupedThousands(String s, int start, int at) {
        int before = at - start, after = s.length() - at - 1;
        return after == 3 && before >= 1 && before <= 3 && s.charAt(start) != '0';
    }

    /** Digits of an integer part with optional thousands marks (. , space '), groups of three checked. */
    private static String groupedDigits(String part) {
        StringBuilder d = new StringBuilder(part.length());
        int group = -1; // digits since the last mark; -1 before the first mark
        boolean marked = false;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c >= '0' && c <= '9') {
                d.append(c);
                if (marked) group++;
            } else {
                if (d.length() == 0) return null;
                if (marked && group != 3) return null;
                if (!marked && d.length() > 3) return null;
                marked = true;
                group = 0;
            }
        }
        if (marked && group != 3) return null;
        return d.toString();
    }

    /** J/N flags in all their spellings; null when the value is not a flag. An empty cell is N. */
    static Boolean flag(String raw) {
        String s = clean(raw);
        if (s.isEmpty()) return Boolean.FALSE;
        return switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "j", "ja", "y", "yes", "1", "true", "waar", "x" -> Boolean.TRUE;
            case "n", "nee", "no", "0", "false", "onwaar" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** A whole number from text or a numeric cell ({@code 2016}, {@code 2016.0}); null if it is not one. */
    static Integer wholeNumber(String raw) {
        String s = clean(raw);
        if (s.isEmpty() || s.length() > 12) return null;
        int end = s.length();
        int dot = s.indexOf('.') >= 0 ? s.indexOf('.') : s.indexOf(',');
        if (dot >= 0) {
            for (int i = dot + 1; i < end; i++) if (s.charAt(i) != '0') return null;
            end = dot;
        }
        if (end == 0) return null;
        long v = 0;
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return null;
            v = v * 10 + (c - '0');
        }
        return v > Integer.MAX_VALUE ? null : (int) v;
    }

    /** Number of loads (vrachten), or null when the cell is not a whole number >= 0. */
    static Integer loads(String raw, boolean numericCell, boolean dutch) {
        String s = clean(raw);
        if (s.isEmpty()) return null;
        BigDecimal v = numericCell ? numericCell(s) : decimalText(s, dutch);
        if (v == null || v.signum() < 0 || v.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) return null;
        try {
            return v.intValueExact();
        } catch (ArithmeticException notWhole) {
            return null;
        }
    }

    static int year(String raw, String column) throws RowRejection {
        String s = clean(raw);
        if (s.isEmpty()) throw new RowRejection(column, "year missing");
        Integer y = wholeNumber(s);
        if (y == null) throw new RowRejection(column, "year is not a number: '" + shorten(s) + "'");
        checkYear(y, column);
        return y;
    }

    private static void checkYear(int y, String column) throws RowRejection {
        int last = Year.now().getValue() + 1;
        if (y < FIRST_YEAR || y > last)
            throw new RowRejection(column, "year " + y + " is outside " + FIRST_YEAR + "-" + last);
    }

    /** Month 1-12; an empty cell is 0 (the period is the whole year). */
    static int month(String raw, String column) throws RowRejection {
        String s = clean(raw);
        if (s.isEmpty()) return 0;
        Integer m = wholeNumber(s);
        if (m == null || m < 1 || m > 12) throw new RowRejection(column, "month is not 1-12: '" + shorten(s) + "'");
        return m;
    }

    /**
     * PeriodeMelding as {@code MMYYYY} ({@code 112025}; {@code 12025} when a number cell lost the
     * leading zero), or with a separator: {@code 11-2025}, {@code 11/2025}, {@code 2025-11}.
     * Returns {year, month}.
     */
    static int[] period(String raw, String column) throws RowRejection {
        String s = clean(raw);
        if (s.isEmpty()) throw new RowRejection(column, "period missing");
        Integer whole = wholeNumber(s);
        int year, month;
        if (whole != null && (s.length() == 5 || s.length() == 6 || s.contains("."))) {
            year = whole % 10000;
            month = whole / 10000;
        } else {
            String[] p = s.split("[-/. ]", -1);
            if (p.length != 2) throw new RowRejection(column, "period is not MMYYYY: '" + shorten(s) + "'");
            Integer a = wholeNumber(p[0]), b = wholeNumber(p[1]);
            if (a == null || b == null) throw new RowRejection(column, "period is not MMYYYY: '" + shorten(s) + "'");
            boolean yearFirst = p[0].length() == 4;
            year = yearFirst ? a : b;
            month = yearFirst ? b : a;
        }
        if (month < 1 || month > 12) throw new RowRejection(column, "period '" + shorten(s) + "' has no month 1-12");
        checkYear(year, column);
        return new int[] {year, month};
    }

    /** For messages: long values cut to 60 characters. */
    static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
