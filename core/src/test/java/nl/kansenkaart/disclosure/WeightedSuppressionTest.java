package nl.kansenkaart.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Secondary suppression of weighted totals, such as tonne-km = sum of a match's tonnes times its
 * (published) road km: a withheld match amount must not follow as (total - shown amounts x km) / km.
 * Rules: 3 companies, none above 50 %; companies p, q and r did not consent, all others did, so a
 * match is shown exactly when neither side is p, q or r (as the workshop matches table does).
 */
class WeightedSuppressionTest {

    private static final DisclosureControl CONTROL = new DisclosureControl(new DisclosurePolicy(3, 0.5,
            Set.of("a", "b", "c", "d", "e", "f", "x", "y", "z"), false));

    private final SuppressionLog log = new SuppressionLog();
    private final DisclosureLedger ledger = new DisclosureLedger(CONTROL, log);

    /** A match: its supplier and taker, its tonnes and the published weight (road km, EUR per tonne). */
    private record Flow(String row, String supplier, String taker, double tonnes, double weight) {}

    private static CellRef cell(String row) {
        return new CellRef("t", row, "value");
    }

    /** Declares the matches (shown only when both companies consented), their weighted total (primary rules applied) and the group. */
    private static void declare(DisclosureLedger l, String total, boolean weighted, Flow... flows) {
        Map<String, Double> suppliers = new LinkedHashMap<>(), takers = new LinkedHashMap<>();
        List<CellRef> parts = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        double sum = 0;
        for (Flow f : flows) {
            Disclosed s = CONTROL.discloseOwn(f.supplier(), f.tonnes()), t = CONTROL.discloseOwn(f.taker(), f.tonnes());
            l.add(cell(f.row()), f.tonnes(), List.of(Map.of(f.supplier(), f.tonnes()), Map.of(f.taker(), f.tonnes())),
                    s.isSuppressed() ? s : t);
            double w = weighted ? f.weight() : 1;
            suppliers.merge(f.supplier(), w * f.tonnes(), Double::sum);
            takers.merge(f.taker(), w * f.tonnes(), Double::sum);
            sum += w * f.tonnes();
            parts.add(cell(f.row()));
            weights.add(w);
        }
        l.sum(cell(total), sum, List.of(suppliers, takers));
        if (weighted) l.group(cell(total), parts, weights);
        else l.group(cell(total), parts);
    }

    private static List<String> withheld(DisclosureLedger l, String... rows) {
        List<String> out = new ArrayList<>();
        for (String r : rows) if (!l.shown(cell(r))) out.add(r);
        return out;
    }

    @Test
    void oneWithheldMatchIsNotTheTonneKmMinusTheShownOnesDividedByItsKm() {
        // 1,130 t.km, of which p's 200 (18 %): the total passes. Only p's match is withheld, so (1,130 - 930) / 20 km = its 10 t.
        declare(ledger, "tonne_km", true, new Flow("m1", "p", "x", 10, 20), new Flow("m2", "a", "b", 50, 5),
                new Flow("m3", "c", "d", 40, 8), new Flow("m4", "e", "f", 30, 12));
        ledger.resolve();
        // Any one more match gives two suppliers, too few: the total goes.
        assertThat(withheld(ledger, "tonne_km", "m1", "m2", "m3", "m4")).containsExactly("tonne_km", "m1");
        assertThat(ledger.verdict(cell("tonne_km")).suppressionReason()).isEqualTo("secondary: would reveal m1 by subtraction");
        assertThat(log.entries()).extracting(SuppressionLog.Entry::row).containsExactly("m1", "tonne_km");
    }

    @Test
    void withheldMatchesWhoseWeightedSumOneCompanyDominatesTakeTheSmallestMatchThatDilutesIt() {
        Flow[] flows = {new Flow("m1", "p", "x", 10, 300), new Flow("m2", "q", "y", 100, 5), new Flow("m3", "r", "z", 100, 5),
                new Flow("m4", "a", "b", 20, 10), new Flow("m5", "c", "d", 100, 40)};
        declare(ledger, "tonne_km", true, flows);
        ledger.resolve();
        // m1 + m2 + m3 = 4,000 t.km of which p's 3,000 (75 %); with m4 (200 t.km) still 71 %, with m5 (4,000 t.km) 38 %.
        assertThat(withheld(ledger, "tonne_km", "m1", "m2", "m3", "m4", "m5")).containsExactly("m1", "m2", "m3", "m5");
        assertThat(ledger.verdict(cell("m5")).suppressionReason()).isEqualTo("secondary: would reveal m1 + m2 + m3 by subtraction");

        // In tonnes the same three matches are 210 t of three suppliers, p 5 %: a plain sum needs nothing more.
        DisclosureLedger plain = new DisclosureLedger(CONTROL, new SuppressionLog());
        declare(plain, "matched_t", false, flows);
        plain.resolve();
        assertThat(withheld(plain, "matched_t", "m1", "m2", "m3", "m4", "m5")).containsExactly("m1", "m2", "m3");
    }

    @Test
    void aWithheldMatchOfWeightZeroHidesNothingInThatTotal() {
        // p's match has no known value per tonne: it is not in the value moved, which then gives nothing of it away.
        declare(ledger, "value_moved_eur", true, new Flow("m1", "p", "x", 10, 0), new Flow("m2", "a", "b", 50, 5),
                new Flow("m3", "c", "d", 40, 8), new Flow("m4", "e", "f", 30, 12));
        ledger.resolve();
        assertThat(withheld(ledger, "value_moved_eur", "m1", "m2", "m3", "m4")).containsExactly("m1");
        assertThat(log.entries()).extracting(SuppressionLog.Entry::reason).noneMatch(r -> r.startsWith("secondary"));
    }

    @Test
    void aWithheldWeightedTotalLosesTheShownPartThatAddsLeastToItButNeverOneOfWeightZero() {
        // The total is withheld for a reason of its own; its parts are all shown, so it would be their weighted sum.
        ledger.add(cell("cost"), 700, List.of(Map.of("a", 100.0, "c", 500.0, "e", 100.0), Map.of("b", 100.0, "d", 500.0,
                "f", 100.0)), Disclosed.suppressed(3, "a reason of its own"));
        ledger.sum(cell("k1"), 100, List.of(Map.of("a", 100.0), Map.of("b", 100.0)));
        ledger.sum(cell("k2"), 10, List.of(Map.of("c", 10.0), Map.of("d", 10.0)));
        ledger.sum(cell("k3"), 5, List.of(Map.of("e", 5.0), Map.of("f", 5.0)));
        ledger.group(cell("cost"), List.of(cell("k1"), cell("k2"), cell("k3")), List.of(1.0, 50.0, 0.0));
        ledger.resolve();
        // By tonnes k3 then k2 would go; k3 adds nothing to the cost and k2 adds 500 EUR, k1 only 100 EUR.
        assertThat(withheld(ledger, "cost", "k1", "k2", "k3")).containsExactly("cost", "k1");
        assertThat(ledger.verdict(cell("k1")).suppressionReason()).isEqualTo("secondary: would reveal cost by subtraction");
    }

    @Test
    void aPlainGroupIsAGroupWithEveryWeightOneAndWeightsMustFitTheParts() {
        List<CellRef> parts = List.of(cell("a"), cell("b"));
        assertThat(new AdditiveGroup(cell("t"), parts)).isEqualTo(new AdditiveGroup(cell("t"), parts, List.of(1.0, 1.0)));
        assertThatThrownBy(() -> new AdditiveGroup(cell("t"), parts, List.of(1.0))).hasMessageContaining("1 weights for 2 parts");
        assertThatThrownBy(() -> new AdditiveGroup(cell("t"), parts, List.of(1.0, Double.NaN))).hasMessageContaining("not a number");
    }
}
