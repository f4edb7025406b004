package nl.kansenkaart.matching;

import java.util.regex.Pattern;
import nl.kansenkaart.codes.RLevel;
import nl.kansenkaart.model.QuantityUnit;

/**
 * Distance and money of a class of supplied material: how far it may travel, at which scale its
 * loops usually close, what a unit is worth and what moving it costs, so each match shows whether
 * transport eats its value.
 *
 * @param maxHaulKm         longest road distance a match of this class may span
 * @param valueEur          value per unit at the source; null when unknown, 0 when it has no positive value
 * @param transportEurPerKm cost of moving one unit one road km
 * @param todayR            usual processing today (baseline of the R-ladder indicator), or null
 * @param source            the figures' sources and which of them are assumptions
 */
public record TransportClass(String id, MaterialSelector material, QuantityUnit unit, ScaleLevel scale, double maxHaulKm,
                             Double valueEur, double transportEurPerKm, RLevel todayR, String source) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_\\-]{0,63}");

    public TransportClass {
        if (id == null || !ID.matcher(id).matches())
            throw new IllegalArgumentException("class id '" + id + "' must be lower-case letters, digits, '_' or '-' (max 64)");
        if (material == null || unit == null || scale == null) throw new IllegalArgumentException("class " + id + " needs material, unit and scale");
        if (!(maxHaulKm > 0 && maxHaulKm <= 20_000)) throw new IllegalArgumentException("class " + id + ": max haul must be 0 < km <= 20000, not " + maxHaulKm);
        if (valueEur != null && !(valueEur >= 0 && Double.isFinite(valueEur)))
            throw new IllegalArgumentException("class " + id + ": value must be >= 0 or blank, not " + valueEur);
        if (!(transportEurPerKm >= 0 && Double.isFinite(transportEurPerKm)))
            throw new IllegalArgumentException("class " + id + ": transport cost must be >= 0, not " + transportEurPerKm);
        source = source == null ? "" : source;
    }
}
