package nl.kansenkaart.matching;

import nl.kansenkaart.model.DataQuality;
import nl.kansenkaart.model.FlowDirection;
import nl.kansenkaart.model.LocationPrecision;
import nl.kansenkaart.model.MaterialGroup;
import nl.kansenkaart.model.MaterialKey;
import nl.kansenkaart.model.PhysicalState;
import nl.kansenkaart.model.QuantityUnit;

/**
 * One side of a potential match: the yearly supply or demand of one material by one actor, all
 * flows of that actor and material summed. Its place in the sorted node list is its stable index.
 *
 * @param quality  MEASURED only when every summed flow was measured
 * @param x        RD New metres (NaN when not located)
 * @param inRegion whether it lies in the study region; null when the project has no region or it is not located
 * @param source   the sources of the summed flows
 */
public record FlowNode(int index, String actorRef, String actorName, FlowDirection direction, MaterialKey material,
                       MaterialGroup group, PhysicalState state, boolean hazardous, double amount, QuantityUnit unit,
                       DataQuality quality, LocationPrecision precision, double x, double y, Boolean inRegion,
                       String source) {

    public boolean isLocated() {
        return precision.isLocated();
    }

    /** Actor and material: what decisions and match ids refer to. */
    public String key() {
        return actorRef + "|" + material;
    }

    public double distanceTo(FlowNode o) {
        double dx = x - o.x, dy = y - o.y;
        return Math.sqrt(dx * dx + dy * dy);
    }
}
