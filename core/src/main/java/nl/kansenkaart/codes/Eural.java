package nl.kansenkaart.codes;

/**
 * One code of the European List of Waste (EURAL in Dutch practice).
 *
 * @param code     six digits, e.g. {@code 170504}
 * @param display  official notation, e.g. {@code 17 05 04} or {@code 17 05 03*}
 * @param entryType Absolute/Mirror hazardous/non-hazardous
 */
public record Eural(String code, String display, boolean hazardous, String entryType,
                    String chapterName, String subchapterName, String descriptionEn, String descriptionNl) {

    public String chapter() {
        return code.substring(0, 2);
    }

    public String subchapter() {
        return code.substring(0, 4);
    }

    /** Chapter 19 (waste from waste treatment) is secondary waste, not primary production. */
    public boolean isSecondary() {
        return code.startsWith("19");
    }
}
