package nl.kansenkaart.matching;

import java.math.BigDecimal;

/** Number formatting for tables that analysts edit: no exponent, no trailing zeros, '.' decimals. */
final class Numbers {

    private Numbers() {}

    static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    static String plain(Double v) {
        return v == null ? "" : plain(v.doubleValue());
    }
}
