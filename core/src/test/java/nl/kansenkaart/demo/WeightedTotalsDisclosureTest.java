package nl.kansenkaart.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import nl.kansenkaart.disclosure.DisclosureControl;
import nl.kansenkaart.disclosure.DisclosureLedger;
import nl.kansenkaart.disclosure.DisclosurePolicy;
import nl.kansenkaart.export.MatchWorkshopTables;
import nl.kansenkaart.export.WorkshopExport;
import nl.kansenkaart.matching.Indicator;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.Tables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample region's workshop package when every company but one pair consented: the matches
 * table then shows every amount but that pair's, with every match's road km, transport cost and
 * value per unit (and its rule). A shown tonne-km, transport cost, value moved or primary
 * material replaced would give the pair's amount as (total - shown amounts x weight) / its weight,
 * unless at least two amounts in it are withheld and their weighted sum passes the rules.
 */
class WeightedTotalsDisclosureTest {

    @TempDir static Path dir;
    static Path project;

    /** A basis match as the project stores it: the per-match figures the workshop matches table shows. */
    record Row(String id, String supplier, String taker, double amount, boolean energy, double roadKm, Double transportEur,
               Double valueEur, double substitution) {}

    @BeforeAll
    static void build() {
        project = dir.resolve("sample.kansenkaart");
        SamplePipeline.build(project, dir.resolve("work"), null);
    }

    @Test
    void withAllButOnePairConsentingNoWeightedScenarioTotalGivesThatPairsAmount() throws SQLException {
        try (ProjectFile p = ProjectFile.open(project)) {
            List<Row> matches = basisMatches(p);
            Map<String, Integer> matchesOf = new HashMap<>();
            for (Row m : matches) {
                matchesOf.merge(m.supplier(), 1, Integer::sum);
                matchesOf.merge(m.taker(), 1, Integer::sum);
            }
            // A match in every one of the four totals, of a pair with the fewest other matches (those are withheld with it).
            Row pair = matches.stream().filter(m -> !m.energy() && m.amount() > 0 && m.roadKm() > 0 && m.transportEur() != null
                            && m.transportEur() > 0 && m.valueEur() != null && m.valueEur() != 0 && m.substitution() > 0)
                    .min(java.util.Comparator.comparingInt(m -> matchesOf.get(m.supplier()) + matchesOf.get(m.taker()))).orElseThrow();
            Set<String> consenting = new HashSet<>(strings(p, "SELECT ref FROM " + Tables.COMPANIES + " UNION SELECT actor_ref FROM "
                    + Tables.MATCH_UNMATCHED + " UNION SELECT supply_ref FROM " + Tables.MATCHES + " UNION SELECT demand_ref FROM "
                    + Tables.MATCHES));
            consenting.removeAll(Set.of(pair.supplier(), pair.taker()));
            DisclosurePolicy policy = new DisclosurePolicy(3, 0.5, consenting, false);
            DisclosureLedger ledger = new WorkshopExport(p, policy).contents(false).ledger();

            List<Row> hiddenMatches = matches.stream().filter(m -> !ledger.shown(MatchWorkshopTables.matchAmount("basis", m.id()))).toList();
            // its own and, to protect it, some others (secondary suppression)
            assertThat(hiddenMatches).contains(pair);
            Map<Indicator, ToDoubleFunction<Row>> weights = new EnumMap<>(Indicator.class);
            weights.put(Indicator.TONNE_KM, m -> m.energy() ? 0 : m.roadKm());
            weights.put(Indicator.TRANSPORT_COST_EUR, m -> m.transportEur() == null ? 0 : m.transportEur());
            weights.put(Indicator.VALUE_MOVED_EUR, m -> m.valueEur() == null ? 0 : m.valueEur());
            weights.put(Indicator.PRIMARY_REPLACED_T, m -> m.energy() ? 0 : m.substitution());
            DisclosureControl rules = new DisclosureControl(policy);
            for (Map.Entry<Indicator, ToDoubleFunction<Row>> e : weights.entrySet()) {
                if (!ledger.shown(MatchWorkshopTables.indicator("basis", e.getKey()))) continue;
                // Shown: the withheld amounts' weighted sum is the total minus the shown ones, so it must not be one match...
                List<Row> hidden = hiddenMatches.stream().filter(m -> m.amount() != 0 && e.getValue().applyAsDouble(m) != 0).toList();
                assertThat(hidden).as(e.getKey().key() + " shown with these amounts withheld").hasSizeGreaterThanOrEqualTo(2);
                // ...and it must pass the rules with its suppliers and takers, each weighted as in the total.
                Map<String, Double> suppliers = new HashMap<>(), takers = new HashMap<>();
                for (Row m : hidden) {
                    suppliers.merge(m.supplier(), m.amount() * e.getValue().applyAsDouble(m), Double::sum);
                    takers.merge(m.taker(), m.amount() * e.getValue().applyAsDouble(m), Double::sum);
                }
                assertThat(rules.disclose(suppliers).isSuppressed()).as(e.getKey().key() + " suppliers").isFalse();
                assertThat(rules.disclose(takers).isSuppressed()).as(e.getKey().key() + " takers").isFalse();
            }
        }
    }

    private static List<Row> basisMatches(ProjectFile p) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (Statement st = p.connection().createStatement(); ResultSet rs = st.executeQuery("SELECT match_id, supply_ref, demand_ref,"
                + " amount, unit, road_km, transport_eur_per_unit, value_eur_per_unit, primary_replaced FROM " + Tables.MATCHES
                + " WHERE scenario = 'basis' ORDER BY rank")) {
            while (rs.next()) {
                double amount = rs.getDouble(4);
                out.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), amount, "GJ".equals(rs.getString(5)), rs.getDouble(6),
                        num(rs, 7), num(rs, 8), amount == 0 ? 0 : rs.getDouble(9) / amount));
            }
        }
        return out;
    }

    private static Double num(ResultSet rs, int col) throws SQLException {
        double v = rs.getDouble(col);
        return rs.wasNull() ? null : v;
    }

    private static List<String> strings(ProjectFile p, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = p.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }
}
