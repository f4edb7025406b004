package nl.kansenkaart.app.workflow;

import java.text.NumberFormat;
import java.util.Locale;

/** Numbers as the analyst reads them in tables: in the UI language's way, no false precision, a dash for "none". */
final class Figures {

    static final String NONE = "\u2013";

    private Figures() {}

    /** Tonnes, GJ, jobs: whole numbers from 100, one decimal below, two below 1. */
    static String amount(double v, Locale l) {
        NumberFormat f = NumberFormat.getNumberInstance(l);
        double a = Math.abs(v);
        f.setMaximumFractionDigits(a >= 100 || a == 0 ? 0 : a >= 1 ? 1 : 2);
        return f.format(v);
    }

    static String share(Double s, Locale l) {
        if (s == null) return NONE;
        NumberFormat f = NumberFormat.getPercentInstance(l);
        f.setMaximumFractionDigits(0);
        return f.format(s);
    }

    static String decimals(Double v, int digits, Locale l) {
        if (v == null) return NONE;
        NumberFormat f = NumberFormat.getNumberInstance(l);
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(v);
    }

    /** Euros in millions with one decimal. */
    static String millions(double eur, Locale l) {
        return decimals(eur / 1e6, 1, l);
    }
}
