package nl.kansenkaart.clusters;

import java.util.List;
import nl.kansenkaart.model.Company;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * A cluster of step 1: the establishments of one sector cluster, region-wide or in one place.
 *
 * @param key      stable key: {@code greenhouses}, {@code greenhouses/density/2}, {@code greenhouses/GM0358},
 *                 {@code greenhouses/park/NH-123}
 * @param areaCode the municipality or business-park code for those levels, else null
 * @param geometry hull or area in RD New; null when no member is located
 */
public record Cluster(String key, SectorCluster sector, ClusterLevel level, String areaCode, String name,
                      List<Company> members, MultiPolygon geometry) {

    public Cluster {
        members = List.copyOf(members);
    }
}
