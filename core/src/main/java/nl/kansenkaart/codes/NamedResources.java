package nl.kansenkaart.codes;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.kansenkaart.model.MaterialGroup;
import nl.kansenkaart.model.PhysicalState;
import nl.kansenkaart.model.QuantityUnit;

/** The catalogue of named resources ({@code named_resources.csv}). */
public final class NamedResources {

    private static final NamedResources INSTANCE = load();
    private final Map<String, NamedResource> byKey;

    private NamedResources(Map<String, NamedResource> byKey) {
        this.byKey = byKey;
    }

    public static NamedResources get() {
        return INSTANCE;
    }

    private static NamedResources load() {
        Map<String, NamedResource> map = new LinkedHashMap<>();
        for (Map<String, String> r : CsvResource.read("/nl/kansenkaart/codes/named_resources.csv"))
            map.put(r.get("key"), new NamedResource(r.get("key"), r.get("name_nl"), r.get("name_en"),
                    MaterialGroup.valueOf(r.get("group")), PhysicalState.valueOf(r.get("state")),
                    "GJ".equals(r.get("unit")) ? QuantityUnit.GJ : QuantityUnit.TONNE));
        return new NamedResources(Collections.unmodifiableMap(map));
    }

    public Collection<NamedResource> all() {
        return byKey.values();
    }

    public Optional<NamedResource> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }
}
