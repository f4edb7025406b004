package nl.kansenkaart.matching;

import nl.kansenkaart.codes.MaterialNames;
import nl.kansenkaart.model.FlowDirection;
import nl.kansenkaart.model.MaterialKey;

/**
 * Supply nobody takes or demand nobody meets, as step 3 stored it for a scenario: whose, what,
 * how much of it is left and why.
 *
 * @param materialName the material's Dutch name as stored
 * @param left         what found no partner, in {@code unit}
 * @param detail       the reason in the engine's words (English)
 * @param x            RD New metres; NaN when the flow is not located
 */
public record StoredUnmatched(String actorRef, String actorName, FlowDirection direction, MaterialKey material, String materialName,
                              double amount, double left, String unit, UnmatchedReason reason, String detail, double x, double y) {

    public boolean isLocated() {
        return !Double.isNaN(x) && !Double.isNaN(y);
    }

    public String materialName(boolean english) {
        return english ? MaterialNames.en(material) : materialName;
    }

    public boolean isEnergy() {
        return "GJ".equals(unit);
    }
}
