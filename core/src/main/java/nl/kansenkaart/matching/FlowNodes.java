package nl.kansenkaart.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kansenkaart.codes.Eural;
import nl.kansenkaart.codes.EuralList;
import nl.kansenkaart.codes.MaterialClass;
import nl.kansenkaart.codes.MaterialClassification;
import nl.kansenkaart.model.Company;
import nl.kansenkaart.model.DataQuality;
import nl.kansenkaart.model.FlowDirection;
import nl.kansenkaart.model.Location;
import nl.kansenkaart.model.MaterialFlow;
import nl.kansenkaart.model.MaterialGroup;
import nl.kansenkaart.model.PhysicalState;

/**
 * Turns material flows into supply and demand nodes: flows of one actor, direction, material and
 * unit are summed (step 2 may write several, e.g. per source), located at the flow's own point or
 * else the company's, and sorted by actor and material so indices are stable between runs.
 */
public record FlowNodes(List<FlowNode> supplies, List<FlowNode> demands) {

    public static FlowNodes of(List<MaterialFlow> flows, Map<String, Company> companies, StudyRegion region) {
        Map<String, List<MaterialFlow>> groups = new LinkedHashMap<>();
        for (MaterialFlow f : flows)
            groups.computeIfAbsent(f.direction() + "|" + f.actorRef() + "|" + f.material() + "|" + f.unit(), k -> new ArrayList<>()).add(f);
        List<FlowNode> supplies = new ArrayList<>();
        List<FlowNode> demands = new ArrayList<>();
        for (List<MaterialFlow> g : groups.values()) {
            FlowNode n = merge(g, companies.get(g.get(0).actorRef()), region);
            (n.direction() == FlowDirection.SUPPLY ? supplies : demands).add(n);
        }
        return new FlowNodes(indexed(supplies), indexed(demands));
    }

    private static FlowNode merge(List<MaterialFlow> g, Company company, StudyRegion region) {
        MaterialFlow first = g.get(0);
        double amount = 0;
        boolean measured = true, hazardous = false;
        Location loc = Location.NONE;
        Set<String> sources = new LinkedHashSet<>();
        MaterialGroup group = null;
        PhysicalState state = null;
        for (MaterialFlow f : g) {
            amount += f.amountPerYear();
            measured &= f.quality() == DataQuality.MEASURED;
            hazardous |= f.hazardous();
            if (!loc.isLocated() && f.location().isLocated()) loc = f.location();
            if (f.source() != null && !f.source().isBlank()) sources.add(f.source());
            if (group == null) group = f.group();
            if (state == null) state = f.state();
        }
        if (!loc.isLocated() && company != null) loc = company.location();
        if (group == null || state == null) {
            MaterialClass c = MaterialClassification.get().of(first.material());
            group = group == null ? c.group() : group;
            state = state == null ? c.state() : state;
        }
        if (first.material().isEural())
            hazardous |= EuralList.get().find(first.material().code()).map(Eural::hazardous).orElse(false);
        Boolean inRegion = region == null || !loc.isLocated() ? null : region.contains(loc.x(), loc.y());
        String name = company == null ? first.actorRef() : company.name();
        return new FlowNode(-1, first.actorRef(), name, first.direction(), first.material(), group, state, hazardous, amount,
                first.unit(), measured ? DataQuality.MEASURED : DataQuality.ESTIMATED, loc.precision(), loc.x(), loc.y(),
                inRegion, String.join("; ", sources));
    }

    private static List<FlowNode> indexed(List<FlowNode> nodes) {
        nodes.sort(Comparator.comparing(FlowNode::actorRef).thenComparing(FlowNode::material)
                .thenComparing(n -> n.unit().name()));
        List<FlowNode> out = new ArrayList<>(nodes.size());
        for (FlowNode n : nodes) out.add(withIndex(n, out.size()));
        return List.copyOf(out);
    }

    static FlowNode withIndex(FlowNode n, int i) {
        return new FlowNode(i, n.actorRef(), n.actorName(), n.direction(), n.material(), n.group(), n.state(), n.hazardous(),
                n.amount(), n.unit(), n.quality(), n.precision(), n.x(), n.y(), n.inRegion(), n.source());
    }

    /** Nodes built elsewhere (benchmark, tests): sorted and indexed the same way. */
    public static FlowNodes ofNodes(List<FlowNode> supplies, List<FlowNode> demands) {
        return new FlowNodes(indexed(new ArrayList<>(supplies)), indexed(new ArrayList<>(demands)));
    }
}
