package nl.kansenkaart.resources;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import nl.kansenkaart.io.tabular.Tables;
import nl.kansenkaart.model.Company;

/**
 * The quantities key figures multiply: jobs, glass area and design capacity from the company's
 * attributes, and the tonnes it incinerated according to LMA.
 */
public final class CompanyBasis {

    /** Attribute names accepted for glass area in m2 and for design capacity in population equivalents. */
    static final Set<String> GLASS_M2_KEYS = Set.of("glassm2", "kasm2", "glasoppervlakm2", "glassaream2", "oppervlakteglasm2");
    /** Registers and the sample give greenhouse area in hectares (kasoppervlak_ha): 1 ha = 10,000 m2. */
    static final Set<String> GLASS_HA_KEYS = Set.of("kasoppervlakha", "glasoppervlakha", "glassha", "glassareaha", "kasha");
    static final Set<String> CAPACITY_PE_KEYS = Set.of("capacitype", "capaciteitie", "capacityie", "ie", "pe", "uwwcapacity");

    private CompanyBasis() {}

    /** How much of {@code basis} the company has; empty when it has no such figure. */
    public static OptionalDouble quantity(Company c, KeyFigureBasis basis, double thermalTonnes) {
        return switch (basis) {
            case PLANT, ESTABLISHMENT -> OptionalDouble.of(1);
            case TONNE_THERMAL -> thermalTonnes > 0 ? OptionalDouble.of(thermalTonnes) : OptionalDouble.empty();
            case GLASS_M2 -> {
                OptionalDouble m2 = attribute(c, GLASS_M2_KEYS);
                OptionalDouble ha = attribute(c, GLASS_HA_KEYS);
                yield m2.isPresent() ? m2 : ha.isPresent() ? OptionalDouble.of(ha.getAsDouble() * 10_000) : OptionalDouble.empty();
            }
            case CAPACITY_PE -> attribute(c, CAPACITY_PE_KEYS);
            case JOB -> c.jobs() != null && c.jobs() > 0 ? OptionalDouble.of(c.jobs()) : OptionalDouble.empty();
        };
    }

    private static OptionalDouble attribute(Company c, Set<String> keys) {
        for (Map.Entry<String, String> e : c.attributes().entrySet()) {
            if (!keys.contains(Tables.headerKey(e.getKey())) || e.getValue() == null) continue;
            String v = e.getValue().trim().replace(" ", "");
            if (v.indexOf(',') >= 0 && v.indexOf('.') < 0) v = v.replace(',', '.');
            try {
                double d = Double.parseDouble(v);
                if (d > 0 && !Double.isInfinite(d)) return OptionalDouble.of(d);
            } catch (NumberFormatException ignored) {
                // a non-numeric attribute is no basis; the next, coarser basis is used
            }
        }
        return OptionalDouble.empty();
    }
}
