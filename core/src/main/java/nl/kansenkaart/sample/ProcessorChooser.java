package nl.kansenkaart.sample;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kansenkaart.codes.EuralList;

/**
 * Chooses the processor a stream goes to: among those that apply the method and accept the waste,
 * nearer ones are far more likely (weight 1/(km+5)^2), since transport dominates the cost of most
 * waste. Candidate lists are cached per origin area, method and code.
 */
final class ProcessorChooser {

    private final List<Establishment> processors;
    private final Map<String, Candidates> cache = new HashMap<>();

    private record Candidates(List<Establishment> sites, double[] weights) {}

    ProcessorChooser(List<Establishment> establishments) {
        List<Establishment> p = new ArrayList<>();
        for (Establishment e : establishments) if (e.processor() != null) p.add(e);
        this.processors = List.copyOf(p);
    }

    Establishment choose(Dice dice, Places.Pc4Area origin, String method, String eural, Set<String> toTypes) {
        String key = origin.pc4() + '|' + method + '|' + eural + '|' + toTypes;
        Candidates c = cache.computeIfAbsent(key, k -> candidates(origin, method, eural, toTypes));
        return dice.pick(c.sites(), c.weights());
    }

    private Candidates candidates(Places.Pc4Area origin, String method, String eural, Set<String> toTypes) {
        boolean hazardous = EuralList.get().find(eural).orElseThrow().hazardous();
        List<Establishment> sites = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (Establishment p : processors) {
            if (!p.processor().methods().contains(method) || !p.processor().accepts(eural, hazardous)) continue;
            if (!toTypes.isEmpty() && !toTypes.contains(p.type())) continue;
            double km = origin.kmTo(p.place());
            sites.add(p);
            weights.add(1.0 / ((km + 5) * (km + 5)));
        }
        if (sites.isEmpty())
            throw new IllegalStateException("sample tables: no processor applies " + method + " to EURAL " + eural
                    + (toTypes.isEmpty() ? "" : " among " + toTypes));
        return new Candidates(List.copyOf(sites), weights.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
