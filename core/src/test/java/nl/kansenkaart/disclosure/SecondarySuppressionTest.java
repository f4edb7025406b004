package nl.kansenkaart.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Secondary suppression on hand-made tables (default rules: 3 companies, none above 50 %): a
 * withheld figure can never be worked out as a total minus its shown parts, and what is withheld
 * on top is chosen so that little is lost.
 */
class SecondarySuppressionTest {

    private final SuppressionLog log = new SuppressionLog();
    private final DisclosureLedger ledger = ledger(log);

    private static DisclosureLedger ledger(SuppressionLog log) {
        return new DisclosureLedger(new DisclosureControl(DisclosurePolicy.DEFAULT), log);
    }

    private static CellRef cell(String row) {
        return new CellRef("t", row, "value");
    }

    /** A figure of companies given as "ref=tonnes" pairs, primary rules applied. */
    private static Disclosed figure(DisclosureLedger l, String row, String... parts) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (String p : parts) m.put(p.substring(0, p.indexOf('=')), Double.parseDouble(p.substring(p.indexOf('=') + 1)));
        return l.sum(cell(row), m.values().stream().mapToDouble(Double::doubleValue).sum(), List.of(m));
    }

    private Disclosed figure(String row, String... parts) {
        return figure(ledger, row, parts);
    }

    private static List<String> withheld(DisclosureLedger l, String... rows) {
        List<String> out = new ArrayList<>();
        for (String r : rows) if (!l.shown(cell(r))) out.add(r);
        return out;
    }

    private List<String> withheld(String... rows) {
        return withheld(ledger, rows);
    }

    @Test
    void oneWithheldPartWithNoPartBigEnoughToHideItWithholdsTheTotal() {
        // 1,370 t, of which the plant's 600 t (44 %): the total passes, the plant's own figure does not.
        assertThat(figure("total", "plant=600", "h=10", "i=5", "j=5", "k=90", "l=95", "m=45", "n=20", "o=200", "p=200", "q=100")
                .isSuppressed()).isFalse();
        assertThat(figure("plant", "plant=600").isSuppressed()).isTrue();
        figure("small", "h=10", "i=5", "j=5");               // + plant = 620 t, 97 % the plant's
        figure("medium", "k=90", "l=95", "m=45", "n=20");    // 850 t, 71 %
        figure("large", "o=200", "p=200", "q=100");          // 1,100 t, 55 %
        figure("empty");                                     // no company: its zero is known, hiding it hides nothing
        ledger.group(cell("total"), List.of(cell("plant"), cell("small"), cell("medium"), cell("large"), cell("empty")));
        ledger.resolve();
        // Alone, 600 t would be the total minus the rest; no single part makes the derivable sum pass, so the total goes.
        assertThat(withheld("total", "plant", "small", "medium", "large", "empty")).containsExactly("total", "plant");
        assertThat(log.entries()).extracting(SuppressionLog.Entry::reason)
                .containsExactly("secondary: would reveal plant by subtraction", "fewer than 3 companies");
        assertThat(log.entries()).extracting(SuppressionLog.Entry::contributors).containsExactly(11, 1);
    }

    @Test
    void oneWithheldPartTakesTheSmallestPartThatMakesTheDerivableSumPass() {
        figure("total", "plant=300", "a=300", "b=200", "c=200", "d=10", "e=10", "f=10");
        figure("plant", "plant=300");                // one company
        figure("tiny", "d=10", "e=10", "f=10");       // with the plant 330 t, 91 % the plant's: hides nothing
        figure("big", "a=300", "b=200", "c=200");     // with the plant 1,000 t, 30 %: passes
        ledger.group(cell("total"), List.of(cell("plant"), cell("tiny"), cell("big")));
        ledger.resolve();
        assertThat(withheld("total", "plant", "tiny", "big")).containsExactly("plant", "big");
        assertThat(ledger.verdict(cell("big")).suppressionReason()).isEqualTo("secondary: would reveal plant by subtraction");
        assertThat(ledger.verdict(cell("big")).value()).isNull();
    }

    @Test
    void twoWithheldPartsWhoseSumIsDominatedWithholdTheTotal() {
        // The demo's case: regional and supra-regional are both the plant's; their sum (the total minus the rest) is too.
        figure("matched", "plant=500", "a=60", "b=60", "c=60", "x=70", "y=70", "z=100", "u=100", "v=100"); // 45 %: shown
        figure("regional", "plant=400", "a=60");
        figure("supra", "plant=100", "b=60");
        figure("local", "c=60", "x=70", "y=70");
        figure("national", "z=100", "u=100", "v=100");
        ledger.group(cell("matched"), List.of(cell("local"), cell("regional"), cell("supra"), cell("national")));
        ledger.resolve();
        // regional + supra = 620 t, 81 % the plant's; with local 820 t (61 %), with national 920 t (54 %): the total goes.
        assertThat(withheld("matched", "regional", "supra", "local", "national")).containsExactly("matched", "regional", "supra");
        assertThat(ledger.verdict(cell("matched")).suppressionReason()).isEqualTo("secondary: would reveal regional + supra by subtraction");
    }

    @Test
    void twoWithheldPartsWhoseSumPassesNeedNothingMore() {
        figure("total", "a=100", "b=100", "c=100", "d=100", "e=100", "f=100");
        figure("p1", "a=100", "b=100");               // 2 companies: withheld
        figure("p2", "c=100");                        // 1 company: withheld
        figure("p3", "d=100", "e=100", "f=100");
        ledger.group(cell("total"), List.of(cell("p1"), cell("p2"), cell("p3")));
        ledger.resolve();
        // p1 + p2 = total - p3 = 300 t of a, b and c, none above 50 %: publishable, so nothing more.
        assertThat(withheld("total", "p1", "p2", "p3")).containsExactly("p1", "p2");
        assertThat(log.entries()).extracting(SuppressionLog.Entry::reason).noneMatch(r -> r.startsWith("secondary"));
    }

    @Test
    void overlappingGroupsAreFollowedUntilNothingChanges() {
        // A two-way table: a b | r1 / c d | r2 / c1 c2 | all. Only a (one company) fails on its own, and so do
        // the row r1 and column c1 it dominates; the grand total (x 34 %) passes.
        figure("a", "x=500");
        figure("b", "p=10", "q=10", "r=10");
        figure("c", "s=20", "t=20", "u=20");
        figure("d", "v=300", "w=300", "y=300");
        figure("r1", "x=500", "p=10", "q=10", "r=10");
        figure("r2", "s=20", "t=20", "u=20", "v=300", "w=300", "y=300");
        figure("c1", "x=500", "s=20", "t=20", "u=20");
        figure("c2", "p=10", "q=10", "r=10", "v=300", "w=300", "y=300");
        figure("all", "x=500", "p=10", "q=10", "r=10", "s=20", "t=20", "u=20", "v=300", "w=300", "y=300");
        ledger.group(cell("r1"), List.of(cell("a"), cell("b")));
        ledger.group(cell("r2"), List.of(cell("c"), cell("d")));
        ledger.group(cell("c1"), List.of(cell("a"), cell("c")));
        ledger.group(cell("c2"), List.of(cell("b"), cell("d")));
        ledger.group(cell("all"), List.of(cell("r1"), cell("r2")));
        ledger.group(cell("all"), List.of(cell("c1"), cell("c2")));
        ledger.resolve();
        // all - r2 would give r1, so r2 goes; r2 is then c + d with both shown, so c goes (the smaller);
        // likewise all - c2 gives c1: c2 goes, and with it b. Only d and the grand total stay.
        assertThat(withheld("a", "b", "c", "d", "r1", "r2", "c1", "c2", "all")).containsExactly("a", "b", "c", "r1", "r2", "c1", "c2");
        for (String[] g : new String[][] {{"r1", "a", "b"}, {"r2", "c", "d"}, {"c1", "a", "c"}, {"c2", "b", "d"}, {"all", "r1", "r2"},
                {"all", "c1", "c2"}})
            assertThat(withheld(g).size()).as("group of " + g[0] + ": never exactly one cell withheld").isNotEqualTo(1);
        assertThat(ledger.verdict(cell("c")).suppressionReason()).isEqualTo("secondary: would reveal r2 by subtraction");
    }

    @Test
    void aCellWithheldToProtectAnotherIsProtectedInItsOtherGroupsToo() {
        // "rest" passes on its own but is withheld to hide the plant; in its other group it must not be the total minus the shown.
        figure("totalA", "plant=300", "a=300", "b=200", "c=200");
        figure("plant", "plant=300");
        figure("rest", "a=300", "b=200", "c=200");
        figure("totalB", "a=300", "b=200", "c=200", "d=10", "e=10", "f=10", "g=100", "h=100", "i=100");
        figure("b1", "d=10", "e=10", "f=10");
        figure("b2", "g=100", "h=100", "i=100");
        ledger.group(cell("totalA"), List.of(cell("plant"), cell("rest")));
        ledger.group(cell("totalB"), List.of(cell("rest"), cell("b1"), cell("b2")));
        ledger.resolve();
        assertThat(withheld("totalA", "plant", "rest", "totalB", "b1", "b2")).containsExactly("plant", "rest", "b1");
        assertThat(ledger.verdict(cell("b1")).suppressionReason()).isEqualTo("secondary: would reveal rest by subtraction");
    }

    @Test
    void tiesGoToTheCellDeclaredFirstAndCopiesAndEmptyCellsAreNeverPicked() {
        figure("total", "big=500", "a=200", "b=200", "c=200", "d=200", "e=200", "f=200", "g=30", "h=30", "i=40");
        figure("big", "big=500");
        figure("empty");
        figure("source", "g=30", "h=30", "i=40");
        ledger.computed(cell("copy"), 100, null, true, List.of(cell("source")));   // the same 100 t, published elsewhere too
        figure("first", "a=200", "b=200", "c=200");
        figure("second", "d=200", "e=200", "f=200");
        ledger.computed(cell("ratio"), 0.5, null, true, List.of(cell("big"), cell("total")));
        ledger.group(cell("total"), List.of(cell("big"), cell("empty"), cell("copy"), cell("second"), cell("first")));
        ledger.resolve();
        // "second" and "first" are equally large: the one declared first goes. The smaller copy and the empty cell are passed over.
        assertThat(withheld("total", "big", "empty", "copy", "first", "second")).containsExactly("big", "first");
        assertThat(ledger.verdict(cell("ratio")).suppressionReason()).isEqualTo("computed from a withheld figure (big)");
        // the same declarations, declared again, give the same result
        DisclosureLedger again = ledger(new SuppressionLog());
        figure(again, "total", "big=500", "a=200", "b=200", "c=200", "d=200", "e=200", "f=200", "g=30", "h=30", "i=40");
        figure(again, "big", "big=500");
        figure(again, "first", "a=200", "b=200", "c=200");
        figure(again, "second", "d=200", "e=200", "f=200");
        again.group(cell("total"), List.of(cell("big"), cell("second"), cell("first")));
        again.resolve();
        assertThat(withheld(again, "total", "big", "first", "second")).containsExactly("big", "first");
    }

    @Test
    void aWithheldTotalWhosePartsAreAllShownLosesItsSmallestPart() {
        // The total withheld for a reason of its own (its parts cannot be checked against it), the parts pass.
        ledger.add(cell("total"), 600, null, Disclosed.suppressed(6, "no per-company breakdown to check it against"));
        figure("p1", "a=100", "b=100", "c=100");
        figure("p2", "d=40", "e=40", "f=40");
        figure("p3", "d=60", "e=60", "f=60");
        ledger.group(cell("total"), List.of(cell("p1"), cell("p2"), cell("p3")));
        ledger.resolve();
        assertThat(withheld("total", "p1", "p2", "p3")).containsExactly("total", "p2");
        assertThat(ledger.verdict(cell("p2")).suppressionReason()).isEqualTo("secondary: would reveal total by subtraction");
    }

    @Test
    void emptyWithheldPartsHideNothing() {
        // The demo's heat: one consenting plant supplies all of it to two greenhouses. The total is withheld (two takers);
        // the other stakeholders' withheld "brings" are zero, so the plant's own shown figure would be the total.
        DisclosureLedger l = new DisclosureLedger(new DisclosureControl(new DisclosurePolicy(3, 0.5, java.util.Set.of("plant"), false)),
                new SuppressionLog());
        l.sum(cell("heat"), 150, List.of(Map.of("plant", 150.0), Map.of("kas1", 100.0, "kas2", 50.0)));
        l.own(cell("plant brings"), "plant", 150, 0, true);
        l.own(cell("kas1 brings"), "kas1", 0, 0, true);
        l.own(cell("kas2 brings"), "kas2", 0, 0, true);
        l.group(cell("heat"), List.of(cell("plant brings"), cell("kas1 brings"), cell("kas2 brings")));
        l.resolve();
        assertThat(withheld(l, "heat", "plant brings", "kas1 brings", "kas2 brings")).containsExactly("heat", "plant brings", "kas1 brings",
                "kas2 brings");
        assertThat(l.verdict(cell("plant brings")).suppressionReason()).isEqualTo("secondary: would reveal heat by subtraction");
    }

    @Test
    void anUnpublishedRestMayStayDerivableOnlyWhenItPasses() {
        // Establishments outside every municipality cluster: no row of the table, but the sector minus the rows.
        figure("sector", "a=100", "b=100", "c=100", "lone=50");
        figure("m1", "a=100", "b=100", "c=100");
        ledger.unpublished(cell("rest"), 50, List.of(Map.of("lone", 50.0)));
        ledger.group(cell("sector"), List.of(cell("m1"), cell("rest")));
        ledger.resolve();
        assertThat(withheld("sector", "m1")).containsExactly("m1");
        assertThat(log.entries()).extracting(SuppressionLog.Entry::row).containsExactly("m1"); // the rest is never listed
        assertThat(log.entries().get(0).reason()).isEqualTo("secondary: would reveal rest by subtraction");

        DisclosureLedger three = ledger(new SuppressionLog());
        figure(three, "sector", "a=100", "b=100", "c=100", "x=20", "y=20", "z=20");
        figure(three, "m1", "a=100", "b=100", "c=100");
        three.unpublished(cell("rest"), 60, List.of(Map.of("x", 20.0, "y", 20.0, "z", 20.0)));
        three.group(cell("sector"), List.of(cell("m1"), cell("rest")));
        three.resolve();
        assertThat(withheld(three, "sector", "m1")).isEmpty();
    }

    @Test
    void theDerivableSumIsCheckedOnBothSidesOfAFlow() {
        // Matched flows: three suppliers, but one taker takes most of what the two withheld bands carry.
        ledger.sum(cell("total"), 300, List.of(Map.of("s1", 100.0, "s2", 100.0, "s3", 100.0), Map.of("t1", 100.0, "t2", 100.0, "t3", 100.0)));
        ledger.sum(cell("b1"), 100, List.of(Map.of("s1", 100.0), Map.of("t1", 100.0)));
        ledger.sum(cell("b2"), 100, List.of(Map.of("s2", 100.0), Map.of("t1", 0.0, "t2", 100.0)));
        ledger.sum(cell("b3"), 100, List.of(Map.of("s3", 100.0), Map.of("t3", 100.0)));
        ledger.group(cell("total"), List.of(cell("b1"), cell("b2"), cell("b3")));
        ledger.resolve();
        // b1 + b2: suppliers s1, s2 (two) -> fails; adding b3 is the whole total: passes on both sides.
        assertThat(withheld("total", "b1", "b2", "b3")).containsExactly("b1", "b2", "b3");
    }

    @Test
    void aSideThatCoversOnlyPartOfTheSumMustNotDominateTheWholeSum() {
        // demand = matched + unmet. The plant supplies most of the matched tonnes (withheld), but it is a small part of all
        // demand: withholding the unmet demand hides the matched tonnes and keeps the demand total.
        ledger.sum(cell("demand"), 1000, List.of(Map.of(), Map.of("x", 300.0, "y", 300.0, "z", 400.0)));
        ledger.sum(cell("matched"), 200, List.of(Map.of("plant", 180.0, "s", 20.0), Map.of("x", 100.0, "y", 50.0, "z", 50.0)));
        ledger.sum(cell("unmet"), 800, List.of(Map.of(), Map.of("x", 200.0, "y", 250.0, "z", 350.0)));
        ledger.group(cell("demand"), List.of(cell("matched"), cell("unmet")));
        ledger.resolve();
        assertThat(withheld("demand", "matched", "unmet")).containsExactly("matched", "unmet");

        // ...but when the plant's part is most of the demand too, the sum stays dominated: the total goes.
        DisclosureLedger l = ledger(new SuppressionLog());
        l.sum(cell("demand"), 1000, List.of(Map.of(), Map.of("x", 300.0, "y", 300.0, "z", 400.0)));
        l.sum(cell("matched"), 900, List.of(Map.of("plant", 880.0, "s", 20.0), Map.of("x", 300.0, "y", 300.0, "z", 300.0)));
        l.sum(cell("unmet"), 100, List.of(Map.of(), Map.of("z", 100.0)));
        l.group(cell("demand"), List.of(cell("matched"), cell("unmet")));
        l.resolve();
        assertThat(withheld(l, "demand", "matched", "unmet")).containsExactly("demand", "matched", "unmet");
    }

    @Test
    void groupsMustNameDeclaredCellsAndCellsAreDeclaredOnce() {
        figure("total", "a=1", "b=1", "c=1");
        assertThatThrownBy(() -> figure("total", "a=1")).hasMessageContaining("declared twice");
        ledger.group(cell("total"), List.of(cell("missing")));
        assertThatThrownBy(ledger::resolve).hasMessageContaining("no table declared").hasMessageContaining("missing");
        assertThatThrownBy(() -> new AdditiveGroup(cell("x"), List.of(cell("x")))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ledger(new SuppressionLog()).verdict(cell("total"))).hasMessageContaining("not resolved");
    }
}
