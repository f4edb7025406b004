package nl.kansenkaart.disclosure;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.SettingsStore;

/** The project's disclosure policy, stored with the step settings (step "disclosure"). */
public final class DisclosureSettings {

    public static final String STEP = "disclosure";

    private DisclosureSettings() {}

    public static DisclosurePolicy load(ProjectFile project) {
        SettingsStore s = new SettingsStore(project);
        DisclosurePolicy d = DisclosurePolicy.DEFAULT;
        try {
            int min = Integer.parseInt(s.get(STEP, "min_contributors", Integer.toString(d.minContributors())));
            double share = Double.parseDouble(s.get(STEP, "max_dominant_share", Double.toString(d.maxDominantShare())));
            boolean all = Boolean.parseBoolean(s.get(STEP, "allow_all_company_figures", "false"));
            Set<String> consent = Arrays.stream(s.get(STEP, "consenting_companies", "").split(","))
                    .map(String::trim).filter(x -> !x.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
            return new DisclosurePolicy(min, share, consent, all);
        } catch (IllegalArgumentException e) {
            throw new KansenkaartException("invalid disclosure settings in " + project.path().getFileName() + ": " + e.getMessage());
        }
    }

    public static void save(ProjectFile project, DisclosurePolicy p) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("min_contributors", Integer.toString(p.minContributors()));
        m.put("max_dominant_share", Double.toString(p.maxDominantShare()));
        m.put("allow_all_company_figures", Boolean.toString(p.allowAll()));
        m.put("consenting_companies", String.join(",", p.consenting()));
        new SettingsStore(project).putAll(STEP, m);
    }
}
