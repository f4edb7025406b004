package nl.kansenkaart.matching;

import nl.kansenkaart.codes.RLevel;

/**
 * A match as step 3 stored it, for tables and the map: who supplies what to whom, how much, how
 * far, at which R-ladder level and scale, its score, the analyst's decision and the explanation;
 * with the two ends in RD New.
 *
 * @param unit           the amount's unit symbol as stored ("t", "GJ")
 * @param transportShare transport cost as a share of the material's value; null when the value is not known
 * @param decision       "accepted", "rejected", "pinned", or null when the analyst has not decided
 */
public record StoredMatch(String matchId, int rank, String supplyRef, String supplyName, String supplyMaterialName, String demandRef,
                          String demandName, String demandMaterialName, String ruleId, RLevel rLevel, double amount, String unit,
                          double roadKm, ScaleLevel scale, Approach approach, Double transportShare, int score, String explanation,
                          String decision, String supplyQuality, String demandQuality, double supplyX, double supplyY,
                          double demandX, double demandY) {}
