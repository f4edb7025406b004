package nl.kansenkaart.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kansenkaart.model.AreaLevel;
import nl.kansenkaart.model.Company;
import nl.kansenkaart.model.MaterialFlow;
import nl.kansenkaart.project.AreaStore;
import nl.kansenkaart.project.CompanyStore;
import nl.kansenkaart.project.MaterialFlowStore;
import nl.kansenkaart.project.ProjectFile;

/**
 * Step 3 of the method on a project: reads the supply and demand flows (origin "step2" unless the
 * scenario says otherwise), the companies, the study region, the project's rules, transport
 * classes and decisions and the LMA baseline; matches; stores the scenario's results in one
 * transaction.
 */
public final class Step3 {

    private Step3() {}

    /** Runs a scenario ("basis" = the defaults) and stores its results. */
    public static MatchRun run(ProjectFile project, String scenario) {
        String name = scenario == null || scenario.isBlank() ? ScenarioStore.BASE : scenario.trim();
        MatchSettings settings = new ScenarioStore(project).settings(name);
        MatchRun run = compute(project, name, settings);
        project.transaction(c -> {
            MatchResultStore.write(c, run);
            ScenarioStore.markRun(c, name, settings);
            return null;
        });
        return run;
    }

    /** Matches without storing anything (previews, what-if in the GUI). */
    public static MatchRun compute(ProjectFile project, String scenario, MatchSettings settings) {
        MaterialFlowStore flowStore = new MaterialFlowStore(project);
        List<MaterialFlow> flows = settings.allOrigins() ? flowStore.readAll()
                : settings.origins().stream().flatMap(o -> flowStore.readOrigin(o).stream()).toList();
        Map<String, Company> companies = new HashMap<>();
        for (Company c : new CompanyStore(project).readAll()) companies.put(c.ref(), c);
        StudyRegion region = StudyRegion.of(new AreaStore(project).read(AreaLevel.REGION));
        FlowNodes nodes = FlowNodes.of(flows, companies, region);
        return MatchEngine.run(scenario, nodes, new RuleStore(project).read(), new TransportClassStore(project).read(), settings,
                new DecisionStore(project).read(), LmaBaseline.read(project));
    }
}
