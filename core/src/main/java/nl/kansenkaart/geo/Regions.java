package nl.kansenkaart.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.kansenkaart.model.Area;

/**
 * Named study regions a project can be created for: any province (by name or CBS code PV27) or
 * a predefined cooperation region such as the Amsterdam metropolitan region (MRA).
 */
public final class Regions {

    /** A study region: its name and the municipalities it consists of. */
    public record Region(String name, List<Area> municipalities) {}

    /**
     * Metropoolregio Amsterdam, 2023: 30 municipalities in Noord-Holland and Flevoland
     * (Weesp merged into Amsterdam in 2022, Beemster into Purmerend in 2022).
     */
    static final Set<String> MRA = Set.of(
            "GM0358", "GM0034", "GM0362", "GM0363", "GM0375", "GM0376", "GM0377", "GM0384", "GM0385", "GM1942",
            "GM0392", "GM0394", "GM0396", "GM0397", "GM0402", "GM0406", "GM0415", "GM0995", "GM0431", "GM0437",
            "GM0439", "GM0450", "GM0451", "GM0453", "GM0852", "GM1696", "GM0880", "GM0479", "GM0473", "GM0417");

    private Regions() {}

    /** All names accepted by {@link #find(String)}: the 12 provinces and MRA. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        for (Area p : DutchBoundaries.get().provinces()) names.add(p.name());
        names.add("MRA");
        return names;
    }

    public static Optional<Region> find(String name) {
        if (name == null) return Optional.empty();
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.equals("mra") || n.equals("metropoolregio amsterdam") || n.equals("amsterdam metropolitan region")) {
            List<Area> list = DutchBoundaries.get().municipalities().stream().filter(a -> MRA.contains(a.code())).toList();
            return Optional.of(new Region("Metropoolregio Amsterdam", list));
        }
        for (Area p : DutchBoundaries.get().provinces()) {
            if (p.name().toLowerCase(Locale.ROOT).equals(n) || p.code().toLowerCase(Locale.ROOT).equals(n)
                    || p.name().toLowerCase(Locale.ROOT).replace("â", "a").equals(n)) {
                List<Area> list = DutchBoundaries.get().municipalities().stream()
                        .filter(a -> p.code().equals(a.parentCode())).toList();
                return Optional.of(new Region(p.name(), list));
            }
        }
        return Optional.empty();
    }
}
