package nl.kansenkaart.resources;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.kansenkaart.codes.Eural;
import nl.kansenkaart.codes.EuralList;
import nl.kansenkaart.codes.MaterialClass;
import nl.kansenkaart.codes.MaterialClassification;
import nl.kansenkaart.model.Company;
import nl.kansenkaart.model.DataQuality;
import nl.kansenkaart.model.FlowDirection;
import nl.kansenkaart.model.MaterialFlow;
import nl.kansenkaart.model.MaterialKey;
import nl.kansenkaart.model.QuantityUnit;
import nl.kansenkaart.steps.AnalysisYears;

/**
 * The candidate materials for matching (step 3): per establishment of the selected clusters, what
 * it could supply (its residues, what it collects, its by-products) and what it could take (its
 * raw-material demand, and feedstock for digestion at digesters, from what they receive today);
 * for establishments outside the selection only what they could take, so the promising clusters'
 * supply can also reach takers elsewhere in the region. One row per establishment, direction,
 * material and data quality; located at the establishment.
 */
public final class CandidateFlows {

    /** The origin of these rows in {@code material_flows}; step 3 reads exactly these. */
    public static final String ORIGIN = "step2";
    /** LMA methods of digestion: what a digester receives shows its demand for digestion feedstock. */
    public static final Set<String> DIGESTION_METHODS = Set.of("E01", "E02");
    static final MaterialKey DIGESTION_FEEDSTOCK = MaterialKey.resource("digestion_feedstock");

    private CandidateFlows() {}

    public static List<MaterialFlow> of(List<Company> companies, FlowInventory flows, AnalysisYears years) {
        return of(companies, flows, years, false);
    }

    /** What establishments outside the selected clusters could take: their demand only. */
    public static List<MaterialFlow> demandOf(List<Company> companies, FlowInventory flows, AnalysisYears years) {
        return of(companies, flows, years, true);
    }

    private static List<MaterialFlow> of(List<Company> companies, FlowInventory flows, AnalysisYears years, boolean demandOnly) {
        List<MaterialFlow> out = new ArrayList<>();
        for (Company c : companies) {
            record Key(FlowDirection direction, MaterialKey material, DataQuality quality, QuantityUnit unit) {}
            Map<Key, Double> sums = new LinkedHashMap<>();
            Map<Key, Set<String>> sources = new LinkedHashMap<>();
            for (FlowLine l : flows.of(c.ref())) {
                Key k;
                if (l.role() == FlowRole.INTAKE) {
                    if (!DIGESTION_METHODS.contains(l.methodCode())) continue;
                    k = new Key(FlowDirection.DEMAND, DIGESTION_FEEDSTOCK, DataQuality.MEASURED, QuantityUnit.TONNE);
                } else {
                    k = new Key(l.direction(), l.material(), l.quality(), l.unit());
                }
                sums.merge(k, l.amount(), Double::sum);
                String src = l.role() == FlowRole.INTAKE ? l.source() + " (received for digestion)" : l.source();
                sources.computeIfAbsent(k, x -> new TreeSet<>()).add(src);
            }
            for (Map.Entry<Key, Double> e : sums.entrySet()) {
                Key k = e.getKey();
                if (!(e.getValue() > 0) || (demandOnly && k.direction() != FlowDirection.DEMAND)) continue;
                MaterialClass mc = MaterialClassification.get().of(k.material());
                boolean hazardous = k.material().isEural()
                        && EuralList.get().find(k.material().code()).map(Eural::hazardous).orElse(false);
                out.add(new MaterialFlow(c.ref(), k.direction(), k.material(), mc.group(), mc.state(), hazardous, e.getValue(),
                        k.unit(), years.latest(), k.quality(), String.join("; ", sources.get(k)), c.location()));
            }
        }
        return out;
    }
}
