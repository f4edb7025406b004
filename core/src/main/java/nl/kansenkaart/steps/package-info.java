/**
 * What the steps of the method share: the step contract, the chosen LMA years, and the editable
 * input tables (shipped CSV, project table or the analyst's file).
 */
package nl.kansenkaart.steps;
