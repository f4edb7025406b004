package nl.kansenkaart.resources;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers in sources and labels: 6 significant digits, no exponent, no trailing zeros. */
public final class Amounts {

    private Amounts() {}

    public static String format(double v) {
        if (v == 0) return "0";
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
