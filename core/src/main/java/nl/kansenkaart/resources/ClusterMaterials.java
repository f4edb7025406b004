package nl.kansenkaart.resources;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.kansenkaart.codes.EuralList;
import nl.kansenkaart.codes.Eural;
import nl.kansenkaart.codes.MaterialClass;
import nl.kansenkaart.codes.MaterialClassification;
import nl.kansenkaart.codes.MaterialNames;
import nl.kansenkaart.codes.Sbi2008;
import nl.kansenkaart.codes.SbiCode;
import nl.kansenkaart.model.Company;
import nl.kansenkaart.model.DataQuality;
import nl.kansenkaart.model.MaterialKey;
import nl.kansenkaart.steps.AnalysisYears;

/**
 * The material table of one cluster: the flow lines of its establishments summed per role,
 * activity, material, processing method and data quality.
 */
public final class ClusterMaterials {

    private ClusterMaterials() {}

    public static List<ClusterMaterialRow> of(String clusterId, List<Company> members, FlowInventory flows, AnalysisYears years) {
        record Key(FlowRole role, String direction, String activity, MaterialKey material, String method, DataQuality quality,
                   String unit) {}
        Map<Key, double[]> sums = new LinkedHashMap<>();
        Map<Key, Set<String>> actors = new LinkedHashMap<>();
        Map<Key, Set<String>> sources = new LinkedHashMap<>();
        Map<Key, FlowLine> sample = new LinkedHashMap<>();
        for (Company c : members) {
            String activity = activity(c.sbi());
            for (FlowLine l : flows.of(c.ref())) {
                Key k = new Key(l.role(), l.direction().name(), activity, l.material(), l.methodCode(), l.quality(), l.unit().name());
                double[] v = sums.computeIfAbsent(k, x -> new double[2]);
                v[0] += l.amount();
                v[1] += l.records();
                actors.computeIfAbsent(k, x -> new HashSet<>()).add(c.ref());
                sources.computeIfAbsent(k, x -> new TreeSet<>()).add(sourceLabel(l, years));
                sample.putIfAbsent(k, l);
            }
        }
        List<ClusterMaterialRow> out = new ArrayList<>();
        for (Map.Entry<Key, double[]> e : sums.entrySet()) {
            Key k = e.getKey();
            FlowLine l = sample.get(k);
            MaterialClass mc = MaterialClassification.get().of(k.material());
            boolean hazardous = k.material().isEural() && EuralList.get().find(k.material().code()).map(Eural::hazardous).orElse(false);
            out.add(new ClusterMaterialRow(clusterId, k.role(), l.direction(), k.activity(), k.material(), MaterialNames.nl(k.material()),
                    mc.group(), mc.state(), hazardous, k.method(), l.rLevel(), e.getValue()[0], l.unit(), k.quality(),
                    actors.get(k).size(), (long) e.getValue()[1], String.join("; ", sources.get(k)), years.label()));
        }
        return out;
    }

    /** SBI class (4 digits) of an establishment, as "01.13 Teelt van groenten en wortel- en knolgewassen". */
    public static String activity(String sbi) {
        if (sbi == null || sbi.isBlank()) return "SBI onbekend";
        String digits = sbi.replace(".", "");
        if (digits.length() > 4) digits = digits.substring(0, 4);
        SbiCode code = Sbi2008.get().byDigits(digits).or(() -> Sbi2008.get().lookup(sbi)).orElse(null);
        return code == null ? "SBI " + sbi : code.label();
    }

    /** The source of a line without the per-company numbers: "key figure greenhouses-heat-job (RVO ...)" or the LMA years. */
    private static String sourceLabel(FlowLine l, AnalysisYears years) {
        if (l.quality() == DataQuality.MEASURED && l.records() > 0) return years.lmaLabel();
        String s = l.source();
        int colon = s.indexOf(':');
        int paren = s.indexOf(" (");
        return colon > 0 && paren > colon ? s.substring(0, colon) + s.substring(paren) : s;
    }
}
