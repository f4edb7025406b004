package nl.kansenkaart.run;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kansenkaart.clusters.Balassa;
import nl.kansenkaart.clusters.Cluster;
import nl.kansenkaart.clusters.ClusterBuilder;
import nl.kansenkaart.clusters.ClusterCriteria;
import nl.kansenkaart.clusters.ClusterLevel;
import nl.kansenkaart.clusters.ClusterStore;
import nl.kansenkaart.clusters.CompanyTotals;
import nl.kansenkaart.clusters.CriteriaCalculator;
import nl.kansenkaart.clusters.NationalJobs;
import nl.kansenkaart.clusters.NationalJobsStore;
import nl.kansenkaart.clusters.RankedCluster;
import nl.kansenkaart.clusters.Ranking;
import nl.kansenkaart.clusters.SectorCluster;
import nl.kansenkaart.clusters.SelectionOverrideStore;
import nl.kansenkaart.clusters.Step1Settings;
import nl.kansenkaart.geo.AreaIndex;
import nl.kansenkaart.model.Area;
import nl.kansenkaart.model.AreaLevel;
import nl.kansenkaart.model.Company;
import nl.kansenkaart.model.DataQuality;
import nl.kansenkaart.project.AreaStore;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.SettingsStore;
import nl.kansenkaart.resources.FlowLine;
import nl.kansenkaart.resources.FlowRole;
import nl.kansenkaart.steps.AnalysisStep;
import nl.kansenkaart.steps.AnalysisYears;
import nl.kansenkaart.steps.StepReport;

/**
 * Step 1 of the method: map the business clusters (sector, density, municipality, business park),
 * compute their criteria and Balassa index, rank the sector clusters and select the promising ones.
 */
public final class Step1 implements AnalysisStep {

    /** Everything step 1 computed, before it is stored. */
    public record Result(List<Cluster> clusters, Map<String, ClusterCriteria> criteria, Map<String, RankedCluster> ranking,
                         Step1Settings settings, int nationalYear, long companies, long unclassified, ProjectInventory inventory) {}

    @Override
    public int number() {
        return 1;
    }

    @Override
    public String title() {
        return "business clusters";
    }

    @Override
    public StepReport run(ProjectFile project, AnalysisYears years) {
        Result r = compute(project, years);
        String runAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        project.transaction(c -> {
            ClusterStore.replace(c, r.clusters(), r.criteria(), r.ranking(), years.label(), runAt);
            return null;
        });
        return new StepReport(1, title(), Reports.step1(r));
    }

    public Result compute(ProjectFile project, AnalysisYears years) {
        Step1Settings settings = Step1Settings.read(new SettingsStore(project));
        ProjectInventory inv = ProjectInventory.read(project, years, null);
        AreaStore areas = new AreaStore(project);
        List<Area> municipalities = areas.read(AreaLevel.MUNICIPALITY);
        List<Area> parks = areas.read(AreaLevel.BUSINESS_PARK);
        List<Cluster> clusters = ClusterBuilder.build(inv.sbiTable, inv.companies, municipalities, parks, settings.clustering());

        NationalJobs national = NationalJobsStore.forYear(NationalJobsStore.read(project), settings.balassaYear());
        List<Company> classified = inv.companies.stream().filter(co -> inv.clusterOf.containsKey(co.ref())).toList();
        Balassa regional = new Balassa(national, classified);
        Map<String, Balassa> municipal = municipalBalassa(national, classified, municipalities);
        Map<String, CompanyTotals> totals = totals(inv);

        Map<String, ClusterCriteria> criteria = new LinkedHashMap<>();
        Map<String, ClusterCriteria> sectorCriteria = new LinkedHashMap<>();
        Map<String, SectorCluster> sectors = new LinkedHashMap<>();
        for (Cluster cl : clusters) {
            Balassa bi = switch (cl.level()) {
                case SECTOR -> regional;
                case MUNICIPALITY -> municipal.get(cl.areaCode());
                default -> null;
            };
            ClusterCriteria k = CriteriaCalculator.compute(cl.members(), totals, bi);
            criteria.put(cl.key(), k);
            if (cl.level() == ClusterLevel.SECTOR) {
                sectorCriteria.put(cl.sector().id(), k);
                sectors.put(cl.sector().id(), cl.sector());
            }
        }
        Map<String, RankedCluster> ranking = Ranking.rank(sectorCriteria, sectors, settings.weights(), settings.top(),
                SelectionOverrideStore.read(project));
        return new Result(clusters, criteria, ranking, settings, national.year(), inv.companies.size(), inv.unclassified(), inv);
    }

    private static Map<String, Balassa> municipalBalassa(NationalJobs national, List<Company> companies, List<Area> municipalities) {
        AreaIndex index = new AreaIndex(municipalities);
        Map<String, List<Company>> byMunicipality = new HashMap<>();
        for (Company c : companies)
            ClusterBuilder.municipalityOf(c, index).ifPresent(code -> byMunicipality.computeIfAbsent(code, k -> new ArrayList<>()).add(c));
        Map<String, Balassa> out = new HashMap<>();
        for (Map.Entry<String, List<Company>> e : byMunicipality.entrySet()) out.put(e.getKey(), new Balassa(national, e.getValue()));
        return out;
    }

    /** Tonnes per establishment for the criteria; waste collected by route collection is not the collector's own. */
    static Map<String, CompanyTotals> totals(ProjectInventory inv) {
        Map<String, CompanyTotals> out = new HashMap<>();
        for (Map.Entry<String, List<FlowLine>> e : inv.flows.all().entrySet()) {
            double rawM = 0, rawE = 0, resM = 0, resE = 0;
            for (FlowLine l : e.getValue()) {
                boolean measured = l.quality() == DataQuality.MEASURED;
                double t = l.tonnes();
                if (l.role() == FlowRole.INTAKE || l.role() == FlowRole.DEMAND) {
                    if (measured) rawM += t;
                    else rawE += t;
                } else if (l.role() == FlowRole.RESIDUE || l.role() == FlowRole.BYPRODUCT) {
                    if (measured) resM += t;
                    else resE += t;
                }
            }
            out.put(e.getKey(), new CompanyTotals(rawM, rawE, resM, resE));
        }
        return out;
    }

    static String pct(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }
}
