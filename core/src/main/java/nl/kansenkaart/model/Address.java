package nl.kansenkaart.model;

/** A Dutch address; the postcode is normalised to {@code 1234AB} (or {@code 1234} when only PC4 is known). */
public record Address(String street, String houseNumber, String postcode, String town) {

    public static final Address EMPTY = new Address(null, null, null, null);

    /** The four digits of the postcode, or null. */
    public String pc4() {
        return postcode != null && postcode.length() >= 4 ? postcode.substring(0, 4) : null;
    }

    /** One line for labels and reports, skipping what is missing. */
    public String oneLine() {
        StringBuilder sb = new StringBuilder();
        if (street != null) sb.append(street);
        if (houseNumber != null) sb.append(sb.length() > 0 ? " " : "").append(houseNumber);
        if (postcode != null) sb.append(sb.length() > 0 ? ", " : "").append(postcode);
        if (town != null) sb.append(sb.length() > 0 ? " " : "").append(town);
        return sb.toString();
    }
}
