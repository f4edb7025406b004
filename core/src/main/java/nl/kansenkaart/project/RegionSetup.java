package nl.kansenkaart.project;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kansenkaart.geo.DutchBoundaries;
import nl.kansenkaart.geo.Regions;
import nl.kansenkaart.model.Area;
import nl.kansenkaart.model.AreaLevel;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Seeds a project with a study region from the shipped CBS boundaries: its municipalities, the
 * provinces they belong to, and the region's outline. One transaction.
 */
public final class RegionSetup {

    private RegionSetup() {}

    public static void seed(ProjectFile project, Regions.Region region) {
        List<Geometry> parts = new ArrayList<>();
        Set<String> provinceCodes = new LinkedHashSet<>();
        for (Area m : region.municipalities()) {
            parts.add(m.geometry());
            provinceCodes.add(m.parentCode());
        }
        Geometry outline = UnaryUnionOp.union(parts);
        List<Area> provinces = DutchBoundaries.get().provinces().stream().filter(p -> provinceCodes.contains(p.code())).toList();
        String source = "CBS/PDOK gemeenten en provincies 2023 (CC BY 4.0)";
        project.transaction(c -> {
            AreaStore.deleteAll(c, AreaLevel.MUNICIPALITY);
            AreaStore.deleteAll(c, AreaLevel.PROVINCE);
            AreaStore.deleteAll(c, AreaLevel.REGION);
            AreaStore.insert(c, region.municipalities(), source);
            AreaStore.insert(c, provinces, source);
            AreaStore.insert(c, List.of(new Area("REGION", region.name(), AreaLevel.REGION, null, outline,
                    Map.of("municipalities", Integer.toString(region.municipalities().size())))), source);
            ProjectFile.putMeta(c, "region", region.name());
            return null;
        });
    }
}
