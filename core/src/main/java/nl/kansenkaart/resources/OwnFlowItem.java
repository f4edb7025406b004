package nl.kansenkaart.resources;

import java.util.List;
import nl.kansenkaart.model.FlowDirection;
import nl.kansenkaart.model.MaterialKey;

/**
 * An item of the checklist of the governments' own flows, e.g. sewage sludge at wastewater plants.
 *
 * @param materials material keys or EURAL prefixes ("eural:1701" for a whole sub-chapter)
 */
public record OwnFlowItem(String item, String clusterId, FlowDirection direction, List<String> materials, String itemNl,
                          String itemEn) {

    public OwnFlowItem {
        materials = List.copyOf(materials);
    }

    public boolean matches(MaterialKey key) {
        String k = key.toString();
        for (String m : materials) if (k.equals(m) || (key.isEural() && m.startsWith("eural:") && k.startsWith(m))) return true;
        return false;
    }
}
