package nl.kansenkaart.geo;

/** Dutch postcodes as they come: {@code 1234AB}, {@code 1234 AB}, {@code 1234ab}, {@code " 1234"}. */
public final class Postcodes {

    private Postcodes() {}

    /**
     * {@code 1234AB} for a full postcode, {@code 1234} when only the digits are valid, null when the
     * value is not a Dutch postcode. The first digit is never 0 (PC4 runs 1000-9999).
     */
    public static String normalise(String raw) {
        if (raw == null) return null;
        int n = raw.length();
        char[] digits = new char[4];
        char[] letters = new char[2];
        int d = 0, l = 0;
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (c == ' ' || c == '\u00A0' || c == '\t' || c == '-') continue;
            if (c >= '0' && c <= '9') {
                if (l > 0 || d == 4) return null;
                digits[d++] = c;
            } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                if (d < 4 || l == 2) return null;
                letters[l++] = Character.toUpperCase(c);
            } else {
                return null;
            }
        }
        if (d != 4 || digits[0] == '0') return null;
        if (l == 0) return new String(digits);
        if (l == 1) return null;
        return new String(digits) + new String(letters);
    }

    /** The four digits of a valid postcode, or null. */
    public static String pc4(String raw) {
        String p = normalise(raw);
        return p == null ? null : p.substring(0, 4);
    }
}
