package nl.kansenkaart.resources;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.kansenkaart.model.DataQuality;
import nl.kansenkaart.model.FlowDirection;
import nl.kansenkaart.model.QuantityUnit;
import nl.kansenkaart.steps.InputRow;
import nl.kansenkaart.steps.InputTable;

/**
 * The checklist of the governments' own flows (001:1790-1800): for each item, whether the project
 * has that flow at establishments of its cluster, how much, and how much of it is measured.
 */
public final class OwnFlowsChecklist {

    public static final String RESOURCE = "/nl/kansenkaart/steps/own_flows_checklist.csv";

    /** One evaluated item. */
    public record Result(OwnFlowItem item, OwnFlowStatus status, double tonnes, double gigajoules, Double measuredShare,
                         int actors) {}

    private OwnFlowsChecklist() {}

    public static List<OwnFlowItem> items() {
        List<OwnFlowItem> out = new ArrayList<>();
        for (InputRow r : InputTable.fromResource(RESOURCE))
            out.add(new OwnFlowItem(r.required("item"), r.required("cluster_id"), r.enumValue("direction", FlowDirection.class),
                    Arrays.asList(r.required("materials").split("\\|")), r.get("item_nl"), r.get("item_en")));
        return out;
    }

    /** @param clusterOfCompany sector cluster id per establishment ref */
    public static List<Result> evaluate(List<OwnFlowItem> items, FlowInventory flows, java.util.Map<String, String> clusterOfCompany) {
        List<Result> out = new ArrayList<>();
        for (OwnFlowItem item : items) {
            double t = 0, gj = 0, measuredT = 0, intake = 0;
            Set<String> actors = new HashSet<>();
            boolean estimated = false, measured = false;
            for (var e : flows.all().entrySet()) {
                if (!item.clusterId().equals(clusterOfCompany.get(e.getKey()))) continue;
                for (FlowLine l : e.getValue()) {
                    if (!item.matches(l.material())) continue;
                    if (l.direction() != item.direction()) {
                        if (l.role() == FlowRole.INTAKE) intake += l.amount();
                        continue;
                    }
                    actors.add(e.getKey());
                    if (l.unit() == QuantityUnit.GJ) gj += l.amount();
                    else t += l.amount();
                    if (l.quality() == DataQuality.MEASURED) {
                        measured = true;
                        measuredT += l.tonnes();
                    } else estimated = true;
                }
            }
            OwnFlowStatus status = measured && estimated ? OwnFlowStatus.MIXED : measured ? OwnFlowStatus.MEASURED
                    : estimated ? OwnFlowStatus.ESTIMATED : intake > 0 ? OwnFlowStatus.RECEIVED_ONLY : OwnFlowStatus.NOT_FOUND;
            if (status == OwnFlowStatus.RECEIVED_ONLY) t = intake;
            Double share = t > 0 && status != OwnFlowStatus.RECEIVED_ONLY ? measuredT / t : null;
            out.add(new Result(item, status, t, gj, share, actors.size()));
        }
        return out;
    }
}
