package nl.kansenkaart.resources;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.SettingsStore;
import nl.kansenkaart.steps.AnalysisYears;

/**
 * Which LMA years an analysis uses: the years asked for (stored, so that the next run uses them
 * again), else the stored choice, else the latest year with LMA records.
 */
public final class YearChoice {

    public static final String STEP = "analysis";
    public static final String KEY = "years";

    private YearChoice() {}

    public static AnalysisYears resolve(ProjectFile project, List<Integer> requested) {
        TreeSet<Integer> present = LmaStreamYears.yearsPresent(project);
        SettingsStore settings = new SettingsStore(project);
        if (requested != null && !requested.isEmpty()) {
            for (int y : requested)
                if (!present.contains(y))
                    throw new KansenkaartException("the project has no LMA records for " + y
                            + (present.isEmpty() ? " (no LMA data imported)" : "; years present: " + present));
            AnalysisYears chosen = new AnalysisYears(requested);
            settings.putAll(STEP, Map.of(KEY, chosen.years().stream().map(String::valueOf).collect(Collectors.joining(","))));
            return chosen;
        }
        String stored = settings.get(STEP, KEY, null);
        if (stored != null && !stored.isBlank()) {
            List<Integer> years = new ArrayList<>();
            for (String s : stored.split(",")) {
                int y = Integer.parseInt(s.trim());
                if (present.contains(y)) years.add(y);
            }
            if (!years.isEmpty()) return new AnalysisYears(years);
        }
        return present.isEmpty() ? AnalysisYears.none() : new AnalysisYears(List.of(present.last()));
    }
}
