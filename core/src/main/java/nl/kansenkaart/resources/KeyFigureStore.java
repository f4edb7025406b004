package nl.kansenkaart.resources;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kansenkaart.codes.EuralList;
import nl.kansenkaart.codes.NamedResource;
import nl.kansenkaart.codes.NamedResources;
import nl.kansenkaart.model.DataQuality;
import nl.kansenkaart.model.FlowDirection;
import nl.kansenkaart.model.MaterialKey;
import nl.kansenkaart.model.QuantityUnit;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.StepTables;
import nl.kansenkaart.steps.InputRow;
import nl.kansenkaart.steps.InputTable;

/** The key-figure input table: shipped defaults, the project's copy, and imports. */
public final class KeyFigureStore {

    public static final String RESOURCE = "/nl/kansenkaart/steps/key_figures.csv";
    public static final List<String> COLUMNS = List.of("id", "cluster_id", "sbi_prefix", "direction", "material", "per",
            "value", "unit", "name_pattern", "quality", "reference_year", "source", "note");

    private KeyFigureStore() {}

    public static KeyFigureTable defaults() {
        return parse(InputTable.fromResource(RESOURCE));
    }

    public static KeyFigureTable read(ProjectFile project) {
        return parse(InputTable.fromProject(project.connection(), StepTables.KEY_FIGURES));
    }

    public static KeyFigureTable parse(List<InputRow> rows) {
        List<KeyFigure> out = new ArrayList<>();
        for (InputRow r : rows) out.add(parse(r));
        return new KeyFigureTable(out);
    }

    private static KeyFigure parse(InputRow r) {
        MaterialKey material;
        try {
            material = MaterialKey.parse(r.required("material"));
        } catch (IllegalArgumentException e) {
            throw r.error(e.getMessage());
        }
        QuantityUnit expected;
        if (material.isEural()) {
            if (EuralList.get().find(material.code()).isEmpty()) throw r.error("EURAL code " + material.code() + " is not in the official list");
            expected = QuantityUnit.TONNE;
        } else {
            NamedResource nr = NamedResources.get().find(material.code())
                    .orElseThrow(() -> r.error("unknown named resource '" + material.code() + "' (see codes/named_resources.csv)"));
            expected = nr.unit();
        }
        String unitText = r.required("unit");
        QuantityUnit unit = unitText.equalsIgnoreCase("GJ") ? QuantityUnit.GJ
                : unitText.equalsIgnoreCase("t") || unitText.equalsIgnoreCase("tonne") ? QuantityUnit.TONNE : null;
        if (unit == null) throw r.error("unit must be t or GJ, got '" + unitText + "'");
        if (unit != expected) throw r.error(material + " is measured in " + expected.symbol() + ", not " + unit.symbol());
        double value = r.requiredNumber("value");
        if (value < 0) throw r.error("value must not be negative");
        try {
            return new KeyFigure(r.required("id"), r.required("cluster_id"), list(r.get("sbi_prefix")),
                    r.enumValue("direction", FlowDirection.class), material, KeyFigureBasis.parse(r.required("per")), value,
                    unit, list(r.get("name_pattern")),
                    r.get("quality") == null ? DataQuality.ESTIMATED : r.enumValue("quality", DataQuality.class),
                    r.get("reference_year"), r.required("source"), r.get("note"));
        } catch (IllegalArgumentException e) {
            throw r.error(e.getMessage());
        }
    }

    private static List<String> list(String piped) {
        if (piped == null) return List.of();
        return Arrays.stream(piped.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public static void replace(Connection c, KeyFigureTable table) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (KeyFigure f : table.all()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", f.id());
            m.put("cluster_id", f.clusterId());
            m.put("sbi_prefix", f.sbiPrefixes().isEmpty() ? null : String.join("|", f.sbiPrefixes()));
            m.put("direction", f.direction().name());
            m.put("material", f.material().toString());
            m.put("per", f.per().key());
            m.put("value", f.value());
            m.put("unit", f.unit().symbol());
            m.put("name_pattern", f.namePatterns().isEmpty() ? null : String.join("|", f.namePatterns()));
            m.put("quality", f.quality().name());
            m.put("reference_year", f.referenceYear());
            m.put("source", f.source());
            m.put("note", f.note());
            rows.add(m);
        }
        InputTable.replace(c, StepTables.KEY_FIGURES, COLUMNS, rows);
    }
}
