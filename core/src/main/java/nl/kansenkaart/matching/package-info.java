/**
 * Step 3 of the method: matchmaking of supply and demand. Compatibility rules and transport
 * classes (shipped defaults, editable per project), candidate search with a spatial index within
 * the haul distance, a deterministic allocation that prefers the R-ladder and then low transport
 * cost, a score with explanation per match, analyst decisions, scenarios and their indicators.
 * Plain Java: the GUI and the CLI both call {@link nl.kansenkaart.matching.Step3}.
 */
package nl.kansenkaart.matching;
