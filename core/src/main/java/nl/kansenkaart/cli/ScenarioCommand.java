package nl.kansenkaart.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.matching.MatchSettings;
import nl.kansenkaart.matching.ScenarioComparison;
import nl.kansenkaart.matching.ScenarioStore;
import nl.kansenkaart.project.ProjectFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "scenario", mixinStandardHelpOptions = true,
        description = {"Scenarios are saved parameter sets for step 3, compared side by side.",
                "  scenario PROJECT list                       the scenarios and their settings",
                "  scenario PROJECT save NAME --set K=V        create or change one (from --from)",
                "  scenario PROJECT show NAME                  its settings",
                "  scenario PROJECT delete NAME                remove it and its results",
                "  scenario PROJECT compare NAME... [--run]    indicators side by side",
                "Keys: detour_factor, haul_factor, max_candidates, worst_r_level, allow_hazardous, region_only, include_estimated, co2_kg_per_tkm, transport_cost_factor, origins ('scenario PROJECT show basis' explains each)."})
final class ScenarioCommand implements Callable<Integer> {

    enum Action { list, save, show, delete, compare }

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file")
    Path project;

    @Parameters(index = "1", paramLabel = "ACTION", description = "${COMPLETION-CANDIDATES}")
    Action action;

    @Parameters(index = "2..*", arity = "0..*", paramLabel = "NAME", description = "scenario name(s)")
    List<String> names = List.of();

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "a setting to change (repeatable)")
    Map<String, String> set = new LinkedHashMap<>();

    @Option(names = "--from", paramLabel = "NAME", description = "start from this scenario's settings (save; default: the scenario itself or basis)")
    String from;

    @Option(names = "--description", paramLabel = "TEXT", description = "what the scenario is about (save)")
    String description;

    @Option(names = "--run", description = "run the scenarios before comparing")
    boolean run;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ProjectFile p = ProjectFile.open(project)) {
            ScenarioStore store = new ScenarioStore(p);
            switch (action) {
                case list -> {
                    for (ScenarioStore.Scenario s : store.list()) {
                        out.printf("%s%s%s%n", s.name(), s.description() == null ? "" : "  - " + s.description(),
                                s.lastRun() == null ? "  (not run)" : "  (last run " + s.lastRun() + ")");
                        out.printf("    %s%n", changed(s.settings()));
                    }
                }
                case save -> {
                    String name = ScenarioStore.checkName(one());
                    String base = from != null ? from : store.list().stream().anyMatch(s -> s.name().equals(name)) ? name : ScenarioStore.BASE;
                    MatchSettings settings = store.settings(base).with(set);
                    store.save(name, settings, description);
                    out.printf("saved scenario %s: %s%n", name, changed(settings));
                }
                case show -> {
                    MatchSettings s = store.settings(one());
                    for (Map.Entry<String, String> e : s.toMap().entrySet())
                        out.printf("  %-22s %-10s %s%n", e.getKey(), e.getValue(), MatchSettings.KEYS.get(e.getKey()));
                }
                case delete -> {
                    String name = one();
                    if (!store.delete(name)) throw new KansenkaartException("no saved scenario '" + name + "' to delete");
                    out.printf("deleted scenario %s and its results%n", name);
                }
                case compare -> {
                    List<String> list = names.isEmpty() ? store.list().stream().map(ScenarioStore.Scenario::name).toList() : names;
                    for (String n : list) store.settings(n); // unknown names fail before any run
                    ScenarioComparison cmp = run ? ScenarioComparison.run(p, list) : ScenarioComparison.stored(p, list);
                    out.print(cmp.format());
                }
            }
        }
        return 0;
    }

    private String one() {
        if (names.size() != 1) throw new KansenkaartException("'scenario " + action + "' needs exactly one scenario name");
        return names.get(0);
    }

    /** The settings that differ from the defaults, or "defaults". */
    private static String changed(MatchSettings s) {
        Map<String, String> d = MatchSettings.DEFAULTS.toMap();
        StringBuilder b = new StringBuilder();
        s.toMap().forEach((k, v) -> {
            if (!v.equals(d.get(k))) b.append(b.isEmpty() ? "" : ", ").append(k).append('=').append(v);
        });
        return b.isEmpty() ? "defaults" : b.toString();
    }
}
