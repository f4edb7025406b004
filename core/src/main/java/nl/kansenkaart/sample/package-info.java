/**
 * The seeded generator of the sample region (Noord-Holland): a company register of synthetic
 * companies plus the real wastewater treatment plants, and a synthetic LMA extract in the regional
 * layout with a documented share of realistic defects. Driven by the tables in
 * {@code resources/nl/kansenkaart/sample/}; entry point {@link nl.kansenkaart.sample.SampleGenerator}.
 */
package nl.kansenkaart.sample;
