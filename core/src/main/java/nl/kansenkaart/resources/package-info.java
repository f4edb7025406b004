/**
 * Step 2 of the method: raw materials and residues. LMA records summed per stream and year and
 * linked to establishments, key-figure estimates where data are missing (every figure measured or
 * estimated, with its source), material tables and balances per cluster, the checklist of the
 * governments' own flows, and the candidate flows for matching. Definitions: docs/method-step2.md.
 */
package nl.kansenkaart.resources;
