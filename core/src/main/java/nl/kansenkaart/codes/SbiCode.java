package nl.kansenkaart.codes;

/**
 * A code of SBI 2008 (the Dutch extension of NACE Rev. 2).
 *
 * @param code    official notation: section letter ({@code C}) or dotted digits ({@code 38.21}, {@code 01.13.2})
 * @param digits  digits only ({@code 3821}); empty for a section
 * @param level   1 section, 2 division, 3 group, 4 class, 5 Dutch subclass
 */
public record SbiCode(String code, String digits, int level, String section, String descriptionNl, String nameEn) {

    /** The two-digit division, or null for a section. */
    public String division() {
        return digits.length() >= 2 ? digits.substring(0, 2) : null;
    }

    public String label() {
        return code + " " + descriptionNl;
    }
}
