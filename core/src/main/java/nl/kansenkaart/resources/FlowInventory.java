package nl.kansenkaart.resources;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import nl.kansenkaart.steps.AnalysisYears;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.kansenkaart.codes.LmaMethod;
import nl.kansenkaart.codes.LmaMethods;
import nl.kansenkaart.codes.RLevel;
import nl.kansenkaart.model.Company;
import nl.kansenkaart.model.DataQuality;
import nl.kansenkaart.model.FlowDirection;
import nl.kansenkaart.model.MaterialKey;
import nl.kansenkaart.model.QuantityUnit;

/**
 * Every yearly figure of a set of establishments: measured flows from the LMA records linked to
 * them, and estimates from key figures where data are missing (001:1745-1755). A company with any
 * residue of its own in LMA gets no residue estimates: LMA then says what it gives off. By-products
 * without a waste code and raw-material demand always come from key figures.
 */
public final class FlowInventory {

    /** LMA methods of incineration and other thermal treatment with energy use (group F without soil cleaning F05). */
    public static final Set<String> THERMAL_METHODS = Set.of("F01", "F02", "F03", "F04", "F06", "F07");

    private final Map<String, List<FlowLine>> byCompany;

    private FlowInventory(Map<String, List<FlowLine>> byCompany) {
        this.byCompany = byCompany;
    }

    /**
     * @param clusterOfCompany sector cluster id per company ref (companies without one get no estimates)
     */
    public static FlowInventory build(Collection<Company> companies, Map<String, String> clusterOfCompany, LmaLinks links,
                                      KeyFigureTable figures, AnalysisYears years) {
        Map<String, Company> scope = new HashMap<>();
        for (Company c : companies) scope.put(c.ref(), c);
        Map<String, List<FlowLine>> out = new TreeMap<>();
        Map<String, Double> thermal = new HashMap<>();
        for (FlowLine l : measured(scope, links, years)) {
            out.computeIfAbsent(l.companyRef(), k -> new ArrayList<>()).add(l);
            if (l.role() == FlowRole.INTAKE && THERMAL_METHODS.contains(l.methodCode()))
                thermal.merge(l.companyRef(), l.amount(), Double::sum);
        }
        for (Company c : scope.values()) {
            String cluster = clusterOfCompany.get(c.ref());
            if (cluster == null) continue;
            List<FlowLine> own = out.getOrDefault(c.ref(), List.of());
            boolean hasMeasuredResidues = own.stream().anyMatch(l -> l.role() == FlowRole.RESIDUE);
            List<FlowLine> est = estimates(c, cluster, figures, thermal.getOrDefault(c.ref(), 0.0), hasMeasuredResidues);
            if (!est.isEmpty()) out.computeIfAbsent(c.ref(), k -> new ArrayList<>()).addAll(est);
        }
        return new FlowInventory(out);
    }

    private static List<FlowLine> measured(Map<String, Company> scope, LmaLinks links, AnalysisYears years) {
        record Key(String ref, FlowRole role, String eural, String method) {}
        Map<Key, double[]> sums = new LinkedHashMap<>();
        Map<Key, Set<String>> how = new HashMap<>();
        for (LmaLinks.Linked l : links.all()) {
            StreamYear s = l.stream();
            if (l.ontdoener() != null && scope.containsKey(l.ontdoener().company().ref())) {
                FlowRole role = l.ontdoenerRole() == LinkRole.COLLECTOR ? FlowRole.ROUTE_COLLECTED : FlowRole.RESIDUE;
                Key k = new Key(l.ontdoener().company().ref(), role, s.eural(), s.methodCode());
                add(sums, how, k, s, l.ontdoener().method());
            }
            if (l.processor() != null && scope.containsKey(l.processor().company().ref())) {
                Key k = new Key(l.processor().company().ref(), FlowRole.INTAKE, s.eural(), s.methodCode());
                add(sums, how, k, s, l.processor().method());
            }
        }
        int n = Math.max(1, years.count());
        List<FlowLine> out = new ArrayList<>();
        for (Map.Entry<Key, double[]> e : sums.entrySet()) {
            Key k = e.getKey();
            long records = (long) e.getValue()[1];
            String party = switch (k.role()) {
                case RESIDUE -> "as ontdoener";
                case ROUTE_COLLECTED -> "as collector (route collection: waste of several producers)";
                default -> "as processor";
            };
            String source = years.lmaLabel() + ": " + records + " record" + (records == 1 ? "" : "s") + " " + party
                    + ", linked by " + String.join("/", new TreeSet<>(how.get(k)));
            FlowDirection dir = k.role() == FlowRole.INTAKE ? FlowDirection.DEMAND : FlowDirection.SUPPLY;
            out.add(new FlowLine(k.ref(), k.role(), dir, MaterialKey.eural(k.eural()), k.method(), rLevel(k.method()),
                    e.getValue()[0] / n, QuantityUnit.TONNE, DataQuality.MEASURED, source, records));
        }
        return out;
    }

    private static <K> void add(Map<K, double[]> sums, Map<K, Set<String>> how, K k, StreamYear s, String method) {
        double[] v = sums.computeIfAbsent(k, x -> new double[2]);
        v[0] += s.tonnes();
        v[1] += s.records();
        how.computeIfAbsent(k, x -> new TreeSet<>()).add(method);
    }

    /** R-ladder level of an LMA method; UNKNOWN when the code is not in the LMA list. */
    public static RLevel rLevel(String methodCode) {
        return LmaMethods.get().lookup(methodCode).map(LmaMethod::rLevel).orElse(RLevel.UNKNOWN);
    }

    private static List<FlowLine> estimates(Company c, String cluster, KeyFigureTable figures, double thermalTonnes,
                                            boolean hasMeasuredResidues) {
        Map<String, List<KeyFigure>> byFlow = new LinkedHashMap<>();
        for (KeyFigure f : figures.applicable(cluster, c.sbi(), NameKey.of(c.name())))
            byFlow.computeIfAbsent(f.direction() + " " + f.material(), k -> new ArrayList<>()).add(f);
        List<FlowLine> out = new ArrayList<>();
        for (List<KeyFigure> candidates : byFlow.values()) {
            KeyFigure first = candidates.get(0);
            boolean residue = first.direction() == FlowDirection.SUPPLY && first.material().isEural();
            if (residue && hasMeasuredResidues) continue;
            KeyFigure best = null;
            double qty = 0;
            for (KeyFigureBasis basis : KeyFigureBasis.values()) {
                for (KeyFigure f : candidates) {
                    if (f.per() != basis) continue;
                    OptionalDouble q = CompanyBasis.quantity(c, basis, thermalTonnes);
                    if (q.isPresent()) {
                        best = f;
                        qty = q.getAsDouble();
                        break;
                    }
                }
                if (best != null) break;
            }
            if (best == null) continue;
            FlowRole role = best.direction() == FlowDirection.DEMAND ? FlowRole.DEMAND : residue ? FlowRole.RESIDUE : FlowRole.BYPRODUCT;
            String basisText = best.per() == KeyFigureBasis.PLANT ? "published plant figure"
                    : best.rate() + " x " + Amounts.format(qty) + " " + best.per().key();
            String source = "key figure " + best.id() + ": " + basisText + " (" + best.source() + ")";
            out.add(new FlowLine(c.ref(), role, best.direction(), best.material(), null, null, best.value() * qty, best.unit(),
                    best.quality(), source, 0));
        }
        return out;
    }

    public List<FlowLine> of(String companyRef) {
        return byCompany.getOrDefault(companyRef, List.of());
    }

    public Map<String, List<FlowLine>> all() {
        return Collections.unmodifiableMap(byCompany);
    }
}
