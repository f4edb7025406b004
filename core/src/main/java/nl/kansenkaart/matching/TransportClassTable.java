package nl.kansenkaart.matching;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.codes.RLevel;
import nl.kansenkaart.model.MaterialGroup;
import nl.kansenkaart.model.MaterialKey;
import nl.kansenkaart.model.PhysicalState;
import nl.kansenkaart.model.QuantityUnit;

/**
 * The transport classes of a project. Every supplied material falls in exactly one class: the most
 * specific of its unit, so the table must end in an {@code any} class per unit.
 */
public final class TransportClassTable {

    public static final String DEFAULT_RESOURCE = "/nl/kansenkaart/matching/transport_classes.csv";
    public static final List<String> COLUMNS = List.of("class_id", "material", "unit", "scale", "max_haul_km", "value_eur",
            "transport_eur_per_km", "today_r", "source");

    private final List<TransportClass> classes;

    public TransportClassTable(List<TransportClass> classes) {
        Set<String> ids = new HashSet<>();
        for (TransportClass c : classes)
            if (!ids.add(c.id())) throw new IllegalArgumentException("duplicate class id " + c.id());
        for (QuantityUnit u : QuantityUnit.values())
            if (classes.stream().noneMatch(c -> c.unit() == u && c.material().toString().equals("any")))
                throw new KansenkaartException("transport classes need a catch-all class with material 'any' and unit " + u.name());
        this.classes = List.copyOf(classes);
    }

    public static TransportClassTable defaults() {
        return parse(CsvTable.resource(DEFAULT_RESOURCE));
    }

    public static TransportClassTable read(Path file) {
        return parse(CsvTable.read(file));
    }

    static TransportClassTable parse(CsvTable t) {
        t.require(COLUMNS);
        TableErrors errors = new TableErrors(t.sourceName());
        List<TransportClass> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (CsvTable.Row row : t.rows()) {
            String column = null;
            try {
                column = "class_id";
                String id = t.get(row, column);
                if (!ids.add(id)) throw new IllegalArgumentException("class id '" + id + "' appears twice");
                column = "material";
                MaterialSelector material = MaterialSelector.parse(t.get(row, column));
                column = "unit";
                QuantityUnit unit = unit(t.get(row, column));
                column = "scale";
                ScaleLevel scale = ScaleLevel.parse(t.get(row, column));
                column = "max_haul_km";
                Double haul = CsvTable.number(t.get(row, column));
                if (haul == null) throw new IllegalArgumentException("a maximum haul distance is required");
                column = "value_eur";
                Double value = CsvTable.number(t.get(row, column));
                column = "transport_eur_per_km";
                Double cost = CsvTable.number(t.get(row, column));
                if (cost == null) throw new IllegalArgumentException("a transport cost per unit and km is required");
                column = "today_r";
                String today = t.get(row, column);
                RLevel todayR = today.isEmpty() ? null : todayLevel(today);
                column = null;
                out.add(new TransportClass(id, material, unit, scale, haul, value, cost, todayR, t.get(row, "source")));
            } catch (IllegalArgumentException e) {
                errors.add(row.line(), column, e.getMessage());
            }
        }
        errors.throwIfAny();
        return new TransportClassTable(out);
    }

    private static RLevel todayLevel(String text) {
        try {
            return RLevel.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not an R-level (R0..R9, DISPOSAL, UNKNOWN)");
        }
    }

    private static QuantityUnit unit(String text) {
        String u = text.trim().toUpperCase(Locale.ROOT);
        if (u.equals("T") || u.equals("TON") || u.equals("TONNE")) return QuantityUnit.TONNE;
        if (u.equals("GJ")) return QuantityUnit.GJ;
        throw new IllegalArgumentException("'" + text + "' is not a unit (TONNE or GJ)");
    }

    public List<TransportClass> classes() {
        return classes;
    }

    /** The most specific class of this unit covering the material; earlier rows win ties. */
    public TransportClass classify(MaterialKey key, MaterialGroup group, PhysicalState state, QuantityUnit unit) {
        TransportClass best = null;
        int bestSpec = MaterialSelector.NO_MATCH;
        for (TransportClass c : classes) {
            if (c.unit() != unit) continue;
            int s = c.material().specificity(key, group, state);
            if (s > bestSpec) {
                best = c;
                bestSpec = s;
            }
        }
        return best; // never null: the constructor demands an 'any' class per unit
    }

    public void write(Writer out) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (TransportClass c : classes)
            rows.add(new String[] {c.id(), c.material().toString(), c.unit().name(), c.scale().name(), Numbers.plain(c.maxHaulKm()),
                    Numbers.plain(c.valueEur()), Numbers.plain(c.transportEurPerKm()), c.todayR() == null ? "" : c.todayR().name(), c.source()});
        CsvTable.write(out, COLUMNS, rows);
    }
}
