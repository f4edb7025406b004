/**
 * Flow-diagram data (Sankey): nodes and links with values, units and data quality, built per
 * cluster from the step-2 material tables. No layout or drawing here; renderers take these.
 */
package nl.kansenkaart.sankey;
