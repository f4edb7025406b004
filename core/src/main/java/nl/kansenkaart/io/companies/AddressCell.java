package nl.kansenkaart.io.companies;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a one-column address ("Industrieweg 12 A", "Industrieweg 12-3") into street and house number. */
final class AddressCell {

    private static final Pattern STREET_NUMBER = Pattern.compile("(.*?\\p{L}.*?)\\s+(\\d+(?:\\s*[A-Za-z]{1,2}|\\s*[-/]\\s*[A-Za-z0-9]{1,4})?)\\s*");

    private AddressCell() {}

    /** {street, houseNumber}; the house number is null when the text ends in none. */
    static String[] split(String text) {
        String t = text.strip();
        Matcher m = STREET_NUMBER.matcher(t);
        if (m.matches()) return new String[] {m.group(1).strip(), m.group(2).replace(" ", "")};
        return new String[] {t, null};
    }
}
