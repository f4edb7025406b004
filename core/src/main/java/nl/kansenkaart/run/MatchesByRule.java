package nl.kansenkaart.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kansenkaart.matching.Match;

/**
 * The step-3 lines of the run report: one per compatibility rule that found matches, best rule first,
 * with how many matches and how much they move, and the explanation of the rule's best match.
 * <p>Per rule rather than the overall top ten: on a real region a handful of abundant streams
 * (packaging paper, kitchen waste) fill any top ten, while the analyst wants to see every kind of
 * opportunity the run found, struvite and residual heat included.
 */
final class MatchesByRule {

    private static final Comparator<Match> BEST_FIRST =
            Comparator.comparingInt((Match m) -> m.score().total()).reversed().thenComparing(Match::id);

    private MatchesByRule() {}

    static List<String> lines(List<Match> matches) {
        Map<String, List<Match>> byRule = new LinkedHashMap<>();
        matches.stream().sorted(BEST_FIRST).forEach(m -> byRule.computeIfAbsent(m.rule().id(), r -> new ArrayList<>()).add(m));
        List<String> lines = new ArrayList<>();
        if (!byRule.isEmpty()) lines.add(String.format(Locale.ROOT, "matches by rule (%d rules), each with its best match:", byRule.size()));
        for (List<Match> ofRule : byRule.values()) {
            Map<String, Double> amounts = new LinkedHashMap<>();
            for (Match m : ofRule) amounts.merge(m.unit().symbol(), m.amount(), Double::sum);
            StringBuilder amount = new StringBuilder();
            amounts.forEach((unit, sum) -> amount.append(amount.length() == 0 ? "" : " + ")
                    .append(String.format(Locale.ROOT, "%,.1f %s/yr", sum, unit)));
            lines.add(String.format(Locale.ROOT, "[%d %s, %s] %s", ofRule.size(), ofRule.size() == 1 ? "match" : "matches",
                    amount, ofRule.get(0).explanation()));
        }
        return lines;
    }
}
