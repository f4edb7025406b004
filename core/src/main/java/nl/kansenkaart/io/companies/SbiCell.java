package nl.kansenkaart.io.companies;

import java.util.Optional;
import nl.kansenkaart.codes.Sbi2008;
import nl.kansenkaart.codes.SbiCode;

/**
 * An SBI code as registers write it, possibly followed by its description ({@code 01.13.2 Teelt van
 * groenten onder glas}, {@code 4120 - Algemene burgerlijke en utiliteitsbouw}). Only class and
 * subclass level codes identify an activity well enough; a bare section letter does not.
 */
final class SbiCell {

    private SbiCell() {}

    /** The SBI code; throws IllegalArgumentException with the reason when there is none. */
    static SbiCode parse(String text, boolean numericCell) {
        String t = text.strip();
        if (numericCell && t.endsWith(".0")) t = t.substring(0, t.length() - 2);
        int end = 0;
        while (end < t.length() && (Character.isDigit(t.charAt(end)) || t.charAt(end) == '.' || t.charAt(end) == ' ')) end++;
        String code = end == 0 ? t : t.substring(0, end).strip();
        if (code.endsWith(".")) code = code.substring(0, code.length() - 1);
        Optional<SbiCode> sbi = Sbi2008.get().lookup(code);
        if (sbi.isEmpty()) throw new IllegalArgumentException("'" + text.strip() + "' is not an SBI 2008 code");
        if (sbi.get().level() == 1)
            throw new IllegalArgumentException("'" + text.strip() + "' is only an SBI section; a 4- or 5-digit code is needed");
        return sbi.get();
    }
}
