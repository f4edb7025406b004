package nl.kansenkaart.model;

import java.util.Map;

/**
 * An establishment (vestiging) of a company or a public body (a wastewater plant, a waste
 * processor). Jobs, economic value and the flows attached to it are confidential figures.
 *
 * @param ref              stable key from the source (KvK vestigingsnummer, UWWTD code, or generated)
 * @param sbi              SBI 2008 code in digits without dots ({@code 0113}, {@code 38211})
 * @param jobs             werkzame personen; the class midpoint when only {@code jobsClass} is known
 * @param jobsClass        size class as given ("10-19"), or null when the exact number is known
 * @param economicValueEur turnover or added value in euros per year, null when unknown
 * @param municipalityCode CBS code (GM0363) of the municipality the point lies in, null if unknown
 * @param source           where the record came from (file name or dataset)
 * @param attributes       further columns of the source, kept for the analyst
 */
public record Company(
        String ref,
        String name,
        String sbi,
        Integer jobs,
        String jobsClass,
        Double economicValueEur,
        Address address,
        Location location,
        String municipalityCode,
        String source,
        Map<String, String> attributes) {

    public Company {
        if (ref == null || ref.isBlank()) throw new IllegalArgumentException("company ref is required");
        if (name == null || name.isBlank()) throw new IllegalArgumentException("company name is required");
        address = address == null ? Address.EMPTY : address;
        location = location == null ? Location.NONE : location;
        attributes = attributes == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
    }

    public Company withLocation(Location newLocation, String newMunicipalityCode) {
        return new Company(ref, name, sbi, jobs, jobsClass, economicValueEur, address, newLocation,
                newMunicipalityCode, source, attributes);
    }
}
