package nl.kansenkaart.cli;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kansenkaart.codes.MaterialNames;
import nl.kansenkaart.matching.Indicator;
import nl.kansenkaart.matching.Match;
import nl.kansenkaart.matching.MatchRun;
import nl.kansenkaart.matching.StakeholderBalance;
import nl.kansenkaart.matching.Unmatched;
import nl.kansenkaart.matching.UnmatchedReason;
import nl.kansenkaart.model.FlowDirection;

/** Prints a matching run for the terminal: area-based and chain-based matches with their explanations, gaps, coalitions. */
final class MatchReport {

    private final PrintWriter out;
    private final int limit;

    MatchReport(PrintWriter out, int limit) {
        this.out = out;
        this.limit = limit;
    }

    void summary(MatchRun run) {
        out.println(run.summaryLine());
        for (String n : run.notes()) out.println("note: " + n);
    }

    void matches(String title, List<Match> matches) {
        double t = matches.stream().filter(m -> m.unit().symbol().equals("t")).mapToDouble(Match::amount).sum();
        double gj = matches.stream().filter(m -> m.unit().symbol().equals("GJ")).mapToDouble(Match::amount).sum();
        out.printf(Locale.ROOT, "%n%s: %d matches, %,.1f t/yr + %,.0f GJ/yr, best score first%n", title, matches.size(), t, gj);
        int shown = 0;
        for (Match m : matches.stream().sorted((a, b) -> Integer.compare(b.score().total(), a.score().total())).toList()) {
            if (shown++ == limit) {
                out.printf(Locale.ROOT, "  ... %d more (raise --limit, or open the 'matches' layer in QGIS)%n", matches.size() - limit);
                break;
            }
            out.printf(Locale.ROOT, "  %s  score %3d  %s %s -> %s %s%n", m.id(), m.score().total(), m.supply().actorRef(),
                    m.supply().actorName(), m.demand().actorRef(), m.demand().actorName());
            out.printf(Locale.ROOT, "      %s %s/yr %s -> %s, %s, %.1f km, %s%s%n", quantity(m.amount()), m.unit().symbol(),
                    MaterialNames.en(m.supply().material()), MaterialNames.en(m.demand().material()), m.rule().rLevel().name(),
                    m.roadKm(), m.scale().en(), m.decision() == null ? "" : "  [" + m.decision().label() + "]");
            out.println("      " + m.explanation());
        }
    }

    void unmatched(MatchRun run) {
        for (FlowDirection dir : FlowDirection.values()) {
            List<Unmatched> list = run.unmatched().stream().filter(u -> u.node().direction() == dir).toList();
            Map<UnmatchedReason, double[]> byReason = new EnumMap<>(UnmatchedReason.class);
            for (Unmatched u : list) {
                double[] a = byReason.computeIfAbsent(u.reason(), r -> new double[3]);
                a[0]++;
                a[u.node().unit().symbol().equals("GJ") ? 2 : 1] += u.left();
            }
            out.printf(Locale.ROOT, "%n%s: %d flows%n", dir == FlowDirection.SUPPLY ? "Unmatched supply" : "Unmet demand", list.size());
            byReason.forEach((r, a) -> out.printf(Locale.ROOT, "  %-52s %5.0f flows %,14.1f t/yr %,12.0f GJ/yr%n", r.text(), a[0], a[1], a[2]));
            int shown = 0;
            for (Unmatched u : list.stream().sorted((a, b) -> Double.compare(b.left(), a.left())).toList()) {
                if (shown++ == Math.min(limit, 10)) break;
                out.printf(Locale.ROOT, "    %s %s: %s %s/yr %s (%s)%n", u.node().actorRef(), u.node().actorName(), quantity(u.left()),
                        u.node().unit().symbol(), MaterialNames.en(u.node().material()), u.detail());
            }
        }
    }

    void balance(MatchRun run) {
        out.printf(Locale.ROOT, "%nTake and bring (halen en brengen), most active stakeholders first:%n");
        out.printf(Locale.ROOT, "  %-22s %-30s %-17s %12s %12s %12s %12s %8s%n", "actor", "name", "role", "brings t", "takes t",
                "brings GJ", "takes GJ", "partners");
        int shown = 0;
        for (StakeholderBalance b : run.balances()) {
            if (b.role() == StakeholderBalance.Role.UNMATCHED || shown++ == limit) break;
            out.printf(Locale.ROOT, "  %-22s %-30s %-17s %,12.1f %,12.1f %,12.0f %,12.0f %8d%n", clip(b.actorRef(), 22), clip(b.actorName(), 30),
                    b.role().en(), b.bringsT(), b.takesT(), b.bringsGj(), b.takesGj(), b.partners());
        }
        long both = run.balances().stream().filter(b -> b.role() == StakeholderBalance.Role.BRINGS_AND_TAKES).count();
        out.printf(Locale.ROOT, "  %d stakeholders both bring and take: the core of a coalition.%n", both);
    }

    void indicators(MatchRun run) {
        out.printf(Locale.ROOT, "%nIndicators (scenario %s):%n", run.scenario());
        for (Indicator i : Indicator.values())
            out.printf(Locale.ROOT, "  %-62s %,16.2f %s%n", i.label(), run.indicators().get(i), i.unit());
    }

    static String quantity(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.3g", v);
    }

    static String clip(String s, int w) {
        if (s == null) return "";
        return s.length() <= w ? s : s.substring(0, w - 1) + "~";
    }
}
