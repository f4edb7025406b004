package nl.kansenkaart.resources;

import nl.kansenkaart.model.LocationPrecision;

/**
 * The LMA records of one waste stream in one year, summed: LMA rows are per stream per month, the
 * analysis works per year (001:1745-1755). Records that differ in the parties named or in how they
 * were located stay apart.
 *
 * @param routeCollection route collection or collector scheme: the ontdoener is the collector, not the source
 */
public record StreamYear(String streamNumber, int year, String eural, boolean hazardous, String methodCode,
                         boolean routeCollection, String ontdoenerName, String ontdoenerPostcode, String originPostcode,
                         String processorName, String processorPostcode, LocationPrecision precision, double tonnes,
                         long records) {}
