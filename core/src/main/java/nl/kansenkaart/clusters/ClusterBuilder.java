package nl.kansenkaart.clusters;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.kansenkaart.geo.AreaIndex;
import nl.kansenkaart.model.Area;
import nl.kansenkaart.model.Company;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * Builds the clusters of step 1 from the establishments: per sector cluster the region-wide
 * cluster, its dense groups (DBSCAN with a radius in metres), and its presence per municipality and
 * per business park. Deterministic: establishments are handled in order of their ref.
 */
public final class ClusterBuilder {

    /** DBSCAN parameters: radius in metres (RD) and the minimum number of establishments of a core point. */
    public record Settings(double radius, int minPoints) {
        public Settings {
            if (!(radius > 0) || radius > 50_000) throw new IllegalArgumentException("cluster radius must be between 0 and 50,000 m, got " + radius);
            if (minPoints < 2) throw new IllegalArgumentException("minimum points per cluster must be at least 2, got " + minPoints);
        }
    }

    private ClusterBuilder() {}

    /** The sector cluster of each establishment (by ref); establishments without a valid SBI code are absent. */
    public static Map<String, SectorCluster> assign(SbiClusterTable table, List<Company> companies) {
        Map<String, SectorCluster> out = new LinkedHashMap<>();
        for (Company c : companies) table.clusterOf(c.sbi()).ifPresent(s -> out.put(c.ref(), s));
        return out;
    }

    public static List<Cluster> build(SbiClusterTable table, List<Company> companies, List<Area> municipalities,
                                      List<Area> businessParks, Settings settings) {
        List<Company> sorted = new ArrayList<>(companies);
        sorted.sort(Comparator.comparing(Company::ref));
        Map<String, SectorCluster> sectorOf = assign(table, sorted);
        Map<String, List<Company>> bySector = new LinkedHashMap<>();
        for (SectorCluster s : table.clusters()) bySector.put(s.id(), new ArrayList<>());
        for (Company c : sorted) {
            SectorCluster s = sectorOf.get(c.ref());
            if (s != null) bySector.get(s.id()).add(c);
        }
        AreaIndex municipalityIndex = new AreaIndex(municipalities);
        Map<String, Area> municipalityByCode = new HashMap<>();
        for (Area a : municipalities) municipalityByCode.put(a.code(), a);
        AreaIndex parkIndex = businessParks.isEmpty() ? null : new AreaIndex(businessParks);

        List<Cluster> out = new ArrayList<>();
        for (SectorCluster s : table.clusters()) {
            List<Company> members = bySector.get(s.id());
            List<Cluster> dense = density(s, members, settings, municipalityIndex, municipalityByCode);
            MultiPolygon sectorShape = dense.isEmpty() ? ClusterGeometry.hull(members, settings.radius())
                    : ClusterGeometry.union(dense.stream().map(Cluster::geometry).toList());
            out.add(new Cluster(s.id(), s, ClusterLevel.SECTOR, null, s.nameNl(), members, sectorShape));
            out.addAll(dense);
            Map<String, List<Company>> byMunicipality = new TreeMap<>();
            for (Company c : members)
                municipalityOf(c, municipalityIndex).ifPresent(code -> byMunicipality.computeIfAbsent(code, k -> new ArrayList<>()).add(c));
            for (Map.Entry<String, List<Company>> e : byMunicipality.entrySet()) {
                Area m = municipalityByCode.get(e.getKey());
                String name = s.nameNl() + " - " + (m == null || m.name() == null ? e.getKey() : m.name());
                out.add(new Cluster(s.id() + "/" + e.getKey(), s, ClusterLevel.MUNICIPALITY, e.getKey(), name, e.getValue(),
                        m == null ? ClusterGeometry.hull(e.getValue(), settings.radius()) : ClusterGeometry.multi(m.geometry())));
            }
            if (parkIndex != null) out.addAll(parks(s, members, parkIndex));
        }
        return out;
    }

    private static List<Cluster> density(SectorCluster s, List<Company> members, Settings settings, AreaIndex municipalityIndex,
                                         Map<String, Area> municipalityByCode) {
        List<Company> located = members.stream().filter(c -> c.location().isLocated()).toList();
        List<Coordinate> pts = located.stream().map(c -> new Coordinate(c.location().x(), c.location().y())).toList();
        int[] labels = Dbscan.cluster(pts, settings.radius(), settings.minPoints());
        Map<Integer, List<Company>> groups = new TreeMap<>();
        for (int i = 0; i < labels.length; i++)
            if (labels[i] != Dbscan.NOISE) groups.computeIfAbsent(labels[i], k -> new ArrayList<>()).add(located.get(i));
        List<Cluster> out = new ArrayList<>();
        for (Map.Entry<Integer, List<Company>> g : groups.entrySet()) {
            int n = g.getKey() + 1;
            String where = dominantMunicipality(g.getValue(), municipalityIndex, municipalityByCode);
            out.add(new Cluster(s.id() + "/density/" + n, s, ClusterLevel.DENSITY, null,
                    s.nameNl() + " - concentratie " + n + (where == null ? "" : " (" + where + ")"), g.getValue(),
                    ClusterGeometry.hull(g.getValue(), settings.radius())));
        }
        return out;
    }

    private static List<Cluster> parks(SectorCluster s, List<Company> members, AreaIndex parkIndex) {
        Map<String, List<Company>> byPark = new TreeMap<>();
        Map<String, Area> parkByCode = new HashMap<>();
        for (Company c : members) {
            if (!c.location().isLocated()) continue;
            Area park = parkIndex.locate(c.location().x(), c.location().y());
            if (park == null) continue;
            parkByCode.put(park.code(), park);
            byPark.computeIfAbsent(park.code(), k -> new ArrayList<>()).add(c);
        }
        List<Cluster> out = new ArrayList<>();
        for (Map.Entry<String, List<Company>> e : byPark.entrySet()) {
            Area park = parkByCode.get(e.getKey());
            out.add(new Cluster(s.id() + "/park/" + e.getKey(), s, ClusterLevel.BUSINESS_PARK, e.getKey(),
                    s.nameNl() + " - " + (park.name() == null ? e.getKey() : park.name()), e.getValue(),
                    ClusterGeometry.multi(park.geometry())));
        }
        return out;
    }

    /** The municipality code of an establishment: as stored, else by point in polygon. */
    public static Optional<String> municipalityOf(Company c, AreaIndex municipalities) {
        if (c.municipalityCode() != null) return Optional.of(c.municipalityCode());
        if (!c.location().isLocated()) return Optional.empty();
        Area a = municipalities.locate(c.location().x(), c.location().y());
        return a == null ? Optional.empty() : Optional.of(a.code());
    }

    private static String dominantMunicipality(List<Company> members, AreaIndex index, Map<String, Area> byCode) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Company c : members) municipalityOf(c, index).ifPresent(code -> counts.merge(code, 1, Integer::sum));
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet())
            if (best == null || e.getValue() > counts.get(best)) best = e.getKey();
        if (best == null) return null;
        Area a = byCode.get(best);
        return a == null || a.name() == null ? best : a.name();
    }
}
