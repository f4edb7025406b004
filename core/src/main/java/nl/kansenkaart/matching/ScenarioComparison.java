package nl.kansenkaart.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.project.ProjectFile;

/** Indicators of several scenarios side by side: one row per indicator, one column per scenario. */
public record ScenarioComparison(Map<String, ScenarioIndicators> byScenario) {

    public ScenarioComparison {
        byScenario = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byScenario));
    }

    /** Runs every named scenario (storing its results) and compares them. */
    public static ScenarioComparison run(ProjectFile project, List<String> names) {
        Map<String, ScenarioIndicators> m = new LinkedHashMap<>();
        for (String n : names) m.put(n, Step3.run(project, n).indicators());
        return new ScenarioComparison(m);
    }

    /** Compares the stored results; fails naming the scenarios that have not been run. */
    public static ScenarioComparison stored(ProjectFile project, List<String> names) {
        MatchResultStore store = new MatchResultStore(project);
        Map<String, ScenarioIndicators> m = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String n : names) {
            ScenarioIndicators i = store.indicators(n);
            if (i == null) missing.add(n);
            else m.put(n, i);
        }
        if (!missing.isEmpty())
            throw new KansenkaartException("scenario(s) not run yet: " + String.join(", ", missing) + " (add --run to run them first)");
        return new ScenarioComparison(m);
    }

    public List<String> scenarios() {
        return List.copyOf(byScenario.keySet());
    }

    public double value(String scenario, Indicator i) {
        ScenarioIndicators s = byScenario.get(scenario);
        if (s == null) throw new IllegalArgumentException("scenario not compared: " + scenario);
        return s.get(i);
    }

    /** A fixed-width text table for the terminal. */
    public String format() {
        int width = 14;
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-58s", "indicator"));
        for (String s : byScenario.keySet()) b.append(String.format(Locale.ROOT, " %" + width + "s", clip(s, width)));
        b.append('\n');
        for (Indicator i : Indicator.values()) {
            String label = i.label() + (i.unit().isEmpty() ? "" : " (" + i.unit() + ")");
            b.append(String.format(Locale.ROOT, "%-58s", clip(label, 58)));
            for (ScenarioIndicators s : byScenario.values()) b.append(String.format(Locale.ROOT, " %" + width + "s", number(s.get(i))));
            b.append('\n');
        }
        return b.toString();
    }

    static String number(double v) {
        if (v == Math.rint(v) || Math.abs(v) >= 100) return String.format(Locale.ROOT, "%,.0f", v);
        return String.format(Locale.ROOT, "%,.2f", v);
    }

    private static String clip(String s, int w) {
        return s.length() <= w ? s : s.substring(0, w - 1) + "~";
    }
}
