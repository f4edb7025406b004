package nl.kansenkaart.matching;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.kansenkaart.codes.LmaMethods;
import nl.kansenkaart.codes.RLevel;

/** The compatibility rules of a project, in table order; read from and written to CSV. */
public final class RuleTable {

    public static final String DEFAULT_RESOURCE = "/nl/kansenkaart/matching/compatibility_rules.csv";
    public static final List<String> COLUMNS = List.of("rule_id", "supply", "demand", "r_level", "hazardous_allowed",
            "lma_method", "substitution", "quality_note", "rationale");

    private final List<CompatibilityRule> rules;

    public RuleTable(List<CompatibilityRule> rules) {
        Set<String> ids = new HashSet<>();
        for (CompatibilityRule r : rules)
            if (!ids.add(r.id())) throw new IllegalArgumentException("duplicate rule id " + r.id());
        this.rules = List.copyOf(rules);
    }

    /** The documented default shipped with Kansenkaart. */
    public static RuleTable defaults() {
        return parse(CsvTable.resource(DEFAULT_RESOURCE));
    }

    /** Reads an analyst's CSV; any bad row rejects the whole file with a one-line error. */
    public static RuleTable read(Path file) {
        return parse(CsvTable.read(file));
    }

    static RuleTable parse(CsvTable t) {
        t.require(COLUMNS);
        TableErrors errors = new TableErrors(t.sourceName());
        List<CompatibilityRule> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (CsvTable.Row row : t.rows()) {
            String column = null;
            try {
                column = "rule_id";
                String id = t.get(row, column);
                if (!ids.add(id)) throw new IllegalArgumentException("rule id '" + id + "' appears twice");
                column = "supply";
                MaterialSelector supply = MaterialSelector.parse(t.get(row, column));
                column = "demand";
                MaterialSelector demand = MaterialSelector.parse(t.get(row, column));
                column = "r_level";
                RLevel r = rLevel(t.get(row, column));
                column = "hazardous_allowed";
                boolean hazardous = CsvTable.bool(t.get(row, column));
                column = "lma_method";
                String method = t.get(row, column);
                if (!method.isEmpty()) {
                    String raw = method;
                    method = LmaMethods.get().lookup(raw).orElseThrow(() -> new IllegalArgumentException(
                            "'" + raw + "' is not an LMA processing method (A01..G02)")).code();
                }
                column = "substitution";
                Double sub = CsvTable.number(t.get(row, column));
                column = null;
                out.add(new CompatibilityRule(id, supply, demand, r, hazardous, method, sub == null ? 0 : sub,
                        t.get(row, "quality_note"), t.get(row, "rationale")));
            } catch (IllegalArgumentException e) {
                errors.add(row.line(), column, e.getMessage());
            }
        }
        errors.throwIfAny();
        return new RuleTable(out);
    }

    static RLevel rLevel(String text) {
        try {
            RLevel r = RLevel.valueOf(text.trim().toUpperCase(Locale.ROOT));
            if (r.isOnLadder()) return r;
        } catch (IllegalArgumentException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("'" + text + "' is not an R-ladder level (R0..R9)");
    }

    public List<CompatibilityRule> rules() {
        return rules;
    }

    public int size() {
        return rules.size();
    }

    public void write(Writer out) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (CompatibilityRule r : rules)
            rows.add(new String[] {r.id(), r.supply().toString(), r.demand().toString(), r.rLevel().name(),
                    Boolean.toString(r.hazardousAllowed()), r.lmaMethod() == null ? "" : r.lmaMethod(),
                    Numbers.plain(r.substitution()), r.qualityNote(), r.rationale()});
        CsvTable.write(out, COLUMNS, rows);
    }
}
