package nl.kansenkaart.resources;

import nl.kansenkaart.codes.RLevel;
import nl.kansenkaart.model.DataQuality;
import nl.kansenkaart.model.FlowDirection;
import nl.kansenkaart.model.MaterialGroup;
import nl.kansenkaart.model.MaterialKey;
import nl.kansenkaart.model.PhysicalState;
import nl.kansenkaart.model.QuantityUnit;

/**
 * One line of a cluster's material table: the yearly amount of one material in one role, from one
 * activity (SBI class) of the cluster, processed by one method, measured or estimated.
 *
 * @param activity SBI class of the establishments ("01.13 Teelt van groenten ..."); the Sankey's sources
 * @param actors   establishments behind the figure
 */
public record ClusterMaterialRow(String clusterId, FlowRole role, FlowDirection direction, String activity,
                                 MaterialKey material, String materialName, MaterialGroup group, PhysicalState state,
                                 boolean hazardous, String methodCode, RLevel rLevel, double amount, QuantityUnit unit,
                                 DataQuality quality, int actors, long records, String source, String years) {

    public double tonnes() {
        return unit == QuantityUnit.TONNE ? amount : 0.0;
    }
}
