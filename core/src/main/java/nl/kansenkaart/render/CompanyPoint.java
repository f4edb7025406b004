package nl.kansenkaart.render;

import nl.kansenkaart.model.Company;
import nl.kansenkaart.model.LocationPrecision;

/**
 * What the map needs of an establishment: where, which SBI section, and what to show when the
 * analyst points at it. Jobs and economic value are deliberately not carried (confidential).
 */
public record CompanyPoint(String ref, String name, String sbi, String section, String address,
                           double x, double y, LocationPrecision precision) {

    static CompanyPoint of(Company c, String section) {
        return new CompanyPoint(c.ref(), c.name(), c.sbi(), section, c.address().oneLine(),
                c.location().x(), c.location().y(), c.location().precision());
    }
}
