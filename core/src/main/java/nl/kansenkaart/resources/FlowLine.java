package nl.kansenkaart.resources;

import nl.kansenkaart.codes.RLevel;
import nl.kansenkaart.model.DataQuality;
import nl.kansenkaart.model.FlowDirection;
import nl.kansenkaart.model.MaterialKey;
import nl.kansenkaart.model.QuantityUnit;

/**
 * One yearly figure of one establishment: a measured LMA flow (per EURAL code and processing method)
 * or an estimate from a key figure, with its source.
 *
 * @param methodCode LMA processing method of a measured flow; null for estimates and demand
 * @param rLevel     R-ladder level of today's processing, null when not known
 * @param amount     per year (the mean over the chosen years for LMA figures)
 * @param records    LMA records behind a measured figure, 0 for estimates
 */
public record FlowLine(String companyRef, FlowRole role, FlowDirection direction, MaterialKey material,
                       String methodCode, RLevel rLevel, double amount, QuantityUnit unit, DataQuality quality,
                       String source, long records) {

    public double tonnes() {
        return unit == QuantityUnit.TONNE ? amount : 0.0;
    }
}
