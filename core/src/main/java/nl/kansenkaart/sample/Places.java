package nl.kansenkaart.sample;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kansenkaart.geo.AreaIndex;
import nl.kansenkaart.geo.DutchBoundaries;
import nl.kansenkaart.geo.Pc4Table;
import nl.kansenkaart.model.Area;

/**
 * The real places the sample is built on: every four-digit postcode area of the shipped 4pp table
 * that has addresses (PO-box-only codes are left out), with its centroid in RD New and the CBS 2023
 * municipality its centroid lies in.
 */
final class Places {

    /** The province the sample lies in. */
    static final String REGION_PROVINCE = "PV27";

    /** A postcode area: its town (woonplaats), centroid and municipality. */
    record Pc4Area(String pc4, String town, double x, double y, String municipalityCode, String municipalityName,
                   String provinceCode) {

        boolean inRegion() {
            return REGION_PROVINCE.equals(provinceCode);
        }

        double kmTo(Pc4Area other) {
            double dx = x - other.x, dy = y - other.y;
            return StrictMath.sqrt(dx * dx + dy * dy) / 1000.0;
        }
    }

    private final AreaIndex municipalities = new AreaIndex(DutchBoundaries.get().municipalities());
    private final Map<String, Pc4Area> byPc4 = new LinkedHashMap<>();
    private final Map<String, List<Pc4Area>> byTown = new LinkedHashMap<>();
    private final List<Pc4Area> region = new ArrayList<>();

    Places() {
        for (Pc4Table.Pc4 p : Pc4Table.get().all().values()) {
            if (p.poBoxOnly()) continue;
            Area m = municipalities.locate(p.x(), p.y());
            if (m == null) continue; // centroid in the sea or across the border: not a usable place
            Pc4Area a = new Pc4Area(p.postcode(), p.town(), p.x(), p.y(), m.code(), m.name(), m.parentCode());
            byPc4.put(a.pc4(), a);
            byTown.computeIfAbsent(key(a.town()), k -> new ArrayList<>()).add(a);
            if (a.inRegion()) region.add(a);
        }
    }

    /** The CBS municipality an RD point lies in, or null. */
    Area municipalityAt(double x, double y) {
        return municipalities.locate(x, y);
    }

    Pc4Area pc4(String code) {
        return byPc4.get(code);
    }

    /** All usable postcode areas of the sample's province. */
    List<Pc4Area> region() {
        return Collections.unmodifiableList(region);
    }

    /**
     * The postcode areas a place token of the generator's tables stands for: a town name, one PC4
     * ("1045") or a range of them ("1041-1047"). Towns are looked up in the province only when
     * {@code inRegion}, since town names repeat across the country.
     */
    List<Pc4Area> resolve(String token, boolean inRegion) {
        String t = token.trim();
        List<Pc4Area> out = new ArrayList<>();
        if (t.matches("\\d{4}(-\\d{4})?")) {
            int from = Integer.parseInt(t.substring(0, 4));
            int to = t.length() > 4 ? Integer.parseInt(t.substring(5)) : from;
            for (int c = from; c <= to; c++) {
                Pc4Area a = byPc4.get(Integer.toString(c));
                if (a != null && (!inRegion || a.inRegion())) out.add(a);
            }
        } else {
            for (Pc4Area a : byTown.getOrDefault(key(t), List.of()))
                if (!inRegion || a.inRegion()) out.add(a);
        }
        if (out.isEmpty())
            throw new IllegalStateException("place '" + token + "' of the sample tables is not a postcode area"
                    + (inRegion ? " of Noord-Holland" : "") + " in the shipped PC4 table");
        return out;
    }

    private static String key(String town) {
        return town.toLowerCase(Locale.ROOT);
    }
}
