package nl.kansenkaart.sample;

/**
 * An establishment of the sample: a synthetic company, a synthetic waste processor or collector,
 * or a real wastewater treatment plant. It is what the company register lists and what the LMA
 * extract names as ontdoener, collector or processor.
 *
 * @param sbi          SBI 2008 digits
 * @param jobs         werkzame personen, null when not known (wastewater plants)
 * @param jobsAsClass  the register gives only the size class for this one
 * @param turnoverEur  yearly turnover, null when the register has none
 * @param postcode     {@code 1234AB}
 * @param place        the real postcode area the address lies in
 * @param areaHa       greenhouse area, null for other kinds
 * @param inRegion     in the sample's province (only those are in the company register)
 * @param processor    what it receives, for waste processors and collectors; null otherwise
 * @param plant        the real plant behind a wastewater-treatment establishment; null otherwise
 */
record Establishment(String ref, String name, String type, String streamType, String sbi, Integer jobs,
                     boolean jobsAsClass, Long turnoverEur, String street, String houseNumber, String postcode,
                     Places.Pc4Area place, Double areaHa, boolean inRegion, Processor processor,
                     WastewaterPlant plant) {

    boolean synthetic() {
        return plant == null;
    }

    String town() {
        return place.town();
    }
}
