package nl.kansenkaart.matching;

import nl.kansenkaart.codes.MaterialNames;
import nl.kansenkaart.codes.RLevel;
import nl.kansenkaart.model.MaterialKey;

/**
 * A match as step 3 stored it, for tables and the map: who supplies what to whom, how much, how
 * far, at which R-ladder level and scale, its score, the analyst's decision and the explanation;
 * with the two ends in RD New.
 *
 * @param supplyMaterialName the supplied material's Dutch name as stored
 * @param unit           the amount's unit symbol as stored ("t", "GJ")
 * @param transportShare transport cost as a share of the material's value; null when the value is not known
 * @param explanation    the explanation in English (as the command line prints it)
 * @param decision       "accept", "reject", "pin" ({@link Decision#label()}), or null when the analyst has not decided
 * @param explanationNl  the explanation in Dutch; null for matches stored before Dutch explanations were kept
 */
public record StoredMatch(String matchId, int rank, String supplyRef, String supplyName, String supplyMaterialName, String demandRef,
                          String demandName, String demandMaterialName, String ruleId, RLevel rLevel, double amount, String unit,
                          double roadKm, ScaleLevel scale, Approach approach, Double transportShare, int score, String explanation,
                          String decision, String supplyQuality, String demandQuality, double supplyX, double supplyY,
                          double demandX, double demandY, MaterialKey supplyMaterial, MaterialKey demandMaterial,
                          String explanationNl) {

    /** The supplied material's name in English or Dutch. */
    public String supplyMaterialName(boolean english) {
        return english && supplyMaterial != null ? MaterialNames.en(supplyMaterial) : supplyMaterialName;
    }

    /** What the taker uses it as, in English or Dutch. */
    public String demandMaterialName(boolean english) {
        return english && demandMaterial != null ? MaterialNames.en(demandMaterial) : demandMaterialName;
    }

    /** The explanation in English or Dutch (English when no Dutch one was stored). */
    public String explanation(boolean english) {
        return english || explanationNl == null ? explanation : explanationNl;
    }

    /** The analyst's decision, or null. */
    public Decision decisionValue() {
        return decision == null ? null : Decision.parse(decision);
    }

    public boolean isEnergy() {
        return "GJ".equals(unit);
    }
}
